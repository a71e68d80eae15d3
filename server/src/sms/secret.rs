//! A gateway's secret (Kannel token or password, Twilio auth token, HMAC key): never printed,
//! compared in constant time.

use sha2::{Digest, Sha256};

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
