//! Delivery reports from the gateways, each checked the way its gateway can prove itself: Kannel's
//! `dlr-url` by the per-message token it carries, Twilio's status callback by its signature over
//! the address we gave it, the generic kind by the same HMAC as its webhooks. A forged report gets
//! 403, one for a message we never sent 404; neither changes anything.

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use chrono::Utc;
use serde::Deserialize;

use super::super::AppState;
use super::{Refusal, first, gateway, locale_of, plain, unknown_gateway};
use crate::sms::delivery::{self, Recorded, Report, callback_base, token_matches};
use crate::sms::gateways::{Gateway, GatewayKind};
use crate::sms::signatures::{verify_generic, verify_twilio};

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/sms/kannel/{gateway}/dlr", get(kannel))
        .route("/sms/twilio/{gateway}/status", post(twilio))
        .route("/sms/webhook/{gateway}/status", post(generic))
}

/// Records a checked report and answers the gateway.
async fn apply(state: &AppState, gateway: &Gateway, reference: &str, report: Option<Report>) -> Response {
    let locale = locale_of(gateway);
    let Some(report) = report else {
        return Refusal::BadStatus.respond(&gateway.name, locale);
    };
    match delivery::record(&state.db, &gateway.name, reference, report, Utc::now()).await {
        Ok(Recorded::Known) => {
            tracing::info!(gateway = %gateway.name, report = report.code(), "SMS delivery report");
            plain(StatusCode::OK, String::new())
        }
        Ok(Recorded::Unknown) => Refusal::UnknownMessage.respond(&gateway.name, locale),
        Err(error) => {
            tracing::error!(%error, gateway = %gateway.name, "cannot record an SMS delivery report");
            Refusal::Busy.respond(&gateway.name, locale)
        }
    }
}

/// `GET …/dlr?ref=…&token=…&status=%d`, as Kannel calls the address it was given.
async fn kannel(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    let Some(gateway) = gateway(&state, &name, GatewayKind::Kannel) else {
        return unknown_gateway(&name);
    };
    let reference = first(&params, "ref").unwrap_or_default();
    let token = first(&params, "token").unwrap_or_default();
    if reference.is_empty() || !token_matches(&gateway.secret, &reference, &token) {
        return Refusal::Forbidden.respond(&name, locale_of(gateway));
    }
    let report = first(&params, "status").and_then(|status| Report::from_kannel(&status));
    apply(&state, gateway, &reference, report).await
}

/// Twilio posts `MessageStatus` (and more) to the `StatusCallback` address, signed over that
/// address exactly as we gave it, query string included.
async fn twilio(
    State(state): State<AppState>,
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
    Query(query_params): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let Some(gateway) = gateway(&state, &name, GatewayKind::Twilio) else {
        return unknown_gateway(&name);
    };
    let locale = locale_of(gateway);
    let params = form.map(|Form(params)| params).unwrap_or_default();
    let query = query.unwrap_or_default();
    let base = callback_base(gateway, &state.auth.origin_text());
    let url = if query.is_empty() {
        format!("{base}/sms/twilio/{name}/status")
    } else {
        format!("{base}/sms/twilio/{name}/status?{query}")
    };
    let signature = headers
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !verify_twilio(gateway.secret.expose(), &url, &params, signature) {
        return Refusal::Forbidden.respond(&name, locale);
    }
    let Some(reference) = first(&query_params, "ref").filter(|r| !r.is_empty()) else {
        return Refusal::Missing(vec!["ref"]).respond(&name, locale);
    };
    let report = first(&params, "MessageStatus").and_then(|status| Report::from_twilio(&status));
    apply(&state, gateway, &reference, report).await
}

#[derive(Deserialize)]
struct GenericReport {
    #[serde(rename = "ref")]
    reference: Option<String>,
    status: Option<String>,
}

/// `{"ref": "…", "status": "delivered" | "failed" | …}`, signed like the webhooks.
async fn generic(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(gateway) = gateway(&state, &name, GatewayKind::Generic) else {
        return unknown_gateway(&name);
    };
    let locale = locale_of(gateway);
    let signature = headers
        .get("x-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if let Err(error) = verify_generic(
        gateway.secret.expose().as_bytes(),
        signature,
        &body,
        Utc::now().timestamp(),
    ) {
        tracing::info!(gateway = %name, %error, "generic SMS delivery report signature refused");
        return Refusal::Forbidden.respond(&name, locale);
    }
    let fields = serde_json::from_slice::<GenericReport>(&body).ok();
    let Some(reference) = fields
        .as_ref()
        .and_then(|f| f.reference.clone())
        .filter(|r| !r.is_empty())
    else {
        return Refusal::Missing(vec!["ref"]).respond(&name, locale);
    };
    let report = fields
        .and_then(|f| f.status)
        .and_then(|status| Report::from_generic(&status));
    apply(&state, gateway, &reference, report).await
}
