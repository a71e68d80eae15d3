//! A service as one row of the CSV template (`docs/import-csv.md`), the format the importer
//! reads, so an agency's export imports back to the same content. Texts are in the service's
//! main language; Markdown columns get the HTML back as Markdown. What the template has no
//! column for (other languages, conditions, step titles, opening hours) is not exported.

use std::collections::HashMap;

use super::row::COLUMNS;
use crate::catalog::FieldName;
use crate::editorial::audit_csv::neutralise;
use crate::editorial::snapshot::{ServiceSnapshot, Texts};
use crate::import::unmarkdown::to_markdown;

/// The agency columns, the same on every row.
#[derive(Clone, Debug, Default)]
pub struct AgencyCells {
    pub id: String,
    pub name: String,
    pub acronym: String,
    pub website: String,
}

/// A place of the service, outermost first: kind (`country`, `state`, `municipality`), code
/// and name.
#[derive(Clone, Debug)]
pub struct PlaceCells {
    pub kind: String,
    pub code: String,
    pub name: String,
}

/// What a row needs besides the snapshot.
pub struct RowContext<'a> {
    pub source_id: String,
    pub slug: &'a str,
    pub agency: &'a AgencyCells,
    pub places: Vec<PlaceCells>,
    /// Topic labels as the importer reads them.
    pub topics: Vec<String>,
    /// Service points' addresses by id, for `office:` channels.
    pub addresses: &'a HashMap<i32, String>,
}

fn text(texts: &Texts, field: &str, locale: &str) -> String {
    texts
        .get(field)
        .and_then(|by_locale| by_locale.get(locale))
        .cloned()
        .unwrap_or_default()
}

/// `|` separates list items: one inside an item is changed to `/`.
fn join(items: impl IntoIterator<Item = String>) -> String {
    items
        .into_iter()
        .map(|item| item.replace('|', "/"))
        .filter(|item| !item.trim().is_empty())
        .collect::<Vec<_>>()
        .join("|")
}

fn cost(snapshot: &ServiceSnapshot) -> String {
    match (
        snapshot.cost_kind.as_str(),
        snapshot.cost_amount_minor,
        &snapshot.cost_currency,
    ) {
        ("free", _, _) => "free".to_owned(),
        ("variable", _, _) => "variable".to_owned(),
        ("fixed", Some(minor), Some(currency)) => {
            format!("{}.{:02} {currency}", minor / 100, minor % 100)
        }
        _ => String::new(),
    }
}

fn processing(snapshot: &ServiceSnapshot) -> String {
    let unit = snapshot.processing_unit.clone().unwrap_or_default();
    match (
        snapshot.processing_kind.as_deref(),
        snapshot.processing_min,
        snapshot.processing_max,
    ) {
        (Some("immediate"), _, _) => "immediate".to_owned(),
        (Some("between"), Some(min), Some(max)) => format!("{min}-{max} {unit}"),
        (Some("average"), _, Some(max)) => format!("about {max} {unit}"),
        (Some("up_to"), _, Some(max)) => format!("{max} {unit}"),
        _ => String::new(),
    }
}

fn channels(snapshot: &ServiceSnapshot, addresses: &HashMap<i32, String>) -> String {
    let locale = snapshot.main_locale.as_str();
    let items = snapshot.channels.iter().filter_map(|channel| {
        let value = match channel.kind.as_str() {
            "web" | "app" => channel.url.clone(),
            "phone" | "sms" => channel.phone.clone(),
            "email" => channel.email.clone(),
            "office" => channel
                .service_points
                .first()
                .and_then(|id| addresses.get(id).cloned()),
            "mail" => Some(to_markdown(&text(&channel.texts, FieldName::DESCRIPTION, locale))),
            _ => None,
        }?;
        Some(format!("{}:{value}", channel.kind))
    });
    join(items)
}

/// The cells of one service, in the order of [`header`].
pub fn row(snapshot: &ServiceSnapshot, context: &RowContext<'_>) -> Vec<String> {
    let locale = snapshot.main_locale.as_str();
    let texts = &snapshot.texts;
    let place = |kind: &str| context.places.iter().find(|p| p.kind == kind);
    let markdown = |field: &str| to_markdown(&text(texts, field, locale));
    let terms = |kind: &str| {
        join(
            snapshot
                .terms
                .iter()
                .filter(|t| t.kind == kind && t.locale == locale)
                .map(|t| t.term.clone()),
        )
    };
    COLUMNS
        .known
        .iter()
        .map(|column| match *column {
            "source_id" => context.source_id.clone(),
            "slug" => context.slug.to_owned(),
            "language" => locale.to_owned(),
            "name" => text(texts, FieldName::NAME, locale),
            "summary" => text(texts, FieldName::SUMMARY, locale),
            "description" => markdown(FieldName::DESCRIPTION),
            "agency_id" => context.agency.id.clone(),
            "agency_name" => context.agency.name.clone(),
            "agency_acronym" => context.agency.acronym.clone(),
            "agency_website" => context.agency.website.clone(),
            "level" => snapshot.level.clone(),
            "country_code" => place("country").map(|p| p.code.clone()).unwrap_or_default(),
            "country_name" => place("country").map(|p| p.name.clone()).unwrap_or_default(),
            "state_code" => place("state").map(|p| p.code.clone()).unwrap_or_default(),
            "state_name" => place("state").map(|p| p.name.clone()).unwrap_or_default(),
            "municipality_code" => place("municipality").map(|p| p.code.clone()).unwrap_or_default(),
            "municipality_name" => place("municipality").map(|p| p.name.clone()).unwrap_or_default(),
            "fully_online" => if snapshot.fully_online { "yes" } else { "no" }.to_owned(),
            "start_url" => snapshot.start_url.clone().unwrap_or_default(),
            "cost" => cost(snapshot),
            "cost_note" => snapshot
                .costs
                .first()
                .map(|c| text(&c.texts, FieldName::DESCRIPTION, locale))
                .unwrap_or_default(),
            "processing_time" => processing(snapshot),
            "processing_note" => markdown(FieldName::PROCESSING_NOTE),
            "eligibility" => markdown(FieldName::ELIGIBILITY),
            "documents" => join(
                snapshot
                    .documents
                    .iter()
                    .map(|d| text(&d.texts, FieldName::DESCRIPTION, locale)),
            ),
            "steps" => join(snapshot.steps.iter().map(|step| {
                let described = text(step, FieldName::DESCRIPTION, locale);
                let shown = if described.is_empty() {
                    text(step, FieldName::TITLE, locale)
                } else {
                    described
                };
                to_markdown(&shown)
            })),
            "channels" => channels(snapshot, context.addresses),
            "keywords" => terms("keyword"),
            "popular_names" => terms("popular_name"),
            "topics" => join(context.topics.iter().cloned()),
            "legal_basis" => markdown(FieldName::LEGAL_BASIS),
            _ => String::new(),
        })
        .collect()
}

pub fn header() -> &'static [&'static str] {
    COLUMNS.known
}

/// RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark (so spreadsheets read the
/// accents), every cell guarded against formulas (`audit_csv::neutralise`).
pub fn to_csv(rows: &[Vec<String>]) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header())?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell)))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(format!("\u{feff}{text}"))
}
