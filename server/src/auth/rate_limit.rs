//! Rate limits shared by every instance: the `gcra` crate decides, the database keeps each key's
//! state (the theoretical arrival time), read and written in one transaction.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use gcra::{GcraError, GcraState, RateLimit};
use sea_orm::sea_query::OnConflict;
use sea_orm::{DatabaseConnection, DbBackend, DbErr, EntityTrait, QuerySelect, Set, TransactionTrait};

use crate::db::entities::rate_limit;

/// A limit: `burst` requests, refilled evenly over `period`.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub burst: u32,
    pub period: Duration,
}

/// Sign-in and ceremony endpoints: 5 a minute per account and address, then back off.
pub const SIGN_IN: Limit = Limit {
    burst: 5,
    period: Duration::from_secs(60),
};
/// Starting ceremonies from one address.
pub const CEREMONY: Limit = Limit {
    burst: 20,
    period: Duration::from_secs(60),
};
/// Recovery attempts from one address, whatever the account.
pub const RECOVERY: Limit = Limit {
    burst: 10,
    period: Duration::from_secs(600),
};

/// Allowed, or refused until the given number of seconds has passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    RetryAfter(u64),
}

/// Applies one request to `key` at `now`. The wall-clock time stored in the database is turned
/// into this process's monotonic clock for the library, and back.
pub async fn check(
    db: &DatabaseConnection,
    key: &str,
    limit: Limit,
    now: DateTime<Utc>,
) -> Result<Decision, DbErr> {
    let txn = db.begin().await?;
    let mut select = rate_limit::Entity::find_by_id(key.to_owned());
    // Instances racing on one key take turns (SQLite serializes writers by itself).
    if db.get_database_backend() == DbBackend::Postgres {
        select = select.lock_exclusive();
    }
    let row = select.one(&txn).await?;
    let instant_now = Instant::now();
    let now_ms = now.timestamp_millis();
    let to_instant = |ms: i64| {
        let ahead = Duration::from_millis(u64::try_from(ms - now_ms).unwrap_or(0));
        let behind = Duration::from_millis(u64::try_from(now_ms - ms).unwrap_or(0));
        instant_now
            .checked_add(ahead)
            .and_then(|i| i.checked_sub(behind))
            .unwrap_or(instant_now)
    };
    let mut state = GcraState {
        tat: row.map(|r| to_instant(r.tat_ms)),
    };
    let rate = RateLimit::new(limit.burst, limit.period);
    let decision = match state.check_and_modify_at(&rate, instant_now, 1) {
        Ok(()) => Decision::Allowed,
        Err(GcraError::DeniedUntil { next_allowed_at }) => Decision::RetryAfter(
            next_allowed_at
                .saturating_duration_since(instant_now)
                .as_secs()
                .max(1),
        ),
        Err(GcraError::DeniedIndefinitely { .. }) => Decision::RetryAfter(limit.period.as_secs()),
    };
    if let (Decision::Allowed, Some(tat)) = (decision, state.tat) {
        let tat_ms =
            now_ms + i64::try_from(tat.saturating_duration_since(instant_now).as_millis()).unwrap_or(0);
        rate_limit::Entity::insert(rate_limit::ActiveModel {
            key: Set(key.to_owned()),
            tat_ms: Set(tat_ms),
        })
        .on_conflict(
            OnConflict::column(rate_limit::Column::Key)
                .update_column(rate_limit::Column::TatMs)
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(decision)
}
