//! The editor's list sections as forms: the cases (conditions) and the cost items, rows in the
//! content language; the places served and the life events and topics, checkboxes named by
//! id (`jurisdictions.12`, `taxonomy.3`), so an unchecked box is simply not posted.

use app::admin::editor::{FieldGroup, FieldKind, FormField};
use app::locale::Locale;
use app::model::Text;

use super::editor_choices::Choices;
use super::editor_form::{amount_text, field, group, hinted, in_lang, options, text_of};
use super::editor_form_parts::COST_KINDS;
use crate::editorial::ServiceSnapshot;

pub(super) fn conditions(s: &ServiceSnapshot, lang: Locale) -> Vec<FieldGroup> {
    s.conditions
        .iter()
        .enumerate()
        .map(|(i, texts)| {
            let label = in_lang(
                field(
                    format!("conditions.{i}.label.{}", lang.code()),
                    "admin-editor-condition-label",
                    FieldKind::Text,
                    text_of(texts, "label", lang),
                ),
                lang,
            );
            let mut row = group("admin-editor-condition", Some(i + 1), vec![label]);
            row.remove = Some(format!("remove-{i}"));
            row
        })
        .collect()
}

pub(super) fn costs(s: &ServiceSnapshot, lang: Locale) -> Vec<FieldGroup> {
    let kinds = options(
        COST_KINDS.map(|k| (k.to_owned(), format!("admin-editor-cost-{k}"))),
        false,
    );
    s.costs
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let p = format!("costs.{i}");
            let fields = vec![
                field(
                    format!("{p}.kind"),
                    "admin-editor-cost-item-kind",
                    kinds.clone(),
                    part.kind.clone(),
                ),
                hinted(
                    field(
                        format!("{p}.amount"),
                        "admin-editor-cost-amount",
                        FieldKind::Text,
                        amount_text(part.amount_minor),
                    ),
                    "admin-editor-cost-amount-hint",
                ),
                field(
                    format!("{p}.currency"),
                    "admin-editor-cost-currency",
                    FieldKind::Text,
                    part.currency.clone().unwrap_or_default(),
                ),
                in_lang(
                    field(
                        format!("{p}.description.{}", lang.code()),
                        "admin-editor-cost-description",
                        FieldKind::LongText,
                        text_of(&part.texts, "description", lang),
                    ),
                    lang,
                ),
            ];
            let mut row = group("admin-editor-cost", Some(i + 1), fields);
            row.remove = Some(format!("remove-{i}"));
            row
        })
        .collect()
}

/// A checkbox labelled by a name in words; `list` (a key) names it in the error summary.
fn choice(name: String, list: &str, caption: Text, checked: bool) -> FormField {
    let kind = FieldKind::Choice {
        // Only words in another language than the page's need their own `lang`.
        lang: caption.fallback.then_some(caption.lang),
        caption: caption.value,
    };
    field(name, list, kind, if checked { "true" } else { "" })
}

const PLACES: &str = "admin-editor-places-legend";

/// A name with no language of its own (a place), or one the database does not know.
fn plain(name: String) -> Text {
    Text::new(name, Locale::DEFAULT, false)
}

/// The places served, checked (unchecking one removes it), then the search for more.
pub(super) fn places(s: &ServiceSnapshot, choices: &Choices) -> Vec<FieldGroup> {
    let mut chosen: Vec<(i32, String)> = s
        .jurisdictions
        .iter()
        .map(|id| {
            let name = choices.places.get(id).cloned();
            (*id, name.unwrap_or_else(|| format!("#{id}")))
        })
        .collect();
    chosen.sort_by(|a, b| a.1.cmp(&b.1));
    chosen.dedup_by_key(|(id, _)| *id);
    let fields = chosen
        .into_iter()
        .map(|(id, name)| choice(format!("jurisdictions.{id}"), PLACES, plain(name), true))
        .collect::<Vec<_>>();
    let mut served = group(PLACES, None, fields);
    served.hint = Some(
        if s.jurisdictions.is_empty() {
            "admin-editor-places-none"
        } else {
            "admin-editor-places-hint"
        }
        .to_owned(),
    );
    let query = field("place_query", "admin-editor-places-query", FieldKind::Text, "");
    let mut find = group("admin-editor-places-find", None, vec![query]);
    find.submit = Some(("find".to_owned(), "admin-editor-places-find-button".to_owned()));
    vec![served, find]
}

/// Places found by name, unchecked: the editor checks those to add, then saves.
pub(super) fn found_places(found: Vec<(i32, String)>) -> FieldGroup {
    let hint = if found.is_empty() {
        "admin-editor-places-none-found"
    } else {
        "admin-editor-places-found-hint"
    };
    let fields = found
        .into_iter()
        .map(|(id, name)| choice(format!("jurisdictions.{id}"), PLACES, plain(name), false))
        .collect();
    let mut group = group("admin-editor-places-found", None, fields);
    group.hint = Some(hint.to_owned());
    group
}

/// Every life event, then every topic, each checked when the service has it. An id the
/// database does not know (sent by hand) is listed too, so its error has a place.
pub(super) fn topics(s: &ServiceSnapshot, choices: &Choices) -> Vec<FieldGroup> {
    let checkbox = |id: i32, label: &Text| {
        choice(
            format!("taxonomy.{id}"),
            "admin-editor-section-topics",
            label.clone(),
            s.taxonomy.contains(&id),
        )
    };
    let of_kind = |life_event: bool| -> Vec<FormField> {
        choices
            .terms
            .iter()
            .filter(|t| t.life_event == life_event)
            .map(|t| checkbox(t.id, &t.label))
            .collect()
    };
    let mut topics = of_kind(false);
    topics.extend(
        s.taxonomy
            .iter()
            .filter(|id| !choices.terms.iter().any(|t| t.id == **id))
            .map(|id| checkbox(*id, &plain(format!("#{id}")))),
    );
    [
        ("admin-editor-topics-life-events", of_kind(true)),
        ("admin-editor-topics-topics", topics),
    ]
    .into_iter()
    .map(|(legend, fields)| {
        let empty = fields.is_empty();
        let mut row = group(legend, None, fields);
        row.hint = empty.then(|| "admin-editor-topics-none".to_owned());
        row
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use app::admin::editor::Section;
    use app::i18n::tr_args;

    /// Every key the list sections and their errors show, in every language.
    #[test]
    fn the_list_sections_speak_every_language() {
        let mut keys: Vec<String> = Section::ALL
            .iter()
            .map(|s| format!("admin-editor-section-{}", s.code()))
            .collect();
        keys.extend(
            [
                "condition",
                "condition-label",
                "add-condition",
                "cost",
                "cost-item-kind",
                "cost-description",
                "add-cost",
                "places-legend",
                "places-hint",
                "places-none",
                "places-find",
                "places-query",
                "places-find-button",
                "places-found",
                "places-found-hint",
                "places-none-found",
                "topics-life-events",
                "topics-topics",
                "topics-none",
                "error-place",
                "error-term",
                "error-points",
                "status-missing",
                "conflict-empty",
            ]
            .map(|k| format!("admin-editor-{k}")),
        );
        for locale in app::locale::Locale::ALL {
            for key in &keys {
                let args = [("n", 2.into()), ("count", 3.into())];
                let text = tr_args(locale, key, &args);
                assert!(
                    !text.is_empty() && !text.contains(key.as_str()),
                    "{key} in {locale:?}"
                );
            }
        }
    }
}
