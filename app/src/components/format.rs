//! Turns durations, costs and opening hours into localized sentences.

use fluent_templates::fluent_bundle::FluentValue;

use crate::i18n::{current_locale, format_integer, format_money, t, t_args};
use crate::model::{Cost, Duration, OpeningHours, TimeUnit};

fn unit_text(unit: TimeUnit, count: u32) -> String {
    t_args(
        &format!("time-unit-{}", unit.code()),
        &[("count", FluentValue::from(count))],
    )
}

fn number(value: u32) -> FluentValue<'static> {
    FluentValue::from(format_integer(current_locale(), u64::from(value)))
}

pub fn duration_text(duration: &Duration) -> String {
    match *duration {
        Duration::Between { min, max, unit } => t_args(
            "duration-between",
            &[
                ("min", number(min)),
                ("max", number(max)),
                ("unit", FluentValue::from(unit_text(unit, max))),
            ],
        ),
        Duration::UpTo { max, unit } => t_args(
            "duration-up-to",
            &[
                ("max", number(max)),
                ("unit", FluentValue::from(unit_text(unit, max))),
            ],
        ),
        Duration::Average { value, unit } => t_args(
            "duration-average",
            &[
                ("value", number(value)),
                ("unit", FluentValue::from(unit_text(unit, value))),
            ],
        ),
        Duration::Immediate => t("duration-immediate"),
    }
}

pub fn cost_text(cost: &Cost) -> String {
    match cost {
        Cost::Free => t("cost-free"),
        Cost::Fixed(money) => format_money(current_locale(), money),
        Cost::Variable => t("cost-variable"),
        Cost::Unknown => t("cost-unknown"),
    }
}

pub fn weekday_name(weekday: u8) -> String {
    t(&format!("weekday-{}", weekday.clamp(1, 7)))
}

pub fn hours_text(hours: &OpeningHours) -> String {
    let clock = |(hour, minute): (u8, u8)| format!("{hour:02}:{minute:02}");
    t_args(
        "opening-hours-range",
        &[
            ("day", FluentValue::from(weekday_name(hours.weekday))),
            ("opens", FluentValue::from(clock(hours.opens))),
            ("closes", FluentValue::from(clock(hours.closes))),
        ],
    )
}
