//! The workflow: draft → in review → published → archived, with rejection (back to draft, with
//! a reason) by a publisher. Each step checks the actor's role, changes the status only if it is
//! still the one the step starts from (so two publishers clicking at once do not both act),
//! announces the change to every instance's search index, and writes an audit row, all in one
//! transaction.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde_json::{Value, json};

use super::access::{Action, authorize};
use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::quality;
use super::version_store::{current, ensure_stored, stored_snapshot};
use super::versions::Version;
use super::{Actor, EditorialError, FieldError, Status, snapshot_write};
use crate::db::entities::{service, service_version};

/// Longest rejection reason kept.
const MAX_REASON: usize = 2_000;

/// An editor sends a draft to the publishers.
pub async fn submit(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let row = authorize(db, actor, Action::SubmitForReview, service_id, now).await?;
    let txn = db.begin().await?;
    step(&txn, &row, Status::Draft, Status::InReview, now).await?;
    log(&txn, actor, &row, AuditAction::ServiceSubmitted, json!({}), now).await?;
    txn.commit().await?;
    Ok(())
}

/// A publisher sends a service in review back to its editors, saying why.
pub async fn reject(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let row = authorize(db, actor, Action::Reject, service_id, now).await?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(EditorialError::Invalid(vec![FieldError::new(
            "reason",
            "editorial-field-required",
        )]));
    }
    if reason.chars().count() > MAX_REASON {
        return Err(EditorialError::Invalid(vec![FieldError::new(
            "reason",
            "editorial-field-too-long",
        )]));
    }
    let txn = db.begin().await?;
    step(&txn, &row, Status::InReview, Status::Draft, now).await?;
    log(
        &txn,
        actor,
        &row,
        AuditAction::ServiceRejected,
        json!({ "reason": reason }),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A publisher publishes the newest version of a service in review, or the pending changes of
/// a published one. `expected_version` is the version the publisher reviewed: a save since then
/// is a conflict. Blocking quality issues refuse it.
pub async fn publish(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    expected_version: i32,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let row = authorize(db, actor, Action::Publish, service_id, now).await?;
    let status = Status::from_code(&row.status);
    if !matches!(status, Status::InReview | Status::Published) {
        return Err(EditorialError::WrongStatus(status));
    }
    let newest = current(db, &row).await?;
    if status == Status::Published && newest.published_at.is_some() {
        // Nothing pending: what citizens see is already the newest version.
        return Err(EditorialError::WrongStatus(status));
    }
    if newest.number != expected_version {
        return Err(conflict(newest, expected_version, db, &row).await?);
    }
    let blocking = quality::check(&newest.snapshot).blocking();
    if !blocking.is_empty() {
        return Err(EditorialError::Blocked(blocking));
    }
    let txn = db.begin().await?;
    let claimed = service::Entity::update_many()
        .col_expr(service::Column::Status, Expr::value(Status::Published.code()))
        .col_expr(
            service::Column::PublishedAt,
            Expr::value(row.published_at.unwrap_or(now)),
        )
        .col_expr(service::Column::UpdatedAt, Expr::value(now))
        .filter(service::Column::Id.eq(service_id))
        .filter(service::Column::Version.eq(expected_version))
        .filter(service::Column::Status.eq(status.code()))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        txn.rollback().await?;
        let fresh = service::Entity::find_by_id(service_id)
            .one(db)
            .await?
            .ok_or(EditorialError::NotFound)?;
        return Err(conflict(current(db, &fresh).await?, expected_version, db, &fresh).await?);
    }
    ensure_stored(&txn, &row).await?;
    snapshot_write::apply(&txn, &row, &newest.snapshot, now).await?;
    service_version::Entity::update_many()
        .col_expr(service_version::Column::PublishedAt, Expr::value(now))
        .filter(service_version::Column::ServiceId.eq(service_id))
        .filter(service_version::Column::Version.eq(expected_version))
        .exec(&txn)
        .await?;
    crate::search::record_changes(&txn, &[service_id], now).await?;
    let detail = json!({ "version": expected_version });
    log(&txn, actor, &row, AuditAction::ServicePublished, detail, now).await?;
    txn.commit().await?;
    Ok(())
}

/// A publisher withdraws a published service. Its address keeps answering, as "no longer
/// offered" (HTTP 410), linking to `replacement` when one is named (a published service).
pub async fn archive(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    replacement: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let row = authorize(db, actor, Action::Archive, service_id, now).await?;
    if let Some(replacement_id) = replacement {
        let target = service::Entity::find_by_id(replacement_id).one(db).await?;
        let usable = target.is_some_and(|t| t.id != service_id && t.status == Status::Published.code());
        if !usable {
            return Err(EditorialError::Invalid(vec![FieldError::new(
                "replacement",
                "editorial-field-invalid-replacement",
            )]));
        }
    }
    let txn = db.begin().await?;
    step(&txn, &row, Status::Published, Status::Archived, now).await?;
    let mut active: service::ActiveModel = service::Entity::find_by_id(service_id)
        .one(&txn)
        .await?
        .ok_or(EditorialError::NotFound)?
        .into();
    active.replacement_id = Set(replacement);
    active.update(&txn).await?;
    crate::search::record_changes(&txn, &[service_id], now).await?;
    let detail = json!({ "replacement": replacement });
    log(&txn, actor, &row, AuditAction::ServiceArchived, detail, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The latest rejection reason of a service, for its editors.
pub async fn last_rejection(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<String>, EditorialError> {
    authorize(db, actor, Action::ReadVersions, service_id, now).await?;
    let filter = audit::AuditFilter {
        action: Some(AuditAction::ServiceRejected.code().to_owned()),
        record: Some((RecordKind::Service.code().to_owned(), service_id)),
        limit: Some(1),
        ..Default::default()
    };
    let rows = audit::read(db, &filter).await?;
    Ok(rows
        .first()
        .and_then(|row| serde_json::from_str::<Value>(&row.detail).ok())
        .and_then(|detail| detail.get("reason").and_then(Value::as_str).map(str::to_owned)))
}

/// Moves the status from `from` to `to`, or says the service is not in `from` (any more).
async fn step(
    db: &impl ConnectionTrait,
    row: &service::Model,
    from: Status,
    to: Status,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let moved = service::Entity::update_many()
        .col_expr(service::Column::Status, Expr::value(to.code()))
        .col_expr(service::Column::UpdatedAt, Expr::value(now))
        .filter(service::Column::Id.eq(row.id))
        .filter(service::Column::Status.eq(from.code()))
        .exec(db)
        .await?;
    if moved.rows_affected != 1 {
        return Err(EditorialError::WrongStatus(Status::from_code(&row.status)));
    }
    Ok(())
}

async fn log(
    db: &impl ConnectionTrait,
    actor: &Actor,
    row: &service::Model,
    action: AuditAction,
    detail: Value,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let event = NewEvent {
        actor: Some(actor.account_id),
        action,
        record_kind: RecordKind::Service,
        record_id: Some(row.id),
        agency: Some(row.agency_id),
        detail,
    };
    Ok(audit::record(db, event, now).await?)
}

/// The newest version against the one the publisher reviewed (empty when that number was
/// never saved).
async fn conflict(
    newest: Version,
    reviewed: i32,
    db: &DatabaseConnection,
    row: &service::Model,
) -> Result<EditorialError, EditorialError> {
    let yours = stored_snapshot(db, row.id, reviewed).await?.unwrap_or_default();
    Ok(EditorialError::Conflict {
        current: Box::new(newest),
        yours: Box::new(yours),
    })
}
