//! Values shared by every page: localized text, money, durations, levels of government.

use serde::{Deserialize, Serialize};

use crate::locale::Locale;

/// A piece of database content in the language it was found in. `fallback` is true when the
/// reader's language had no text and the fallback chain supplied another language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub value: String,
    pub lang: Locale,
    pub fallback: bool,
}

impl Text {
    pub fn new(value: impl Into<String>, lang: Locale, fallback: bool) -> Self {
        Self {
            value: value.into(),
            lang,
            fallback,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    National,
    State,
    Municipal,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::National, Level::State, Level::Municipal];

    pub fn code(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::State => "state",
            Level::Municipal => "municipal",
        }
    }

    pub fn from_code(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.code() == code)
    }
}

/// An amount in the currency's minor unit (cents), with its ISO 4217 code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount_minor: i64,
    pub currency: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cost {
    Free,
    Fixed(Money),
    Variable,
    /// The source does not say.
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeUnit {
    Minutes,
    Hours,
    Days,
    CalendarDays,
    WorkingDays,
    Months,
    Years,
}

impl TimeUnit {
    pub const ALL: [TimeUnit; 7] = [
        TimeUnit::Minutes,
        TimeUnit::Hours,
        TimeUnit::Days,
        TimeUnit::CalendarDays,
        TimeUnit::WorkingDays,
        TimeUnit::Months,
        TimeUnit::Years,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TimeUnit::Minutes => "minutes",
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::CalendarDays => "calendar_days",
            TimeUnit::WorkingDays => "working_days",
            TimeUnit::Months => "months",
            TimeUnit::Years => "years",
        }
    }

    pub fn from_code(code: &str) -> Option<TimeUnit> {
        TimeUnit::ALL.into_iter().find(|unit| unit.code() == code)
    }
}

/// How long something takes: a range, an upper bound, an average, or at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Duration {
    Between { min: u32, max: u32, unit: TimeUnit },
    UpTo { max: u32, unit: TimeUnit },
    Average { value: u32, unit: TimeUnit },
    Immediate,
}

/// One page of a longer list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

impl Paging {
    pub fn last_page(&self) -> u32 {
        let per_page = u64::from(self.per_page.max(1));
        u32::try_from(self.total.div_ceil(per_page))
            .unwrap_or(u32::MAX)
            .max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_page_is_at_least_one() {
        assert_eq!(
            Paging {
                page: 1,
                per_page: 20,
                total: 0
            }
            .last_page(),
            1
        );
        assert_eq!(
            Paging {
                page: 1,
                per_page: 20,
                total: 20
            }
            .last_page(),
            1
        );
        assert_eq!(
            Paging {
                page: 1,
                per_page: 20,
                total: 21
            }
            .last_page(),
            2
        );
    }
}
