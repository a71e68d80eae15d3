//! What the agency form sends and the checks that need no database: names (one at least),
//! slug, level, place id, e-mail, phone and website, each error named by its form field.

use std::collections::BTreeMap;

use app::locale::Locale;
use app::model::Level;

use super::FieldError;
use crate::text::slugify;

/// Longest slug, acronym, name, address, e-mail and phone the columns hold.
const MAX_SLUG: usize = 160;
const MAX_ACRONYM: usize = 64;
const MAX_NAME: usize = 255;
const MAX_WEBSITE: usize = 1024;
const MAX_PHONE: usize = 64;

/// What a form sends, as typed; [`create`] and [`update`] validate it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgencyInput {
    pub names: BTreeMap<Locale, String>,
    pub acronym: String,
    pub slug: String,
    pub level: String,
    /// A place's id, as the form sends it.
    pub jurisdiction: String,
    pub email: String,
    pub phone: String,
    pub website: String,
}

/// The validated values, ready to store (`None`: left empty).
pub(super) struct Clean {
    pub(super) names: BTreeMap<Locale, String>,
    pub(super) acronym: Option<String>,
    pub(super) slug: String,
    pub(super) level: Level,
    pub(super) jurisdiction: i32,
    pub(super) email: Option<String>,
    pub(super) phone: Option<String>,
    pub(super) website: Option<String>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A web address: http or https, a host with a dot, no spaces.
fn valid_website(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let host = rest
        .and_then(|r| r.split(['/', '?', '#']).next())
        .unwrap_or_default();
    url.len() <= MAX_WEBSITE
        && !url.contains(char::is_whitespace)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
}

/// A phone number as people write it: digits with `+`, spaces, hyphens, dots or brackets.
fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    phone.chars().count() <= MAX_PHONE
        && (3..=20).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')'))
}

/// Checks every field that needs no database; errors are named by the form's field names.
pub(super) fn check(input: &AgencyInput, errors: &mut Vec<FieldError>) -> Option<Clean> {
    let mut names = BTreeMap::new();
    for (locale, name) in &input.names {
        let name = name.trim();
        if name.chars().count() > MAX_NAME {
            errors.push(FieldError::new(
                format!("name.{}", locale.code()),
                "editorial-field-too-long",
            ));
        } else if !name.is_empty() {
            names.insert(*locale, name.to_owned());
        }
    }
    if names.is_empty() && !errors.iter().any(|e| e.field.starts_with("name.")) {
        errors.push(FieldError::new("names", "admin-agencies-error-name-required"));
    }
    let acronym = optional(&input.acronym);
    if acronym.as_ref().is_some_and(|a| a.chars().count() > MAX_ACRONYM) {
        errors.push(FieldError::new("acronym", "editorial-field-too-long"));
    }
    let slug = input.slug.trim().to_owned();
    if slug.is_empty() {
        errors.push(FieldError::new("slug", "editorial-field-required"));
    } else if slugify(&slug, MAX_SLUG) != slug {
        errors.push(FieldError::new("slug", "editorial-field-invalid-slug"));
    }
    let level = Level::from_code(input.level.trim());
    if level.is_none() {
        errors.push(FieldError::new("level", "editorial-field-unknown-value"));
    }
    let jurisdiction = input.jurisdiction.trim().parse::<i32>().ok();
    if jurisdiction.is_none() {
        errors.push(FieldError::new("jurisdiction", "editorial-field-unknown-value"));
    }
    let email = optional(&input.email);
    let normalized = email.as_deref().map(crate::auth::staff::normalize_email);
    if normalized.as_ref().is_some_and(Option::is_none) {
        errors.push(FieldError::new("email", "editorial-field-invalid-email"));
    }
    let phone = optional(&input.phone);
    if phone.as_deref().is_some_and(|p| !valid_phone(p)) {
        errors.push(FieldError::new("phone", "admin-agencies-error-phone"));
    }
    let website = optional(&input.website);
    if website.as_deref().is_some_and(|w| !valid_website(w)) {
        errors.push(FieldError::new("website", "editorial-field-invalid-url"));
    }
    Some(Clean {
        names,
        acronym,
        slug,
        level: level?,
        jurisdiction: jurisdiction?,
        email: normalized.flatten(),
        phone,
        website,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AgencyInput {
        AgencyInput {
            names: BTreeMap::from([(Locale::Es, " Agencia de Prueba ".to_owned())]),
            slug: "agencia-de-prueba".to_owned(),
            level: "national".to_owned(),
            jurisdiction: "1".to_owned(),
            ..Default::default()
        }
    }

    fn errors_of(input: &AgencyInput) -> Vec<(String, &'static str)> {
        let mut errors = Vec::new();
        check(input, &mut errors);
        errors.into_iter().map(|e| (e.field, e.key)).collect()
    }

    #[test]
    fn a_complete_agency_passes_with_its_texts_trimmed() {
        let mut errors = Vec::new();
        let clean = check(&input(), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        let clean = clean.map(|c| c.names);
        assert_eq!(
            clean,
            Some(BTreeMap::from([(Locale::Es, "Agencia de Prueba".to_owned())]))
        );
    }

    #[test]
    fn each_field_is_checked() {
        let mut bad = input();
        bad.names = BTreeMap::from([(Locale::En, "   ".to_owned())]);
        bad.slug = "Not a slug".to_owned();
        bad.level = "galactic".to_owned();
        bad.jurisdiction = "x".to_owned();
        bad.email = "nobody".to_owned();
        bad.phone = "call me".to_owned();
        bad.website = "javascript:alert(1)".to_owned();
        bad.acronym = "A".repeat(65);
        assert_eq!(
            errors_of(&bad),
            vec![
                ("names".to_owned(), "admin-agencies-error-name-required"),
                ("acronym".to_owned(), "editorial-field-too-long"),
                ("slug".to_owned(), "editorial-field-invalid-slug"),
                ("level".to_owned(), "editorial-field-unknown-value"),
                ("jurisdiction".to_owned(), "editorial-field-unknown-value"),
                ("email".to_owned(), "editorial-field-invalid-email"),
                ("phone".to_owned(), "admin-agencies-error-phone"),
                ("website".to_owned(), "editorial-field-invalid-url"),
            ]
        );
    }

    #[test]
    fn contact_formats() {
        assert!(valid_phone("+55 (61) 2020-3000"));
        assert!(valid_phone("156"));
        assert!(!valid_phone("12"));
        assert!(!valid_phone("0800 CALL NOW"));
        assert!(valid_website("https://www.gov.example/agency?x=1"));
        assert!(valid_website("http://gov.example"));
        assert!(!valid_website("https://localhost"));
        assert!(!valid_website("ftp://gov.example"));
        assert!(!valid_website("https://gov .example"));
    }
}
