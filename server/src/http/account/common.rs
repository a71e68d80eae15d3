//! What every account endpoint shares: the page language, the client's address as a keyed
//! hash, and redirects that carry an outcome or a new session cookie.

use std::net::SocketAddr;

use app::locale::Locale;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::auth::{AuthError, sessions};
use crate::http::AppState;
use crate::http::client_ip::client_ip;

/// The address the request came from (the TCP peer, or the client a trusted proxy names), for
/// rate limits only; it is hashed with the site's key before it is stored or logged.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let address = parts.extensions.get::<ConnectInfo<SocketAddr>>().map_or_else(
            || "unknown".to_owned(),
            |info| client_ip(info.0.ip(), &parts.headers, &state.auth.trusted_proxies).to_string(),
        );
        Ok(ClientAddress(address))
    }
}

/// The answer for a path whose language prefix is not one of ours.
pub fn unknown_language() -> Response {
    (
        StatusCode::NOT_FOUND,
        app::i18n::tr(Locale::DEFAULT, "error-404-title"),
    )
        .into_response()
}

fn too_many_requests(locale: Locale, page: &str, seconds: u64) -> Response {
    let escape = |key| html_escape::encode_text(&app::i18n::tr(locale, key)).into_owned();
    let body = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/ventanilla.css\"></head>\
         <body><main id=\"main\"><h1>{title}</h1><p><a href=\"/{code}/{page}\">{back}</a></p>\
         </main></body></html>",
        code = locale.code(),
        title = escape("auth-error-rate-limited"),
        back = escape("auth-back"),
        page = html_escape::encode_double_quoted_attribute(page),
    );
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// `303 See Other` to one of this site's pages.
pub fn see_other(path: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, path.to_owned())]).into_response()
}

/// Back to `page` (a path under the language) with the message of a refusal. A rate limit is
/// answered in place instead: 429, when to come back, and a short page saying so.
pub fn refused(locale: Locale, page: &str, error: &AuthError) -> Response {
    if let AuthError::Database(db_error) = error {
        tracing::error!(error = %db_error, "account request failed");
    }
    if let AuthError::RateLimited(seconds) = error {
        return too_many_requests(locale, page, *seconds);
    }
    see_other(&format!(
        "/{}/{page}?error={}",
        locale.code(),
        error.message_key()
    ))
}

pub fn done(locale: Locale, page: &str, key: &str) -> Response {
    see_other(&format!("/{}/{page}?done={key}", locale.code()))
}

pub fn set_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// A new session: its cookie on a redirect to `path`.
pub fn signed_in(path: &str, token: &str) -> Response {
    set_cookie(see_other(path), &sessions::cookie(token))
}
