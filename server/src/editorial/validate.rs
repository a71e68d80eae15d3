//! Field checks run before anything is written: each problem becomes a `FieldError` with a
//! path into the snapshot and a message key, and one problem is enough to write nothing.

use app::locale::Locale;
use app::model::{ChannelKind, Level, TimeUnit};

use super::FieldError;
use super::snapshot::{Place, ServiceSnapshot, Texts};

mod references;

pub use references::check_references;

/// Longest name or summary a page can show well.
const MAX_SHORT_TEXT: usize = 300;
/// Longest body text (descriptions, eligibility…).
const MAX_LONG_TEXT: usize = 20_000;
const SHORT_FIELDS: [&str; 3] = ["name", "acronym", "summary"];
const COST_KINDS: [&str; 4] = ["free", "fixed", "variable", "unknown"];
const TERM_KINDS: [&str; 2] = ["keyword", "popular_name"];

pub fn validate(snapshot: &ServiceSnapshot) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if Locale::from_code(&snapshot.main_locale).is_none() {
        errors.push(FieldError::new("main_locale", "editorial-field-unknown-locale"));
    }
    if Level::from_code(&snapshot.level).is_none() {
        errors.push(FieldError::new("level", "editorial-field-unknown-value"));
    }
    url(&mut errors, "start_url", snapshot.start_url.as_deref());
    cost(
        &mut errors,
        "cost",
        Some(&snapshot.cost_kind),
        snapshot.cost_amount_minor,
        snapshot.cost_currency.as_deref(),
    );
    unit(
        &mut errors,
        "processing_unit",
        snapshot.processing_unit.as_deref(),
    );
    unit(&mut errors, "validity_unit", snapshot.validity_unit.as_deref());
    texts(&mut errors, "texts", &snapshot.texts);
    for (index, step) in snapshot.steps.iter().enumerate() {
        texts(&mut errors, &format!("steps.{index}"), step);
    }
    for (index, condition) in snapshot.conditions.iter().enumerate() {
        texts(&mut errors, &format!("conditions.{index}"), condition);
    }
    let places = (snapshot.steps.len(), snapshot.conditions.len());
    for (index, part) in snapshot.documents.iter().enumerate() {
        let path = format!("documents.{index}");
        place(&mut errors, &path, part.place, places);
        texts(&mut errors, &path, &part.texts);
    }
    for (index, part) in snapshot.costs.iter().enumerate() {
        let path = format!("costs.{index}");
        place(&mut errors, &path, part.place, places);
        cost(
            &mut errors,
            &path,
            Some(&part.kind),
            part.amount_minor,
            part.currency.as_deref(),
        );
        texts(&mut errors, &path, &part.texts);
    }
    for (index, part) in snapshot.channels.iter().enumerate() {
        let path = format!("channels.{index}");
        place(&mut errors, &path, part.place, places);
        if ChannelKind::from_code(&part.kind).is_none() {
            errors.push(FieldError::new(
                format!("{path}.kind"),
                "editorial-field-unknown-value",
            ));
        }
        url(&mut errors, &format!("{path}.url"), part.url.as_deref());
        if part.email.as_deref().is_some_and(|e| !e.contains('@')) {
            errors.push(FieldError::new(
                format!("{path}.email"),
                "editorial-field-invalid-email",
            ));
        }
        for (h, hours) in part.hours.iter().enumerate() {
            let valid = (1..=7).contains(&hours.weekday)
                && is_time(&hours.opens)
                && is_time(&hours.closes)
                && hours.opens < hours.closes;
            if !valid {
                errors.push(FieldError::new(
                    format!("{path}.hours.{h}"),
                    "editorial-field-invalid-hours",
                ));
            }
        }
        texts(&mut errors, &path, &part.texts);
    }
    for (index, term) in snapshot.terms.iter().enumerate() {
        let path = format!("terms.{index}");
        if Locale::from_code(&term.locale).is_none() {
            errors.push(FieldError::new(
                format!("{path}.locale"),
                "editorial-field-unknown-locale",
            ));
        }
        if !TERM_KINDS.contains(&term.kind.as_str()) {
            errors.push(FieldError::new(
                format!("{path}.kind"),
                "editorial-field-unknown-value",
            ));
        }
        if term.term.trim().is_empty() || term.term.chars().count() > 255 {
            errors.push(FieldError::new(
                format!("{path}.term"),
                "editorial-field-too-long",
            ));
        }
    }
    errors
}

fn texts(errors: &mut Vec<FieldError>, path: &str, texts: &Texts) {
    for (field, by_locale) in texts {
        let max = if SHORT_FIELDS.contains(&field.as_str()) {
            MAX_SHORT_TEXT
        } else {
            MAX_LONG_TEXT
        };
        for (locale, value) in by_locale {
            let here = format!("{path}.{field}.{locale}");
            if Locale::from_code(locale).is_none() {
                errors.push(FieldError::new(here, "editorial-field-unknown-locale"));
            } else if value.chars().count() > max {
                errors.push(FieldError::new(here, "editorial-field-too-long"));
            }
        }
    }
}

fn place(errors: &mut Vec<FieldError>, path: &str, place: Place, (steps, conditions): (usize, usize)) {
    if place.step.is_some_and(|s| s >= steps) || place.condition.is_some_and(|c| c >= conditions) {
        errors.push(FieldError::new(
            format!("{path}.place"),
            "editorial-field-invalid-reference",
        ));
    }
}

fn url(errors: &mut Vec<FieldError>, path: &str, value: Option<&str>) {
    let Some(value) = value else { return };
    let scheme_ok = value.starts_with("https://") || value.starts_with("http://");
    if !scheme_ok || value.len() > 1024 || value.contains(char::is_whitespace) {
        errors.push(FieldError::new(path, "editorial-field-invalid-url"));
    }
}

fn cost(
    errors: &mut Vec<FieldError>,
    path: &str,
    kind: Option<&str>,
    amount: Option<i64>,
    currency: Option<&str>,
) {
    let kind = kind.unwrap_or("unknown");
    if !COST_KINDS.contains(&kind) {
        errors.push(FieldError::new(
            format!("{path}.kind"),
            "editorial-field-unknown-value",
        ));
    }
    if kind == "fixed" && amount.is_none_or(|a| a < 0) {
        errors.push(FieldError::new(
            format!("{path}.amount"),
            "editorial-field-invalid-amount",
        ));
    }
    let currency_ok = currency.is_none_or(|c| c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()));
    if !currency_ok || (kind == "fixed" && currency.is_none()) {
        errors.push(FieldError::new(
            format!("{path}.currency"),
            "editorial-field-invalid-currency",
        ));
    }
}

fn unit(errors: &mut Vec<FieldError>, path: &str, value: Option<&str>) {
    if value.is_some_and(|u| TimeUnit::from_code(u).is_none()) {
        errors.push(FieldError::new(path, "editorial-field-unknown-value"));
    }
}

/// "HH:MM", 00:00 to 23:59 (or 24:00 for a closing time at midnight).
fn is_time(value: &str) -> bool {
    let bytes = value.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return false;
    }
    match (value[..2].parse::<u8>(), value[3..].parse::<u8>()) {
        (Ok(h), Ok(m)) => (h < 24 && m < 60) || (h == 24 && m == 0),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editorial::snapshot::{ChannelPart, Hours};

    fn valid() -> ServiceSnapshot {
        let mut snapshot = ServiceSnapshot {
            main_locale: "es".to_owned(),
            level: "national".to_owned(),
            cost_kind: "free".to_owned(),
            ..Default::default()
        };
        snapshot
            .texts
            .entry("name".to_owned())
            .or_default()
            .insert("es".to_owned(), "Renovar el pasaporte".to_owned());
        snapshot
    }

    #[test]
    fn a_plain_service_is_valid() {
        assert_eq!(validate(&valid()), Vec::new());
    }

    #[test]
    fn each_bad_field_is_named_with_its_key() {
        let mut snapshot = valid();
        snapshot.level = "galactic".to_owned();
        snapshot.start_url = Some("javascript:alert(1)".to_owned());
        snapshot.cost_kind = "fixed".to_owned();
        snapshot
            .texts
            .entry("name".to_owned())
            .or_default()
            .insert("xx".to_owned(), "?".to_owned());
        snapshot.channels.push(ChannelPart {
            kind: "pigeon".to_owned(),
            place: Place {
                step: Some(3),
                condition: None,
            },
            hours: vec![Hours {
                weekday: 8,
                opens: "09:00".to_owned(),
                closes: "08:00".to_owned(),
            }],
            ..Default::default()
        });
        let found: Vec<(String, &str)> = validate(&snapshot)
            .into_iter()
            .map(|e| (e.field, e.key))
            .collect();
        let expected = [
            ("level", "editorial-field-unknown-value"),
            ("start_url", "editorial-field-invalid-url"),
            ("cost.amount", "editorial-field-invalid-amount"),
            ("cost.currency", "editorial-field-invalid-currency"),
            ("texts.name.xx", "editorial-field-unknown-locale"),
            ("channels.0.place", "editorial-field-invalid-reference"),
            ("channels.0.kind", "editorial-field-unknown-value"),
            ("channels.0.hours.0", "editorial-field-invalid-hours"),
        ];
        assert_eq!(
            found,
            expected
                .iter()
                .map(|(f, k)| ((*f).to_owned(), *k))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn times_are_hours_and_minutes() {
        assert!(is_time("08:30"));
        assert!(is_time("24:00"));
        assert!(!is_time("24:01"));
        assert!(!is_time("8:30"));
        assert!(!is_time("08h30"));
    }
}
