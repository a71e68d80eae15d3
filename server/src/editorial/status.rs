//! The workflow states a service can be in, as stored in `services.status`.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Status {
    Draft,
    InReview,
    Published,
    Archived,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::InReview,
        Status::Published,
        Status::Archived,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InReview => "in_review",
            Status::Published => "published",
            Status::Archived => "archived",
        }
    }

    /// An unknown code reads as a draft: nothing unknown is ever shown to citizens.
    pub fn from_code(code: &str) -> Status {
        Status::ALL
            .into_iter()
            .find(|status| status.code() == code)
            .unwrap_or(Status::Draft)
    }

    /// Whether citizens see the live tables of the service (archived ones as "no longer
    /// offered"): saves to such a service wait as pending versions until published.
    pub fn is_public(self) -> bool {
        matches!(self, Status::Published | Status::Archived)
    }
}
