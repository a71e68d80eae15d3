//! Agencies: named by each service's `<orgao>`, described by `conteudo/orgaos/*.xml`.

use std::collections::BTreeMap;

use app::locale::Locale;
use app::model::Level;
use roxmltree::Node;

use super::COUNTRY_CODE;
use super::service::{ServiceAgency, is_web_address};
use super::xml::child_text;
use crate::import::markup::{markdown, plain};
use crate::import::record::AgencyRecord;
use crate::text::{slugify, unique_slug};

/// The source ships a template text instead of a description for some agencies; showing it
/// to citizens would be wrong, so it is dropped.
const PLACEHOLDER: &str = "Subtítulo da notícia";

#[derive(Default)]
struct Known {
    name: Option<String>,
    description_source: Option<String>,
    contact: Option<String>,
}

#[derive(Default)]
pub struct Agencies {
    by_id: BTreeMap<String, Known>,
}

impl Agencies {
    pub fn note_service_agency(&mut self, agency: &ServiceAgency) {
        let known = self.by_id.entry(agency.id.clone()).or_default();
        if known.name.is_none() {
            known.name = agency.name.clone().filter(|n| !n.is_empty());
        }
    }

    /// An `<orgao>` content file: its `url` is the id services use.
    pub fn add_content(&mut self, node: Node) -> Result<(), (String, String)> {
        let id = child_text(node, "url")
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty());
        let id = id.ok_or_else(|| ("-".to_owned(), "agency without <url>".to_owned()))?;
        let known = self.by_id.entry(id).or_default();
        if let Some(name) = child_text(node, "nome")
            .map(|n| plain(&n))
            .filter(|n| !n.is_empty())
        {
            known.name = Some(name);
        }
        known.description_source = child_text(node, "conteudo").filter(|c| !c.contains(PLACEHOLDER));
        known.contact = child_text(node, "contato")
            .map(|c| plain(&c))
            .filter(|c| !c.is_empty());
        Ok(())
    }

    pub fn into_records(self) -> Vec<AgencyRecord> {
        let mut used_slugs = std::collections::HashSet::new();
        self.by_id
            .into_iter()
            .map(|(id, known)| {
                let name = known.name.unwrap_or_else(|| id.clone());
                let base = slugify(&name, 120);
                let base = if base.is_empty() {
                    "agency".to_owned()
                } else {
                    base
                };
                let slug = unique_slug(&base, &mut used_slugs);
                let contact = known.contact.unwrap_or_default();
                AgencyRecord {
                    source_id: id,
                    slug,
                    level: Level::National,
                    jurisdiction_code: COUNTRY_CODE.to_owned(),
                    acronym: acronym_of(&name),
                    website: is_web_address(&contact).then(|| contact.clone()),
                    email: (contact.contains('@') && !contact.contains(' ')).then(|| contact.clone()),
                    phone: (contact.chars().filter(char::is_ascii_digit).count() >= 8
                        && contact.chars().all(|c| c.is_ascii_digit() || " ()-+".contains(c)))
                    .then(|| contact.clone()),
                    locale: Locale::Pt,
                    name,
                    description_html: known.description_source.and_then(|d| markdown(&d)),
                }
            })
            .collect()
    }
}

/// "Ministério da Saúde (MS)" → "MS".
fn acronym_of(name: &str) -> Option<String> {
    let inner = name.trim().strip_suffix(')')?.rsplit_once('(')?.1.trim();
    (!inner.is_empty() && inner.len() <= 20 && !inner.contains(' ')).then(|| inner.to_owned())
}

#[cfg(test)]
mod tests {
    use super::acronym_of;

    #[test]
    fn acronyms_come_from_trailing_parentheses() {
        assert_eq!(
            acronym_of("Ministério da Transparência (CGU)").as_deref(),
            Some("CGU")
        );
        assert_eq!(acronym_of("Banco Central do Brasil"), None);
        assert_eq!(acronym_of("Algo (com espaço)"), None);
    }
}
