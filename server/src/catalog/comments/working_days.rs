//! When an agency's answer is due: a number of working days (Monday to Friday, in UTC) after the
//! comment was published, at the same time of day. Public holidays are not known here and count
//! as working days.

use chrono::{DateTime, Datelike, Days, Utc, Weekday};

/// The working days agencies have to answer a published comment, unless configured otherwise
/// (`COMMENT_ANSWER_DAYS`).
pub const DEFAULT_ANSWER_DAYS: u32 = 10;

fn is_working_day(day: Weekday) -> bool {
    !matches!(day, Weekday::Sat | Weekday::Sun)
}

/// `start` moved forward by `days` working days: from a Friday, one working day is the Monday;
/// from a Saturday or Sunday too.
pub fn add_working_days(start: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    let mut due = start;
    let mut left = days;
    while left > 0 {
        let Some(next) = due.checked_add_days(Days::new(1)) else {
            return due;
        };
        due = next;
        if is_working_day(due.weekday()) {
            left -= 1;
        }
    }
    due
}

/// Working days from `start` to `end` (whole days only; zero when `end` is not later).
pub fn working_days_between(start: DateTime<Utc>, end: DateTime<Utc>) -> u32 {
    let mut count = 0;
    let mut day = start;
    while let Some(next) = day.checked_add_days(Days::new(1)) {
        if next > end {
            break;
        }
        day = next;
        if is_working_day(day.weekday()) {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn weekends_do_not_count() {
        let cases = [
            // (published, working days, due)
            ("2026-11-27T10:00:00Z", 1, "2026-11-30T10:00:00Z"), // Friday → Monday
            ("2026-11-28T15:30:00Z", 1, "2026-11-30T15:30:00Z"), // Saturday → Monday
            ("2026-11-29T08:00:00Z", 1, "2026-11-30T08:00:00Z"), // Sunday → Monday
            ("2026-11-23T09:00:00Z", 4, "2026-11-27T09:00:00Z"), // Monday → Friday
            ("2026-11-23T09:00:00Z", 5, "2026-11-30T09:00:00Z"), // Monday → next Monday
            ("2026-11-27T10:00:00Z", 10, "2026-12-11T10:00:00Z"), // two weeks
            ("2026-11-27T10:00:00Z", 0, "2026-11-27T10:00:00Z"),
        ];
        for (published, days, due) in cases {
            assert_eq!(
                add_working_days(at(published), days),
                at(due),
                "{published} + {days}"
            );
        }
    }

    #[test]
    fn working_days_are_counted_back() {
        let friday = at("2026-11-27T10:00:00Z");
        assert_eq!(working_days_between(friday, at("2026-11-30T09:59:00Z")), 0);
        assert_eq!(working_days_between(friday, at("2026-11-30T10:00:00Z")), 1);
        assert_eq!(working_days_between(friday, at("2026-12-11T10:00:00Z")), 10);
        assert_eq!(working_days_between(friday, at("2026-11-20T10:00:00Z")), 0);
        for days in [1, 3, 7, 10, 23] {
            assert_eq!(working_days_between(friday, add_working_days(friday, days)), days);
        }
    }
}
