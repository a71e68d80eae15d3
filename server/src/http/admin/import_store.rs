//! Uploads kept between the dry run and the confirmation, in the database (`import_uploads`)
//! so that any instance can answer the confirmation: under a random id, for the member who
//! uploaded them and the agency they chose, for an hour. The confirmation claims an upload
//! before importing it, so two clicks cannot import it twice.

use app::admin::imports::{ImportCounts, ImportFormat};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};

use crate::db::entities::import_upload;
use crate::import::UploadedFile;

/// How long an upload waits for its confirmation.
pub const KEEP_FOR: Duration = Duration::hours(1);

#[derive(Serialize, Deserialize)]
struct StoredFile {
    name: String,
    base64: String,
}

#[derive(Serialize, Deserialize)]
struct StoredCounts {
    created: u64,
    changed: u64,
    unchanged: u64,
    rejected: u64,
}

/// A stored upload, as its owner may see it.
pub struct Upload {
    pub format: ImportFormat,
    pub files: Vec<UploadedFile>,
    /// The counts of the real run, once imported.
    pub done: Option<ImportCounts>,
}

pub fn cli_format(format: ImportFormat) -> crate::cli::ImportFormat {
    match format {
        ImportFormat::Csv => crate::cli::ImportFormat::Csv,
        ImportFormat::Govbr => crate::cli::ImportFormat::Govbr,
        ImportFormat::Hsds => crate::cli::ImportFormat::Hsds,
    }
}

/// Stores the files; returns the id the confirmation form posts. Expired uploads are removed
/// on the way, so the table holds an hour of uploads at most.
pub async fn save(
    db: &DatabaseConnection,
    account: i32,
    agency: i32,
    format: ImportFormat,
    files: &[UploadedFile],
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    import_upload::Entity::delete_many()
        .filter(import_upload::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let stored: Vec<StoredFile> = files
        .iter()
        .map(|file| StoredFile {
            name: file.name.clone(),
            base64: STANDARD.encode(&file.bytes),
        })
        .collect();
    let id = uuid::Uuid::new_v4().simple().to_string();
    import_upload::ActiveModel {
        id: Set(id.clone()),
        account_id: Set(account),
        agency_id: Set(agency),
        format: Set(format.code().to_owned()),
        files: Set(serde_json::to_string(&stored).map_err(|e| DbErr::Json(e.to_string()))?),
        created_at: Set(now),
        expires_at: Set(now + KEEP_FOR),
        completed_at: Set(None),
        result: Set(None),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// The upload `id` of this member and agency, unless it expired; anyone else's is `None`,
/// exactly as an unknown one.
pub async fn load(
    db: &DatabaseConnection,
    id: &str,
    account: i32,
    agency: i32,
    now: DateTime<Utc>,
) -> Result<Option<Upload>, DbErr> {
    let Some(row) = import_upload::Entity::find_by_id(id.to_owned()).one(db).await? else {
        return Ok(None);
    };
    if row.account_id != account || row.agency_id != agency || row.expires_at <= now {
        return Ok(None);
    }
    let Some(format) = ImportFormat::from_code(&row.format) else {
        return Ok(None);
    };
    let stored: Vec<StoredFile> = serde_json::from_str(&row.files).map_err(|e| DbErr::Json(e.to_string()))?;
    let files = stored
        .into_iter()
        .map(|file| {
            let bytes = STANDARD
                .decode(file.base64)
                .map_err(|e| DbErr::Custom(e.to_string()))?;
            Ok(UploadedFile {
                name: file.name,
                bytes,
            })
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    let done = match (row.completed_at, row.result.as_deref()) {
        (Some(_), Some(result)) => serde_json::from_str::<StoredCounts>(result)
            .ok()
            .map(|c| ImportCounts {
                created: c.created,
                changed: c.changed,
                unchanged: c.unchanged,
                rejected: c.rejected,
            }),
        _ => None,
    };
    Ok(Some(Upload { format, files, done }))
}

/// Marks the upload as being imported; `false` when someone already did.
pub async fn claim(db: &DatabaseConnection, id: &str, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let claimed = import_upload::Entity::update_many()
        .col_expr(import_upload::Column::CompletedAt, Expr::value(now))
        .filter(import_upload::Column::Id.eq(id))
        .filter(import_upload::Column::CompletedAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Gives a claimed upload back when nothing was imported.
pub async fn release(db: &DatabaseConnection, id: &str) -> Result<(), DbErr> {
    import_upload::Entity::update_many()
        .col_expr(
            import_upload::Column::CompletedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(import_upload::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Keeps the counts of the real run for the summary; the files are no longer needed.
pub async fn finish(db: &DatabaseConnection, id: &str, counts: &ImportCounts) -> Result<(), DbErr> {
    let result = StoredCounts {
        created: counts.created,
        changed: counts.changed,
        unchanged: counts.unchanged,
        rejected: counts.rejected,
    };
    import_upload::Entity::update_many()
        .col_expr(
            import_upload::Column::Result,
            Expr::value(serde_json::to_string(&result).map_err(|e| DbErr::Json(e.to_string()))?),
        )
        .col_expr(import_upload::Column::Files, Expr::value("[]"))
        .filter(import_upload::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
