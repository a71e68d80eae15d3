//! The editor's longer forms: the general facts of a service and one channel with its opening
//! hours (the saved ones and a blank row), filled from the snapshot.

use app::admin::editor::{FieldGroup, FieldKind};
use app::locale::Locale;
use app::model::{ChannelKind, Level};

use super::editor_form::{amount_text, field, group, hinted, in_lang, number, options, text_of, units};
use crate::editorial::ServiceSnapshot;
use crate::editorial::snapshot::{ChannelPart, Hours};

pub(super) const COST_KINDS: [&str; 4] = ["free", "fixed", "variable", "unknown"];
const PROCESSING_KINDS: [&str; 4] = ["immediate", "between", "up_to", "average"];
pub(super) fn general(s: &ServiceSnapshot) -> Vec<FieldGroup> {
    let levels = options(
        Level::ALL.map(|l| (l.code().to_owned(), format!("level-{}", l.code()))),
        false,
    );
    let cost_kinds = options(
        COST_KINDS.map(|k| (k.to_owned(), format!("admin-editor-cost-{k}"))),
        false,
    );
    let processing = options(
        PROCESSING_KINDS.map(|k| (k.to_owned(), format!("admin-editor-processing-{k}"))),
        true,
    );
    let online = if s.fully_online { "true" } else { "" };
    vec![
        group(
            "admin-editor-general-facts",
            None,
            vec![
                field("level", "admin-editor-level", levels, s.level.clone()),
                field("fully_online", "admin-editor-online", FieldKind::Checkbox, online),
                field(
                    "start_url",
                    "admin-editor-start-url",
                    FieldKind::Url,
                    s.start_url.clone().unwrap_or_default(),
                ),
            ],
        ),
        group(
            "admin-editor-general-cost",
            None,
            vec![
                field(
                    "cost.kind",
                    "admin-editor-cost-kind",
                    cost_kinds,
                    s.cost_kind.clone(),
                ),
                hinted(
                    field(
                        "cost.amount",
                        "admin-editor-cost-amount",
                        FieldKind::Text,
                        amount_text(s.cost_amount_minor),
                    ),
                    "admin-editor-cost-amount-hint",
                ),
                field(
                    "cost.currency",
                    "admin-editor-cost-currency",
                    FieldKind::Text,
                    s.cost_currency.clone().unwrap_or_default(),
                ),
            ],
        ),
        group(
            "admin-editor-general-processing",
            None,
            vec![
                field(
                    "processing_kind",
                    "admin-editor-processing-kind",
                    processing,
                    s.processing_kind.clone().unwrap_or_default(),
                ),
                field(
                    "processing_min",
                    "admin-editor-processing-min",
                    FieldKind::Number,
                    number(s.processing_min),
                ),
                field(
                    "processing_max",
                    "admin-editor-processing-max",
                    FieldKind::Number,
                    number(s.processing_max),
                ),
                field(
                    "processing_unit",
                    "admin-editor-unit",
                    units(),
                    s.processing_unit.clone().unwrap_or_default(),
                ),
            ],
        ),
        group(
            "admin-editor-general-validity",
            None,
            vec![
                field(
                    "validity_amount",
                    "admin-editor-validity-amount",
                    FieldKind::Number,
                    number(s.validity_amount),
                ),
                field(
                    "validity_unit",
                    "admin-editor-unit",
                    units(),
                    s.validity_unit.clone().unwrap_or_default(),
                ),
            ],
        ),
    ]
}

pub(super) fn channel(i: usize, part: &ChannelPart, lang: Locale) -> FieldGroup {
    let kinds = options(
        ChannelKind::ALL.map(|k| (k.code().to_owned(), format!("channel-{}", k.code()))),
        false,
    );
    let points: Vec<String> = part.service_points.iter().map(i32::to_string).collect();
    let p = format!("channels.{i}");
    let mut row = group(
        "admin-editor-channel",
        Some(i + 1),
        vec![
            field(
                format!("{p}.kind"),
                "admin-editor-channel-kind",
                kinds,
                part.kind.clone(),
            ),
            field(
                format!("{p}.url"),
                "admin-editor-channel-url",
                FieldKind::Url,
                part.url.clone().unwrap_or_default(),
            ),
            field(
                format!("{p}.phone"),
                "admin-editor-channel-phone",
                FieldKind::Tel,
                part.phone.clone().unwrap_or_default(),
            ),
            field(
                format!("{p}.email"),
                "admin-editor-channel-email",
                FieldKind::Email,
                part.email.clone().unwrap_or_default(),
            ),
            hinted(
                field(
                    format!("{p}.service_points"),
                    "admin-editor-channel-points",
                    FieldKind::Text,
                    points.join(", "),
                ),
                "admin-editor-channel-points-hint",
            ),
            in_lang(
                field(
                    format!("{p}.description.{}", lang.code()),
                    "admin-editor-channel-description",
                    FieldKind::LongText,
                    text_of(&part.texts, "description", lang),
                ),
                lang,
            ),
        ],
    );
    let weekdays = options((1..=7).map(|d| (d.to_string(), format!("weekday-{d}"))), true);
    // The saved hours and one blank row: a row left blank is not saved.
    let blank = Hours::default();
    row.rows = part
        .hours
        .iter()
        .chain(std::iter::once(&blank))
        .enumerate()
        .map(|(h, hours)| {
            let weekday = if hours.weekday == 0 {
                String::new()
            } else {
                hours.weekday.to_string()
            };
            group(
                "admin-editor-hours",
                Some(h + 1),
                vec![
                    field(
                        format!("{p}.hours.{h}.weekday"),
                        "admin-editor-weekday",
                        weekdays.clone(),
                        weekday,
                    ),
                    field(
                        format!("{p}.hours.{h}.opens"),
                        "admin-editor-opens",
                        FieldKind::Time,
                        hours.opens.clone(),
                    ),
                    field(
                        format!("{p}.hours.{h}.closes"),
                        "admin-editor-closes",
                        FieldKind::Time,
                        hours.closes.clone(),
                    ),
                ],
            )
        })
        .collect();
    row.remove = Some(format!("remove-{i}"));
    row
}
