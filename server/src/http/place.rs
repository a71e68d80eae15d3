//! `POST /{lang}/place`: remember (or forget) the reader's municipality in a cookie, then go back
//! to the page the form came from. Plain form, no JavaScript; refused from other sites.

use app::locale::Locale;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::AppState;

/// Name of the cookie; the search page reads the same one.
pub const PLACE_COOKIE: &str = "place";

#[derive(Deserialize)]
pub struct PlaceForm {
    /// The municipality's code; empty forgets the choice.
    code: Option<String>,
    /// Where to go back to: a path on this site, in the same language.
    next: Option<String>,
}

fn safe_next(next: Option<&str>, locale: Locale) -> String {
    let fallback = format!("/{}/search", locale.code());
    match next {
        Some(path)
            if path.starts_with(&format!("/{}/", locale.code()))
                && !path.contains("//")
                && !path.contains('\\') =>
        {
            path.to_owned()
        }
        _ => fallback,
    }
}

pub async fn choose_place(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Form(form): Form<PlaceForm>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return (
            StatusCode::NOT_FOUND,
            app::i18n::tr(Locale::DEFAULT, "error-404-title"),
        )
            .into_response();
    };
    let code = form.code.as_deref().map(str::trim).unwrap_or_default();
    let cookie = if code.is_empty() {
        format!("{PLACE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly")
    } else {
        match state.catalog.place(code).await {
            Ok(Some(place)) => format!(
                "{PLACE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
                place.code
            ),
            Ok(None) => {
                return (StatusCode::BAD_REQUEST, app::i18n::tr(locale, "place-unknown")).into_response();
            }
            Err(_) => {
                return (
                    StatusCode::SERVICE_UNAVAILABLE,
                    app::i18n::tr(locale, "error-503-title"),
                )
                    .into_response();
            }
        }
    };
    let next = safe_next(form.next.as_deref(), locale);
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, next)]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_language_paths_are_followed() {
        assert_eq!(safe_next(Some("/es/search?q=x"), Locale::Es), "/es/search?q=x");
        assert_eq!(safe_next(Some("https://evil.example/"), Locale::Es), "/es/search");
        assert_eq!(safe_next(Some("/es//evil.example"), Locale::Es), "/es/search");
        assert_eq!(safe_next(Some("/pt/search"), Locale::Es), "/es/search");
        assert_eq!(safe_next(None, Locale::Fr), "/fr/search");
    }
}
