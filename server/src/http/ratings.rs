//! Ratings and "is this page useful?" over HTTP: plain form posts that work without JavaScript,
//! answered with a redirect back to the service page carrying a localized outcome, and the
//! per-service totals as open data (JSON and CSV).

mod forms;
mod open_data;
pub(crate) mod pages;

use axum::Router;
use axum::routing::{get, post};

use super::AppState;

/// Behind the session and cross-site layers like every other form.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/ratings", post(forms::rate))
        .route("/{lang}/feedback", post(forms::useful))
        .route("/{lang}/feedback/details", post(forms::details))
        .route("/api/v1/ratings", get(open_data::json))
        .route("/api/v1/ratings.csv", get(open_data::csv))
}
