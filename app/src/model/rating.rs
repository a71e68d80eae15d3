//! What people say about a service: star ratings (web and SMS counted together), what a rating
//! mostly reflects, and why a page was not useful.

use serde::{Deserialize, Serialize};

/// The aspect a rating mostly reflects, when the person says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RatingDimension {
    Clarity,
    Ease,
    Channels,
    Cost,
    Time,
    Result,
}

impl RatingDimension {
    pub const ALL: [RatingDimension; 6] = [
        RatingDimension::Clarity,
        RatingDimension::Ease,
        RatingDimension::Channels,
        RatingDimension::Cost,
        RatingDimension::Time,
        RatingDimension::Result,
    ];

    /// The form value and database code; the page's label is `rating-dimension-{code}`.
    pub fn code(self) -> &'static str {
        match self {
            RatingDimension::Clarity => "clarity",
            RatingDimension::Ease => "ease",
            RatingDimension::Channels => "channels",
            RatingDimension::Cost => "cost",
            RatingDimension::Time => "time",
            RatingDimension::Result => "result",
        }
    }

    pub fn from_code(code: &str) -> Option<RatingDimension> {
        RatingDimension::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// What went wrong on a page someone found not useful.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FeedbackReason {
    Incorrect,
    Incomplete,
    Unclear,
    NotNeeded,
    Other,
}

impl FeedbackReason {
    pub const ALL: [FeedbackReason; 5] = [
        FeedbackReason::Incorrect,
        FeedbackReason::Incomplete,
        FeedbackReason::Unclear,
        FeedbackReason::NotNeeded,
        FeedbackReason::Other,
    ];

    /// The form value and database code; the page's label is `useful-reason-{code}`.
    pub fn code(self) -> &'static str {
        match self {
            FeedbackReason::Incorrect => "incorrect",
            FeedbackReason::Incomplete => "incomplete",
            FeedbackReason::Unclear => "unclear",
            FeedbackReason::NotNeeded => "not_needed",
            FeedbackReason::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<FeedbackReason> {
        FeedbackReason::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The signed-in reader's own rating of a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnRating {
    pub stars: u8,
    pub dimension: Option<RatingDimension>,
}

/// Everything the service page shows about ratings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RatingSummary {
    /// Ratings from every channel.
    pub count: u64,
    pub web_count: u64,
    pub sms_count: u64,
    /// The mean of all ratings; `None` before the first.
    pub average: Option<f64>,
    /// How many ratings gave 1, 2, 3, 4 and 5 stars, in that order.
    pub distribution: [u64; 5],
    /// The reader's own rating, when signed in and they have rated this service.
    pub mine: Option<OwnRating>,
}

/// Average and count, as lists of services show them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatingBrief {
    pub average: f64,
    pub count: u64,
}
