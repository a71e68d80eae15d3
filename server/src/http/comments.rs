//! Comments over HTTP: citizens post and report them, moderators approve, reject, keep and
//! answer them. Plain form posts that work without JavaScript, each answered with a redirect
//! carrying a localized outcome (or a short page of its own when there is nowhere to go back).

mod forms;
mod moderation;

use axum::Router;
use axum::routing::post;

use super::AppState;

/// Behind the session and cross-site layers like every other form.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/comments", post(forms::post_comment))
        .route("/{lang}/comments/{id}/report", post(forms::report))
        .route("/{lang}/admin/comments/{id}/approve", post(moderation::approve))
        .route("/{lang}/admin/comments/{id}/reject", post(moderation::reject))
        .route("/{lang}/admin/comments/{id}/keep", post(moderation::keep))
        .route("/{lang}/admin/comments/{id}/answer", post(moderation::answer))
}
