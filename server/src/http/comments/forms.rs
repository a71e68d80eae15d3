//! `POST /{lang}/comments` and `POST /{lang}/comments/{id}/report`: signed-in people, back to
//! the service page's comments with the outcome. A form only a script fills in gets the same
//! answer as a real one, and nothing is kept.

use app::locale::Locale;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::accounts::Current;
use crate::auth::events;
use crate::catalog::comments::{self, CommentError, CommentForm, Commenter, ReportError};
use crate::http::AppState;
use crate::http::ratings::pages::{self, Outcome};

/// Both forms' fields; a body that does not decode reads as empty, which names no service.
#[derive(Deserialize, Default)]
pub struct Fields {
    #[serde(default)]
    service: String,
    #[serde(default)]
    body: String,
    /// The hidden trap field.
    #[serde(default)]
    website: String,
    #[serde(default)]
    stamp: String,
    #[serde(default)]
    reason: String,
}

fn fields(form: Result<Form<Fields>, FormRejection>) -> Fields {
    form.map(|Form(fields)| fields).unwrap_or_default()
}

const SECTION: &str = "comments";

/// `429` with when to come back.
fn too_many(locale: Locale, seconds: u64) -> Response {
    let mut response = pages::message(
        locale,
        StatusCode::TOO_MANY_REQUESTS,
        "comment-error-rate-limited",
    );
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

pub async fn post_comment(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let fields = fields(form);
    let commenter = current.map(|Extension(current)| Commenter {
        account_id: current.account.id,
        staff: current.account.kind == "staff",
    });
    let form = CommentForm {
        service: &fields.service,
        body: &fields.body,
        honeypot: &fields.website,
        stamp: &fields.stamp,
    };
    let posted =
        comments::post_comment(&state.db, &state.auth.secret, locale, commenter, form, Utc::now()).await;
    let outcome = match posted {
        Ok(_) => Outcome::Done("comment-done-pending"),
        Err(error @ CommentError::MissingService) => {
            return pages::message(locale, StatusCode::BAD_REQUEST, error.message_key());
        }
        Err(error @ CommentError::UnknownService) => {
            return pages::message(locale, StatusCode::NOT_FOUND, error.message_key());
        }
        Err(CommentError::RateLimited(seconds)) => {
            let account = commenter.map(|c| c.account_id).unwrap_or_default();
            events::rate_limited("comment", &format!("account:{account}"));
            return too_many(locale, seconds);
        }
        Err(error) => {
            if let CommentError::Database(db_error) = &error {
                tracing::error!(error = %db_error, "cannot store a comment");
            }
            Outcome::Error(error.message_key())
        }
    };
    pages::back(locale, &fields.service, outcome, None, SECTION)
}

pub async fn report(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let not_found = || pages::message(locale, StatusCode::NOT_FOUND, "comment-error-no-comment");
    let Ok(id) = id.parse::<i32>() else {
        return not_found();
    };
    let fields = fields(form);
    let reporter = current.map(|Extension(current)| current.account.id);
    match comments::report(&state.db, reporter, id, &fields.reason, Utc::now()).await {
        Ok(slug) => pages::back(
            locale,
            &slug,
            Outcome::Done("comment-done-reported"),
            None,
            SECTION,
        ),
        Err(ReportError::NotFound) => not_found(),
        Err(error) => {
            if let ReportError::Database(db_error) = &error {
                tracing::error!(error = %db_error, "cannot store a report");
            }
            pages::back(
                locale,
                &fields.service,
                Outcome::Error(error.message_key()),
                None,
                SECTION,
            )
        }
    }
}
