//! The outbox: replies sent after the webhook has answered, so that nothing is lost when a
//! gateway is down and nothing goes out twice when a webhook is retried or two instances race.
//! A reply is queued once per idempotency key; sender workers claim due rows under a lease
//! (`outbox/claim.rs`), send them, and record what happened (`outbox/outcome.rs`).
//!
//! The destination number is kept only while the message may still be sent: it is cleared when
//! the row becomes sent, failed or dead, and rows still unsent a day after they were queued are
//! given up. Final rows are deleted after [`KEPT_DAYS`].

mod claim;
mod outcome;

use app::locale::Locale;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

pub use claim::claim;
pub use outcome::{Outcome, give_up, record_failure, record_sent, release};

use super::gsm::Plan;
use super::log::coding_code;
use crate::auth::secrets::random_token;
use crate::db::entities::sms_outbox;

/// Final rows are kept this long (for support questions), then deleted.
pub const KEPT_DAYS: i64 = 7;
/// A row not sent within this time is given up, whatever its attempts: a gateway removed from
/// the configuration must not keep a number forever.
pub const GIVE_UP_HOURS: i64 = 24;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Queued,
    Sending,
    Sent,
    Delivered,
    Failed,
    Dead,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Sending => "sending",
            Status::Sent => "sent",
            Status::Delivered => "delivered",
            Status::Failed => "failed",
            Status::Dead => "dead",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            Status::Queued,
            Status::Sending,
            Status::Sent,
            Status::Delivered,
            Status::Failed,
            Status::Dead,
        ]
        .into_iter()
        .find(|status| status.code() == code)
    }
}

/// A reply to queue.
pub struct NewReply<'a> {
    pub gateway: &'a str,
    /// The gateway's id of the inbound message; empty when it gave none.
    pub inbound_id: &'a str,
    pub destination: &'a str,
    pub phone_hash: &'a str,
    pub locale: Locale,
    pub plan: &'a Plan,
}

/// The key that makes a reply unique: one per inbound message of a gateway. A message without
/// an id cannot be recognised when retried, so it gets a random key.
pub fn idempotency_key(gateway: &str, inbound_id: &str) -> String {
    if inbound_id.trim().is_empty() {
        format!("{gateway}:random:{}", random_token())
    } else {
        format!("{gateway}:{}", inbound_id.trim())
    }
}

/// Queues the reply unless one with the same key is queued already. True when queued now.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    reply: &NewReply<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let row = sms_outbox::ActiveModel {
        gateway: Set(reply.gateway.to_owned()),
        idempotency_key: Set(idempotency_key(reply.gateway, reply.inbound_id)),
        reference: Set(random_token()),
        destination: Set(Some(reply.destination.trim().to_owned())),
        phone_hash: Set(reply.phone_hash.to_owned()),
        locale: Set(Some(reply.locale.code().to_owned())),
        text: Set(reply.plan.segments.concat()),
        coding: Set(coding_code(reply.plan.coding).to_owned()),
        segments: Set(i32::try_from(reply.plan.segments.len()).unwrap_or(i32::MAX)),
        status: Set(Status::Queued.code().to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        lease_until: Set(None),
        gateway_message_id: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        sent_at: Set(None),
        reported_at: Set(None),
        ..Default::default()
    };
    // DO NOTHING, not a caught violation: the same on both databases, and no aborted transaction.
    let inserted = sms_outbox::Entity::insert(row)
        .on_conflict(
            OnConflict::column(sms_outbox::Column::IdempotencyKey)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(inserted == 1)
}

/// Gives up rows unsent after [`GIVE_UP_HOURS`] (clearing their number) and deletes final rows
/// older than [`KEPT_DAYS`]. Returns how many rows changed.
pub async fn prune(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let open = [Status::Queued.code(), Status::Sending.code()];
    let abandoned = sms_outbox::Entity::update_many()
        .col_expr(sms_outbox::Column::Status, Expr::value(Status::Dead.code()))
        .col_expr(
            sms_outbox::Column::Destination,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            sms_outbox::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(sms_outbox::Column::LastError, Expr::value("not sent in time"))
        .col_expr(sms_outbox::Column::UpdatedAt, Expr::value(now))
        .filter(sms_outbox::Column::Status.is_in(open))
        .filter(sms_outbox::Column::CreatedAt.lt(now - Duration::hours(GIVE_UP_HOURS)))
        // A row a worker holds right now is left to it.
        .filter(
            sea_orm::Condition::any()
                .add(sms_outbox::Column::LeaseUntil.is_null())
                .add(sms_outbox::Column::LeaseUntil.lt(now)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let deleted = sms_outbox::Entity::delete_many()
        .filter(sms_outbox::Column::Status.is_not_in(open))
        .filter(sms_outbox::Column::UpdatedAt.lt(now - Duration::days(KEPT_DAYS)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(abandoned + deleted)
}
