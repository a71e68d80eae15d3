//! What the public performance pages (`/{lang}/performance`, `/{lang}/agencies/{slug}/performance`)
//! need: how satisfied people are, whether pages help, whether comments are answered in time and
//! how much can be done online, for the whole catalogue or one agency. Counts only, nothing about
//! any person. The server implements [`Performance`] and provides it as context.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::catalog::CatalogError;

/// Months shown in the trend, the current one last.
pub const TREND_MONTHS: u32 = 12;

/// Ratings given (or last changed) in one month.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthFigures {
    /// The first day of the month.
    pub month: NaiveDate,
    pub ratings: u64,
    /// `None` when nobody rated that month.
    pub average: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PerformanceReport {
    /// Web and SMS together.
    pub ratings: u64,
    pub average: Option<f64>,
    /// Ratings of 1 to 5 stars.
    pub stars: [u64; 5],
    /// Every month of the trend, oldest first, zero where nobody rated.
    pub months: Vec<MonthFigures>,
    pub useful_yes: u64,
    pub useful_no: u64,
    /// Published comments.
    pub comments: u64,
    /// Answered by their target date.
    pub answered_on_time: u64,
    pub answered_late: u64,
    /// Not answered and past their target date.
    pub overdue: u64,
    /// Not answered, still within their target.
    pub awaiting: u64,
    /// Published services, and those that can be completed fully online.
    pub services: u64,
    pub services_online: u64,
}

impl PerformanceReport {
    /// Whole percent of `part` in `whole`; `None` when there is nothing to divide.
    pub fn percent(part: u64, whole: u64) -> Option<u64> {
        (whole > 0).then(|| ((part as f64) * 100.0 / (whole as f64)).round() as u64)
    }
}

#[async_trait::async_trait]
pub trait Performance: Send + Sync + 'static {
    /// The figures of one agency (by slug) or, with `None`, of the whole catalogue, with the
    /// trend ending in `today`'s month. `Ok(None)`: no such agency.
    async fn report(
        &self,
        agency: Option<&str>,
        today: NaiveDate,
    ) -> Result<Option<PerformanceReport>, CatalogError>;
}

pub type SharedPerformance = Arc<dyn Performance>;

pub fn use_performance() -> Result<SharedPerformance, CatalogError> {
    leptos::prelude::use_context::<SharedPerformance>().ok_or(CatalogError::Unavailable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_and_need_a_whole() {
        assert_eq!(PerformanceReport::percent(1, 3), Some(33));
        assert_eq!(PerformanceReport::percent(2, 3), Some(67));
        assert_eq!(PerformanceReport::percent(0, 0), None);
    }
}
