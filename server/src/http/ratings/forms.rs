//! `POST /{lang}/ratings` (signed-in citizens), `POST /{lang}/feedback` and
//! `POST /{lang}/feedback/details` (anyone, rate-limited by a keyed hash of the address). Each
//! answers with a redirect to the service page and a localized outcome; nothing is stored when
//! the input is wrong.

use std::time::Duration;

use app::locale::Locale;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use super::pages::{self, Outcome};
use crate::auth::accounts::Current;
use crate::auth::events;
use crate::auth::rate_limit::{self, Decision, Limit};
use crate::catalog::ratings::{
    self, Answered, DetailsForm, FeedbackError, RatingError, RatingForm, Recorded, UsefulForm, WebRater,
};
use crate::http::AppState;
use crate::http::account::ClientAddress;

/// Answers to "is this page useful?" from one address: a burst of 20, then one every 30
/// seconds. Generous, because many people can share one address (mobile carriers, libraries).
pub const FEEDBACK: Limit = Limit {
    burst: 20,
    period: Duration::from_secs(600),
};

/// Every field of the three forms; each handler reads its own. A body that does not decode
/// reads as empty, which names no service.
#[derive(Deserialize, Default)]
pub struct Fields {
    #[serde(default)]
    service: String,
    #[serde(default)]
    stars: String,
    #[serde(default)]
    dimension: String,
    #[serde(default)]
    useful: String,
    #[serde(default)]
    ticket: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    comment: String,
}

fn fields(form: Result<Form<Fields>, FormRejection>) -> Fields {
    form.map(|Form(fields)| fields).unwrap_or_default()
}

pub async fn rate(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let fields = fields(form);
    let rater = current.map(|Extension(current)| WebRater {
        account_id: current.account.id,
        staff: current.account.kind == "staff",
    });
    let form = RatingForm {
        service: &fields.service,
        stars: &fields.stars,
        dimension: &fields.dimension,
    };
    let outcome = match ratings::rate_on_web(&state.db, rater, form, Utc::now()).await {
        Ok(Recorded::New) => Outcome::Done("rating-done-saved"),
        Ok(Recorded::Replaced) => Outcome::Done("rating-done-changed"),
        Err(RatingError::MissingService) => {
            return pages::message(locale, StatusCode::BAD_REQUEST, "rating-error-no-service");
        }
        Err(RatingError::UnknownService) => {
            return pages::message(locale, StatusCode::NOT_FOUND, "rating-error-unknown-service");
        }
        Err(error) => {
            if let RatingError::Database(db_error) = &error {
                tracing::error!(error = %db_error, "cannot record a rating");
            }
            Outcome::Error(error.message_key())
        }
    };
    pages::back(locale, &fields.service, outcome, None, "rating")
}

/// `None` when the address may send another answer; otherwise the response to send instead.
async fn over_limit(state: &AppState, locale: Locale, address: &str) -> Option<Response> {
    let key = state.auth.address_key(address);
    match rate_limit::check(&state.db, &format!("feedback:{key}"), FEEDBACK, Utc::now()).await {
        Ok(Decision::Allowed) => None,
        Ok(Decision::RetryAfter(seconds)) => {
            events::rate_limited("page_feedback", &key);
            Some(pages::too_many(locale, seconds))
        }
        Err(error) => {
            tracing::error!(%error, "cannot check the feedback rate limit");
            Some(pages::message(
                locale,
                StatusCode::SERVICE_UNAVAILABLE,
                "useful-error-unavailable",
            ))
        }
    }
}

/// The answer to a refusal: its own page when there is no service to go back to, otherwise
/// back to the question (or, with the ticket, to the follow-up form).
fn refused(locale: Locale, slug: &str, ticket: Option<&str>, error: &FeedbackError) -> Response {
    match error {
        FeedbackError::MissingService => pages::message(locale, StatusCode::BAD_REQUEST, error.message_key()),
        FeedbackError::UnknownService => pages::message(locale, StatusCode::NOT_FOUND, error.message_key()),
        FeedbackError::Database(db_error) => {
            tracing::error!(error = %db_error, "cannot record page feedback");
            pages::back(
                locale,
                slug,
                Outcome::Error(error.message_key()),
                None,
                "feedback",
            )
        }
        _ => pages::back(
            locale,
            slug,
            Outcome::Error(error.message_key()),
            ticket,
            "feedback",
        ),
    }
}

pub async fn useful(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(address): ClientAddress,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    if let Some(refusal) = over_limit(&state, locale, &address).await {
        return refusal;
    }
    let fields = fields(form);
    let form = UsefulForm {
        service: &fields.service,
        useful: &fields.useful,
    };
    match ratings::answer_useful(&state.db, locale, form, Utc::now()).await {
        Ok(Answered::Yes) => pages::back(
            locale,
            &fields.service,
            Outcome::Done("useful-done-yes"),
            None,
            "feedback",
        ),
        Ok(Answered::No { ticket }) => pages::back(
            locale,
            &fields.service,
            Outcome::Done("useful-done-no"),
            Some(&ticket),
            "feedback",
        ),
        Err(error) => refused(locale, &fields.service, None, &error),
    }
}

pub async fn details(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(address): ClientAddress,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    if let Some(refusal) = over_limit(&state, locale, &address).await {
        return refusal;
    }
    let fields = fields(form);
    let form = DetailsForm {
        service: &fields.service,
        ticket: &fields.ticket,
        reason: &fields.reason,
        comment: &fields.comment,
    };
    match ratings::add_details(&state.db, form, Utc::now()).await {
        Ok(()) => pages::back(
            locale,
            &fields.service,
            Outcome::Done("useful-done-details"),
            None,
            "feedback",
        ),
        // The ticket stays valid: the follow-up form is shown again to correct the answer.
        Err(error) => refused(locale, &fields.service, Some(&fields.ticket), &error),
    }
}
