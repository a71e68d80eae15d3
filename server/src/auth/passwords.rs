//! Staff passwords: argon2id with OWASP's parameters, hashed off the async threads, a dummy
//! hash for unknown accounts so timing tells nothing, and the common-password list.

use std::collections::HashSet;
use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Shortest password accepted.
pub const MIN_LENGTH: usize = 12;
/// Longest password accepted: hashing megabytes is a denial of service.
pub const MAX_LENGTH: usize = 256;

fn argon2() -> Argon2<'static> {
    // OWASP Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
    Common,
}

pub fn check_strength(password: &str) -> Result<(), Weakness> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Weakness::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(Weakness::TooLong);
    }
    if common_passwords().contains(password.to_lowercase().as_str()) {
        return Err(Weakness::Common);
    }
    Ok(())
}

fn common_passwords() -> &'static HashSet<&'static str> {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../../seed/passwords/common-passwords.txt")
            .lines()
            .map(str::trim)
            .collect()
    })
}

/// Hashes on a blocking thread: argon2id takes tens of milliseconds by design.
pub async fn hash(secret: String) -> Option<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(secret.as_bytes(), &salt)
            .ok()
            .map(|h| h.to_string())
    })
    .await
    .ok()
    .flatten()
}

/// Verifies on a blocking thread. With no stored hash, a dummy one is checked instead, so an
/// unknown account costs the same time as a known one.
pub async fn verify(secret: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let Ok(parsed) = PasswordHash::new(&phc) else {
            return false;
        };
        argon2().verify_password(secret.as_bytes(), &parsed).is_ok() && known
    })
    .await
    .unwrap_or(false)
}

/// Computes the dummy hash ahead of the first sign-in, so that first unknown address does not
/// take twice as long as a known one.
pub async fn prepare_dummy_hash() {
    let _ = tokio::task::spawn_blocking(dummy_hash).await;
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(b"no account has this password", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_named() {
        assert_eq!(check_strength("short"), Err(Weakness::TooShort));
        assert_eq!(check_strength(&"x".repeat(300)), Err(Weakness::TooLong));
        assert_eq!(check_strength("1QAZ2WSX3EDC"), Err(Weakness::Common));
        assert_eq!(check_strength("correct horse battery"), Ok(()));
    }

    #[tokio::test]
    async fn hashes_verify_and_unknown_accounts_never_pass() {
        let stored = hash("a long enough secret".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("a long enough secret".into(), Some(stored.clone())).await);
        assert!(!verify("another secret here".into(), Some(stored)).await);
        assert!(
            !verify("no account has this password".into(), None).await,
            "the dummy never signs in"
        );
    }
}
