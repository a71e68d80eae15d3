//! `/` sends people to their language: the remembered choice, else the browser's, else Spanish.

use app::shell::request_locale;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

pub async fn choose_language(headers: HeaderMap) -> Response {
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let locale = request_locale("/", text(header::COOKIE), text(header::ACCEPT_LANGUAGE));
    let location = format!("/{}/", locale.code());
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, location),
            (header::VARY, "Cookie, Accept-Language".to_owned()),
            (header::CACHE_CONTROL, "private, no-cache".to_owned()),
        ],
    )
        .into_response()
}
