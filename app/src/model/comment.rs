//! Public comments on services and the agencies' official answers: what the service page shows,
//! and what moderators see in their queue.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Text;
use crate::locale::Locale;

/// Longest comment, in characters, after trimming.
pub const MAX_COMMENT_CHARS: usize = 1250;
/// Longest official answer, in characters.
pub const MAX_ANSWER_CHARS: usize = 2000;
/// Longest note a moderator adds to a rejection.
pub const MAX_NOTE_CHARS: usize = 500;
/// Comments per page on a service page.
pub const COMMENTS_PER_PAGE: u64 = 10;

macro_rules! coded_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The form value and database code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|value| value.code() == code)
            }
        }
    };
}

coded_enum!(
    /// Why a moderator rejected a comment; the label is `moderation-reason-{code}`.
    RejectionReason {
        Spam => "spam",
        PersonalData => "personal_data",
        Offensive => "offensive",
        OffTopic => "off_topic",
        Other => "other",
    }
);

coded_enum!(
    /// Why a reader reported a published comment; the label is `comment-report-reason-{code}`.
    ReportReason {
        Spam => "spam",
        PersonalData => "personal_data",
        Offensive => "offensive",
        Other => "other",
    }
);

coded_enum!(
    /// Why the anti-spam rules asked the moderator for a closer look.
    HeldReason {
        Links => "links",
        Repeated => "repeated",
    }
);

coded_enum!(
    CommentStatus {
        Pending => "pending",
        Published => "published",
        Rejected => "rejected",
    }
);

/// An agency's official answer to a comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyAnswer {
    pub body: String,
    pub answered: DateTime<Utc>,
}

/// A published comment as everyone sees it: no name, no account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicComment {
    pub id: i32,
    pub body: String,
    /// The language it was written in (the page's at the time).
    pub lang: Locale,
    pub published: DateTime<Utc>,
    pub answers: Vec<AgencyAnswer>,
}

/// One page of a service's published comments, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentsPage {
    /// Published comments on the service, all pages together.
    pub total: u64,
    pub page: u32,
    pub last_page: u32,
    pub comments: Vec<PublicComment>,
}

/// A comment as a moderator sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueComment {
    pub id: i32,
    pub service_slug: String,
    pub service_name: Text,
    pub agency_name: Text,
    pub body: String,
    pub lang: Locale,
    pub status: CommentStatus,
    pub created: DateTime<Utc>,
    /// Pieces of personal data masked before storage.
    pub masked_count: u32,
    pub held: Option<HeldReason>,
    pub report_count: u32,
    /// Reports no moderator has looked at yet.
    pub new_reports: u32,
    pub published: Option<DateTime<Utc>>,
    pub answer_due: Option<DateTime<Utc>>,
    pub first_answer: Option<DateTime<Utc>>,
    /// Working days from publication to the first answer.
    pub answer_working_days: Option<u32>,
    pub answers: Vec<AgencyAnswer>,
}

/// What the moderation page lists for the agencies the moderator answers for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModerationQueue {
    /// Waiting for a decision (new, or reported again), oldest first.
    pub to_review: Vec<QueueComment>,
    /// Published and not answered yet, the first due first.
    pub awaiting_answer: Vec<QueueComment>,
    /// Answered most recently.
    pub answered: Vec<QueueComment>,
    /// Working days agencies have to answer.
    pub target_days: u32,
    pub now: DateTime<Utc>,
}

/// Who is asking for the moderation page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum QueueAccess {
    SignedOut,
    /// A citizen, or staff who moderate nothing: the page does not exist for them.
    NotFound,
    Queue(ModerationQueue),
}
