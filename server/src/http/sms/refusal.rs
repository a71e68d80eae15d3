//! Why a gateway's request is refused, said to its operator in the gateway's language with the
//! status that tells it what to do: 404 unknown gateway or message, 403 bad credentials, 400 bad
//! fields, 503 try again later.

use app::i18n::{tr, tr_args};
use app::locale::Locale;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::MAX_TEXT_CHARS;
use crate::sms::replies::{number, text};

/// Why a webhook request is refused; said to the gateway's operator in its language.
pub(super) enum Refusal {
    UnknownGateway,
    Forbidden,
    Missing(Vec<&'static str>),
    TooLong,
    /// A delivery report for a message this gateway never sent.
    UnknownMessage,
    /// A delivery report whose status is missing or not one the gateway uses.
    BadStatus,
    /// The reply could not be queued; the gateway should deliver the message again.
    Busy,
}

impl Refusal {
    pub(super) fn respond(self, gateway: &str, locale: Locale) -> Response {
        let (status, body) = match self {
            Refusal::UnknownGateway => (StatusCode::NOT_FOUND, tr(locale, "sms-http-unknown-gateway")),
            Refusal::Forbidden => {
                tracing::warn!(target: "security", event = "sms_webhook_refused", gateway, "SMS webhook credentials refused");
                (StatusCode::FORBIDDEN, tr(locale, "sms-http-forbidden"))
            }
            Refusal::Missing(fields) => (
                StatusCode::BAD_REQUEST,
                tr_args(locale, "sms-http-missing", &[("fields", text(fields.join(", ")))]),
            ),
            Refusal::TooLong => (
                StatusCode::BAD_REQUEST,
                tr_args(locale, "sms-http-too-long", &[("max", number(MAX_TEXT_CHARS))]),
            ),
            Refusal::UnknownMessage => (StatusCode::NOT_FOUND, tr(locale, "sms-http-unknown-message")),
            Refusal::BadStatus => (StatusCode::BAD_REQUEST, tr(locale, "sms-http-bad-status")),
            Refusal::Busy => (StatusCode::SERVICE_UNAVAILABLE, tr(locale, "sms-http-busy")),
        };
        if status != StatusCode::FORBIDDEN {
            tracing::info!(gateway, status = status.as_u16(), "SMS webhook refused");
        }
        plain(status, body)
    }
}

pub(super) fn plain(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}
