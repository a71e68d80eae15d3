//! What every admin form post shares: reading the member and the URL-encoded fields, the
//! status pages for refusals, and rendering the page of the post's address with what the post
//! hands back (the form with its errors, a notice) in place of what the page would read.

use std::collections::HashMap;

use app::locale::Locale;
use axum::body::Body;
use axum::extract::{Form, FromRequest, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;

use super::{Needs, gate};
use crate::auth::accounts::Current;
use crate::editorial::Actor;
use crate::http::ratings::pages;
use crate::http::{AppState, MAX_BODY_BYTES};

/// A post's fields: the first value of each name.
pub(super) type Posted = HashMap<String, String>;

/// The page answering a refusal or a failure, worded by its status.
pub(super) fn status_page(locale: Locale, status: StatusCode) -> Response {
    let key = match status {
        StatusCode::NOT_FOUND => "error-404-title",
        StatusCode::BAD_REQUEST => "error-400-title",
        StatusCode::PAYLOAD_TOO_LARGE => "admin-import-error-too-large",
        _ => "error-503-title",
    };
    pages::message(locale, status, key)
}

/// The request's parts, its fields (the first of each name) and the member; or the response
/// to send instead (signed out → the staff sign-in, not staff → 404).
pub(super) async fn enter(
    state: &AppState,
    lang: &str,
    request: Request,
) -> Result<(Locale, Parts, Posted, Actor), Response> {
    let Some(locale) = Locale::from_code(lang) else {
        return Err(pages::unknown_language());
    };
    let (parts, body) = request.into_parts();
    let current = parts.extensions.get::<Current>().cloned();
    let actor = gate(state, locale, current.as_ref(), Needs::AnyStaff).await?;
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| status_page(locale, StatusCode::BAD_REQUEST))?;
    let form = Request::from_parts(parts.clone(), Body::from(bytes));
    let Ok(Form(pairs)) = Form::<Vec<(String, String)>>::from_request(form, state).await else {
        return Err(status_page(locale, StatusCode::BAD_REQUEST));
    };
    let mut posted = Posted::new();
    for (name, value) in pairs {
        posted.entry(name).or_insert(value);
    }
    Ok((locale, parts, posted, actor))
}

/// [`enter`] for an address naming one record: its id as well, or 404 when it is no number.
pub(super) async fn enter_record(
    state: &AppState,
    lang: &str,
    id: &str,
    request: Request,
) -> Result<(Locale, Parts, Posted, Actor, i32), Response> {
    let (locale, parts, posted, actor) = enter(state, lang, request).await?;
    let id = id
        .parse::<i32>()
        .map_err(|_| status_page(locale, StatusCode::NOT_FOUND))?;
    Ok((locale, parts, posted, actor, id))
}

/// Renders the page of this address with `returned` (what a form post hands back to its page:
/// the form with its errors, a notice) in place of what the page would read.
pub(super) async fn render<T: Clone + Send + Sync + 'static>(
    state: &AppState,
    mut parts: Parts,
    returned: T,
) -> Response {
    parts.extensions.insert(returned);
    let request = Request::from_parts(parts, Body::empty());
    let context = state.page_context.clone();
    let options = state.leptos_options.clone();
    let shell_options = options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            leptos::prelude::provide_context(options.clone());
            (context.0)();
        },
        move || app::shell::shell(shell_options.clone()),
    );
    handler(request).await
}
