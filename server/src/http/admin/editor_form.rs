//! The editor's sections as forms: each field is named by its path in the snapshot
//! (`texts.name.es`, `channels.0.url`), so the service layer's field errors land beside the
//! field that caused them. `groups` fills a section from a snapshot (the general facts and a
//! channel's fields are in `editor_form_parts`); `editor_parse` reads a posted section back.

use std::collections::HashMap;

use app::admin::editor::{FieldGroup, FieldKind, FormField, Section};
use app::locale::Locale;
use app::model::TimeUnit;

use super::editor_choices::Choices;
use super::editor_form_lists::{conditions, costs, places, topics};
use super::editor_form_parts::{channel, general};
use crate::editorial::ServiceSnapshot;
use crate::editorial::snapshot::Texts;

/// The posted fields by name (a name posted twice keeps its first value).
pub type Posted = HashMap<String, String>;

/// The service's own texts, in the order the editor shows them; the first three are short.
pub const SERVICE_TEXTS: [&str; 9] = [
    "name",
    "acronym",
    "summary",
    "description",
    "eligibility",
    "processing_note",
    "validity_note",
    "legal_basis",
    "contact",
];
pub(super) const TERM_KINDS: [&str; 2] = ["keyword", "popular_name"];

pub(super) fn field(
    name: impl Into<String>,
    label: &str,
    kind: FieldKind,
    value: impl Into<String>,
) -> FormField {
    FormField {
        name: name.into(),
        label: label.to_owned(),
        kind,
        value: value.into(),
        lang: None,
        hint: None,
        error: None,
    }
}

pub(super) fn in_lang(mut field: FormField, lang: Locale) -> FormField {
    field.lang = Some(lang);
    field
}

pub(super) fn hinted(mut field: FormField, hint: &str) -> FormField {
    field.hint = Some(hint.to_owned());
    field
}

pub(super) fn group(legend: &str, number: Option<usize>, fields: Vec<FormField>) -> FieldGroup {
    FieldGroup {
        legend: legend.to_owned(),
        number,
        fields,
        remove: None,
        rows: Vec::new(),
        hint: None,
        submit: None,
    }
}

/// A select with "not set" first.
pub(super) fn options(codes: impl IntoIterator<Item = (String, String)>, optional: bool) -> FieldKind {
    let unset = optional.then(|| (String::new(), "admin-editor-not-set".to_owned()));
    FieldKind::Select(unset.into_iter().chain(codes).collect())
}

pub(super) fn units() -> FieldKind {
    options(
        TimeUnit::ALL.map(|u| (u.code().to_owned(), format!("time-unit-{}", u.code()))),
        true,
    )
}

pub(super) fn number(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub(super) fn text_of(texts: &Texts, field: &str, locale: Locale) -> String {
    texts
        .get(field)
        .and_then(|by| by.get(locale.code()))
        .cloned()
        .unwrap_or_default()
}

/// An amount in minor units as the editor writes it: "12.50".
pub(super) fn amount_text(minor: Option<i64>) -> String {
    minor
        .map(|m| format!("{}.{:02}", m / 100, (m % 100).abs()))
        .unwrap_or_default()
}

/// The section's fields from `snapshot` (places and topics named by `choices`), and the
/// "add a row" label key where rows repeat.
pub fn groups(
    section: Section,
    s: &ServiceSnapshot,
    lang: Locale,
    choices: &Choices,
) -> (Vec<FieldGroup>, Option<String>) {
    match section {
        Section::General => (general(s), None),
        Section::Conditions => (conditions(s, lang), Some("admin-editor-add-condition".to_owned())),
        Section::Costs => (costs(s, lang), Some("admin-editor-add-cost".to_owned())),
        Section::Places => (places(s, choices), None),
        Section::Topics => (topics(s, choices), None),
        Section::Texts => {
            let fields = SERVICE_TEXTS
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    let kind = if i < 3 {
                        FieldKind::Text
                    } else {
                        FieldKind::LongText
                    };
                    let label = format!("admin-editor-text-{name}");
                    let value = text_of(&s.texts, name, lang);
                    in_lang(
                        field(format!("texts.{name}.{}", lang.code()), &label, kind, value),
                        lang,
                    )
                })
                .collect();
            (vec![group("admin-editor-texts-legend", None, fields)], None)
        }
        Section::Steps => {
            let rows = s
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let code = lang.code();
                    let mut row = group(
                        "admin-editor-step",
                        Some(i + 1),
                        vec![
                            in_lang(
                                field(
                                    format!("steps.{i}.title.{code}"),
                                    "admin-editor-step-title",
                                    FieldKind::Text,
                                    text_of(step, "title", lang),
                                ),
                                lang,
                            ),
                            in_lang(
                                field(
                                    format!("steps.{i}.description.{code}"),
                                    "admin-editor-step-description",
                                    FieldKind::LongText,
                                    text_of(step, "description", lang),
                                ),
                                lang,
                            ),
                        ],
                    );
                    row.remove = Some(format!("remove-{i}"));
                    row
                })
                .collect();
            (rows, Some("admin-editor-add-step".to_owned()))
        }
        Section::Documents => {
            let rows = s
                .documents
                .iter()
                .enumerate()
                .map(|(i, part)| {
                    let mut row = group(
                        "admin-editor-document",
                        Some(i + 1),
                        vec![in_lang(
                            field(
                                format!("documents.{i}.description.{}", lang.code()),
                                "admin-editor-document-description",
                                FieldKind::LongText,
                                text_of(&part.texts, "description", lang),
                            ),
                            lang,
                        )],
                    );
                    row.remove = Some(format!("remove-{i}"));
                    row
                })
                .collect();
            (rows, Some("admin-editor-add-document".to_owned()))
        }
        Section::Channels => (
            s.channels
                .iter()
                .enumerate()
                .map(|(i, part)| channel(i, part, lang))
                .collect(),
            Some("admin-editor-add-channel".to_owned()),
        ),
        Section::Terms => {
            let fields = TERM_KINDS
                .iter()
                .map(|kind| {
                    let value: Vec<&str> = s
                        .terms
                        .iter()
                        .filter(|t| t.kind == *kind && t.locale == lang.code())
                        .map(|t| t.term.as_str())
                        .collect();
                    let label = format!("admin-editor-terms-{kind}");
                    let name = format!("terms.{kind}.{}", lang.code());
                    hinted(
                        in_lang(field(name, &label, FieldKind::LongText, value.join("\n")), lang),
                        "admin-editor-terms-hint",
                    )
                })
                .collect();
            (vec![group("admin-editor-terms-legend", None, fields)], None)
        }
    }
}
