//! `GET /{lang}/performance.csv` and `GET /{lang}/agencies/{slug}/performance.csv`: the figures
//! of the public performance pages as open data. Counts only; an unknown agency is a 404.

use app::locale::Locale;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;

use super::AppState;
use super::ratings::pages;
use crate::catalog::performance;

/// Figures move slowly; five minutes of shared caching, as for the ratings open data.
const CACHE: &str = "public, max-age=300";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/performance.csv", get(catalogue))
        .route("/{lang}/agencies/{slug}/performance.csv", get(agency))
}

async fn catalogue(State(state): State<AppState>, Path(lang): Path<String>) -> Response {
    csv(&state, &lang, None).await
}

async fn agency(State(state): State<AppState>, Path((lang, slug)): Path<(String, String)>) -> Response {
    csv(&state, &lang, Some(&slug)).await
}

async fn csv(state: &AppState, lang: &str, agency: Option<&str>) -> Response {
    let Some(locale) = Locale::from_code(lang) else {
        return pages::unknown_language();
    };
    let now = Utc::now();
    let body = match performance::report(&state.db, agency, now.date_naive(), now).await {
        Ok(Some(report)) => performance::to_csv(&report).map_err(|error| error.to_string()),
        Ok(None) => return pages::message(locale, StatusCode::NOT_FOUND, "error-404-title"),
        Err(error) => Err(error.to_string()),
    };
    match body {
        Ok(body) => {
            let name = format!(
                "attachment; filename=\"performance-{}.csv\"",
                agency.unwrap_or("catalogue")
            );
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                    (header::CACHE_CONTROL, CACHE.to_owned()),
                    (header::CONTENT_DISPOSITION, name),
                ],
                body,
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(%error, "cannot write the performance CSV");
            pages::message(locale, StatusCode::SERVICE_UNAVAILABLE, "error-503-title")
        }
    }
}
