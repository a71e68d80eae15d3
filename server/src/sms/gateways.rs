//! The SMS gateways this site answers, read at start from the JSON file `SMS_GATEWAYS` names:
//! kind, short code, default language, encoding policy, segment budget and throughput. Each
//! gateway's secret (Kannel token, Twilio auth token, generic HMAC key) is read from the
//! environment variable the file names, so no secret is ever in the file or the repository.

use std::path::Path;

use app::locale::Locale;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::gsm::Policy;

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

/// A secret that never shows in logs or debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether `candidate` is the secret. Digests are compared, in full whatever differs, so
    /// the time taken tells nothing about the secret, not even its length.
    pub fn matches(&self, candidate: &str) -> bool {
        let expected = Sha256::digest(self.0.as_bytes());
        let given = Sha256::digest(candidate.as_bytes());
        expected
            .iter()
            .zip(given.iter())
            .fold(0u8, |difference, (a, b)| difference | (a ^ b))
            == 0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gateway {
    /// Names the gateway in its webhook address: `/sms/{kind}/{name}`.
    pub name: String,
    pub kind: GatewayKind,
    pub short_code: String,
    pub language: Option<Locale>,
    pub policy: Policy,
    /// Outbound throughput the gateway allows (used by outbound sending).
    pub max_per_second: u32,
    pub secret: Secret,
    /// Twilio only: the address Twilio calls, exactly as configured there (it is signed);
    /// `PUBLIC_URL` + `/sms/twilio/{name}` when not given.
    pub public_url: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct SmsGateways {
    gateways: Vec<Gateway>,
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
}

fn default_max_segments() -> usize {
    3
}

fn default_max_per_second() -> u32 {
    10
}

impl SmsGateways {
    /// Gateways built in code (tests); names must be unique.
    pub fn new(gateways: Vec<Gateway>) -> Result<Self, GatewayConfigError> {
        for (index, gateway) in gateways.iter().enumerate() {
            if gateways.iter().skip(index + 1).any(|g| g.name == gateway.name) {
                return Err(invalid(&gateway.name, "the name is used twice"));
            }
        }
        Ok(Self { gateways })
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
        let gateways = file
            .gateways
            .into_iter()
            .map(|entry| gateway(entry, &env))
            .collect::<Result<Vec<_>, _>>()?;
        Self::new(gateways)
    }

    pub fn get(&self, name: &str) -> Option<&Gateway> {
        self.gateways.iter().find(|g| g.name == name)
    }

    pub fn is_empty(&self) -> bool {
        self.gateways.is_empty()
    }
}

fn invalid(name: &str, problem: &str) -> GatewayConfigError {
    GatewayConfigError::Invalid {
        name: name.to_owned(),
        problem: problem.to_owned(),
    }
}

fn gateway(entry: Entry, env: &impl Fn(&str) -> Option<String>) -> Result<Gateway, GatewayConfigError> {
    let name = entry.name;
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
    if let Some(url) = &entry.public_url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        return Err(invalid(&name, "public_url must be an http(s) address"));
    }
    // The variable's name may be said; its value never is.
    let secret = env(&entry.secret_env)
        .filter(|value| !value.trim().is_empty())
        .ok_or_else(|| {
            invalid(
                &name,
                &format!("environment variable {} is not set", entry.secret_env),
            )
        })?;
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
        secret: Secret::new(secret.trim()),
        public_url: entry.public_url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == "SMS_TOKEN_A").then(|| "s3cret".to_owned())
    }

    #[test]
    fn reads_gateways_with_defaults() {
        let json = r#"{ "gateways": [
            { "name": "claro-ar", "kind": "kannel", "short_code": "7777", "language": "es",
              "secret_env": "SMS_TOKEN_A" },
            { "name": "tw", "kind": "twilio", "short_code": "+15005550006", "encoding": "ucs2",
              "max_segments": 2, "max_per_second": 1, "secret_env": "SMS_TOKEN_A",
              "public_url": "https://gov.example/sms/twilio/tw" }
        ] }"#;
        let gateways = SmsGateways::parse(json, env).unwrap();
        let kannel = gateways.get("claro-ar").unwrap();
        assert_eq!(kannel.kind, GatewayKind::Kannel);
        assert_eq!(kannel.language, Some(Locale::Es));
        assert_eq!(
            kannel.policy,
            Policy {
                transliterate: true,
                max_segments: 3
            }
        );
        assert_eq!(kannel.max_per_second, 10);
        assert_eq!(kannel.secret.expose(), "s3cret");
        assert!(
            !format!("{kannel:?}").contains("s3cret"),
            "secrets stay out of logs"
        );
        assert!(kannel.secret.matches("s3cret"));
        assert!(!kannel.secret.matches("s3cret "));
        assert!(!kannel.secret.matches(""));
        let twilio = gateways.get("tw").unwrap();
        assert!(!twilio.policy.transliterate);
        assert_eq!(twilio.language, None);
        assert!(gateways.get("other").is_none());
    }

    #[test]
    fn refuses_bad_entries_saying_why() {
        let cases = [
            (
                r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"MISSING"}"#,
                "MISSING",
            ),
            (
                r#"{"name":"a b","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A"}"#,
                "name",
            ),
            (
                r#"{"name":"a","kind":"smpp","short_code":"1","secret_env":"SMS_TOKEN_A"}"#,
                "unknown variant",
            ),
            (
                r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A","language":"de"}"#,
                "language",
            ),
            (
                r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A","max_segments":0}"#,
                "max_segments",
            ),
            (
                r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A","token":"x"}"#,
                "unknown field",
            ),
        ];
        for (entry, expected) in cases {
            let json = format!(r#"{{"gateways":[{entry}]}}"#);
            let error = SmsGateways::parse(&json, env).unwrap_err().to_string();
            assert!(error.contains(expected), "{entry}: {error}");
            assert!(!error.contains("s3cret"));
        }
        let twice = r#"{"gateways":[
            {"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A"},
            {"name":"a","kind":"generic","short_code":"2","secret_env":"SMS_TOKEN_A"}]}"#;
        assert!(
            SmsGateways::parse(twice, env)
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        assert!(SmsGateways::default().is_empty());
    }
}
