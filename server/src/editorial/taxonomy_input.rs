//! What the term form sends and the checks that need no database: kind, address (slug),
//! position, and a label (one language at least) and description per language, each error
//! named by its form field.

use std::collections::BTreeMap;

use app::locale::Locale;

use super::FieldError;

/// Longest slug and label the columns hold, and a description that still reads as one.
const MAX_SLUG: usize = 160;
const MAX_LABEL: usize = 255;
const MAX_DESCRIPTION: usize = 1_000;
/// Positions order life events on the home page; four digits leave room between them.
const MAX_POSITION: i32 = 9_999;

/// What a form sends, as typed; `taxonomy::create` and `taxonomy::update` validate it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermInput {
    pub kind: String,
    pub slug: String,
    pub position: String,
    pub labels: BTreeMap<Locale, String>,
    pub descriptions: BTreeMap<Locale, String>,
}

/// The validated values, ready to store; languages left empty are absent.
pub(super) struct Clean {
    pub(super) kind: &'static str,
    pub(super) slug: String,
    pub(super) position: i32,
    pub(super) labels: BTreeMap<Locale, String>,
    pub(super) descriptions: BTreeMap<Locale, String>,
}

/// Lower-case ASCII letters and digits in words joined by single hyphens: the address of a
/// life event's page and the value of the search filter.
pub fn valid_slug(slug: &str) -> bool {
    slug.len() <= MAX_SLUG
        && slug.split('-').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The non-empty texts, trimmed; an error for each one longer than `max`.
fn texts(
    typed: &BTreeMap<Locale, String>,
    field: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> BTreeMap<Locale, String> {
    let mut kept = BTreeMap::new();
    for (locale, text) in typed {
        let text = text.trim();
        if text.chars().count() > max {
            errors.push(FieldError::new(
                format!("{field}.{}", locale.code()),
                "editorial-field-too-long",
            ));
        } else if !text.is_empty() {
            kept.insert(*locale, text.to_owned());
        }
    }
    kept
}

/// Checks every field that needs no database; errors are named by the form's field names.
pub(super) fn check(input: &TermInput, errors: &mut Vec<FieldError>) -> Option<Clean> {
    let kind = app::admin::taxonomy::KINDS
        .into_iter()
        .find(|kind| *kind == input.kind.trim());
    if kind.is_none() {
        errors.push(FieldError::new("kind", "editorial-field-unknown-value"));
    }
    let slug = input.slug.trim().to_owned();
    if slug.is_empty() {
        errors.push(FieldError::new("slug", "editorial-field-required"));
    } else if !valid_slug(&slug) {
        errors.push(FieldError::new("slug", "editorial-field-invalid-slug"));
    }
    let position = match input.position.trim() {
        "" => Some(0),
        typed => typed
            .parse::<i32>()
            .ok()
            .filter(|p| (0..=MAX_POSITION).contains(p)),
    };
    if position.is_none() {
        errors.push(FieldError::new("position", "admin-taxonomy-error-position"));
    }
    let labels = texts(&input.labels, "label", MAX_LABEL, errors);
    if labels.is_empty() && !errors.iter().any(|e| e.field.starts_with("label.")) {
        errors.push(FieldError::new("labels", "admin-taxonomy-error-label-required"));
    }
    let descriptions = texts(&input.descriptions, "description", MAX_DESCRIPTION, errors);
    Some(Clean {
        kind: kind?,
        slug,
        position: position?,
        labels,
        descriptions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> TermInput {
        TermInput {
            kind: "life_event".to_owned(),
            slug: "adopting-a-pet".to_owned(),
            position: " 7 ".to_owned(),
            labels: BTreeMap::from([
                (Locale::Es, " Adoptar una mascota ".to_owned()),
                (Locale::Pt, String::new()),
            ]),
            descriptions: BTreeMap::from([(Locale::Es, "Vacunas y registro.".to_owned())]),
        }
    }

    fn errors_of(input: &TermInput) -> Vec<(String, &'static str)> {
        let mut errors = Vec::new();
        check(input, &mut errors);
        errors.into_iter().map(|e| (e.field, e.key)).collect()
    }

    #[test]
    fn a_complete_term_passes_trimmed_with_empty_languages_left_out() {
        let mut errors = Vec::new();
        let clean = check(&input(), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        let clean = clean.unwrap();
        assert_eq!((clean.kind, clean.position), ("life_event", 7));
        assert_eq!(
            clean.labels,
            BTreeMap::from([(Locale::Es, "Adoptar una mascota".to_owned())])
        );
        assert_eq!(clean.descriptions.len(), 1);
    }

    #[test]
    fn an_empty_position_is_zero() {
        let mut blank = input();
        blank.position = String::new();
        let mut errors = Vec::new();
        assert_eq!(check(&blank, &mut errors).map(|c| c.position), Some(0));
    }

    #[test]
    fn each_field_is_checked() {
        let bad = TermInput {
            kind: "category".to_owned(),
            slug: "Adopting a Pet".to_owned(),
            position: "-1".to_owned(),
            labels: BTreeMap::from([(Locale::En, "   ".to_owned())]),
            descriptions: BTreeMap::from([(Locale::Fr, "x".repeat(1_001))]),
        };
        assert_eq!(
            errors_of(&bad),
            vec![
                ("kind".to_owned(), "editorial-field-unknown-value"),
                ("slug".to_owned(), "editorial-field-invalid-slug"),
                ("position".to_owned(), "admin-taxonomy-error-position"),
                ("labels".to_owned(), "admin-taxonomy-error-label-required"),
                ("description.fr".to_owned(), "editorial-field-too-long"),
            ]
        );
        let mut long = input();
        long.labels.insert(Locale::En, "x".repeat(256));
        long.slug = String::new();
        long.position = "ten".to_owned();
        assert_eq!(
            errors_of(&long),
            vec![
                ("slug".to_owned(), "editorial-field-required"),
                ("position".to_owned(), "admin-taxonomy-error-position"),
                ("label.en".to_owned(), "editorial-field-too-long"),
            ]
        );
    }

    /// Every key these pages show for a field or an outcome, and the audit log's names of
    /// the changes, in every language.
    #[test]
    fn every_message_key_is_translated_in_every_locale() {
        use app::i18n::tr_args;

        use crate::editorial::audit::AuditAction;

        let mut keys: Vec<String> = [
            "error-position",
            "error-label-required",
            "error-slug-taken",
            "error-in-use",
            "delete-in-use",
            "done-created",
            "done-saved",
            "done-deleted",
            "kind",
            "slug",
            "position",
            "labels",
        ]
        .map(|k| format!("admin-taxonomy-{k}"))
        .into();
        for locale in Locale::ALL {
            keys.push(format!("admin-taxonomy-label-{}", locale.code()));
            keys.push(format!("admin-taxonomy-description-{}", locale.code()));
        }
        keys.extend(
            app::admin::taxonomy::KINDS.map(|k| format!("admin-taxonomy-kind-{}", k.replace('_', "-"))),
        );
        let actions = [
            AuditAction::TaxonomyCreated,
            AuditAction::TaxonomyUpdated,
            AuditAction::TaxonomyDeleted,
        ];
        keys.extend(actions.map(|a| format!("editorial-audit-{}", a.code().replace('.', "-"))));
        for locale in Locale::ALL {
            for key in &keys {
                let args = [("count", 2.into()), ("n", "2".into())];
                let text = tr_args(locale, key, &args);
                assert!(!text.is_empty() && text != *key, "{key} in {locale:?}");
            }
        }
    }

    #[test]
    fn slugs_are_lower_case_ascii_words_and_single_hyphens() {
        for good in ["a", "having-a-baby", "covid-19", "2026"] {
            assert!(valid_slug(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Baby",
            "bebé",
            "a_b",
            "a b",
            "a/b",
            &"a".repeat(161),
        ] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }
}
