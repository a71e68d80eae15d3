//! Recording what became of a claimed row. Every write names the attempts the claim set, so a
//! worker whose lease passed (and whose row another worker took) changes nothing; and none
//! undoes a delivery report that came first (the report proves the gateway has the message).

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, ExprTrait, QueryFilter, UpdateMany};

use super::Status;
use crate::db::entities::sms_outbox;
use crate::sms::backoff::RetryPolicy;
use crate::sms::send::{Accepted, SendError};

/// What the worker did with a claimed row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Will be tried again at this time.
    Retrying(DateTime<Utc>),
    /// Refused for good by the gateway.
    Failed,
    /// Out of attempts.
    Dead,
    /// The claim was no longer ours (or a report had settled the row): nothing written.
    Superseded,
}

fn fenced(row: &sms_outbox::Model) -> UpdateMany<sms_outbox::Entity> {
    sms_outbox::Entity::update_many()
        .filter(sms_outbox::Column::Id.eq(row.id))
        .filter(sms_outbox::Column::Attempts.eq(row.attempts))
}

fn no_value<T>() -> Option<T> {
    None
}

/// The gateway took the message: `sent` (unless a report already said more), number forgotten.
pub async fn record_sent(
    db: &impl sea_orm::ConnectionTrait,
    row: &sms_outbox::Model,
    accepted: &Accepted,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    let status: SimpleExpr = Expr::case(
        Expr::col(sms_outbox::Column::ReportedAt).is_null(),
        Expr::value(Status::Sent.code()),
    )
    .finally(Expr::col(sms_outbox::Column::Status))
    .into();
    let written = fenced(row)
        .col_expr(sms_outbox::Column::Status, status)
        .col_expr(sms_outbox::Column::SentAt, Expr::value(now))
        .col_expr(
            sms_outbox::Column::GatewayMessageId,
            Expr::value(accepted.gateway_message_id.clone()),
        )
        .col_expr(sms_outbox::Column::Destination, Expr::value(no_value::<String>()))
        .col_expr(
            sms_outbox::Column::LeaseUntil,
            Expr::value(no_value::<DateTime<Utc>>()),
        )
        .col_expr(sms_outbox::Column::LastError, Expr::value(no_value::<String>()))
        .col_expr(sms_outbox::Column::UpdatedAt, Expr::value(now))
        .exec(db)
        .await?
        .rows_affected;
    Ok(if written == 1 {
        Outcome::Sent
    } else {
        Outcome::Superseded
    })
}

/// The gateway did not take the message: try again after the back-off, or give up.
pub async fn record_failure(
    db: &impl sea_orm::ConnectionTrait,
    row: &sms_outbox::Model,
    error: &SendError,
    policy: &RetryPolicy,
    jitter: f64,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    let attempt = u32::try_from(row.attempts).unwrap_or(u32::MAX);
    let (reason, outcome) = match error {
        SendError::Permanent(reason) => (reason, Outcome::Failed),
        SendError::Retryable(reason) if policy.exhausted(attempt) => (reason, Outcome::Dead),
        SendError::Retryable(reason) => {
            let wait = Duration::from_std(policy.delay(attempt, jitter)).unwrap_or(Duration::hours(1));
            (reason, Outcome::Retrying(now + wait))
        }
    };
    let update = fenced(row)
        .filter(sms_outbox::Column::ReportedAt.is_null())
        .col_expr(
            sms_outbox::Column::LeaseUntil,
            Expr::value(no_value::<DateTime<Utc>>()),
        )
        .col_expr(sms_outbox::Column::LastError, Expr::value(short(reason)))
        .col_expr(sms_outbox::Column::UpdatedAt, Expr::value(now));
    let update = match outcome {
        Outcome::Retrying(at) => update
            .col_expr(sms_outbox::Column::Status, Expr::value(Status::Queued.code()))
            .col_expr(sms_outbox::Column::NextAttemptAt, Expr::value(at)),
        _ => final_update(update, outcome),
    };
    let written = update.exec(db).await?.rows_affected;
    Ok(if written == 1 {
        outcome
    } else {
        Outcome::Superseded
    })
}

/// Gives a claimed row up without sending it (no number to send to, or claimed too often
/// because workers died holding it).
pub async fn give_up(
    db: &impl sea_orm::ConnectionTrait,
    row: &sms_outbox::Model,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    let update = fenced(row)
        .filter(sms_outbox::Column::ReportedAt.is_null())
        .col_expr(
            sms_outbox::Column::LeaseUntil,
            Expr::value(no_value::<DateTime<Utc>>()),
        )
        .col_expr(sms_outbox::Column::LastError, Expr::value(short(reason)))
        .col_expr(sms_outbox::Column::UpdatedAt, Expr::value(now));
    let written = final_update(update, Outcome::Dead).exec(db).await?.rows_affected;
    Ok(if written == 1 {
        Outcome::Dead
    } else {
        Outcome::Superseded
    })
}

fn final_update(update: UpdateMany<sms_outbox::Entity>, outcome: Outcome) -> UpdateMany<sms_outbox::Entity> {
    let status = if outcome == Outcome::Failed {
        Status::Failed
    } else {
        Status::Dead
    };
    update
        .col_expr(sms_outbox::Column::Status, Expr::value(status.code()))
        .col_expr(sms_outbox::Column::Destination, Expr::value(no_value::<String>()))
}

/// Hands a claimed row back unsent (no throughput slot this second): the attempt is not
/// counted and the row is due again at `at`.
pub async fn release(
    db: &impl sea_orm::ConnectionTrait,
    row: &sms_outbox::Model,
    at: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let written = fenced(row)
        .filter(sms_outbox::Column::ReportedAt.is_null())
        .col_expr(sms_outbox::Column::Status, Expr::value(Status::Queued.code()))
        .col_expr(sms_outbox::Column::Attempts, Expr::value(row.attempts - 1))
        .col_expr(sms_outbox::Column::NextAttemptAt, Expr::value(at))
        .col_expr(
            sms_outbox::Column::LeaseUntil,
            Expr::value(no_value::<DateTime<Utc>>()),
        )
        .exec(db)
        .await?
        .rows_affected;
    Ok(written == 1)
}

/// Our own words are short already; the column holds 255.
fn short(reason: &str) -> String {
    reason.chars().take(255).collect()
}
