//! Sending an SMS through a gateway's API, behind one trait: the worker hands over a message and
//! learns whether the gateway took it, or why not and whether trying again could help. One
//! adapter per gateway kind (`send_kannel.rs`, `send_twilio.rs`, `send_generic.rs`), each a
//! reqwest client with connect and total timeouts.
//!
//! Errors are described in our own words (a status code, "timeout"): reqwest's messages carry
//! the request's address, which holds the phone number and, for Kannel, the password.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::gateways::{Gateway, GatewayKind};
use super::gsm::Coding;

/// One message to send.
#[derive(Clone, Debug)]
pub struct OutboundSms<'a> {
    pub to: &'a str,
    pub text: &'a str,
    pub coding: Coding,
    /// Our reference, which the gateway's delivery reports carry back.
    pub reference: &'a str,
    /// Unique per reply: given to gateways that de-duplicate.
    pub idempotency_key: &'a str,
    /// Where the gateway sends delivery reports for this message.
    pub report_url: &'a str,
    pub now: DateTime<Utc>,
}

/// The gateway took the message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    /// The gateway's id for it, when it says one.
    pub gateway_message_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Down, slow, overloaded or throttling: the same request may succeed later.
    #[error("{0}")]
    Retryable(String),
    /// Refused for good (bad credentials, bad number, bad request): trying again cannot help.
    #[error("{0}")]
    Permanent(String),
}

#[async_trait::async_trait]
pub trait SmsSender: Send + Sync {
    async fn send(&self, sms: &OutboundSms<'_>) -> Result<Accepted, SendError>;
}

pub type SharedSender = Arc<dyn SmsSender>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    pub connect: Duration,
    /// The whole request, answer included.
    pub total: Duration,
}

/// Generous for a gateway across the internet, short enough that a hung one does not hold a
/// worker long; the worker's lease is well above the total.
pub const DEFAULT_TIMEOUTS: Timeouts = Timeouts {
    connect: Duration::from_secs(5),
    total: Duration::from_secs(15),
};

/// The client every adapter uses. Redirects are not followed: a send API that redirects is
/// misconfigured, and following would resend credentials elsewhere.
pub fn client(timeouts: Timeouts) -> Result<reqwest::Client, SendError> {
    reqwest::Client::builder()
        .connect_timeout(timeouts.connect)
        .timeout(timeouts.total)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("ventanilla-sms")
        .build()
        .map_err(|_| SendError::Permanent("cannot build the HTTP client".to_owned()))
}

/// The adapter for `gateway`, when it has sending settings.
pub fn sender_for(gateway: &Gateway, timeouts: Timeouts) -> Result<Option<SharedSender>, SendError> {
    let Some(outbound) = gateway.outbound.clone() else {
        return Ok(None);
    };
    let http = client(timeouts)?;
    let from = gateway.short_code.clone();
    let sender: SharedSender = match gateway.kind {
        GatewayKind::Kannel => Arc::new(super::send_kannel::KannelSender::new(http, outbound, from)),
        GatewayKind::Twilio => Arc::new(super::send_twilio::TwilioSender::new(http, outbound, from)),
        GatewayKind::Generic => Arc::new(super::send_generic::GenericSender::new(http, outbound, from)),
    };
    Ok(Some(sender))
}

/// Sorts a failed request: what never reached an answer may succeed later.
pub fn transport_error(error: &reqwest::Error) -> SendError {
    let what = if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "cannot connect"
    } else if error.is_body() || error.is_decode() {
        "broken answer"
    } else {
        "request failed"
    };
    SendError::Retryable(what.to_owned())
}

/// Sorts an answer by its status: 2xx is taken; 408, 425, 429 and 5xx may pass later; any other
/// 4xx (and a redirect) will not.
pub fn check_status(status: reqwest::StatusCode) -> Result<(), SendError> {
    let code = status.as_u16();
    if status.is_success() {
        Ok(())
    } else if status.is_server_error() || matches!(code, 408 | 425 | 429) {
        Err(SendError::Retryable(format!("HTTP {code}")))
    } else {
        Err(SendError::Permanent(format!("HTTP {code}")))
    }
}

/// Sends a built request and sorts the outcome; on success returns the answer for the adapter
/// to read an id from. `error_for_status` turns 4xx and 5xx into errors; a redirect, which it
/// lets through, is refused after it.
pub async fn execute(request: reqwest::RequestBuilder) -> Result<reqwest::Response, SendError> {
    let response = request.send().await.map_err(|e| transport_error(&e))?;
    let status = response.status();
    let response = response.error_for_status().map_err(|_| {
        check_status(status)
            .err()
            .unwrap_or_else(|| SendError::Permanent("refused".to_owned()))
    })?;
    check_status(status)?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_sort_into_taken_retry_and_give_up() {
        use reqwest::StatusCode as S;
        assert_eq!(check_status(S::OK), Ok(()));
        assert_eq!(check_status(S::ACCEPTED), Ok(()));
        assert_eq!(check_status(S::CREATED), Ok(()));
        for retry in [500, 502, 503, 504, 408, 425, 429] {
            let status = S::from_u16(retry).unwrap();
            assert!(
                matches!(check_status(status), Err(SendError::Retryable(_))),
                "{retry}"
            );
        }
        for give_up in [301, 302, 400, 401, 403, 404, 422] {
            let status = S::from_u16(give_up).unwrap();
            assert_eq!(
                check_status(status),
                Err(SendError::Permanent(format!("HTTP {give_up}")))
            );
        }
    }
}
