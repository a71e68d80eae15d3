//! Bodies over the limit are refused with a localized 413 before any of them is read: a declared
//! `Content-Length` is checked up front (the connection then closes, so the unread rest is never
//! waited for), and a chunked body that runs over is cut by the limit layer inside, whose bare
//! 413 is given the same localized text here.

use app::locale::Locale;
use app::shell::locale_from_path;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::MAX_BODY_BYTES;
use super::csrf::lang_parameter;

pub async fn refuse_oversized_bodies(request: Request, next: Next) -> Response {
    let locale = locale_from_path(request.uri().path())
        .or_else(|| lang_parameter(request.uri().query()))
        .unwrap_or(Locale::DEFAULT);
    if declared_length(&request).is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        tracing::info!(path = request.uri().path(), "oversized body refused");
        return too_large(locale);
    }
    let response = next.run(request).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return too_large(locale);
    }
    response
}

fn declared_length(request: &Request) -> Option<u64> {
    request
        .headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn too_large(locale: Locale) -> Response {
    let mut response = (
        StatusCode::PAYLOAD_TOO_LARGE,
        app::i18n::tr(locale, "error-413-body"),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}
