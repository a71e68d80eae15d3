//! `POST /{lang}/admin/comments/{id}/{approve,reject,keep,answer}`: moderators of the agency
//! that owns the service. Signed out goes to the staff sign-in; anyone else, and a comment of
//! another agency, gets the same 404 as an unknown comment and nothing changes.

use std::future::Future;

use app::locale::Locale;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::accounts::Current;
use crate::auth::events;
use crate::auth::staff_access::{self, Access, StaffMember};
use crate::catalog::comments::{self, MODERATORS, ModerationError};
use crate::http::AppState;
use crate::http::ratings::pages;

#[derive(Deserialize, Default)]
pub struct Fields {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    body: String,
}

fn see_other(location: String) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

fn not_found(locale: Locale) -> Response {
    pages::message(locale, StatusCode::NOT_FOUND, "moderation-error-not-found")
}

/// The moderator acting, or the answer to give instead.
async fn moderator(
    state: &AppState,
    locale: Locale,
    current: Option<&Current>,
    action: &'static str,
) -> Result<StaffMember, Response> {
    let access = staff_access::access(&state.db, current).await.map_err(|error| {
        tracing::error!(%error, "cannot read staff roles");
        pages::message(
            locale,
            StatusCode::SERVICE_UNAVAILABLE,
            "moderation-error-unavailable",
        )
    })?;
    match access {
        Access::SignedOut => Err(see_other(format!("/{}/staff/sign-in", locale.code()))),
        Access::Staff(staff) if staff.is_platform_admin() || !staff.agencies_with(&MODERATORS).is_empty() => {
            Ok(staff)
        }
        _ => {
            events::forbidden(current.map(|c| c.account.id), action);
            Err(not_found(locale))
        }
    }
}

/// Back to the queue with the outcome.
fn to_queue(locale: Locale, result: Result<(), ModerationError>, done: &'static str) -> Response {
    let query = match result {
        Ok(()) => format!("done={done}"),
        Err(ModerationError::NotFound) => return not_found(locale),
        Err(error) => {
            if let ModerationError::Database(db_error) = &error {
                tracing::error!(error = %db_error, "cannot moderate a comment");
            }
            format!("error={}", error.message_key())
        }
    };
    see_other(format!("/{}/admin/comments?{query}", locale.code()))
}

fn fields(form: Result<Form<Fields>, FormRejection>) -> Fields {
    form.map(|Form(fields)| fields).unwrap_or_default()
}

/// Checks the address and who is acting, then runs `decide` for the moderator on the comment
/// and goes back to the queue with its outcome.
async fn act<F, Fut>(
    state: &AppState,
    lang: &str,
    id: &str,
    current: Option<Extension<Current>>,
    action: &'static str,
    done: &'static str,
    decide: F,
) -> Response
where
    F: FnOnce(StaffMember, i32) -> Fut,
    Fut: Future<Output = Result<(), ModerationError>>,
{
    let Some(locale) = Locale::from_code(lang) else {
        return pages::unknown_language();
    };
    let Ok(id) = id.parse::<i32>() else {
        return not_found(locale);
    };
    let current = current.map(|Extension(current)| current);
    match moderator(state, locale, current.as_ref(), action).await {
        Ok(staff) => to_queue(locale, decide(staff, id).await, done),
        Err(response) => response,
    }
}

pub async fn approve(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
) -> Response {
    let (db, days) = (state.db.clone(), state.comment_answer_days);
    act(
        &state,
        &lang,
        &id,
        current,
        "approve_comment",
        "moderation-done-approved",
        |staff, id| async move { comments::approve(&db, &staff, id, days, Utc::now()).await },
    )
    .await
}

pub async fn reject(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let (db, fields) = (state.db.clone(), fields(form));
    act(
        &state,
        &lang,
        &id,
        current,
        "reject_comment",
        "moderation-done-rejected",
        |staff, id| async move {
            comments::reject(&db, &staff, id, &fields.reason, &fields.note, Utc::now()).await
        },
    )
    .await
}

pub async fn keep(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
) -> Response {
    let db = state.db.clone();
    act(
        &state,
        &lang,
        &id,
        current,
        "keep_comment",
        "moderation-done-kept",
        |staff, id| async move { comments::keep(&db, &staff, id, Utc::now()).await },
    )
    .await
}

pub async fn answer(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let (db, fields) = (state.db.clone(), fields(form));
    act(
        &state,
        &lang,
        &id,
        current,
        "answer_comment",
        "moderation-done-answered",
        |staff, id| async move { comments::answer(&db, &staff, id, &fields.body, Utc::now()).await },
    )
    .await
}
