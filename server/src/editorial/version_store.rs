//! Where versions are kept: reading a stored version (or the tables' content when the newest
//! one was never saved through the panel) and inserting one. Shared by saving, publishing and
//! creating drafts.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::EditorialError;
use super::snapshot::{self, ServiceSnapshot};
use super::versions::Version;
use crate::db::entities::{service, service_version};

pub(super) fn parse(row: service_version::Model) -> Result<Version, EditorialError> {
    Ok(Version {
        number: row.version,
        snapshot: serde_json::from_str(&row.snapshot)?,
        author: row.author_account_id,
        created_at: row.created_at,
        note: row.note,
        published_at: row.published_at,
    })
}

pub(super) async fn stored(
    db: &impl ConnectionTrait,
    service_id: i32,
    number: i32,
) -> Result<Option<service_version::Model>, DbErr> {
    service_version::Entity::find()
        .filter(service_version::Column::ServiceId.eq(service_id))
        .filter(service_version::Column::Version.eq(number))
        .one(db)
        .await
}

/// The content of a stored version, if that number was saved.
pub(super) async fn stored_snapshot(
    db: &impl ConnectionTrait,
    service_id: i32,
    number: i32,
) -> Result<Option<ServiceSnapshot>, EditorialError> {
    match stored(db, service_id, number).await? {
        Some(row) => Ok(Some(parse(row)?.snapshot)),
        None => Ok(None),
    }
}

/// The newest version: the stored one, or the tables as they are for a service no one has
/// saved through the panel yet (an imported one).
pub(super) async fn current(
    db: &impl ConnectionTrait,
    row: &service::Model,
) -> Result<Version, EditorialError> {
    match stored(db, row.id, row.version).await? {
        Some(stored) => parse(stored),
        None => Ok(Version {
            number: row.version,
            snapshot: snapshot::read(db, row).await?,
            author: None,
            created_at: row.updated_at,
            note: None,
            published_at: row.published_at,
        }),
    }
}

/// Stores the tables' content as the current version when it is not stored yet, so the first
/// edit of an imported service can be compared with, and restored to, what was there.
pub(super) async fn ensure_stored(
    db: &impl ConnectionTrait,
    row: &service::Model,
) -> Result<(), EditorialError> {
    if stored(db, row.id, row.version).await?.is_some() {
        return Ok(());
    }
    let baseline = snapshot::read(db, row).await?;
    insert(db, row.id, row.version, &baseline, None, None, row.updated_at).await?;
    Ok(())
}

pub(super) async fn insert(
    db: &impl ConnectionTrait,
    service_id: i32,
    number: i32,
    snapshot: &ServiceSnapshot,
    author: Option<i32>,
    note: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    service_version::ActiveModel {
        service_id: Set(service_id),
        version: Set(number),
        snapshot: Set(serde_json::to_string(snapshot)?),
        author_account_id: Set(author),
        created_at: Set(now),
        note: Set(note),
        published_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// One version, the current one included even when it was never stored.
pub(super) async fn version_of(
    db: &impl ConnectionTrait,
    row: &service::Model,
    number: i32,
) -> Result<Version, EditorialError> {
    match stored(db, row.id, number).await? {
        Some(found) => parse(found),
        None if number == row.version => current(db, row).await,
        None => Err(EditorialError::NotFound),
    }
}
