//! `GET /api/v1/suggest?q=…&lang=…`: service names completing what is being typed, as JSON,
//! for the search box's autocomplete. A malformed language is a 400 with a localized message.

use app::locale::Locale;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::AppState;

/// Completions are for the start of a query: longer text is cut, not refused.
const MAX_CHARS: usize = 100;

#[derive(Deserialize)]
pub struct SuggestParams {
    q: Option<String>,
    lang: Option<String>,
}

pub async fn suggest(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<SuggestParams>,
) -> Response {
    let Some(locale) = params.lang.as_deref().and_then(Locale::from_code) else {
        let browser = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Locale::negotiate);
        let message = app::i18n::tr(browser.unwrap_or(Locale::DEFAULT), "api-bad-language");
        return (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response();
    };
    let text: String = params.q.unwrap_or_default().chars().take(MAX_CHARS).collect();
    match state.catalog.suggest(locale, &text).await {
        Ok(suggestions) => {
            let body = Json(json!({ "suggestions": suggestions }));
            // Completions change only when the catalogue does: a short shared cache is safe.
            ([(header::CACHE_CONTROL, "public, max-age=60")], body).into_response()
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "error": app::i18n::tr(locale, "error-503-title") })),
        )
            .into_response(),
    }
}
