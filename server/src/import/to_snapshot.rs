//! An imported record as the editorial layer's [`ServiceSnapshot`], so the admin panel's
//! import saves it as a version like any edit. Places, topics and service points become the
//! ids [`References`] found or created for them.

use std::collections::HashSet;

use crate::catalog::FieldName;
use crate::editorial::snapshot::{
    ChannelPart, CostPart, DocumentPart, Hours, Place, ServiceSnapshot, Term, Texts,
};
use crate::import::record::{CostRecord, HoursRecord, PartPlace, ServiceRecord};
use crate::import::writer::References;

/// Longest keyword or popular name the terms table holds.
const MAX_TERM: usize = 255;

fn place(place: PartPlace) -> Place {
    Place {
        step: place.step,
        condition: place.condition,
    }
}

fn texts(locale: &str, pairs: &[(&str, Option<&String>)]) -> Texts {
    pairs
        .iter()
        .filter_map(|(field, value)| {
            let value = (*value)?;
            let by_locale = [(locale.to_owned(), value.clone())].into_iter().collect();
            Some(((*field).to_owned(), by_locale))
        })
        .collect()
}

fn hours(rows: &[HoursRecord]) -> Vec<Hours> {
    rows.iter()
        .map(|h| Hours {
            weekday: h.weekday,
            opens: h.opens.clone(),
            closes: h.closes.clone(),
        })
        .collect()
}

pub fn to_snapshot(record: &ServiceRecord, references: &References) -> ServiceSnapshot {
    let locale = record.locale.code();
    let (cost_kind, cost_amount_minor, cost_currency) = match &record.cost {
        CostRecord::Free => ("free", None, None),
        CostRecord::Fixed {
            amount_minor,
            currency,
        } => ("fixed", Some(*amount_minor), Some(currency.clone())),
        CostRecord::Variable => ("variable", None, None),
        CostRecord::Unknown => ("unknown", None, None),
    };
    let processing = record.processing.as_ref();
    let validity = record.validity.as_ref();
    let service_texts: Texts = record
        .texts
        .iter()
        .map(|(field, value)| {
            let by_locale = [(locale.to_owned(), value.clone())].into_iter().collect();
            ((*field).to_owned(), by_locale)
        })
        .collect();
    let channels = record
        .channels
        .iter()
        .map(|channel| ChannelPart {
            place: place(channel.place),
            kind: channel.kind.code().to_owned(),
            purpose: channel.purpose.map(str::to_owned),
            url: channel.url.clone(),
            phone: channel.phone.clone(),
            email: channel.email.clone(),
            wait_minutes: channel.wait_minutes,
            texts: texts(
                locale,
                &[
                    (FieldName::DESCRIPTION, channel.description_html.as_ref()),
                    (
                        FieldName::WHEN_UNAVAILABLE,
                        channel.when_unavailable_html.as_ref(),
                    ),
                ],
            ),
            hours: hours(&channel.hours),
            service_points: channel
                .points
                .iter()
                .filter_map(|p| references.points.get(&p.source_id).copied())
                .collect(),
            ..Default::default()
        })
        .collect();
    // As the CLI writes them: popular names first, each (kind, word) once.
    let mut seen = HashSet::new();
    let terms = record
        .popular_names
        .iter()
        .map(|t| ("popular_name", t))
        .chain(record.keywords.iter().map(|t| ("keyword", t)))
        .map(|(kind, term)| (kind, term.chars().take(MAX_TERM).collect::<String>()))
        .filter(|(kind, term)| seen.insert((*kind, term.to_lowercase())))
        .map(|(kind, term)| Term {
            locale: locale.to_owned(),
            kind: kind.to_owned(),
            term,
        })
        .collect();
    ServiceSnapshot {
        main_locale: locale.to_owned(),
        level: record.level.code().to_owned(),
        fully_online: record.fully_online,
        start_url: record.start_url.clone(),
        cost_kind: cost_kind.to_owned(),
        cost_amount_minor,
        cost_currency,
        processing_kind: processing.map(|p| p.kind.to_owned()),
        processing_min: processing.and_then(|p| p.min),
        processing_max: processing.and_then(|p| p.max),
        processing_unit: processing.and_then(|p| p.unit).map(|u| u.code().to_owned()),
        validity_amount: validity.and_then(|v| v.max),
        validity_unit: validity.and_then(|v| v.unit).map(|u| u.code().to_owned()),
        texts: service_texts,
        steps: record
            .steps
            .iter()
            .map(|step| {
                texts(
                    locale,
                    &[
                        (FieldName::TITLE, step.title.as_ref()),
                        (FieldName::DESCRIPTION, step.description_html.as_ref()),
                    ],
                )
            })
            .collect(),
        conditions: record
            .conditions
            .iter()
            .map(|label| texts(locale, &[(FieldName::LABEL, Some(label))]))
            .collect(),
        documents: record
            .documents
            .iter()
            .map(|d| DocumentPart {
                place: place(d.place),
                texts: texts(locale, &[(FieldName::DESCRIPTION, Some(&d.description))]),
            })
            .collect(),
        costs: record
            .costs
            .iter()
            .map(|c| CostPart {
                place: place(c.place),
                kind: if c.amount_minor.is_some() {
                    "fixed"
                } else {
                    "variable"
                }
                .to_owned(),
                amount_minor: c.amount_minor,
                currency: c.currency.clone(),
                texts: texts(locale, &[(FieldName::DESCRIPTION, c.description.as_ref())]),
            })
            .collect(),
        channels,
        terms,
        taxonomy: references.taxonomy.terms_for(&record.topics),
        jurisdictions: record
            .jurisdiction_codes
            .iter()
            .filter_map(|code| references.places.get(code).copied())
            .collect(),
        languages: record.languages.clone(),
    }
    .normalized()
}
