//! Staff forms: accepting an invitation (name and password, then a passkey at once), and the
//! password step of signing in when the browser runs no script.

use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Utc;
use serde::Deserialize;

use super::common::{ClientAddress, refused, signed_in, unknown_language};
use crate::auth::AuthError;
use crate::auth::staff::{self, PasswordOutcome};
use crate::http::AppState;
use app::locale::Locale;

#[derive(Deserialize, Default)]
pub struct StaffForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

fn fields(form: Result<Form<StaffForm>, FormRejection>) -> Result<StaffForm, AuthError> {
    form.map(|Form(fields)| fields).map_err(|_| AuthError::Rejected)
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    form: Result<Form<StaffForm>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let form = fields(form)?;
        staff::accept(
            &state.auth,
            &token,
            &form.display_name,
            &form.password,
            &form.confirm,
            Utc::now(),
        )
        .await
    };
    // The token goes back into the page's address only if it is one we could have made.
    let page = if token
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        format!("staff/invitation/{token}")
    } else {
        "staff/sign-in".to_owned()
    };
    match outcome.await {
        // The session can do one thing: register the passkey staff must have.
        Ok(session) => signed_in(&format!("/{}/account", locale.code()), &session),
        Err(AuthError::NotFound) => refused(locale, &page, &AuthError::Invalid("auth-error-invitation")),
        Err(error) => refused(locale, &page, &error),
    }
}

/// Without script the password is checked, but the passkey step cannot run here: a staff
/// member without a passkey yet gets the session that registers one (which also needs script).
pub async fn sign_in(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(address): ClientAddress,
    form: Result<Form<StaffForm>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return unknown_language();
    };
    let outcome = async {
        let form = fields(form)?;
        staff::password_step(
            &state.auth,
            &form.email,
            &form.password,
            &state.auth.address_key(&address),
            Utc::now(),
        )
        .await
    };
    match outcome.await {
        Ok(PasswordOutcome::MustRegisterPasskey(session)) => {
            signed_in(&format!("/{}/account", locale.code()), &session)
        }
        Ok(PasswordOutcome::SecondFactor(_)) => refused(
            locale,
            "staff/sign-in",
            &AuthError::Invalid("auth-error-needs-javascript"),
        ),
        Err(error) => refused(locale, "staff/sign-in", &error),
    }
}
