//! When a reply the gateway did not take is tried again: exponential back-off with jitter, so a
//! gateway coming back up is not hit by every queued message at the same instant, and a limit on
//! attempts, after which the message is given up (`dead`).

use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// The wait after the first failed attempt.
    pub first: Duration,
    /// No wait is longer than this.
    pub cap: Duration,
    /// Attempts in all, the first one included.
    pub max_attempts: u32,
}

/// 30 s, 1, 2, 4 … minutes up to an hour, 10 attempts: about 3 hours from the first attempt to
/// the last, far past the outages gateways usually have and short enough to hold a phone
/// number briefly (see docs/security.md).
pub const DEFAULT: RetryPolicy = RetryPolicy {
    first: Duration::from_secs(30),
    cap: Duration::from_secs(3600),
    max_attempts: 10,
};

impl Default for RetryPolicy {
    fn default() -> Self {
        DEFAULT
    }
}

impl RetryPolicy {
    /// The wait before the next attempt, once `attempt` (1 for the first) has failed, with no
    /// jitter: `first · 2^(attempt-1)`, capped.
    pub fn nominal(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(30);
        self.first
            .checked_mul(1u32 << doublings)
            .unwrap_or(self.cap)
            .min(self.cap)
    }

    /// The wait actually used: between half the nominal wait and all of it ("equal jitter"),
    /// `unit` (in `[0, 1)`) choosing where. Never less than half, so retries stay spaced.
    pub fn delay(&self, attempt: u32, unit: f64) -> Duration {
        let nominal = self.nominal(attempt);
        let unit = if unit.is_finite() {
            unit.clamp(0.0, 1.0)
        } else {
            0.0
        };
        nominal / 2 + nominal.mul_f64(unit / 2.0)
    }

    /// Whether `attempt` (already made and failed) was the last one allowed.
    pub fn exhausted(&self, attempt: u32) -> bool {
        attempt >= self.max_attempts
    }

    /// The longest a message can wait between its first attempt and its last.
    pub fn horizon(&self) -> Duration {
        (1..self.max_attempts).map(|attempt| self.nominal(attempt)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECS: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn doubles_from_the_first_wait_up_to_the_cap() {
        let schedule: Vec<u64> = (1..=10).map(|a| DEFAULT.nominal(a).as_secs()).collect();
        assert_eq!(schedule, vec![30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        assert_eq!(DEFAULT.nominal(0), SECS(30), "attempt 0 is read as the first");
        assert_eq!(DEFAULT.nominal(u32::MAX), SECS(3600), "no overflow");
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_wait() {
        assert_eq!(DEFAULT.delay(1, 0.0), SECS(15));
        assert_eq!(DEFAULT.delay(1, 0.5), Duration::from_millis(22_500));
        assert!(DEFAULT.delay(1, 0.999_999) <= SECS(30));
        assert!(DEFAULT.delay(1, 0.999_999) > Duration::from_millis(29_999));
        assert_eq!(DEFAULT.delay(3, 0.0), SECS(60));
        assert_eq!(DEFAULT.delay(9, 0.0), SECS(1800));
        for bad in [f64::NAN, f64::INFINITY, -1.0] {
            assert_eq!(DEFAULT.delay(2, bad), SECS(30), "{bad}: the shortest wait");
        }
        assert_eq!(DEFAULT.delay(2, 7.0), SECS(60), "clamped to the full wait");
        for attempt in 1..=12 {
            for unit in [0.0, 0.25, 0.75, 0.99] {
                let delay = DEFAULT.delay(attempt, unit);
                let nominal = DEFAULT.nominal(attempt);
                assert!(delay >= nominal / 2 && delay <= nominal, "{attempt} {unit}");
            }
        }
    }

    #[test]
    fn gives_up_after_the_last_attempt() {
        assert!(!DEFAULT.exhausted(1));
        assert!(!DEFAULT.exhausted(9));
        assert!(DEFAULT.exhausted(10));
        assert!(DEFAULT.exhausted(11));
        assert_eq!(DEFAULT.horizon(), SECS(30 * 127 + 2 * 3600));
        let once = RetryPolicy {
            max_attempts: 1,
            ..DEFAULT
        };
        assert!(once.exhausted(1));
        assert_eq!(once.horizon(), Duration::ZERO);
    }
}
