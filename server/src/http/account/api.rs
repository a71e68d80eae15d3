//! The JSON half of the passkey ceremonies, for `passkeys.js`: each `start` returns the options
//! for `navigator.credentials` and a ceremony id; each `finish` checks the browser's answer and
//! says where to go next. Refusals are JSON with a localized message (and `Retry-After` when
//! rate limited).

use app::locale::Locale;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{PublicKeyCredential, RegisterPublicKeyCredential};

use super::common::{ClientAddress, set_cookie};
use crate::auth::accounts::{self, Current};
use crate::auth::rate_limit::{self, CEREMONY, Decision};
use crate::auth::staff::{self, PasswordOutcome};
use crate::auth::{AuthError, events, sessions};
use crate::http::AppState;

#[derive(Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

impl LangQuery {
    fn locale(&self) -> Locale {
        self.lang
            .as_deref()
            .and_then(Locale::from_code)
            .unwrap_or(Locale::DEFAULT)
    }
}

#[derive(Deserialize, Default)]
pub struct StartBody {
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Deserialize)]
pub struct RegisterBody {
    ceremony: String,
    credential: RegisterPublicKeyCredential,
    #[serde(default)]
    passkey_name: Option<String>,
}

#[derive(Deserialize)]
pub struct SignInBody {
    ceremony: String,
    credential: PublicKeyCredential,
}

#[derive(Serialize)]
struct Next {
    redirect: String,
}

/// A refusal as JSON: the status says what kind, the message says it in the reader's language.
fn refusal(locale: Locale, error: &AuthError) -> Response {
    let status = match error {
        AuthError::Database(db_error) => {
            tracing::error!(error = %db_error, "passkey request failed");
            StatusCode::SERVICE_UNAVAILABLE
        }
        AuthError::Rejected | AuthError::Invalid(_) => StatusCode::BAD_REQUEST,
        AuthError::InvalidCredentials => StatusCode::UNAUTHORIZED,
        AuthError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
        AuthError::Locked | AuthError::NeedsVerification | AuthError::LastPasskey | AuthError::Forbidden => {
            StatusCode::FORBIDDEN
        }
        AuthError::NotFound => StatusCode::NOT_FOUND,
    };
    let message = app::i18n::tr(locale, error.message_key());
    let mut response = (status, Json(serde_json::json!({ "error": message }))).into_response();
    if let AuthError::RateLimited(seconds) = error
        && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
    {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn answer<T: Serialize>(locale: Locale, outcome: Result<T, AuthError>) -> Response {
    match outcome {
        Ok(value) => Json(value).into_response(),
        Err(error) => refusal(locale, &error),
    }
}

fn body<T>(json: Result<Json<T>, JsonRejection>) -> Result<T, AuthError> {
    json.map(|Json(value)| value).map_err(|_| AuthError::Rejected)
}

fn signed_in_or_refuse(current: Option<Extension<Current>>) -> Result<Current, AuthError> {
    current
        .map(|Extension(current)| current)
        .ok_or(AuthError::Invalid("auth-error-signed-out"))
}

/// Anonymous ceremonies write a row each: one address may not start them without limit.
async fn limit_starts(state: &AppState, address: &str) -> Result<(), AuthError> {
    let key = state.auth.address_key(address);
    match rate_limit::check(&state.auth.db, &format!("ceremony:{key}"), CEREMONY, Utc::now()).await? {
        Decision::Allowed => Ok(()),
        Decision::RetryAfter(seconds) => {
            events::rate_limited("ceremony_start", &key);
            Err(AuthError::RateLimited(seconds))
        }
    }
}

/// The new session's cookie on a JSON answer naming the next page.
fn go_signed_in(redirect: String, token: &str) -> Response {
    set_cookie(Json(Next { redirect }).into_response(), &sessions::cookie(token))
}

fn passkey_name(locale: Locale, typed: Option<String>) -> String {
    typed
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| app::i18n::tr(locale, "account-passkey-default-name"))
}

pub async fn sign_up_start(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    ClientAddress(address): ClientAddress,
    json: Result<Json<StartBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let start = body(json)?;
        limit_starts(&state, &address).await?;
        let label = app::i18n::tr(locale, "site-name");
        accounts::start_sign_up(&state.auth, start.display_name.as_deref(), &label, Utc::now()).await
    };
    answer(locale, outcome.await)
}

pub async fn sign_up_finish(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    json: Result<Json<RegisterBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let finish = body(json)?;
        let name = passkey_name(locale, finish.passkey_name);
        accounts::finish_sign_up(
            &state.auth,
            &finish.ceremony,
            &finish.credential,
            &name,
            Utc::now(),
        )
        .await
    };
    match outcome.await {
        Ok(token) => go_signed_in(format!("/{}/account", locale.code()), &token),
        Err(error) => refusal(locale, &error),
    }
}

pub async fn sign_in_start(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    ClientAddress(address): ClientAddress,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        limit_starts(&state, &address).await?;
        crate::auth::passkeys::start_discoverable(&state.auth, Utc::now()).await
    };
    answer(locale, outcome.await)
}

pub async fn sign_in_finish(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    ClientAddress(address): ClientAddress,
    json: Result<Json<SignInBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let finish = body(json)?;
        accounts::sign_in(&state.auth, &finish.ceremony, &finish.credential, Utc::now()).await
    };
    match outcome.await {
        Ok(token) => go_signed_in(format!("/{}/account", locale.code()), &token),
        Err(error) => {
            events::sign_in_failed("passkey", "ceremony_rejected", &state.auth.address_key(&address));
            refusal(locale, &error)
        }
    }
}

pub async fn add_start(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    current: Option<Extension<Current>>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        let label = app::i18n::tr(locale, "site-name");
        accounts::start_add(&state.auth, &current, &label, Utc::now()).await
    };
    answer(locale, outcome.await)
}

pub async fn add_finish(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    current: Option<Extension<Current>>,
    json: Result<Json<RegisterBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        let finish = body(json)?;
        let name = passkey_name(locale, finish.passkey_name);
        accounts::finish_add(
            &state.auth,
            &current,
            &finish.ceremony,
            &finish.credential,
            &name,
            Utc::now(),
        )
        .await?;
        Ok(Next {
            redirect: format!("/{}/account?done=account-done-added", locale.code()),
        })
    };
    answer(locale, outcome.await)
}

pub async fn verify_start(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    current: Option<Extension<Current>>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        accounts::start_verify(&state.auth, &current, Utc::now()).await
    };
    answer(locale, outcome.await)
}

pub async fn verify_finish(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    current: Option<Extension<Current>>,
    json: Result<Json<SignInBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        let finish = body(json)?;
        accounts::finish_verify(
            &state.auth,
            &current,
            &finish.ceremony,
            &finish.credential,
            Utc::now(),
        )
        .await?;
        Ok(Next {
            redirect: format!("/{}/account", locale.code()),
        })
    };
    answer(locale, outcome.await)
}

/// The staff password step: either the passkey check that completes it, or (no passkey yet)
/// the session that registers one.
pub async fn staff_start(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    ClientAddress(address): ClientAddress,
    json: Result<Json<StartBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let start = body(json)?;
        let key = state.auth.address_key(&address);
        staff::password_step(&state.auth, &start.email, &start.password, &key, Utc::now()).await
    };
    match outcome.await {
        Ok(PasswordOutcome::SecondFactor(challenge)) => Json(challenge).into_response(),
        Ok(PasswordOutcome::MustRegisterPasskey(token)) => {
            go_signed_in(format!("/{}/account", locale.code()), &token)
        }
        Err(error) => refusal(locale, &error),
    }
}

pub async fn staff_finish(
    State(state): State<AppState>,
    Query(lang): Query<LangQuery>,
    json: Result<Json<SignInBody>, JsonRejection>,
) -> Response {
    let locale = lang.locale();
    let outcome = async {
        let finish = body(json)?;
        staff::second_factor(&state.auth, &finish.ceremony, &finish.credential, Utc::now()).await
    };
    match outcome.await {
        Ok(token) => go_signed_in(format!("/{}/account", locale.code()), &token),
        Err(error) => refusal(locale, &error),
    }
}
