//! Who is acting: citizens with passkeys (and recovery codes), agency staff with a password and
//! a passkey, server-side sessions, WebAuthn ceremonies, rate limits, and the security log.

pub mod accounts;
pub mod ceremonies;
pub mod events;
pub mod passkeys;
pub mod passwords;
pub mod rate_limit;
pub mod recovery;
pub mod roles;
pub mod secrets;
pub mod sessions;
pub mod staff;
pub mod staff_access;

use std::sync::Arc;

use ipnet::IpNet;

use sea_orm::{DatabaseConnection, DbErr};
use webauthn_rs::prelude::Url;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

/// Why an authentication step was refused. Each maps to one localized message; details are
/// logged as security events, never shown.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    /// The ceremony was unknown, expired, replayed, from another origin, or did not verify.
    #[error("passkey ceremony rejected")]
    Rejected,
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("account locked")]
    Locked,
    #[error("rate limited for {0} s")]
    RateLimited(u64),
    /// Adding or removing a passkey needs a passkey check from the last few minutes.
    #[error("a fresh passkey check is needed")]
    NeedsVerification,
    /// The last passkey cannot go while no unused recovery code exists.
    #[error("last passkey")]
    LastPasskey,
    #[error("not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    /// A form field is wrong; the key names the localized message.
    #[error("invalid input: {0}")]
    Invalid(&'static str),
}

impl AuthError {
    /// The Fluent key of the message shown for this refusal.
    pub fn message_key(&self) -> &'static str {
        match self {
            AuthError::Database(_) => "error-503-body",
            AuthError::Rejected => "auth-error-rejected",
            AuthError::InvalidCredentials => "auth-error-invalid-credentials",
            AuthError::Locked => "auth-error-locked",
            AuthError::RateLimited(_) => "auth-error-rate-limited",
            AuthError::NeedsVerification => "auth-error-needs-verification",
            AuthError::LastPasskey => "auth-error-last-passkey",
            AuthError::NotFound => "error-404-body",
            AuthError::Forbidden => "error-403-body",
            AuthError::Invalid(key) => key,
        }
    }
}

/// Everything authentication needs, shared by the HTTP handlers.
#[derive(Clone)]
pub struct Auth {
    pub db: DatabaseConnection,
    pub webauthn: Arc<Webauthn>,
    /// Keys the hashes of addresses and seals pending recovery codes; set `SECRET_KEY` in
    /// production so every instance uses the same one.
    pub secret: Arc<Vec<u8>>,
    /// The site's own origin: form posts and ceremonies from anywhere else are refused.
    pub origin: Url,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`TRUSTED_PROXIES`).
    pub trusted_proxies: Arc<[IpNet]>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("PUBLIC_URL is not an absolute http(s) URL with a host: {0}")]
    PublicUrl(String),
    #[error("WebAuthn configuration: {0}")]
    Webauthn(String),
}

impl Auth {
    pub fn new(db: DatabaseConnection, public_url: &str, secret: Vec<u8>) -> Result<Auth, ConfigError> {
        let origin = Url::parse(public_url).map_err(|_| ConfigError::PublicUrl(public_url.to_owned()))?;
        let host = origin
            .host_str()
            .ok_or_else(|| ConfigError::PublicUrl(public_url.to_owned()))?
            .to_owned();
        if !matches!(origin.scheme(), "http" | "https") {
            return Err(ConfigError::PublicUrl(public_url.to_owned()));
        }
        let webauthn = WebauthnBuilder::new(&host, &origin)
            .and_then(|builder| builder.rp_name("Ventanilla").build())
            .map_err(|e| ConfigError::Webauthn(e.to_string()))?;
        Ok(Auth {
            db,
            webauthn: Arc::new(webauthn),
            secret: Arc::new(secret),
            origin,
            trusted_proxies: Arc::new([]),
        })
    }

    /// Behind these reverse proxies the client is the address they forward, not the peer.
    pub fn with_trusted_proxies(mut self, proxies: Vec<IpNet>) -> Auth {
        self.trusted_proxies = proxies.into();
        self
    }

    /// A keyed hash of a client address: enough to rate-limit it, not enough to know it.
    pub fn address_key(&self, address: &str) -> String {
        secrets::keyed_hash(&self.secret, address)
    }

    /// `scheme://host[:port]` of the site, as browsers send it in `Origin`.
    pub fn origin_text(&self) -> String {
        self.origin.origin().ascii_serialization()
    }
}

/// Removes ended sessions and abandoned ceremonies now and then, so neither table grows.
pub async fn prune_expired_forever(db: DatabaseConnection) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        let now = chrono::Utc::now();
        let sessions = sessions::prune(&db, now).await;
        let ceremonies = ceremonies::prune(&db, now).await;
        if let (Err(error), _) | (_, Err(error)) = (&sessions, &ceremonies) {
            tracing::warn!(%error, "cannot prune expired sessions or ceremonies");
        }
    }
}
