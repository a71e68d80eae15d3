//! Cross-site request forgery: every request that can change something (anything but GET, HEAD
//! and OPTIONS) must come from this site, as the browser tells with `Sec-Fetch-Site` or, in
//! older browsers, `Origin`. Forms keep working without JavaScript; nothing needs a token.

use app::locale::Locale;
use app::shell::locale_from_path;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;

pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || same_site(request.headers(), &state.auth.origin_text()) {
        return next.run(request).await;
    }
    tracing::warn!(
        target: "security",
        event = "csrf_refused",
        path = request.uri().path(),
        "cross-site request refused"
    );
    let locale = locale_from_path(request.uri().path())
        .or_else(|| lang_parameter(request.uri().query()))
        .unwrap_or(Locale::DEFAULT);
    (StatusCode::FORBIDDEN, app::i18n::tr(locale, "error-403-body")).into_response()
}

/// The API's `?lang=` parameter.
pub(super) fn lang_parameter(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Locale::from_code)
}

/// Whether the browser says the request comes from this site (`public_origin` is
/// `scheme://host[:port]`, as browsers write `Origin`).
pub fn same_site(headers: &HeaderMap, public_origin: &str) -> bool {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if let Some(site) = fetch_site {
        return site == "same-origin";
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match origin {
        Some(origin) => origin == public_origin || (host.is_some() && origin.split("://").nth(1) == host),
        // Neither header: not a browser, or one too old to send them; a forged cross-site form
        // in a browser always carries at least one.
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    const SITE: &str = "https://gov.example";

    #[test]
    fn cross_site_requests_are_refused() {
        let mut headers = HeaderMap::new();
        headers.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_site(&headers, SITE));
        headers.insert("sec-fetch-site", HeaderValue::from_static("same-site"));
        assert!(
            !same_site(&headers, SITE),
            "a sibling subdomain is another site's"
        );
        headers.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_site(&headers, SITE));
    }

    #[test]
    fn origin_decides_when_fetch_metadata_is_missing() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        headers.insert(header::HOST, HeaderValue::from_static("gov.example"));
        assert!(!same_site(&headers, SITE));
        headers.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_site(&headers, SITE), "sandboxed frames send Origin: null");
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://gov.example"));
        assert!(same_site(&headers, SITE));
        assert!(same_site(&HeaderMap::new(), SITE));
    }
}
