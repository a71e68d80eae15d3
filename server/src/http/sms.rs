//! Inbound SMS webhooks, one adapter per gateway kind: Kannel (`get-url`/`post-url`, reply in
//! the body), Twilio-compatible (signed form post, TwiML reply) and a generic signed JSON webhook.
//! Each checks the gateway's credentials, turns the request into an [`Inbound`] message for the
//! conversation, and answers with the reply (`reply.rs`: planned, or queued in the outbox for
//! gateways that reply later). Delivery reports come in through `reports.rs`. Refusals (unknown
//! gateway 404, bad credentials 403, bad fields 400) store nothing.

mod refusal;
mod reply;
mod reports;

use app::locale::Locale;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use serde::Deserialize;

use super::AppState;
use crate::sms::Inbound;
use crate::sms::delivery::KANNEL_DLR_MASK;
use crate::sms::gateways::{Gateway, GatewayKind};
use crate::sms::gsm::Coding;
use crate::sms::log::coding_code;
use crate::sms::signatures::{verify_generic, verify_twilio};
use refusal::{Refusal, plain};
use reply::Outcome;

/// Longest inbound text accepted: ten concatenated parts. Longer is not a phone's message.
pub const MAX_TEXT_CHARS: usize = 1600;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sms/kannel/{gateway}", get(kannel_get).post(kannel_post))
        .route("/sms/twilio/{gateway}", post(twilio))
        .route("/sms/webhook/{gateway}", post(generic))
        .merge(reports::routes())
}

/// The configured gateway of this name and kind.
fn gateway<'a>(state: &'a AppState, name: &str, kind: GatewayKind) -> Option<&'a Gateway> {
    state.sms_gateways.get(name).filter(|g| g.kind == kind)
}

fn unknown_gateway(name: &str) -> Response {
    Refusal::UnknownGateway.respond(name, Locale::DEFAULT)
}

fn locale_of(gateway: &Gateway) -> Locale {
    gateway.language.unwrap_or(Locale::DEFAULT)
}

/// The fields every adapter must find, by whatever names its gateway uses.
struct Message {
    id: Option<String>,
    from: Option<String>,
    to: Option<String>,
    text: Option<String>,
}

impl Message {
    fn into_inbound(self, gateway: &Gateway) -> Result<Inbound, Refusal> {
        let present = |value: &Option<String>| value.as_deref().is_some_and(|v| !v.trim().is_empty());
        let mut missing = Vec::new();
        for (name, value) in [("id", &self.id), ("from", &self.from)] {
            if !present(value) {
                missing.push(name);
            }
        }
        // An empty text is a blank SMS (answered with help); an absent one is a broken request.
        if self.text.is_none() {
            missing.push("text");
        }
        if !missing.is_empty() {
            return Err(Refusal::Missing(missing));
        }
        let text = self.text.unwrap_or_default();
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(Refusal::TooLong);
        }
        Ok(Inbound {
            gateway: gateway.name.clone(),
            message_id: self.id.unwrap_or_default().trim().to_owned(),
            from: self.from.unwrap_or_default(),
            to: self.to.unwrap_or_else(|| gateway.short_code.clone()),
            text,
            default_locale: gateway.language,
            policy: gateway.policy.clone(),
        })
    }
}

fn first(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.clone())
}

async fn kannel_get(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    kannel(&state, &name, params).await
}

async fn kannel_post(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Query(mut params): Query<Vec<(String, String)>>,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    if let Ok(Form(fields)) = form {
        params.extend(fields);
    }
    kannel(&state, &name, params).await
}

/// Kannel's smsbox calls with `from, to, text, id` (and `coding, charset`, which need no work
/// with `mo-recode = true`: the text then arrives as UTF-8) plus this gateway's `token`.
async fn kannel(state: &AppState, name: &str, params: Vec<(String, String)>) -> Response {
    let Some(gateway) = gateway(state, name, GatewayKind::Kannel) else {
        return unknown_gateway(name);
    };
    let locale = locale_of(gateway);
    let token = first(&params, "token").unwrap_or_default();
    if !gateway.secret.matches(&token) {
        return Refusal::Forbidden.respond(name, locale);
    }
    let message = Message {
        id: first(&params, "id"),
        from: first(&params, "from"),
        to: first(&params, "to"),
        text: first(&params, "text"),
    };
    let inbound = match message.into_inbound(gateway) {
        Ok(inbound) => inbound,
        Err(refusal) => return refusal.respond(name, locale),
    };
    // Kannel texts the body back; an empty 200 sends nothing (`omit-empty = true`), whereas any
    // status other than 200/202 would make it text its "could not fetch" message instead.
    let (plan, report_url) = match reply::answer(state, gateway, inbound, Utc::now()).await {
        Outcome::Reply { plan, report_url } => (plan, report_url),
        Outcome::Queued | Outcome::Silent => return plain(StatusCode::OK, String::new()),
        Outcome::Retry => return Refusal::Busy.respond(name, locale),
    };
    let mut response = plain(StatusCode::OK, plan.segments.concat());
    let headers = response.headers_mut();
    if plan.coding == Coding::Ucs2 {
        // Kannel never switches to UCS-2 by itself: characters outside GSM-7 would become '?'.
        headers.insert("x-kannel-coding", HeaderValue::from_static("2"));
    }
    // With `accept-x-kannel-headers = true`, Kannel asks the operator for delivery reports on
    // this reply and calls the address back with `%d` filled in.
    if let Some(url) = report_url.and_then(|url| HeaderValue::from_str(&url).ok()) {
        headers.insert("x-kannel-dlr-url", url);
        headers.insert("x-kannel-dlr-mask", HeaderValue::from(u16::from(KANNEL_DLR_MASK)));
    }
    response
}

/// Twilio signs the address it was told to call plus every form parameter.
async fn twilio(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let Some(gateway) = gateway(&state, &name, GatewayKind::Twilio) else {
        return unknown_gateway(&name);
    };
    let locale = locale_of(gateway);
    let params = form.map(|Form(params)| params).unwrap_or_default();
    let url = gateway
        .public_url
        .clone()
        .unwrap_or_else(|| format!("{}/sms/twilio/{name}", state.auth.origin_text()));
    let signature = headers
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !verify_twilio(gateway.secret.expose(), &url, &params, signature) {
        return Refusal::Forbidden.respond(&name, locale);
    }
    let message = Message {
        id: first(&params, "MessageSid"),
        from: first(&params, "From"),
        to: first(&params, "To"),
        text: first(&params, "Body"),
    };
    let inbound = match message.into_inbound(gateway) {
        Ok(inbound) => inbound,
        Err(refusal) => return refusal.respond(&name, locale),
    };
    let body = match reply::answer(&state, gateway, inbound, Utc::now()).await {
        Outcome::Reply { plan, .. } => format!(
            "<Response><Message>{}</Message></Response>",
            html_escape::encode_text(&plan.segments.concat())
        ),
        Outcome::Queued | Outcome::Silent => "<Response/>".to_owned(),
        Outcome::Retry => return Refusal::Busy.respond(&name, locale),
    };
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>{body}"),
    )
        .into_response()
}

#[derive(Deserialize)]
struct GenericBody {
    id: Option<String>,
    from: Option<String>,
    to: Option<String>,
    text: Option<String>,
}

/// Aggregators sign the raw body with a timestamp (`X-Signature: t=…,v1=…`): a request older
/// than 5 minutes is refused even when genuine, so a captured one cannot be replayed.
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
    let now = Utc::now();
    let signature = headers
        .get("x-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if let Err(error) = verify_generic(
        gateway.secret.expose().as_bytes(),
        signature,
        &body,
        now.timestamp(),
    ) {
        tracing::info!(gateway = %name, %error, "generic SMS webhook signature refused");
        return Refusal::Forbidden.respond(&name, locale);
    }
    let Ok(fields) = serde_json::from_slice::<GenericBody>(&body) else {
        return Refusal::Missing(vec!["id", "from", "text"]).respond(&name, locale);
    };
    let message = Message {
        id: fields.id,
        from: fields.from,
        to: fields.to,
        text: fields.text,
    };
    let inbound = match message.into_inbound(gateway) {
        Ok(inbound) => inbound,
        Err(refusal) => return refusal.respond(&name, locale),
    };
    let (plan, queued) = match reply::answer(&state, gateway, inbound, now).await {
        Outcome::Reply { plan, .. } => (Some(plan), false),
        Outcome::Queued => (None, true),
        Outcome::Silent => (None, false),
        Outcome::Retry => return Refusal::Busy.respond(&name, locale),
    };
    let json = serde_json::json!({
        "reply": plan.as_ref().map(|p| p.segments.concat()),
        "segments": plan.as_ref().map(|p| p.segments.clone()).unwrap_or_default(),
        "coding": plan.as_ref().map(|p| coding_code(p.coding)),
        "queued": queued,
    });
    axum::Json(json).into_response()
}
