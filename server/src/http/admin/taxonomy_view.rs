//! The taxonomy pages' data ([`app::admin::taxonomy::TaxonomyDesk`]) over
//! `editorial::taxonomy`, which decides access and logs refusals. The form posts build the
//! same form when they answer with it.

use std::collections::BTreeMap;

use app::admin::StaffPass;
use app::admin::agencies::FieldProblem;
use app::admin::taxonomy::{TaxonomyDesk, TermForm, TermLine, TermList};
use app::catalog::CatalogError;
use app::locale::Locale;
use app::model::Text;
use chrono::Utc;
use sea_orm::DatabaseConnection;

use super::editorial_view::{actor, unavailable};
use crate::editorial::EditorialError;
use crate::editorial::taxonomy::{self, StoredTerm, TermInput};

pub struct SqlTaxonomyDesk {
    db: DatabaseConnection,
}

impl SqlTaxonomyDesk {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn every_language(texts: &BTreeMap<Locale, String>) -> Vec<(Locale, String)> {
    Locale::ALL
        .into_iter()
        .map(|l| (l, texts.get(&l).cloned().unwrap_or_default()))
        .collect()
}

/// The form from what was typed (or stored), with the errors of a post beside their fields.
pub(super) fn form_of(
    id: Option<i32>,
    input: &TermInput,
    services: u64,
    errors: Vec<(String, String)>,
) -> TermForm {
    TermForm {
        id,
        kind: input.kind.clone(),
        slug: input.slug.clone(),
        position: input.position.clone(),
        labels: every_language(&input.labels),
        descriptions: every_language(&input.descriptions),
        services,
        status: if errors.is_empty() { 200 } else { 422 },
        problems: errors
            .into_iter()
            .map(|(field, key)| FieldProblem { field, key })
            .collect(),
    }
}

pub(super) fn stored_input(stored: &StoredTerm) -> TermInput {
    TermInput {
        kind: stored.row.kind.clone(),
        slug: stored.row.slug.clone(),
        position: stored.row.position.to_string(),
        labels: stored.labels.clone(),
        descriptions: stored.descriptions.clone(),
    }
}

/// The label in the reader's language, else the first language that has one (marked).
fn label_for(labels: &BTreeMap<Locale, String>, reader: Locale) -> Option<Text> {
    std::iter::once(reader)
        .chain(Locale::ALL)
        .find_map(|lang| Some(Text::new(labels.get(&lang)?.clone(), lang, lang != reader)))
}

fn line(stored: StoredTerm, reader: Locale) -> TermLine {
    TermLine {
        id: stored.row.id,
        label: label_for(&stored.labels, reader),
        missing: Locale::ALL
            .into_iter()
            .filter(|l| !stored.labels.contains_key(l))
            .collect(),
        services: stored.services,
        position: stored.row.position,
        slug: stored.row.slug,
    }
}

/// Refusals and unknown terms are the same "not found"; anything else is a fault.
fn found<T>(result: Result<T, EditorialError>) -> Result<Option<T>, CatalogError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(EditorialError::NotFound | EditorialError::Forbidden) => Ok(None),
        Err(error) => Err(unavailable(error)),
    }
}

#[async_trait::async_trait]
impl TaxonomyDesk for SqlTaxonomyDesk {
    async fn terms(&self, locale: Locale, pass: &StaffPass) -> Result<Option<TermList>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        let Some(terms) = found(taxonomy::list(&self.db, &actor, Utc::now()).await)? else {
            return Ok(None);
        };
        let (life_events, topics): (Vec<StoredTerm>, Vec<StoredTerm>) =
            terms.into_iter().partition(|t| t.row.kind == "life_event");
        Ok(Some(TermList {
            life_events: life_events.into_iter().map(|t| line(t, locale)).collect(),
            topics: topics.into_iter().map(|t| line(t, locale)).collect(),
        }))
    }

    async fn term_form(&self, pass: &StaffPass, id: Option<i32>) -> Result<Option<TermForm>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        let now = Utc::now();
        Ok(match id {
            None => found(taxonomy::open_blank(&self.db, &actor, now).await)?.map(|()| {
                let blank = TermInput {
                    kind: "life_event".to_owned(),
                    ..Default::default()
                };
                form_of(None, &blank, 0, Vec::new())
            }),
            Some(id) => found(taxonomy::open(&self.db, &actor, id, now).await)?
                .map(|stored| form_of(Some(id), &stored_input(&stored), stored.services, Vec::new())),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_falls_back_to_another_language_marked_as_such() {
        let labels = BTreeMap::from([(Locale::Pt, "Mudança".to_owned())]);
        assert_eq!(
            label_for(&labels, Locale::Pt),
            Some(Text::new("Mudança", Locale::Pt, false))
        );
        assert_eq!(
            label_for(&labels, Locale::En),
            Some(Text::new("Mudança", Locale::Pt, true))
        );
        assert_eq!(label_for(&BTreeMap::new(), Locale::En), None);
    }
}
