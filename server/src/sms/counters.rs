//! Fixed-window counters in the database, so every instance counts together: inbound messages
//! per phone per minute (one notice when the limit is passed, then silence), and requests to a
//! gateway per second (the sender's throughput cap).
//!
//! The web's GCRA limiter (`auth/rate_limit.rs`) does not fit here: it stores nothing when it
//! refuses, so it cannot tell the first refusal (which gets the notice) from the next ones, and
//! a refill spread over the minute would let a phone back in after 6 seconds. One upsert
//! counts a hit and returns the count atomically on both databases, so two instances never both
//! see the same count and exactly one message gets the notice.

use app::locale::Locale;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, DbErr, Statement};

use super::store::Phone;

/// What an inbound message may get, after counting it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneTurn {
    /// Within the limit: answered as usual.
    Allowed,
    /// The first message over the limit in this window: it gets the short notice.
    Notice,
    /// Over the limit and already told: no reply (the message is still logged).
    Silent,
}

const PHONE_WINDOW_SECS: i64 = 60;

/// A window that starts after the stored one restarts the count; an earlier one (an instance
/// whose clock is behind) counts in the stored window, so skew never resets it.
const HIT: &str = "INSERT INTO sms_counters (counter_key, window_start, hits) VALUES ($1, $2, 1) \
     ON CONFLICT (counter_key) DO UPDATE SET \
     hits = CASE WHEN excluded.window_start > sms_counters.window_start THEN 1 \
                 ELSE sms_counters.hits + 1 END, \
     window_start = CASE WHEN excluded.window_start > sms_counters.window_start \
                         THEN excluded.window_start ELSE sms_counters.window_start END \
     RETURNING hits";

/// Counts one hit on `key` in the window of `window_secs` holding `now`; returns the hits so far.
async fn hit(
    db: &impl ConnectionTrait,
    key: &str,
    window_secs: i64,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let window_start = now.timestamp().div_euclid(window_secs) * window_secs;
    let statement =
        Statement::from_sql_and_values(db.get_database_backend(), HIT, [key.into(), window_start.into()]);
    let row = db
        .query_one_raw(statement)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("counter".to_owned()))?;
    Ok(i64::from(row.try_get::<i32>("", "hits")?))
}

/// Counts an inbound message from `phone_hash` (call it once per message, after
/// de-duplication) against `per_minute` messages a minute.
pub async fn count_inbound(
    db: &impl ConnectionTrait,
    phone_hash: &str,
    per_minute: u32,
    now: DateTime<Utc>,
) -> Result<PhoneTurn, DbErr> {
    let hits = hit(db, &phone_key(phone_hash), PHONE_WINDOW_SECS, now).await?;
    let limit = i64::from(per_minute);
    Ok(if hits <= limit {
        PhoneTurn::Allowed
    } else if hits == limit + 1 {
        PhoneTurn::Notice
    } else {
        PhoneTurn::Silent
    })
}

/// The phone's stored settings and how many of its messages the current window has counted,
/// in one statement: a message reads both before anything else. A phone already over its
/// limit is not worth a search; the count that decides is [`count_inbound`]'s, in the
/// transaction that logs the message.
pub async fn phone_and_inbound_so_far(
    db: &impl ConnectionTrait,
    phone_hash: &str,
    now: DateTime<Utc>,
) -> Result<(Option<Phone>, i64), DbErr> {
    let window_start = now.timestamp().div_euclid(PHONE_WINDOW_SECS) * PHONE_WINDOW_SECS;
    // A stored window later than ours (another instance's clock ahead) is the one counting.
    let statement = Statement::from_sql_and_values(
        db.get_database_backend(),
        "SELECT p.locale, p.place_id, p.opted_out, \
           (SELECT c.hits FROM sms_counters c WHERE c.counter_key = $2 AND c.window_start >= $3) AS hits \
         FROM (SELECT 1 AS one) anchor LEFT JOIN sms_phones p ON p.phone_hash = $1",
        [
            phone_hash.into(),
            phone_key(phone_hash).into(),
            window_start.into(),
        ],
    );
    let Some(row) = db.query_one_raw(statement).await? else {
        return Ok((None, 0));
    };
    let hits = row.try_get::<Option<i32>>("", "hits")?.map_or(0, i64::from);
    let phone = match row.try_get::<Option<bool>>("", "opted_out")? {
        Some(opted_out) => Some(Phone {
            locale: row
                .try_get::<Option<String>>("", "locale")?
                .as_deref()
                .and_then(Locale::from_code),
            place_id: row.try_get::<Option<i32>>("", "place_id")?,
            opted_out,
        }),
        None => None,
    };
    Ok((phone, hits))
}

fn phone_key(phone_hash: &str) -> String {
    format!("phone:{phone_hash}")
}

/// Takes one of the `max_per_second` request slots of `gateway` for the second holding `now`;
/// false when they are all taken (wait for the next second).
pub async fn take_send_slot(
    db: &impl ConnectionTrait,
    gateway: &str,
    max_per_second: u32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let hits = hit(db, &format!("send:{gateway}"), 1, now).await?;
    Ok(hits <= i64::from(max_per_second))
}

/// Removes counters whose window ended over an hour ago: a phone that texts again starts afresh.
pub async fn prune(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let before = (now - Duration::hours(1)).timestamp();
    let statement = Statement::from_sql_and_values(
        db.get_database_backend(),
        "DELETE FROM sms_counters WHERE window_start < $1",
        [before.into()],
    );
    Ok(db.execute_raw(statement).await?.rows_affected())
}
