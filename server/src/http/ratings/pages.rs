//! How the rating and feedback forms answer: a `303` back to the service page's section with an
//! outcome key (and, after a "no", the ticket for the follow-up form), or, when there is no
//! service page to go back to or the sender must wait, a short localized page of its own.

use app::locale::Locale;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// `done` or `error`: the query parameter the page reads the outcome key from.
#[derive(Clone, Copy, Debug)]
pub enum Outcome {
    Done(&'static str),
    Error(&'static str),
}

/// Tickets are base64url tokens; anything else is not put back into an address.
pub fn clean_ticket(ticket: &str) -> Option<&str> {
    let ticket = ticket.trim();
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    (!ticket.is_empty() && ticket.len() <= 64 && ticket.chars().all(plain)).then_some(ticket)
}

/// Back to `/{lang}/services/{slug}` at `section`, with the outcome. Only called once the slug
/// has been found in the catalogue; it is encoded all the same.
pub fn back(locale: Locale, slug: &str, outcome: Outcome, ticket: Option<&str>, section: &str) -> Response {
    let (name, key) = match outcome {
        Outcome::Done(key) => ("done", key),
        Outcome::Error(key) => ("error", key),
    };
    let ticket = ticket
        .and_then(clean_ticket)
        .map(|t| format!("&ticket={t}"))
        .unwrap_or_default();
    let location = format!(
        "/{}/services/{}?{name}={key}{ticket}#{section}",
        locale.code(),
        app::components::encode(slug.trim()),
    );
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// A page saying `key`, with a link home: for a form that names no service, or an unknown one.
pub fn message(locale: Locale, status: StatusCode, key: &str) -> Response {
    let escape = |key| html_escape::encode_text(&app::i18n::tr(locale, key)).into_owned();
    let body = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/ventanilla.css\"></head>\
         <body><main id=\"main\"><h1>{title}</h1><p><a href=\"/{code}/\">{home}</a></p>\
         </main></body></html>",
        code = locale.code(),
        title = escape(key),
        home = escape("error-back-home"),
    );
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

/// `429` with when to come back.
pub fn too_many(locale: Locale, seconds: u64) -> Response {
    let mut response = message(locale, StatusCode::TOO_MANY_REQUESTS, "useful-error-rate-limited");
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

pub fn unknown_language() -> Response {
    message(Locale::DEFAULT, StatusCode::NOT_FOUND, "error-404-title")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_token_shaped_tickets_go_back_into_addresses() {
        assert_eq!(clean_ticket(" abc-DEF_123 "), Some("abc-DEF_123"));
        assert_eq!(clean_ticket(""), None);
        assert_eq!(clean_ticket("a&b=c"), None);
        assert_eq!(clean_ticket(&"a".repeat(65)), None);
    }

    #[test]
    fn redirects_stay_on_the_service_page() {
        let response = back(
            Locale::Pt,
            "a/../../evil",
            Outcome::Error("rating-error-stars"),
            Some("tick"),
            "rating",
        );
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            response.headers()[header::LOCATION],
            "/pt/services/a%2F..%2F..%2Fevil?error=rating-error-stars&ticket=tick#rating"
        );
    }
}
