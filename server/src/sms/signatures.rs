//! Webhook authenticity for inbound SMS: Twilio's `X-Twilio-Signature` and the generic
//! `X-Signature: t=…,v1=…` scheme (which we also use to sign what we send). Comparisons are
//! constant-time; the clock is a parameter so that callers and tests control it.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::Sha256;

type HmacSha1 = Hmac<Sha1>;
type HmacSha256 = Hmac<Sha256>;

/// How far a generic signature's timestamp may be from our clock, either way: wide enough for
/// clock skew and retries, narrow enough to make replaying a captured request useless.
pub const GENERIC_WINDOW_SECS: u64 = 300;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("signature header missing")]
    Missing,
    #[error("signature header malformed")]
    Malformed,
    #[error("signature timestamp outside the accepted window")]
    Expired,
    #[error("signature does not match")]
    Mismatch,
}

/// The MAC Twilio computes: HMAC-SHA1 keyed with the auth token over the full URL followed by each
/// POST parameter's name and value, sorted by name. Identical pairs count once and equal names
/// are ordered by value, as Twilio's own validators do.
fn twilio_mac(auth_token: &str, url: &str, params: &[(String, String)]) -> Option<HmacSha1> {
    let mut mac = HmacSha1::new_from_slice(auth_token.as_bytes()).ok()?;
    mac.update(url.as_bytes());
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    sorted.dedup();
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    Some(mac)
}

/// The base64 signature Twilio sends in `X-Twilio-Signature` for a request to `url` (exactly as
/// Twilio was configured to call it, query string included) with form parameters `params`.
pub fn twilio_signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    twilio_mac(auth_token, url, params)
        .map(|mac| STANDARD.encode(mac.finalize().into_bytes()))
        .unwrap_or_default()
}

/// Whether `header_value` is Twilio's signature of this request. Garbage is simply `false`.
pub fn verify_twilio(auth_token: &str, url: &str, params: &[(String, String)], header_value: &str) -> bool {
    let Ok(claimed) = STANDARD.decode(header_value.trim()) else {
        return false;
    };
    // verify_slice compares in constant time and rejects a wrong length.
    twilio_mac(auth_token, url, params).is_some_and(|mac| mac.verify_slice(&claimed).is_ok())
}

fn generic_mac(secret: &[u8], body: &[u8], t: i64) -> Option<HmacSha256> {
    let mut mac = HmacSha256::new_from_slice(secret).ok()?;
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    Some(mac)
}

/// The `X-Signature` value for `body` sent at unix time `t`: `t=<t>,v1=<hex HMAC-SHA256>`.
pub fn sign_generic(secret: &[u8], body: &[u8], t: i64) -> String {
    let hex = generic_mac(secret, body, t)
        .map(|mac| hex::encode(mac.finalize().into_bytes()))
        .unwrap_or_default();
    format!("t={t},v1={hex}")
}

/// Checks an `X-Signature` header (pass "" when it is absent) against the raw request body.
/// Several `v1` entries are accepted, any one matching, so a sender can rotate its secret;
/// unknown entries are ignored. The MAC is checked before the time, so `Expired` is only ever
/// reported for a genuine but stale (possibly replayed) request.
pub fn verify_generic(secret: &[u8], header: &str, body: &[u8], now_unix: i64) -> Result<(), SignatureError> {
    if header.trim().is_empty() {
        return Err(SignatureError::Missing);
    }
    let mut t = None;
    let mut claimed = Vec::new();
    for entry in header.split(',') {
        let (key, value) = entry.split_once('=').ok_or(SignatureError::Malformed)?;
        match key.trim() {
            "t" if t.is_none() => {
                t = Some(
                    value
                        .trim()
                        .parse::<i64>()
                        .map_err(|_| SignatureError::Malformed)?,
                );
            }
            "t" => return Err(SignatureError::Malformed),
            "v1" => claimed.push(hex::decode(value.trim()).map_err(|_| SignatureError::Malformed)?),
            _ => {}
        }
    }
    let t = t.ok_or(SignatureError::Malformed)?;
    if claimed.is_empty() {
        return Err(SignatureError::Malformed);
    }
    let mac = generic_mac(secret, body, t).ok_or(SignatureError::Mismatch)?;
    if !claimed.iter().any(|c| mac.clone().verify_slice(c).is_ok()) {
        return Err(SignatureError::Mismatch);
    }
    if now_unix.abs_diff(t) > GENERIC_WINDOW_SECS {
        return Err(SignatureError::Expired);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|&(k, v)| (k.to_owned(), v.to_owned())).collect()
    }

    const URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";

    /// The worked example in Twilio's webhook security guide. Its signature covers these five
    /// POST parameters: with none the same URL and token give "zYQTYrRWXE7LtzbG4PfP7/bkkGo=".
    fn documented_params() -> Vec<(String, String)> {
        params(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ])
    }

    #[test]
    fn twilio_known_vector() {
        let params = documented_params();
        assert_eq!(
            twilio_signature("12345", URL, &params),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
        assert!(verify_twilio(
            "12345",
            URL,
            &params,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
        assert!(verify_twilio(
            "12345",
            URL,
            &params,
            " 0/KCTR6DLpKmkAf8muzZqo1nDgQ=\n"
        ));
        assert!(!verify_twilio("12345", URL, &[], "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        let mut reversed = params;
        reversed.reverse();
        assert!(verify_twilio(
            "12345",
            URL,
            &reversed,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
    }

    #[test]
    fn twilio_params_in_any_order() {
        let a = params(&[
            ("From", "+14158675310"),
            ("Body", "AYUDA"),
            ("To", "+18005550100"),
        ]);
        let b = params(&[
            ("To", "+18005550100"),
            ("From", "+14158675310"),
            ("Body", "AYUDA"),
        ]);
        let signature = twilio_signature("12345", URL, &a);
        assert_eq!(signature, twilio_signature("12345", URL, &b));
        assert_ne!(signature, twilio_signature("12345", URL, &[]));
        assert!(verify_twilio("12345", URL, &b, &signature));
    }

    #[test]
    fn twilio_rejects_tampering_wrong_token_and_garbage() {
        let sent = params(&[("From", "+14158675310"), ("Body", "AYUDA")]);
        let signature = twilio_signature("12345", URL, &sent);
        let tampered = params(&[("From", "+14158675310"), ("Body", "STOP")]);
        assert!(!verify_twilio("12345", URL, &tampered, &signature));
        let extra = params(&[("From", "+14158675310"), ("Body", "AYUDA"), ("X", "")]);
        assert!(!verify_twilio("12345", URL, &extra, &signature));
        assert!(!verify_twilio("12346", URL, &sent, &signature));
        assert!(!verify_twilio(
            "12345",
            "https://mycompany.com/myapp.php",
            &sent,
            &signature
        ));
        for garbage in [
            "",
            "not base64!",
            "AAAA",
            "0/KCTR6DLpKmkAf8muzZqo1nDg",
            &signature[..20],
        ] {
            assert!(!verify_twilio("12345", URL, &sent, garbage), "{garbage:?}");
        }
    }

    const SECRET: &[u8] = b"whsec_test";
    const BODY: &[u8] = br#"{"from":"+5491155550000","text":"AYUDA"}"#;
    const NOW: i64 = 1_767_225_600;

    #[test]
    fn generic_round_trip_and_window() {
        let header = sign_generic(SECRET, BODY, NOW);
        assert!(header.starts_with(&format!("t={NOW},v1=")));
        assert_eq!(verify_generic(SECRET, &header, BODY, NOW), Ok(()));
        let edge = sign_generic(SECRET, BODY, NOW - 300);
        assert_eq!(verify_generic(SECRET, &edge, BODY, NOW), Ok(()));
        let old = sign_generic(SECRET, BODY, NOW - 301);
        assert_eq!(
            verify_generic(SECRET, &old, BODY, NOW),
            Err(SignatureError::Expired)
        );
        let future = sign_generic(SECRET, BODY, NOW + 301);
        assert_eq!(
            verify_generic(SECRET, &future, BODY, NOW),
            Err(SignatureError::Expired)
        );
    }

    #[test]
    fn generic_rejects_tampering() {
        let header = sign_generic(SECRET, BODY, NOW);
        let body = br#"{"from":"+5491155550000","text":"STOP"}"#;
        assert_eq!(
            verify_generic(SECRET, &header, body, NOW),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_generic(b"other", &header, BODY, NOW),
            Err(SignatureError::Mismatch)
        );
        // The timestamp is signed too: moving it breaks the MAC.
        let moved = header.replace(&format!("t={NOW}"), &format!("t={}", NOW + 1));
        assert_eq!(
            verify_generic(SECRET, &moved, BODY, NOW),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn generic_accepts_rotation_spacing_and_unknown_entries() {
        let good = sign_generic(SECRET, BODY, NOW);
        let v1 = good.split_once(",v1=").map(|(_, v)| v).unwrap();
        let header = format!(" t={NOW} , v0=abc, v1={} , v1={v1} ", "00".repeat(32));
        assert_eq!(verify_generic(SECRET, &header, BODY, NOW), Ok(()));
    }

    #[test]
    fn generic_malformed_headers() {
        let v1 = "ab".repeat(32);
        assert_eq!(
            verify_generic(SECRET, "", BODY, NOW),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify_generic(SECRET, "  ", BODY, NOW),
            Err(SignatureError::Missing)
        );
        for header in [
            "garbage".to_owned(),
            format!("v1={v1}"),
            format!("t={NOW}"),
            format!("t=soon,v1={v1}"),
            format!("t={NOW},v1=xyz"),
            format!("t={NOW},v1"),
            format!("t={NOW},t={NOW},v1={v1}"),
            format!("t=99999999999999999999,v1={v1}"),
        ] {
            assert_eq!(
                verify_generic(SECRET, &header, BODY, NOW),
                Err(SignatureError::Malformed),
                "{header:?}"
            );
        }
    }

    #[test]
    fn generic_extreme_clocks_do_not_overflow() {
        let header = sign_generic(SECRET, BODY, i64::MIN);
        assert_eq!(
            verify_generic(SECRET, &header, BODY, i64::MAX),
            Err(SignatureError::Expired)
        );
    }
}
