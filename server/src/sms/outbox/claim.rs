//! Claiming the next due row of a gateway for one worker: the row becomes `sending`, its
//! attempts go up by one (the claim's fencing token: every later write names it), and it carries
//! a lease. Another worker may claim it again only after the lease has passed, which is how
//! the rows of an instance that died mid-send are retried.
//!
//! PostgreSQL: `SELECT … FOR UPDATE SKIP LOCKED` in a transaction, so racing workers each take
//! a different row without waiting on each other. SQLite has one writer at a time and no row
//! locks: the row is taken with a conditional update that only succeeds while it is still due
//! and unclaimed, and a worker that loses the race tries the next row.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

use super::Status;
use crate::db::entities::sms_outbox;

/// Rows that may be claimed at `now`: queued and due, or held by a lease that has passed.
fn due(gateway: &str, now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(sms_outbox::Column::Gateway.eq(gateway))
        .add(sms_outbox::Column::Status.is_in([Status::Queued.code(), Status::Sending.code()]))
        .add(sms_outbox::Column::NextAttemptAt.lte(now))
        .add(
            Condition::any()
                .add(sms_outbox::Column::LeaseUntil.is_null())
                .add(sms_outbox::Column::LeaseUntil.lt(now)),
        )
}

fn oldest_due(gateway: &str, now: DateTime<Utc>) -> sea_orm::Select<sms_outbox::Entity> {
    sms_outbox::Entity::find()
        .filter(due(gateway, now))
        .order_by_asc(sms_outbox::Column::NextAttemptAt)
        .order_by_asc(sms_outbox::Column::Id)
        .limit(1)
}

/// The update that takes `row`, valid only while it still has the attempts it was read with.
fn take(
    row: &sms_outbox::Model,
    gateway: &str,
    lease: Duration,
    now: DateTime<Utc>,
) -> sea_orm::UpdateMany<sms_outbox::Entity> {
    sms_outbox::Entity::update_many()
        .col_expr(sms_outbox::Column::Status, Expr::value(Status::Sending.code()))
        .col_expr(sms_outbox::Column::Attempts, Expr::value(row.attempts + 1))
        .col_expr(sms_outbox::Column::LeaseUntil, Expr::value(now + lease))
        .col_expr(sms_outbox::Column::UpdatedAt, Expr::value(now))
        .filter(sms_outbox::Column::Id.eq(row.id))
        .filter(sms_outbox::Column::Attempts.eq(row.attempts))
        .filter(due(gateway, now))
}

fn claimed(mut row: sms_outbox::Model, lease: Duration, now: DateTime<Utc>) -> sms_outbox::Model {
    row.status = Status::Sending.code().to_owned();
    row.attempts += 1;
    row.lease_until = Some(now + lease);
    row.updated_at = now;
    row
}

/// How many rows a SQLite worker tries before leaving the rest to the next pass.
const SQLITE_TRIES: usize = 5;

/// Claims the oldest due row of `gateway` for `lease`, or `None` when nothing is due.
pub async fn claim(
    db: &DatabaseConnection,
    gateway: &str,
    lease: Duration,
    now: DateTime<Utc>,
) -> Result<Option<sms_outbox::Model>, DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        let txn = db.begin().await?;
        let row = oldest_due(gateway, now)
            .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
            .one(&txn)
            .await?;
        let Some(row) = row else {
            txn.commit().await?;
            return Ok(None);
        };
        take(&row, gateway, lease, now).exec(&txn).await?;
        txn.commit().await?;
        return Ok(Some(claimed(row, lease, now)));
    }
    for _ in 0..SQLITE_TRIES {
        let Some(row) = oldest_due(gateway, now).one(db).await? else {
            return Ok(None);
        };
        if take(&row, gateway, lease, now).exec(db).await?.rows_affected == 1 {
            return Ok(Some(claimed(row, lease, now)));
        }
    }
    Ok(None)
}
