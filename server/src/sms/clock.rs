//! The two things the sender worker takes from the world, behind traits so tests can set them:
//! the time, and the random draw that spreads retries apart.

use chrono::{DateTime, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The real time.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

pub trait Jitter: Send + Sync {
    /// A number in `[0, 1)`.
    fn unit(&self) -> f64;
}

/// Draws from the thread's random generator.
#[derive(Clone, Copy, Debug, Default)]
pub struct RandomJitter;

impl Jitter for RandomJitter {
    fn unit(&self) -> f64 {
        rand::random::<f64>()
    }
}
