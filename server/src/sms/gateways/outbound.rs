//! A gateway's sending settings: where its send API is, with which account and credential. Twilio
//! needs only its Account SID (the API address and the auth token are known); Kannel needs its
//! sendsms address, user and password; the generic kind its address (it signs with its secret).

use super::{Entry, GatewayConfigError, GatewayKind, ReplyMode, Secret, invalid, secret_from};

/// How to send through the gateway's API.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outbound {
    /// Kannel's `…/cgi-bin/sendsms`, Twilio's API base, or the aggregator's send address.
    pub send_url: String,
    /// Kannel's sendsms username, or Twilio's Account SID; none for the generic kind.
    pub account: Option<String>,
    /// Kannel's sendsms password, Twilio's auth token, or the generic kind's signing key.
    pub secret: Secret,
}

/// Twilio's REST API, when `send_url` does not name another (a test double, a proxy).
pub const TWILIO_API: &str = "https://api.twilio.com/2010-04-01";

/// The sending settings, when the entry has them.
pub(super) fn settings(
    entry: &Entry,
    inbound_secret: &Secret,
    env: &impl Fn(&str) -> Option<String>,
) -> Result<Option<Outbound>, GatewayConfigError> {
    let name = &entry.name;
    let send_url = match (entry.kind, &entry.send_url, &entry.account) {
        (_, Some(url), _) => url.clone(),
        (GatewayKind::Twilio, None, Some(_)) => TWILIO_API.to_owned(),
        _ => {
            if entry.reply == ReplyMode::Outbox {
                return Err(invalid(name, "reply \"outbox\" needs send_url"));
            }
            return Ok(None);
        }
    };
    let needs_account = matches!(entry.kind, GatewayKind::Kannel | GatewayKind::Twilio);
    let account = entry.account.clone().filter(|a| !a.trim().is_empty());
    if needs_account && account.is_none() {
        return Err(invalid(
            name,
            "sending needs account (Kannel's sendsms username, Twilio's Account SID)",
        ));
    }
    let secret = match (&entry.send_secret_env, entry.kind) {
        (Some(variable), _) => secret_from(name, variable, env)?,
        (None, GatewayKind::Kannel) => {
            return Err(invalid(
                name,
                "sending needs send_secret_env (the variable holding Kannel's sendsms password)",
            ));
        }
        (None, _) => inbound_secret.clone(),
    };
    Ok(Some(Outbound {
        send_url: send_url.trim_end_matches('/').to_owned(),
        account,
        secret,
    }))
}
