//! `POST /{lang}/admin/sms/simulator` (a message typed as a phone) and `…/simulator/reset`
//! (start over), for any staff member with a passkey session. Both answer with a 303 back to the
//! simulator page, which shows the conversation; a refused message changes nothing and comes
//! back with a localized error.

use app::locale::Locale;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use super::{Needs, gate, see_other};
use crate::auth::accounts::Current;
use crate::http::AppState;
use crate::http::ratings::pages;
use crate::sms::Conversation;
use crate::sms::simulator::{self, SimulatorError};

#[derive(Deserialize, Default)]
pub struct Fields {
    #[serde(default)]
    text: String,
    #[serde(default)]
    gateway: String,
}

fn back(locale: Locale, gateway: &str, error: Option<&str>) -> Response {
    let mut query = vec![];
    if !gateway.is_empty() {
        query.push(format!("gateway={}", app::components::encode(gateway)));
    }
    if let Some(key) = error {
        query.push(format!("error={key}"));
    }
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    let anchor = if error.is_some() {
        "#simulator-form"
    } else {
        "#latest-reply"
    };
    see_other(&format!("/{}/admin/sms/simulator{query}{anchor}", locale.code()))
}

pub async fn send(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
    form: Result<Form<Fields>, FormRejection>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    let member = match gate(&state, locale, current.as_ref(), Needs::AnyStaff).await {
        Ok(member) => member,
        Err(refusal) => return refusal,
    };
    let fields = form.map(|Form(fields)| fields).unwrap_or_default();
    let Some(gateway) = simulator::chosen(&state.sms_gateways, &fields.gateway) else {
        return back(locale, "", Some("admin-simulator-error-gateway"));
    };
    let conversation = Conversation::new(
        state.sms_catalog.clone(),
        state.db.clone(),
        state.auth.secret.clone(),
    );
    let sent = simulator::send(
        &conversation,
        &state.db,
        member.account_id,
        &gateway,
        &fields.text,
        Utc::now(),
    )
    .await;
    match sent {
        Ok(()) => back(locale, &gateway.name, None),
        Err(error) => {
            if let SimulatorError::Conversation(cause) = &error {
                tracing::error!(error = %cause, "the SMS simulator could not answer");
            }
            back(locale, &gateway.name, Some(error.message_key()))
        }
    }
}

pub async fn reset(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    let member = match gate(&state, locale, current.as_ref(), Needs::AnyStaff).await {
        Ok(member) => member,
        Err(refusal) => return refusal,
    };
    match simulator::reset(&state.db, member.account_id).await {
        Ok(()) => back(locale, "", None),
        Err(error) => {
            tracing::error!(%error, "cannot reset the SMS simulator");
            pages::message(locale, StatusCode::SERVICE_UNAVAILABLE, "error-503-title")
        }
    }
}
