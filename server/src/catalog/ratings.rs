//! Ratings and "is this page useful?" answers: the one service every channel records them
//! through (the web forms, the SMS rating command), the per-service totals kept current with
//! every rating, and what the pages, search ranking and open data read from those totals.

mod feedback;
mod open_data;
mod record;
mod score;
mod totals;
mod view;

use sea_orm::DbErr;

pub use feedback::{Answered, DetailsForm, UsefulForm, add_details, answer_useful};
pub use open_data::{OpenDataRow, open_data};
pub use record::{RatingForm, Recorded, WebRater, rate_by_phone, rate_on_web};
pub use score::{PRIOR_MEAN, PRIOR_WEIGHT, bayesian_average};
pub use view::SqlRatings;

/// Why a rating was refused. Each maps to one localized message; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum RatingError {
    #[error("the form names no service")]
    MissingService,
    #[error("no such service")]
    UnknownService,
    #[error("the service is archived")]
    Archived,
    #[error("not signed in")]
    SignedOut,
    #[error("staff accounts do not rate services")]
    Staff,
    #[error("stars must be a whole number from 1 to 5")]
    Stars,
    #[error("unknown rating dimension")]
    Dimension,
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl RatingError {
    /// The Fluent key of the message shown for this refusal.
    pub fn message_key(&self) -> &'static str {
        match self {
            RatingError::MissingService => "rating-error-no-service",
            RatingError::UnknownService => "rating-error-unknown-service",
            RatingError::Archived => "rating-error-archived",
            RatingError::SignedOut => "rating-error-signed-out",
            RatingError::Staff => "rating-error-staff",
            RatingError::Stars => "rating-error-stars",
            RatingError::Dimension => "rating-error-dimension",
            RatingError::Database(_) => "rating-error-unavailable",
        }
    }
}

/// Why an answer to "is this page useful?" was refused; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    #[error("the form names no service")]
    MissingService,
    #[error("no such service")]
    UnknownService,
    #[error("the answer is neither yes nor no")]
    Answer,
    #[error("unknown reason")]
    Reason,
    #[error("comment too long")]
    TooLong,
    /// The ticket is unknown, already used, for another service, or too old.
    #[error("ticket expired")]
    Expired,
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl FeedbackError {
    pub fn message_key(&self) -> &'static str {
        match self {
            FeedbackError::MissingService => "useful-error-no-service",
            FeedbackError::UnknownService => "useful-error-unknown-service",
            FeedbackError::Answer => "useful-error-answer",
            FeedbackError::Reason => "useful-error-reason",
            FeedbackError::TooLong => "useful-error-too-long",
            FeedbackError::Expired => "useful-error-expired",
            FeedbackError::Database(_) => "useful-error-unavailable",
        }
    }
}
