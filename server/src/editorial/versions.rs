//! Saved versions and optimistic locking. `services.version` is the number of the newest
//! version; a save names the version it started from and wins only if that is still the newest
//! (`UPDATE … WHERE id = ? AND version = ?` inside the transaction, so two instances racing
//! cannot both win). The loser gets a conflict with both versions, and nothing is lost.
//!
//! Drafts and services in review have their content in the live tables, rewritten at each save
//! (hidden from citizens anyway). A published or archived service keeps what citizens see: its
//! saves wait as pending versions until a publisher publishes them.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use serde::Serialize;
use serde_json::json;

use super::access::{Action, authorize};
use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::diff::{Change, diff};
use super::snapshot::ServiceSnapshot;
use super::validate::{check_references, validate};
use super::version_store::{current, ensure_stored, insert, stored, version_of};
use super::{Actor, EditorialError, Status, snapshot_write};
use crate::db::entities::{service, service_version};

/// One version of a service's content.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Version {
    pub number: i32,
    pub snapshot: ServiceSnapshot,
    pub author: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub note: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
}

/// A line of a service's history (the snapshot is read on demand).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VersionSummary {
    pub number: i32,
    pub author: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub note: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
}

/// What a save needs besides the content: the version it started from and an optional note.
#[derive(Clone, Debug)]
pub struct Save {
    pub expected_version: i32,
    pub snapshot: ServiceSnapshot,
    pub note: Option<String>,
}

/// The service as an editor opens it: its status, newest version and content.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Editable {
    pub service_id: i32,
    pub status: Status,
    pub version: Version,
    /// A published service has saved changes that are not live yet.
    pub pending: bool,
}

pub async fn open(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    now: DateTime<Utc>,
) -> Result<Editable, EditorialError> {
    let row = authorize(db, actor, Action::ReadVersions, service_id, now).await?;
    let version = current(db, &row).await?;
    let status = Status::from_code(&row.status);
    Ok(Editable {
        service_id,
        status,
        pending: status.is_public()
            && version.published_at.is_none()
            && stored(db, row.id, row.version).await?.is_some(),
        version,
    })
}

/// Saves new content; returns the new version number.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    save: Save,
    now: DateTime<Utc>,
) -> Result<i32, EditorialError> {
    let row = authorize(db, actor, Action::EditDraft, service_id, now).await?;
    let mut errors = validate(&save.snapshot);
    errors.extend(check_references(db, row.agency_id, &save.snapshot).await?);
    if !errors.is_empty() {
        return Err(EditorialError::Invalid(errors));
    }
    let detail = json!({});
    store(
        db,
        actor,
        service_id,
        save,
        AuditAction::ServiceSaved,
        detail,
        now,
    )
    .await
}

/// Makes an old version's content the newest version again (a new draft version; the old one
/// stays as it was). `expected_version` is the newest version the restorer saw.
pub async fn restore(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    from: i32,
    expected_version: i32,
    now: DateTime<Utc>,
) -> Result<i32, EditorialError> {
    let row = authorize(db, actor, Action::Restore, service_id, now).await?;
    let old = version_of(db, &row, from).await?;
    let save = Save {
        expected_version,
        snapshot: old.snapshot,
        note: None,
    };
    store(
        db,
        actor,
        service_id,
        save,
        AuditAction::ServiceRestored,
        json!({ "from": from }),
        now,
    )
    .await
}

/// The locked write shared by save and restore.
async fn store(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    save: Save,
    action: AuditAction,
    mut detail: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<i32, EditorialError> {
    let txn = db.begin().await?;
    match locked_write(&txn, actor, service_id, &save, action, &mut detail, now).await {
        Ok(Some(number)) => {
            txn.commit().await?;
            Ok(number)
        }
        Ok(None) => {
            txn.rollback().await?;
            let Some(row) = service::Entity::find_by_id(service_id).one(db).await? else {
                return Err(EditorialError::NotFound);
            };
            Err(EditorialError::Conflict {
                current: Box::new(current(db, &row).await?),
                yours: Box::new(save.snapshot),
            })
        }
        Err(error) => Err(error),
    }
}

/// The new version number, or `None` when someone else saved first.
async fn locked_write(
    txn: &DatabaseTransaction,
    actor: &Actor,
    service_id: i32,
    save: &Save,
    action: AuditAction,
    detail: &mut serde_json::Value,
    now: DateTime<Utc>,
) -> Result<Option<i32>, EditorialError> {
    let Some(row) = service::Entity::find_by_id(service_id).one(txn).await? else {
        return Err(EditorialError::NotFound);
    };
    if row.version != save.expected_version {
        return Ok(None);
    }
    let status = Status::from_code(&row.status);
    // Changes after submission need a new review.
    let new_status = if status == Status::InReview {
        Status::Draft
    } else {
        status
    };
    let claimed = service::Entity::update_many()
        .col_expr(
            service::Column::Version,
            Expr::col(service::Column::Version).add(1),
        )
        .col_expr(service::Column::Status, Expr::value(new_status.code()))
        .col_expr(service::Column::UpdatedAt, Expr::value(now))
        .filter(service::Column::Id.eq(service_id))
        .filter(service::Column::Version.eq(save.expected_version))
        .exec(txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(None);
    }
    // After the claim, so a save that lost the race never writes.
    ensure_stored(txn, &row).await?;
    let number = save.expected_version + 1;
    insert(
        txn,
        service_id,
        number,
        &save.snapshot.normalized(),
        Some(actor.account_id),
        save.note.clone(),
        now,
    )
    .await?;
    if !status.is_public() {
        snapshot_write::apply(txn, &row, &save.snapshot, now).await?;
    }
    crate::search::record_changes(txn, &[service_id], now).await?;
    if let Some(object) = detail.as_object_mut() {
        object.insert("version".to_owned(), json!(number));
    }
    let event = NewEvent {
        actor: Some(actor.account_id),
        action,
        record_kind: RecordKind::Service,
        record_id: Some(service_id),
        agency: Some(row.agency_id),
        detail: detail.clone(),
    };
    audit::record(txn, event, now).await?;
    Ok(Some(number))
}

pub async fn version(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    number: i32,
    now: DateTime<Utc>,
) -> Result<Version, EditorialError> {
    let row = authorize(db, actor, Action::ReadVersions, service_id, now).await?;
    version_of(db, &row, number).await
}

/// Every stored version, newest first.
pub async fn history(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<VersionSummary>, EditorialError> {
    authorize(db, actor, Action::ReadVersions, service_id, now).await?;
    Ok(service_version::Entity::find()
        .filter(service_version::Column::ServiceId.eq(service_id))
        .order_by_desc(service_version::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|row| VersionSummary {
            number: row.version,
            author: row.author_account_id,
            created_at: row.created_at,
            note: row.note,
            published_at: row.published_at,
        })
        .collect())
}

/// What changed from version `from` to version `to`.
pub async fn compare(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    from: i32,
    to: i32,
    now: DateTime<Utc>,
) -> Result<Vec<Change>, EditorialError> {
    let row = authorize(db, actor, Action::ReadVersions, service_id, now).await?;
    let before = version_of(db, &row, from).await?;
    let after = version_of(db, &row, to).await?;
    Ok(diff(&before.snapshot, &after.snapshot))
}
