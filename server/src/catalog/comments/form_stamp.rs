//! The comment form's signed timestamp: when the page was served, with an HMAC under the server
//! secret so that it cannot be forged or moved back. A comment sent sooner than
//! [`MIN_FILL_SECONDS`] after the page was served came from a script, not a person typing.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// No person reads the page, writes a comment and sends it faster than this.
pub const MIN_FILL_SECONDS: i64 = 3;
/// A form older than this is refused: a stamp taken once cannot be reused for ever.
pub const MAX_AGE_SECONDS: i64 = 24 * 3600;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StampCheck {
    Fine,
    TooFast,
    /// Missing, malformed, forged, for another service, from the future, or too old.
    Expired,
}

fn signature(secret: &[u8], service_id: i32, seconds: i64) -> String {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(format!("comment-form:{service_id}:{seconds}").as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

/// The stamp put in the form of `service_id` served at `now`.
pub fn stamp(secret: &[u8], service_id: i32, now: DateTime<Utc>) -> String {
    let seconds = now.timestamp();
    format!("{seconds}.{}", signature(secret, service_id, seconds))
}

pub fn check(secret: &[u8], service_id: i32, stamp: &str, now: DateTime<Utc>) -> StampCheck {
    let Some((seconds, given)) = stamp.trim().split_once('.') else {
        return StampCheck::Expired;
    };
    let Ok(seconds) = seconds.parse::<i64>() else {
        return StampCheck::Expired;
    };
    let Ok(given) = hex::decode(given) else {
        return StampCheck::Expired;
    };
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret) else {
        return StampCheck::Expired;
    };
    mac.update(format!("comment-form:{service_id}:{seconds}").as_bytes());
    // Constant-time comparison of the truncated tag.
    if given.len() != 16 || mac.verify_truncated_left(&given).is_err() {
        return StampCheck::Expired;
    }
    let age = now.timestamp() - seconds;
    if !(0..=MAX_AGE_SECONDS).contains(&age) {
        StampCheck::Expired
    } else if age < MIN_FILL_SECONDS {
        StampCheck::TooFast
    } else {
        StampCheck::Fine
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn only_an_untouched_stamp_old_enough_passes() {
        let secret = b"a server secret for the tests...";
        let served = DateTime::parse_from_rfc3339("2026-11-27T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let given = stamp(secret, 7, served);
        assert_eq!(given, stamp(secret, 7, served), "stable");
        let later = |s: i64| served + Duration::seconds(s);
        assert_eq!(check(secret, 7, &given, later(1)), StampCheck::TooFast);
        assert_eq!(check(secret, 7, &given, later(3)), StampCheck::Fine);
        assert_eq!(check(secret, 7, &given, later(MAX_AGE_SECONDS)), StampCheck::Fine);
        assert_eq!(
            check(secret, 7, &given, later(MAX_AGE_SECONDS + 1)),
            StampCheck::Expired
        );
        assert_eq!(
            check(secret, 7, &given, later(-5)),
            StampCheck::Expired,
            "from the future"
        );
        assert_eq!(
            check(secret, 8, &given, later(10)),
            StampCheck::Expired,
            "another service"
        );
        assert_eq!(
            check(b"another secret", 7, &given, later(10)),
            StampCheck::Expired
        );
        let (_, tag) = given.split_once('.').unwrap();
        let moved_back = format!("{}.{tag}", served.timestamp() - 60);
        assert_eq!(
            check(secret, 7, &moved_back, later(1)),
            StampCheck::Expired,
            "forged time"
        );
        for bad in ["", "garbage", "123.", ".abc", "1.zz"] {
            assert_eq!(check(secret, 7, bad, later(10)), StampCheck::Expired, "{bad:?}");
        }
    }
}
