//! Every locale has every message, every message the code asks for exists, and every file parses.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use fluent_syntax::parser::parse;

const LOCALES: [&str; 4] = ["es", "pt", "en", "fr"];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// Message ids (with attributes as `id.attr`) per file of one locale.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(locales_dir().join(locale)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource =
            parse(source.as_str()).unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let mut ids = BTreeSet::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                assert!(
                    message.value.as_ref().is_some_and(|p| !is_blank(p)),
                    "{}: {} is empty",
                    path.display(),
                    message.id.name
                );
                ids.insert(message.id.name.to_owned());
                for attribute in message.attributes {
                    ids.insert(format!("{}.{}", message.id.name, attribute.id.name));
                }
            }
        }
        files.insert(path.file_name().unwrap().to_string_lossy().into_owned(), ids);
    }
    files
}

fn is_blank(pattern: &Pattern<&str>) -> bool {
    pattern
        .elements
        .iter()
        .all(|e| matches!(e, PatternElement::TextElement { value } if value.trim().is_empty()))
}

#[test]
fn every_locale_has_every_message_of_every_other() {
    let all: BTreeMap<&str, BTreeMap<String, BTreeSet<String>>> =
        LOCALES.iter().map(|l| (*l, messages(l))).collect();
    let reference = &all["en"];
    for (locale, files) in &all {
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            reference.keys().collect::<Vec<_>>(),
            "{locale}: files differ from en"
        );
        for (file, ids) in reference {
            let theirs = &files[file];
            let missing: Vec<_> = ids.difference(theirs).collect();
            let extra: Vec<_> = theirs.difference(ids).collect();
            assert!(missing.is_empty(), "{locale}/{file} lacks {missing:?}");
            assert!(extra.is_empty(), "{locale}/{file} has keys en lacks: {extra:?}");
        }
    }
}

/// Keys the code names literally, as `t("key")`, `t_args("key"`, `t_count("key"` or `key="key"`.
fn keys_in_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for marker in [
            "t(\"",
            "t_args(\"",
            "t_count(\"",
            "tr(locale, \"",
            "key=\"",
            "link_key=\"",
        ] {
            for (index, _) in source.match_indices(marker) {
                // `get("q")` ends like `t("`: only whole names count.
                let before = source[..index].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &source[index + marker.len()..];
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    if !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        keys.insert(key.to_owned());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists() {
    let known: BTreeSet<String> = messages("en").into_values().flatten().collect();
    let used = keys_in_code();
    assert!(
        used.len() > 50,
        "found only {} keys: the scan is broken",
        used.len()
    );
    let missing: Vec<_> = used.difference(&known).collect();
    assert!(missing.is_empty(), "used in code but not in locales: {missing:?}");
}

/// Families of keys built at run time (`level-{code}`, `channel-{kind}`…) exist for every value.
#[test]
fn generated_key_families_are_complete() {
    let known: BTreeSet<String> = messages("en").into_values().flatten().collect();
    let mut expected = Vec::new();
    for level in ["national", "state", "municipal"] {
        expected.push(format!("level-{level}"));
    }
    for kind in ["web", "office", "phone", "sms", "app", "mail", "email"] {
        expected.push(format!("channel-{kind}"));
    }
    for unit in [
        "minutes",
        "hours",
        "days",
        "calendar_days",
        "working_days",
        "months",
        "years",
    ] {
        expected.push(format!("time-unit-{unit}"));
    }
    for purpose in [
        "track",
        "schedule",
        "calculate_fees",
        "look_up",
        "declare",
        "issue",
        "enrol",
        "find_office",
        "fill_in",
        "simulate",
        "fax",
    ] {
        expected.push(format!("channel-purpose-{purpose}"));
    }
    for code in ["400", "404", "500", "503"] {
        expected.push(format!("error-{code}-title"));
        expected.push(format!("error-{code}-body"));
    }
    for month in 1..=12 {
        expected.push(format!("month-{month}"));
    }
    for day in 1..=7 {
        expected.push(format!("weekday-{day}"));
    }
    for locale in LOCALES {
        expected.push(format!("language-name-{locale}"));
    }
    for role in ["platform-admin", "agency-admin", "publisher", "editor"] {
        expected.push(format!("staff-role-{role}"));
    }
    for stars in 1..=5 {
        expected.push(format!("rating-star-{stars}"));
    }
    for dimension in ["clarity", "ease", "channels", "cost", "time", "result"] {
        expected.push(format!("rating-dimension-{dimension}"));
    }
    for reason in ["incorrect", "incomplete", "unclear", "not_needed", "other"] {
        expected.push(format!("useful-reason-{reason}"));
    }
    for kind in ["whatsapp", "sms", "email"] {
        expected.push(format!("share-{kind}"));
    }
    let missing: Vec<_> = expected.iter().filter(|key| !known.contains(*key)).collect();
    assert!(missing.is_empty(), "missing generated keys: {missing:?}");
}

/// The outcomes the server redirects with are shown by key: each one needs a message.
#[cfg(feature = "ssr")]
#[test]
fn every_outcome_message_exists() {
    let known: BTreeSet<String> = messages("en").into_values().flatten().collect();
    let missing: Vec<_> = app::accounts::MESSAGE_KEYS
        .iter()
        .chain(app::ratings::OUTCOME_KEYS)
        .filter(|key| !known.contains(**key))
        .collect();
    assert!(missing.is_empty(), "outcome keys without a message: {missing:?}");
}
