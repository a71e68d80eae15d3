//! The period of the SMS statistics, read from `?from=YYYY-MM-DD&to=YYYY-MM-DD` the same way by
//! the page and its CSV download: the last 30 days by default, at most 366 days.

use chrono::{Duration, NaiveDate};

pub const DEFAULT_RANGE_DAYS: i64 = 30;
pub const MAX_RANGE_DAYS: i64 = 366;

/// Both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl DateRange {
    /// Every day of the range, in order.
    pub fn days(&self) -> Vec<NaiveDate> {
        let to = self.to;
        self.from.iter_days().take_while(|day| *day <= to).collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    NotADate,
    Reversed,
    TooLong,
}

impl RangeError {
    pub fn message_key(self) -> &'static str {
        match self {
            RangeError::NotADate => "admin-stats-error-date",
            RangeError::Reversed => "admin-stats-error-reversed",
            RangeError::TooLong => "admin-stats-error-too-long",
        }
    }
}

fn date(text: Option<&str>) -> Result<Option<NaiveDate>, RangeError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| RangeError::NotADate),
    }
}

/// The range asked for; a missing end is today, a missing start 30 days before the end.
pub fn parse_range(from: Option<&str>, to: Option<&str>, today: NaiveDate) -> Result<DateRange, RangeError> {
    let to = date(to)?.unwrap_or(today);
    let from = date(from)?.unwrap_or(to - Duration::days(DEFAULT_RANGE_DAYS - 1));
    if from > to {
        return Err(RangeError::Reversed);
    }
    if (to - from).num_days() + 1 > MAX_RANGE_DAYS {
        return Err(RangeError::TooLong);
    }
    Ok(DateRange { from, to })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_default_is_the_last_thirty_days() {
        let range = parse_range(None, None, day("2026-03-31")).unwrap();
        assert_eq!(range.from, day("2026-03-02"));
        assert_eq!(range.days().len(), 30);
    }

    #[test]
    fn bad_ranges_are_refused() {
        let today = day("2026-03-31");
        assert_eq!(
            parse_range(Some("31/03/2026"), None, today),
            Err(RangeError::NotADate)
        );
        assert_eq!(
            parse_range(Some("2026-02-30"), None, today),
            Err(RangeError::NotADate)
        );
        assert_eq!(
            parse_range(Some("2026-03-10"), Some("2026-03-01"), today),
            Err(RangeError::Reversed)
        );
        assert_eq!(
            parse_range(Some("2025-01-01"), Some("2026-03-01"), today),
            Err(RangeError::TooLong)
        );
        let year = parse_range(Some("2024-01-01"), Some("2024-12-31"), today).unwrap();
        assert_eq!(year.days().len(), 366, "a leap year fits");
    }
}
