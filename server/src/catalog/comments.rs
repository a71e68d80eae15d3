//! Citizens' comments on services: the one service the web pages call to post, report,
//! moderate and answer them. Every comment is masked before storage and waits in the moderation
//! queue until a moderator of the owning agency approves it; the agency's first answer is timed
//! against a target in working days.

mod form_stamp;
mod masking;
mod masking_numbers;
mod moderation;
mod post;
mod queue;
mod replies;
mod reports;
mod text;
mod view;
mod working_days;

use sea_orm::DbErr;

use crate::auth::roles::Role;

pub use form_stamp::{MAX_AGE_SECONDS, MIN_FILL_SECONDS, StampCheck, stamp};
pub use masking::{MASK, Masked, mask_personal_data};
pub use moderation::{approve, keep, reject};
pub use post::{COMMENT_LIMIT, CommentForm, Commenter, Posted, post_comment};
pub use queue::queue;
pub use replies::answer;
pub use reports::report;
pub use view::SqlComments;
pub use working_days::{DEFAULT_ANSWER_DAYS, add_working_days, working_days_between};

/// Who moderates and answers the comments on an agency's services (platform administrators
/// everywhere).
pub const MODERATORS: [Role; 2] = [Role::AgencyAdmin, Role::Publisher];

/// Why a comment was refused. Each maps to one localized message; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum CommentError {
    #[error("the form names no service")]
    MissingService,
    #[error("no such service")]
    UnknownService,
    #[error("the service is archived")]
    Archived,
    #[error("not signed in")]
    SignedOut,
    #[error("staff accounts do not comment")]
    Staff,
    #[error("empty comment")]
    Empty,
    #[error("comment too long")]
    TooLong,
    /// Sent sooner after the page was served than a person could.
    #[error("sent too fast")]
    TooFast,
    /// The form's stamp is missing, forged or too old.
    #[error("form expired")]
    Expired,
    #[error("one comment a minute: retry in {0} s")]
    RateLimited(u64),
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl CommentError {
    pub fn message_key(&self) -> &'static str {
        match self {
            CommentError::MissingService => "comment-error-no-service",
            CommentError::UnknownService => "comment-error-unknown-service",
            CommentError::Archived => "comment-error-archived",
            CommentError::SignedOut => "comment-error-signed-out",
            CommentError::Staff => "comment-error-staff",
            CommentError::Empty => "comment-error-empty",
            CommentError::TooLong => "comment-error-too-long",
            CommentError::TooFast => "comment-error-too-fast",
            CommentError::Expired => "comment-error-expired",
            CommentError::RateLimited(_) => "comment-error-rate-limited",
            CommentError::Database(_) => "comment-error-unavailable",
        }
    }
}

/// Why a report was refused; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Unknown, or not published.
    #[error("no such comment")]
    NotFound,
    #[error("not signed in")]
    SignedOut,
    #[error("unknown reason")]
    Reason,
    #[error("already reported by this person")]
    AlreadyReported,
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl ReportError {
    pub fn message_key(&self) -> &'static str {
        match self {
            ReportError::NotFound => "comment-error-no-comment",
            ReportError::SignedOut => "comment-error-report-signed-out",
            ReportError::Reason => "comment-error-report-reason",
            ReportError::AlreadyReported => "comment-error-report-twice",
            ReportError::Database(_) => "comment-error-unavailable",
        }
    }
}

/// Why a moderator's action was refused; nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum ModerationError {
    /// Unknown, or on a service of an agency the moderator does not answer for.
    #[error("no such comment")]
    NotFound,
    #[error("already moderated")]
    AlreadyModerated,
    #[error("not published")]
    NotPublished,
    #[error("unknown rejection reason")]
    Reason,
    #[error("note too long")]
    NoteTooLong,
    #[error("empty answer")]
    AnswerEmpty,
    #[error("answer too long")]
    AnswerTooLong,
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl ModerationError {
    pub fn message_key(&self) -> &'static str {
        match self {
            ModerationError::NotFound => "error-404-body",
            ModerationError::AlreadyModerated => "moderation-error-already",
            ModerationError::NotPublished => "moderation-error-not-published",
            ModerationError::Reason => "moderation-error-reason",
            ModerationError::NoteTooLong => "moderation-error-note-too-long",
            ModerationError::AnswerEmpty => "moderation-error-answer-empty",
            ModerationError::AnswerTooLong => "moderation-error-answer-too-long",
            ModerationError::Database(_) => "moderation-error-unavailable",
        }
    }
}
