//! What the service page and the moderation page need to know about comments. The server
//! implements [`Comments`] over the database and provides it as context; every change (posting,
//! reporting, moderating, answering) is a plain form post the server answers with a redirect
//! carrying one of [`OUTCOME_KEYS`] or [`MODERATION_KEYS`].

use std::sync::Arc;

use crate::accounts::SessionHandle;
use crate::catalog::CatalogError;
use crate::locale::Locale;
use crate::model::{CommentsPage, QueueAccess};

#[async_trait::async_trait]
pub trait Comments: Send + Sync + 'static {
    /// Page `page` (from 1) of a service's published comments with their answers.
    async fn page(&self, service_id: i32, page: u32) -> Result<CommentsPage, CatalogError>;
    /// The signed timestamp the comment form of this service carries.
    fn form_stamp(&self, service_id: i32) -> String;
    /// The moderation queue of the person behind `session`, names in `locale`.
    async fn queue(
        &self,
        locale: Locale,
        session: Option<&SessionHandle>,
    ) -> Result<QueueAccess, CatalogError>;
}

pub type SharedComments = Arc<dyn Comments>;

pub fn use_comments() -> Result<SharedComments, CatalogError> {
    leptos::prelude::use_context::<SharedComments>().ok_or(CatalogError::Unavailable)
}

/// Outcomes of the comment and report forms, shown in the service page's comments section.
pub const OUTCOME_KEYS: &[&str] = &[
    "comment-done-pending",
    "comment-done-reported",
    "comment-error-signed-out",
    "comment-error-staff",
    "comment-error-archived",
    "comment-error-empty",
    "comment-error-too-long",
    "comment-error-too-fast",
    "comment-error-expired",
    "comment-error-unavailable",
    "comment-error-report-reason",
    "comment-error-report-twice",
    "comment-error-report-signed-out",
];

/// Outcomes of the moderation forms, shown on the moderation page.
pub const MODERATION_KEYS: &[&str] = &[
    "moderation-done-approved",
    "moderation-done-rejected",
    "moderation-done-kept",
    "moderation-done-answered",
    "moderation-error-already",
    "moderation-error-not-published",
    "moderation-error-reason",
    "moderation-error-note-too-long",
    "moderation-error-answer-empty",
    "moderation-error-answer-too-long",
    "moderation-error-unavailable",
];

/// The comment outcome named by a redirect, if it is one of ours.
pub fn known_outcome(key: &str) -> Option<&'static str> {
    OUTCOME_KEYS.iter().copied().find(|known| *known == key)
}

pub fn known_moderation_outcome(key: &str) -> Option<&'static str> {
    MODERATION_KEYS.iter().copied().find(|known| *known == key)
}
