//! The SMS gateways this site answers, read at start from the JSON file `SMS_GATEWAYS` names:
//! kind, short code, default language, encoding policy, segment budget, throughput, whether
//! replies go back in the webhook's answer or through the outbox, and how to send through the
//! gateway's API. Each secret (Kannel token and sendsms password, Twilio auth token, generic HMAC
//! key) is read from the environment variable the file names, so none is ever in the file.

use std::path::Path;

use app::locale::Locale;
use serde::Deserialize;

use super::gsm::Policy;
pub use super::secret::Secret;

mod outbound;

pub use outbound::{Outbound, TWILIO_API};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GatewayKind {
    Kannel,
    Twilio,
    Generic,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// GSM-7 always, accents transliterated: 160 characters per SMS.
    #[default]
    Transliterate,
    /// UCS-2 whenever the text needs it: nothing altered, 70 characters per SMS.
    Ucs2,
}

/// How a reply reaches the phone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReplyMode {
    /// In the webhook's own answer (Kannel's body, TwiML, the JSON `reply`).
    #[default]
    Sync,
    /// The webhook answers at once with nothing; the reply is queued and a sender worker sends
    /// it through the gateway's API, retrying until the gateway takes it.
    Outbox,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gateway {
    /// Names the gateway in its webhook address: `/sms/{kind}/{name}`.
    pub name: String,
    pub kind: GatewayKind,
    pub short_code: String,
    pub language: Option<Locale>,
    pub policy: Policy,
    /// Requests per second the sender may make to the gateway's send API, all instances together.
    pub max_per_second: u32,
    pub secret: Secret,
    /// Twilio only: the address Twilio calls, exactly as configured there (it is signed);
    /// `PUBLIC_URL` + `/sms/twilio/{name}` when not given.
    pub public_url: Option<String>,
    pub reply: ReplyMode,
    /// Where the gateway reaches this site for delivery reports; `PUBLIC_URL` when not given
    /// (a Kannel on the same private network may use an inner address).
    pub callback_url: Option<String>,
    /// None: this gateway's replies can only go back synchronously.
    pub outbound: Option<Outbound>,
}

/// Inbound messages one phone may send in a minute before it gets one notice, then silence.
pub const DEFAULT_PHONE_LIMIT_PER_MINUTE: u32 = 10;

#[derive(Clone, Debug)]
pub struct SmsGateways {
    gateways: Vec<Gateway>,
    phone_limit_per_minute: u32,
}

impl Default for SmsGateways {
    fn default() -> Self {
        Self {
            gateways: Vec::new(),
            phone_limit_per_minute: DEFAULT_PHONE_LIMIT_PER_MINUTE,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GatewayConfigError {
    #[error("cannot read the SMS gateways file {path}: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("the SMS gateways file is not valid: {0}")]
    Syntax(#[from] serde_json::Error),
    #[error("SMS gateway {name:?}: {problem}")]
    Invalid { name: String, problem: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    gateways: Vec<Entry>,
    #[serde(default = "default_phone_limit")]
    phone_limit_per_minute: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    kind: GatewayKind,
    short_code: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    encoding: Encoding,
    #[serde(default = "default_max_segments")]
    max_segments: usize,
    #[serde(default = "default_max_per_second")]
    max_per_second: u32,
    /// The NAME of the environment variable holding the secret.
    secret_env: String,
    #[serde(default)]
    public_url: Option<String>,
    #[serde(default)]
    reply: ReplyMode,
    #[serde(default)]
    callback_url: Option<String>,
    #[serde(default)]
    send_url: Option<String>,
    #[serde(default)]
    account: Option<String>,
    /// The NAME of the variable holding the sending credential, when it is not `secret_env`'s.
    #[serde(default)]
    send_secret_env: Option<String>,
}

fn default_max_segments() -> usize {
    3
}

fn default_max_per_second() -> u32 {
    10
}

fn default_phone_limit() -> u32 {
    DEFAULT_PHONE_LIMIT_PER_MINUTE
}

impl SmsGateways {
    /// Gateways built in code (tests); names must be unique.
    pub fn new(gateways: Vec<Gateway>) -> Result<Self, GatewayConfigError> {
        for (index, gateway) in gateways.iter().enumerate() {
            if gateways.iter().skip(index + 1).any(|g| g.name == gateway.name) {
                return Err(invalid(&gateway.name, "the name is used twice"));
            }
            if gateway.reply == ReplyMode::Outbox && gateway.outbound.is_none() {
                return Err(invalid(&gateway.name, "reply \"outbox\" needs send_url"));
            }
        }
        Ok(Self {
            gateways,
            ..Self::default()
        })
    }

    /// The same gateways with another per-phone limit (at least 1 message a minute).
    pub fn with_phone_limit(mut self, per_minute: u32) -> Self {
        self.phone_limit_per_minute = per_minute.max(1);
        self
    }

    /// Reads the file; `env` gives environment variables (the process's own at start).
    pub fn load(path: &Path, env: impl Fn(&str) -> Option<String>) -> Result<Self, GatewayConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| GatewayConfigError::Read {
            path: path.display().to_string(),
            error,
        })?;
        Self::parse(&text, env)
    }

    pub fn parse(json: &str, env: impl Fn(&str) -> Option<String>) -> Result<Self, GatewayConfigError> {
        let file: File = serde_json::from_str(json)?;
        if !(1..=1000).contains(&file.phone_limit_per_minute) {
            return Err(invalid("phone_limit_per_minute", "must be between 1 and 1000"));
        }
        let gateways = file
            .gateways
            .into_iter()
            .map(|entry| gateway(entry, &env))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::new(gateways)?.with_phone_limit(file.phone_limit_per_minute))
    }

    pub fn get(&self, name: &str) -> Option<&Gateway> {
        self.gateways.iter().find(|g| g.name == name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Gateway> {
        self.gateways.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.gateways.is_empty()
    }

    pub fn phone_limit_per_minute(&self) -> u32 {
        self.phone_limit_per_minute
    }
}

fn invalid(name: &str, problem: &str) -> GatewayConfigError {
    GatewayConfigError::Invalid {
        name: name.to_owned(),
        problem: problem.to_owned(),
    }
}

fn is_http_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// The value of the variable `variable` names; its name may be said in an error, its value never.
fn secret_from(
    name: &str,
    variable: &str,
    env: &impl Fn(&str) -> Option<String>,
) -> Result<Secret, GatewayConfigError> {
    env(variable)
        .filter(|value| !value.trim().is_empty())
        .map(|value| Secret::new(value.trim()))
        .ok_or_else(|| invalid(name, &format!("environment variable {variable} is not set")))
}

fn gateway(entry: Entry, env: &impl Fn(&str) -> Option<String>) -> Result<Gateway, GatewayConfigError> {
    let name = entry.name.clone();
    let url_safe = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if name.is_empty() || name.len() > 64 || !name.chars().all(url_safe) {
        return Err(invalid(
            &name,
            "the name must be 1-64 letters, digits, '-' or '_'",
        ));
    }
    let language = match entry.language.as_deref() {
        None => None,
        Some(code) => {
            Some(Locale::from_code(code).ok_or_else(|| invalid(&name, "language is not es, pt, en or fr"))?)
        }
    };
    if !(1..=10).contains(&entry.max_segments) {
        return Err(invalid(&name, "max_segments must be between 1 and 10"));
    }
    if entry.max_per_second == 0 {
        return Err(invalid(&name, "max_per_second must be at least 1"));
    }
    for (field, url) in [
        ("public_url", &entry.public_url),
        ("callback_url", &entry.callback_url),
        ("send_url", &entry.send_url),
    ] {
        if url.as_deref().is_some_and(|url| !is_http_url(url)) {
            return Err(invalid(&name, &format!("{field} must be an http(s) address")));
        }
    }
    let secret = secret_from(&name, &entry.secret_env, env)?;
    let outbound = outbound::settings(&entry, &secret, env)?;
    Ok(Gateway {
        name,
        kind: entry.kind,
        short_code: entry.short_code,
        language,
        policy: Policy {
            transliterate: entry.encoding == Encoding::Transliterate,
            max_segments: entry.max_segments,
        },
        max_per_second: entry.max_per_second,
        secret,
        public_url: entry.public_url,
        reply: entry.reply,
        callback_url: entry.callback_url.map(|url| url.trim_end_matches('/').to_owned()),
        outbound,
    })
}

#[cfg(test)]
#[path = "gateways_tests.rs"]
mod tests;
