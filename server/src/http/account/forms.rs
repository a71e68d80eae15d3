//! Citizen account forms. Each works without JavaScript; passkey steps need it, and their
//! no-script posts say so on the page.

use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use super::common::{ClientAddress, done, refused, see_other, set_cookie, signed_in, unknown_language};
use crate::auth::accounts::{self, Current};
use crate::auth::{AuthError, recovery, sessions};
use crate::http::AppState;
use app::locale::Locale;

/// Fields of every account form; each handler reads the ones it needs.
#[derive(Deserialize, Default)]
pub struct AccountForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    confirm: String,
}

fn fields(form: Result<Form<AccountForm>, FormRejection>) -> Result<AccountForm, AuthError> {
    form.map(|Form(fields)| fields).map_err(|_| AuthError::Rejected)
}

/// A passkey step posted without JavaScript (or by a browser without WebAuthn).
pub async fn needs_script(Path(lang): Path<String>) -> Response {
    match Locale::from_code(&lang) {
        Some(locale) => see_other(&format!(
            "/{}/account/sign-in?error=auth-error-needs-javascript",
            locale.code()
        )),
        None => unknown_language(),
    }
}

pub async fn sign_out(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    if let Some(Extension(current)) = current {
        if let Err(error) = sessions::end(&state.auth.db, &current.token).await {
            return refused(locale, "account", &error.into());
        }
        crate::auth::events::signed_out(current.account.id);
    }
    set_cookie(
        done(locale, "account/sign-in", "account-done-signed-out"),
        &sessions::clearing_cookie(),
    )
}

pub async fn recover(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(address): ClientAddress,
    form: Result<Form<AccountForm>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let form = fields(form)?;
        if form.code.trim().is_empty() {
            return Err(AuthError::Invalid("account-error-code-empty"));
        }
        recovery::recover(
            &state.auth,
            &form.code,
            &state.auth.address_key(&address),
            Utc::now(),
        )
        .await
    };
    match outcome.await {
        Ok(token) => signed_in(
            &format!("/{}/account?done=account-done-recovered", locale.code()),
            &token,
        ),
        Err(error) => refused(locale, "account/recover", &error),
    }
}

fn signed_in_or_refuse(current: Option<Extension<Current>>) -> Result<Current, AuthError> {
    current
        .map(|Extension(current)| current)
        .ok_or(AuthError::Invalid("auth-error-signed-out"))
}

fn passkey_id(text: &str) -> Result<i32, AuthError> {
    text.parse()
        .map_err(|_| AuthError::Invalid("account-error-unknown-passkey"))
}

/// Where a refusal to a signed-out visitor sends them: the sign-in page.
fn refused_page(error: &AuthError) -> &'static str {
    if matches!(error, AuthError::Invalid("auth-error-signed-out")) {
        "account/sign-in"
    } else {
        "account"
    }
}

pub async fn rename(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
    form: Result<Form<AccountForm>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        let id = passkey_id(&id)?;
        let form = fields(form)?;
        accounts::rename(&state.auth.db, &current, id, &form.name).await
    };
    match outcome.await {
        Ok(()) => done(locale, "account", "account-done-renamed"),
        Err(AuthError::NotFound) => refused(
            locale,
            "account",
            &AuthError::Invalid("account-error-unknown-passkey"),
        ),
        Err(error) => refused(locale, refused_page(&error), &error),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    current: Option<Extension<Current>>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        accounts::remove(&state.auth, &current, passkey_id(&id)?, Utc::now()).await
    };
    match outcome.await {
        Ok(()) => done(locale, "account", "account-done-removed"),
        Err(AuthError::NotFound) => refused(
            locale,
            "account",
            &AuthError::Invalid("account-error-unknown-passkey"),
        ),
        Err(error) => refused(locale, refused_page(&error), &error),
    }
}

/// New recovery codes (the old ones stop working), shown once on the account page.
pub async fn new_codes(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        let now = Utc::now();
        if !current.is_fresh(now) {
            return Err(AuthError::NeedsVerification);
        }
        recovery::issue(
            &state.auth,
            current.account.id,
            current.session.id,
            &current.token,
            now,
        )
        .await
    };
    match outcome.await {
        Ok(()) => done(locale, "account", "account-done-codes"),
        Err(error) => refused(locale, refused_page(&error), &error),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
    form: Result<Form<AccountForm>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let current = signed_in_or_refuse(current)?;
        if fields(form)?.confirm != "yes" {
            return Err(AuthError::Invalid("account-error-confirm-delete"));
        }
        if !current.is_fresh(Utc::now()) {
            return Err(AuthError::NeedsVerification);
        }
        accounts::delete(&state.auth.db, &current)
            .await
            .map_err(AuthError::from)
    };
    match outcome.await {
        Ok(()) => set_cookie(
            done(locale, "account/sign-in", "account-done-deleted"),
            &sessions::clearing_cookie(),
        ),
        Err(error) => refused(locale, refused_page(&error), &error),
    }
}
