//! What the service and search pages need to know about ratings. The server implements
//! [`Ratings`] over the database and provides it as context; the forms that change ratings and
//! feedback are plain posts the server answers with a redirect carrying one of
//! [`OUTCOME_KEYS`].

use std::collections::HashMap;
use std::sync::Arc;

use crate::accounts::SessionHandle;
use crate::catalog::CatalogError;
use crate::model::{RatingBrief, RatingSummary};

#[async_trait::async_trait]
pub trait Ratings: Send + Sync + 'static {
    /// Average, count and distribution of a service's ratings, with the reader's own rating
    /// when `session` is signed in.
    async fn summary(
        &self,
        service_id: i32,
        session: Option<&SessionHandle>,
    ) -> Result<RatingSummary, CatalogError>;
    /// Average and count of the services named by these slugs, in one query; services nobody
    /// has rated are left out.
    async fn briefs(&self, slugs: &[String]) -> Result<HashMap<String, RatingBrief>, CatalogError>;
}

pub type SharedRatings = Arc<dyn Ratings>;

pub fn use_ratings() -> Result<SharedRatings, CatalogError> {
    leptos::prelude::use_context::<SharedRatings>().ok_or(CatalogError::Unavailable)
}

/// Outcomes the rating and feedback forms redirect with (`?done=…` or `?error=…`): only these
/// keys are ever shown, so a crafted link cannot put arbitrary text on the page. The prefix
/// says which section shows it.
pub const OUTCOME_KEYS: &[&str] = &[
    "rating-done-saved",
    "rating-done-changed",
    "rating-error-signed-out",
    "rating-error-stars",
    "rating-error-dimension",
    "rating-error-archived",
    "rating-error-staff",
    "rating-error-unavailable",
    "useful-done-yes",
    "useful-done-no",
    "useful-done-details",
    "useful-error-answer",
    "useful-error-reason",
    "useful-error-too-long",
    "useful-error-expired",
    "useful-error-unavailable",
];

/// The outcome key named by a redirect, if it is one of ours.
pub fn known_outcome(key: &str) -> Option<&'static str> {
    OUTCOME_KEYS
        .iter()
        .copied()
        .find(|known| *known == key)
        .or_else(|| crate::comments::known_outcome(key))
}

/// Longest "what went wrong" comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
