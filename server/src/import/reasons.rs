//! The importers explain problems in English for the CLI; the admin panel shows them in the
//! reader's language. This maps each reason the importers give to a message key
//! (`import-reason-…` in `locales/*/admin-import.ftl`) and the column, element or value it
//! names. A reason not recognised keeps its English text as a detail, marked `lang="en"`.

/// A reason as a message key and what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub key: &'static str,
    /// The column, element or field the reason is about.
    pub field: Option<String>,
    /// The English text, only when no message fits.
    pub detail: Option<String>,
}

fn reason(key: &'static str, field: Option<String>) -> Reason {
    Reason {
        key,
        field,
        detail: None,
    }
}

/// The first word of `text` (a column name such as `start_url`).
fn first_word(text: &str) -> Option<String> {
    text.split_whitespace().next().map(str::to_owned)
}

/// What comes between the first pair of `open` and `close`.
fn between(text: &str, open: char, close: char) -> Option<String> {
    let start = text.find(open)? + open.len_utf8();
    let end = text[start..].find(close)? + start;
    Some(text[start..end].to_owned())
}

/// Column lists after a colon (`missing column(s): a, b`).
fn after_colon(text: &str) -> Option<String> {
    text.split_once(": ").map(|(_, rest)| rest.trim().to_owned())
}

pub fn localize(text: &str) -> Reason {
    let has = |part: &str| text.contains(part);
    let starts = |part: &str| text.starts_with(part);
    let matched = if starts("empty required field") {
        Some(reason("import-reason-required", between(text, '`', '`')))
    } else if has("is longer than") {
        Some(reason("import-reason-too-long", first_word(text)))
    } else if starts("language ") {
        Some(reason("import-reason-language", None))
    } else if starts("level ") {
        Some(reason("import-reason-level", None))
    } else if starts("country_code ") {
        Some(reason("import-reason-country", None))
    } else if has("must start with the country code") {
        Some(reason("import-reason-place-code", first_word(text)))
    } else if has("service needs") || (has("_code ") && has(" has no ")) {
        Some(reason("import-reason-place-missing", None))
    } else if has("is also on line") {
        Some(reason("import-reason-duplicate", first_word(text)))
    } else if starts("slug ") || has("gives no slug") {
        Some(reason("import-reason-slug", None))
    } else if starts("fully_online ") {
        Some(reason("import-reason-yes-no", first_word(text)))
    } else if has("is not a web address") {
        Some(reason("import-reason-web-address", first_word(text)))
    } else if starts("cost ") {
        Some(reason("import-reason-cost", None))
    } else if starts("processing_time ") {
        Some(reason("import-reason-processing-time", None))
    } else if starts("channel ") && has("does not start with") {
        Some(reason("import-reason-channel-kind", None))
    } else if starts("channel ") {
        Some(reason("import-reason-channel-value", None))
    } else if has("is described differently") || starts("place ") {
        Some(reason("import-reason-inconsistent", first_word(text)))
    } else if has("UTF-8") {
        Some(reason("import-reason-encoding", None))
    } else if starts("malformed") {
        Some(reason("import-reason-malformed", None))
    } else if starts("missing column") || starts("unknown column") || starts("repeated column") {
        Some(reason("import-reason-columns", after_colon(text)))
    } else if has("has no column name") {
        Some(reason("import-reason-unnamed-column", None))
    } else if text == "duplicate id" {
        Some(reason("import-reason-duplicate", Some("id".to_owned())))
    } else if starts("organization_id ") {
        Some(reason("import-reason-organization", None))
    } else if has("required file is missing") || starts("no servicos") || has("is a folder of CSV") {
        Some(reason("import-reason-missing-file", None))
    } else if text == super::upload::ONE_FILE {
        Some(reason("import-reason-one-file", None))
    } else if starts("unexpected") {
        Some(reason(
            "import-reason-unexpected-element",
            between(text, '<', '>'),
        ))
    } else if starts("missing <") || has("has no id") {
        Some(reason("import-reason-missing-element", between(text, '<', '>')))
    } else if has("is not a number") {
        Some(reason("import-reason-not-a-number", between(text, '<', '>')))
    } else {
        None
    };
    matched.unwrap_or_else(|| Reason {
        key: "import-reason-other",
        field: None,
        detail: Some(text.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_importers_reasons_have_keys() {
        let cases = [
            (
                "empty required field `name`",
                "import-reason-required",
                Some("name"),
            ),
            (
                "level \"federal\" is not national, state or municipal",
                "import-reason-level",
                None,
            ),
            (
                "start_url \"x\" is not a web address (https://…)",
                "import-reason-web-address",
                Some("start_url"),
            ),
            (
                "source_id x is also on line 3",
                "import-reason-duplicate",
                Some("source_id"),
            ),
            (
                "missing column(s): name, level",
                "import-reason-columns",
                Some("name, level"),
            ),
            ("missing <nome>", "import-reason-missing-element", Some("nome")),
            ("duplicate id", "import-reason-duplicate", Some("id")),
            ("cost \"12 euros\" is not free", "import-reason-cost", None),
            (
                "channel \"fax:1\" does not start with one of web",
                "import-reason-channel-kind",
                None,
            ),
            (
                "not UTF-8 text: save the spreadsheet as \"CSV UTF-8\"",
                "import-reason-encoding",
                None,
            ),
        ];
        for (text, key, field) in cases {
            let found = localize(text);
            assert_eq!((found.key, found.field.as_deref()), (key, field), "{text}");
            assert_eq!(found.detail, None);
        }
        assert_eq!(localize("something new").detail.as_deref(), Some("something new"));
    }

    /// Every key this module (and the panel's own refusals) hands to the pages, in every language.
    #[test]
    fn every_reason_is_translated_in_every_locale() {
        let source = include_str!("reasons.rs").to_owned() + include_str!("../editorial/imports/write.rs");
        let keys: std::collections::BTreeSet<&str> = source
            .match_indices("\"import-reason-")
            .filter_map(|(at, _)| source[at + 1..].split('"').next())
            .filter(|key| key.len() > "import-reason-".len())
            .collect();
        assert!(keys.len() > 25, "{keys:?}");
        for locale in app::locale::Locale::ALL {
            for key in &keys {
                let text = app::i18n::tr_args(locale, key, &[("field", "x".into())]);
                assert!(!text.contains(key), "{key} in {locale:?}");
            }
        }
    }
}
