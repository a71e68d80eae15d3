//! Random tokens, their hashes, recovery codes, keyed hashes of addresses, and sealing data to a
//! session's cookie. Everything a browser holds is random; the database keeps only hashes.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};

/// 128 random bits, base64url: session cookies, invitation links, ceremony ids.
pub fn random_token() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new site key: 32 random bytes.
pub fn random_key() -> Vec<u8> {
    let mut key = vec![0u8; 32];
    OsRng.fill_bytes(&mut key);
    key
}

/// A site key written in hex; shorter than 32 bytes is refused.
pub fn decode_key(hex_text: &str) -> Option<Vec<u8>> {
    hex::decode(hex_text.trim()).ok().filter(|key| key.len() >= 32)
}

/// What the database stores instead of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Crockford's base32 alphabet: no I, L, O or U to misread on paper.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn random_group(length: usize) -> String {
    let mut bytes = vec![0u8; length];
    OsRng.fill_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
        .collect()
}

/// A recovery code `LLLL-LLLL-SSSS-SSSS`: the first half finds it, the second half (40 random
/// bits, stored only as an argon2id hash) proves it.
pub struct RecoveryCode {
    pub lookup: String,
    pub secret: String,
}

impl RecoveryCode {
    pub fn generate() -> Self {
        Self {
            lookup: random_group(8),
            secret: random_group(8),
        }
    }

    pub fn display(&self) -> String {
        format!(
            "{}-{}-{}-{}",
            &self.lookup[..4],
            &self.lookup[4..],
            &self.secret[..4],
            &self.secret[4..]
        )
    }

    /// Reads what a person typed: case, spaces and dashes ignored, look-alikes mapped.
    pub fn parse(typed: &str) -> Option<Self> {
        let cleaned: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect();
        if cleaned.len() != 16 || !cleaned.bytes().all(|b| ALPHABET.contains(&b)) {
            return None;
        }
        Some(Self {
            lookup: cleaned[..8].to_owned(),
            secret: cleaned[8..].to_owned(),
        })
    }
}

/// HMAC-SHA256 under the server secret, hex: addresses become rate-limit keys without being
/// stored or logged in clear.
pub fn keyed_hash(secret: &[u8], value: &str) -> String {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(value.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..12])
}

fn cipher_for(secret: &[u8], token: &str) -> Option<ChaCha20Poly1305> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).ok()?;
    mac.update(b"pending-recovery-codes:");
    mac.update(token.as_bytes());
    ChaCha20Poly1305::new_from_slice(&mac.finalize().into_bytes()).ok()
}

/// Encrypts with a key derived from the server secret and the session's cookie token, which the
/// database never holds: a copy of the database alone cannot read it.
pub fn seal(secret: &[u8], token: &str, plain: &str) -> Option<String> {
    let cipher = cipher_for(secret, token)?;
    let mut nonce = [0u8; 12];
    OsRng.fill_bytes(&mut nonce);
    let sealed = cipher.encrypt(Nonce::from_slice(&nonce), plain.as_bytes()).ok()?;
    Some(format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(nonce),
        URL_SAFE_NO_PAD.encode(sealed)
    ))
}

pub fn open(secret: &[u8], token: &str, sealed: &str) -> Option<String> {
    let (nonce, body) = sealed.split_once('.')?;
    let nonce = URL_SAFE_NO_PAD.decode(nonce).ok()?;
    let body = URL_SAFE_NO_PAD.decode(body).ok()?;
    if nonce.len() != 12 {
        return None;
    }
    let plain = cipher_for(secret, token)?
        .decrypt(Nonce::from_slice(&nonce), body.as_slice())
        .ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashes_stable() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 22, "128 bits in base64url");
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), token_hash(&b));
    }

    #[test]
    fn recovery_codes_read_back_as_typed() {
        let code = RecoveryCode::generate();
        let shown = code.display();
        assert_eq!(shown.len(), 19);
        let parsed = RecoveryCode::parse(&shown.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!((parsed.lookup, parsed.secret), (code.lookup, code.secret));
        assert!(RecoveryCode::parse("short").is_none());
        assert!(RecoveryCode::parse("ABCD-EFGH-IJKL-MNU!").is_none());
        assert_eq!(
            RecoveryCode::parse("oooo-iiii-llll-0000").unwrap().lookup,
            "00001111"
        );
    }

    #[test]
    fn sealed_data_opens_only_with_the_same_token() {
        let secret = b"server secret for tests";
        let sealed = seal(secret, "token-a", "ABCD-EFGH").unwrap();
        assert_eq!(open(secret, "token-a", &sealed).as_deref(), Some("ABCD-EFGH"));
        assert_eq!(open(secret, "token-b", &sealed), None);
        assert_eq!(open(b"other secret", "token-a", &sealed), None);
        assert_eq!(open(secret, "token-a", "garbage"), None);
    }

    #[test]
    fn keyed_hashes_hide_the_value() {
        let hash = keyed_hash(b"k", "203.0.113.7");
        assert_eq!(hash.len(), 24);
        assert!(!hash.contains("203"));
        assert_ne!(hash, keyed_hash(b"other", "203.0.113.7"));
    }
}
