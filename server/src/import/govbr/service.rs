//! One `<servico>` element to a service record.

use app::locale::Locale;
use app::model::{Level, TimeUnit};
use roxmltree::Node;

use super::COUNTRY_CODE;
use super::parts::{Conditions, channels_of, costs_of, documents_of};
use super::xml::{child, child_text, children, highest_nested_id, items};
use crate::catalog::FieldName;
use crate::import::markup::{markdown, plain};
use crate::import::record::{CostRecord, DurationRecord, PartPlace, ServiceRecord, StepRecord};
use crate::import::summary::summarize;
use crate::text::slugify;

/// The agency a service names, as the service names it.
pub struct ServiceAgency {
    pub id: String,
    pub name: Option<String>,
}

pub struct Parsed {
    pub record: ServiceRecord,
    pub revision: u64,
    pub agency: ServiceAgency,
}

type Refusal = (String, String);

pub fn parse(node: Node) -> Result<Parsed, Refusal> {
    let raw_id = child_text(node, "id")
        .map(|id| id.trim().to_owned())
        .unwrap_or_default();
    let db_id = child_text(node, "dbId").map(|id| id.trim().to_owned());
    let record_name = db_id
        .clone()
        .map(|id| format!("dbId {id}"))
        .unwrap_or_else(|| format!("id {raw_id:?}"));
    let refuse = |reason: &str| (record_name.clone(), reason.to_owned());
    let name = child_text(node, "nome")
        .map(|n| plain(&n))
        .filter(|n| !n.is_empty())
        .ok_or_else(|| refuse("missing <nome>"))?;
    let slug = Some(slugify(&raw_id, 200))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| slugify(&name, 120));
    if slug.is_empty() {
        return Err(refuse("missing <id> and a <nome> that gives no slug"));
    }
    if let Some(db_id) = &db_id
        && db_id.parse::<u64>().is_err()
    {
        return Err(refuse("<dbId> is not a number"));
    }
    let agency_node = child(node, "orgao").ok_or_else(|| refuse("missing <orgao>"))?;
    let agency_id = agency_node
        .attribute("id")
        .map(str::trim)
        .filter(|id| !id.is_empty());
    let agency_id = agency_id.ok_or_else(|| refuse("<orgao> has no id"))?.to_owned();
    let agency_name = child_text(agency_node, "nomeOrgao").map(|n| plain(&n));

    let mut conditions = Conditions::default();
    let mut steps = Vec::new();
    let (mut documents, mut costs, mut channels) = (Vec::new(), Vec::new(), Vec::new());
    if let Some(list) = child(node, "etapas") {
        for (index, step) in children(list, "etapa").enumerate() {
            steps.push(StepRecord {
                title: child_text(step, "titulo")
                    .map(|t| plain(&t))
                    .filter(|t| !t.is_empty()),
                description_html: child_text(step, "descricao").and_then(|d| markdown(&d)),
            });
            let place = PartPlace {
                step: Some(index),
                condition: None,
            };
            documents.extend(documents_of(step, place, &mut conditions));
            costs.extend(costs_of(step, place, &mut conditions));
            channels.extend(channels_of(step, place, &mut conditions));
        }
    }

    let description_source = child_text(node, "descricao").unwrap_or_default();
    let mut texts = vec![(FieldName::NAME, name.clone())];
    let optional_texts = [
        (FieldName::ACRONYM, child_text(node, "sigla").map(|s| plain(&s))),
        (FieldName::SUMMARY, summarize(&description_source)),
        (FieldName::DESCRIPTION, markdown(&description_source)),
        (FieldName::ELIGIBILITY, eligibility(node)),
        (
            FieldName::PROCESSING_NOTE,
            child(node, "tempo-total-estimado")
                .and_then(|t| child_text(t, "descricao"))
                .and_then(|d| markdown(&d)),
        ),
        (
            FieldName::VALIDITY_NOTE,
            child(node, "validade-documento")
                .and_then(|v| child_text(v, "descricao"))
                .and_then(|d| markdown(&d)),
        ),
        (FieldName::LEGAL_BASIS, list_html(&items(node, "legislacoes"))),
        (
            FieldName::CONTACT,
            child_text(node, "contato").and_then(|c| markdown(&c)),
        ),
    ];
    texts.extend(
        optional_texts
            .into_iter()
            .filter_map(|(field, text)| Some((field, text.filter(|t| !t.is_empty())?))),
    );

    let cost = service_cost(child_text(node, "gratuito").as_deref(), &costs);
    let record = ServiceRecord {
        source_id: match &db_id {
            Some(id) => format!("govbr:{id}"),
            None => format!("govbr:slug:{slug}"),
        },
        slug,
        old_slugs: Vec::new(),
        agency_source_id: agency_id.clone(),
        level: Level::National,
        locale: Locale::Pt,
        fully_online: child_text(node, "servico-digital").is_some_and(|v| v.trim() == "true"),
        start_url: child_text(node, "link-servico-digital")
            .map(|u| u.trim().to_owned())
            .filter(|u| is_web_address(u)),
        cost,
        processing: child(node, "tempo-total-estimado").and_then(processing_time),
        validity: child(node, "validade-documento").and_then(validity),
        texts,
        topics: items(node, "areas-de-interesse")
            .iter()
            .map(|t| t.trim().to_owned())
            .collect(),
        keywords: distinct(items(node, "palavras-chave").iter().map(|k| plain(k))),
        popular_names: distinct(
            items(node, "nomes-populares")
                .iter()
                .flat_map(|n| n.split(';').map(plain).collect::<Vec<_>>()),
        ),
        languages: vec!["pt".to_owned()],
        jurisdiction_codes: vec![COUNTRY_CODE.to_owned()],
        conditions: conditions.into_labels(),
        steps,
        documents,
        costs,
        channels,
        status: "published",
    };
    Ok(Parsed {
        record,
        revision: highest_nested_id(node),
        agency: ServiceAgency {
            id: agency_id,
            name: agency_name,
        },
    })
}

fn distinct(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = Vec::new();
    for value in values.filter(|v| !v.is_empty()) {
        if !seen
            .iter()
            .any(|s: &String| s.to_lowercase() == value.to_lowercase())
        {
            seen.push(value);
        }
    }
    seen
}

pub fn is_web_address(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(char::is_whitespace)
        && text.len() > 10
}

/// Who can ask and what they must meet, as one list.
fn eligibility(node: Node) -> Option<String> {
    let list = child(node, "solicitantes")?;
    let entries: Vec<String> = children(list, "solicitante")
        .filter_map(|entry| {
            let who = child_text(entry, "tipo")
                .map(|t| plain(&t))
                .filter(|t| !t.is_empty())?;
            let requirements = child_text(entry, "requisitos")
                .and_then(|r| markdown(&r))
                .unwrap_or_default();
            Some(format!(
                "<li><p><strong>{}</strong></p>{requirements}</li>",
                html_escape::encode_text(&who)
            ))
        })
        .collect();
    (!entries.is_empty()).then(|| format!("<ul>{}</ul>", entries.concat()))
}

fn list_html(entries: &[String]) -> Option<String> {
    let items: Vec<String> = entries
        .iter()
        .filter_map(|entry| markdown(entry))
        .map(|html| {
            format!(
                "<li>{}</li>",
                html.trim_start_matches("<p>").trim_end_matches("</p>")
            )
        })
        .collect();
    (!items.is_empty()).then(|| format!("<ul>{}</ul>", items.concat()))
}

/// `gratuito` says free or not; a paid service costs one fixed amount when its steps name
/// exactly one, otherwise it varies.
fn service_cost(free: Option<&str>, costs: &[crate::import::record::CostItemRecord]) -> CostRecord {
    match free.map(str::trim) {
        Some("true") => CostRecord::Free,
        Some("false") => {
            let mut amounts: Vec<(i64, String)> = costs
                .iter()
                .filter_map(|c| Some((c.amount_minor?, c.currency.clone()?)))
                .collect();
            amounts.sort();
            amounts.dedup();
            match (amounts.as_slice(), costs.len()) {
                ([(amount_minor, currency)], 1) => CostRecord::Fixed {
                    amount_minor: *amount_minor,
                    currency: currency.clone(),
                },
                _ => CostRecord::Variable,
            }
        }
        _ => CostRecord::Unknown,
    }
}

pub fn time_unit(code: &str) -> Option<TimeUnit> {
    match code.trim() {
        "minutos" => Some(TimeUnit::Minutes),
        "horas" => Some(TimeUnit::Hours),
        "dias" => Some(TimeUnit::Days),
        "dias-corridos" | "dias corridos" => Some(TimeUnit::CalendarDays),
        "dias-uteis" | "dias uteis" | "dias úteis" => Some(TimeUnit::WorkingDays),
        "meses" => Some(TimeUnit::Months),
        "anos" => Some(TimeUnit::Years),
        _ => None,
    }
}

fn number(node: Node, attribute: &str) -> Option<i32> {
    node.attribute(attribute)?.trim().parse().ok()
}

fn processing_time(node: Node) -> Option<DurationRecord> {
    let element = node
        .children()
        .find(|c| c.is_element() && c.tag_name().name() != "descricao")?;
    let unit = element.attribute("unidade").and_then(time_unit);
    match element.tag_name().name() {
        "entre" => Some(DurationRecord {
            kind: "between",
            min: number(element, "min"),
            max: number(element, "max"),
            unit,
        }),
        "ate" => Some(DurationRecord {
            kind: "up_to",
            min: None,
            max: number(element, "max"),
            unit,
        }),
        "em-media" => Some(DurationRecord {
            kind: "average",
            min: None,
            max: number(element, "max"),
            unit,
        }),
        "atendimento-imediato" => Some(DurationRecord {
            kind: "immediate",
            min: None,
            max: None,
            unit: None,
        }),
        _ => None,
    }
}

fn validity(node: Node) -> Option<DurationRecord> {
    let element = child(node, "valido-por")?;
    Some(DurationRecord {
        kind: "up_to",
        min: None,
        max: number(element, "max"),
        unit: element.attribute("unidade").and_then(time_unit),
    })
}
