//! Headers every response carries, and the cookie that remembers the reader's language.

use app::locale::Locale;
use app::shell::{LANGUAGE_COOKIE, locale_from_path, remembered_locale};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;

/// Used when a response did not set its own policy (pages set one with their script nonce).
const DEFAULT_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    );
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(DEFAULT_CSP));
    response
}

/// Sites served over HTTPS tell browsers to never use plain HTTP for them again (two years).
pub async fn strict_transport(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    if state.auth.origin.scheme() == "https" {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}

/// Remembers the language of the last page read, so `/` sends the reader back to it.
pub async fn remember_language(request: Request, next: Next) -> Response {
    let page_locale = (request.method() == Method::GET)
        .then(|| locale_from_path(request.uri().path()))
        .flatten();
    let remembered = request
        .headers()
        .get(header::COOKIE)
        .and_then(|value| value.to_str().ok())
        .and_then(remembered_locale);
    let mut response = next.run(request).await;
    if let Some(locale) = page_locale
        && remembered != Some(locale)
        && response.status().is_success()
    {
        response
            .headers_mut()
            .append(header::SET_COOKIE, language_cookie(locale));
    }
    response
}

fn language_cookie(locale: Locale) -> HeaderValue {
    // One year; not a tracking cookie: it holds only a language code.
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        locale.code()
    );
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}
