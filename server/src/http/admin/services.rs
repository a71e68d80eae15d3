//! The workflow forms of `/{lang}/admin/services/{id}`: submit, reject (with a reason),
//! publish, archive (optionally naming a replacement by slug or id), confirm verified, and
//! restore an old version. Every post runs the editorial service layer, which decides access
//! again, and answers with a 303 back to the page: a `done` notice, or an `error` (and, for a
//! field, `invalid-{field}`) that the page shows beside it. Nothing changes on an error.
//! Signed out → the staff sign-in; an unknown service or another agency's → the same 404.

use app::locale::Locale;
use axum::Extension;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::{Needs, gate, see_other};
use crate::auth::accounts::Current;
use crate::db::entities::service;
use crate::editorial::{EditorialError, FieldError, verification, versions, workflow};
use crate::http::AppState;
use crate::http::ratings::pages;

#[derive(Deserialize, Default)]
pub struct Fields {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    replacement: String,
}

/// Which step a form asks for.
#[derive(Clone, Copy)]
enum Step {
    Submit,
    Reject,
    Publish,
    Archive,
    Verify,
}

impl Step {
    fn code(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Reject => "reject",
            Step::Publish => "publish",
            Step::Archive => "archive",
            Step::Verify => "verify",
        }
    }
}

fn not_found(locale: Locale) -> Response {
    pages::message(locale, StatusCode::NOT_FOUND, "error-404-title")
}

/// The page's address with the outcome; `anchor` is where to look.
fn back(locale: Locale, path: &str, query: &str, anchor: &str) -> Response {
    see_other(&format!(
        "/{}/admin/services/{path}?{query}#{anchor}",
        locale.code()
    ))
}

/// Turns the service layer's answer into the response.
fn answer(locale: Locale, path: &str, result: Result<(), EditorialError>, done: &str) -> Response {
    match result {
        Ok(()) => back(
            locale,
            path,
            &format!("done=admin-services-done-{done}"),
            "outcome",
        ),
        Err(EditorialError::NotFound) => not_found(locale),
        Err(EditorialError::Invalid(errors)) => {
            let fields: Vec<String> = errors
                .iter()
                .map(|FieldError { field, key }| format!("invalid-{field}={key}"))
                .collect();
            let anchor = errors.first().map(|e| e.field.as_str()).unwrap_or("outcome");
            let anchor = if anchor == "reason" { "reject" } else { "archive" };
            back(
                locale,
                path,
                &format!("error=editorial-error-invalid&{}", fields.join("&")),
                anchor,
            )
        }
        Err(EditorialError::Conflict { .. }) => {
            back(locale, path, "error=admin-services-error-stale", "outcome")
        }
        Err(EditorialError::Database(error)) => {
            tracing::error!(%error, "cannot run an editorial step");
            pages::message(locale, StatusCode::SERVICE_UNAVAILABLE, "error-503-title")
        }
        Err(error) => back(locale, path, &format!("error={}", error.key()), "outcome"),
    }
}

/// A replacement named by id or slug; an unknown one is an invalid field.
async fn replacement(state: &AppState, text: &str) -> Result<Option<i32>, EditorialError> {
    let text = text.trim().trim_matches('/');
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(id) = text.parse::<i32>() {
        return Ok(Some(id));
    }
    let slug = text.rsplit('/').next().unwrap_or(text);
    service::Entity::find()
        .filter(service::Column::Slug.eq(slug))
        .one(&state.db)
        .await?
        .map(|row| Some(row.id))
        .ok_or_else(|| {
            EditorialError::Invalid(vec![FieldError::new(
                "replacement",
                "editorial-field-invalid-replacement",
            )])
        })
}

async fn step(
    state: AppState,
    lang: String,
    id: String,
    current: Option<Extension<Current>>,
    fields: Fields,
    which: Step,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    let actor = match gate(&state, locale, current.as_ref(), Needs::AnyStaff).await {
        Ok(member) => member,
        Err(refusal) => return refusal,
    };
    let Ok(id) = id.parse::<i32>() else {
        return not_found(locale);
    };
    let (db, now) = (&state.db, Utc::now());
    let result = match which {
        Step::Submit => workflow::submit(db, &actor, id, now).await,
        Step::Reject => workflow::reject(db, &actor, id, &fields.reason, now).await,
        Step::Publish => match fields.version.trim().parse::<i32>() {
            Ok(version) => workflow::publish(db, &actor, id, version, now).await,
            // The page always sends the version it showed: without it, it is stale.
            Err(_) => {
                return back(
                    locale,
                    &id.to_string(),
                    "error=admin-services-error-stale",
                    "outcome",
                );
            }
        },
        Step::Archive => match replacement(&state, &fields.replacement).await {
            Ok(replacement) => workflow::archive(db, &actor, id, replacement, now).await,
            Err(error) => Err(error),
        },
        Step::Verify => verification::confirm_verified(db, &actor, id, now.date_naive(), now).await,
    };
    answer(locale, &id.to_string(), result, which.code())
}

fn fields(form: Result<Form<Fields>, FormRejection>) -> Fields {
    form.map(|Form(fields)| fields).unwrap_or_default()
}

macro_rules! step_handler {
    ($name:ident, $step:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            Path((lang, id)): Path<(String, String)>,
            current: Option<Extension<Current>>,
            form: Result<Form<Fields>, FormRejection>,
        ) -> Response {
            step(state, lang, id, current, fields(form), $step).await
        }
    };
}

step_handler!(submit, Step::Submit);
step_handler!(reject, Step::Reject);
step_handler!(publish, Step::Publish);
step_handler!(archive, Step::Archive);
step_handler!(verify, Step::Verify);

/// `POST /{lang}/admin/services/{id}/versions/{number}/restore`: the old version's content as
/// a new version (the draft, for a service not yet public), back to the versions page.
pub async fn restore(
    State(state): State<AppState>,
    Path((lang, id, number)): Path<(String, String, String)>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    let actor = match gate(&state, locale, current.as_ref(), Needs::AnyStaff).await {
        Ok(member) => member,
        Err(refusal) => return refusal,
    };
    let (Ok(id), Ok(number)) = (id.parse::<i32>(), number.parse::<i32>()) else {
        return not_found(locale);
    };
    let path = format!("{id}/versions");
    let Ok(expected) = fields(form).version.trim().parse::<i32>() else {
        return back(locale, &path, "error=admin-services-error-stale", "outcome");
    };
    let restored = versions::restore(&state.db, &actor, id, number, expected, Utc::now()).await;
    answer(locale, &path, restored.map(|_| ()), "restore")
}
