//! Writes a batch of records in one transaction: reference data (places, taxonomy, agencies)
//! first, then services and everything they are made of. Unchanged records are skipped by hash.

mod panel;
mod parts;
mod reference;
mod services;
mod status;

use chrono::{DateTime, Utc};
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, Iterable,
    QueryFilter, Set, TransactionTrait,
};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::record::Batch;
use crate::catalog::OwnerKind;
use crate::db::entities::{service, translation};
pub use panel::{References, references};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteSummary {
    pub agencies: Counts,
    pub services: Counts,
    pub redirects: u64,
}

pub async fn write(
    db: &DatabaseConnection,
    batch: &Batch,
    now: DateTime<Utc>,
    show_progress: bool,
) -> Result<WriteSummary, DbErr> {
    let progress = if show_progress {
        let bar = ProgressBar::new(batch.services.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})") {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message("services");
        bar
    } else {
        ProgressBar::hidden()
    };
    let txn = db.begin().await?;
    let places = reference::jurisdictions(&txn, &batch.jurisdictions).await?;
    let taxonomy = reference::taxonomy(&txn, batch, now).await?;
    let (agencies, agency_counts, updated_agencies) =
        reference::agencies(&txn, &batch.agencies, &places, now).await?;
    announce_agency_services(&txn, &updated_agencies, now).await?;
    let context = services::Context {
        places: &places,
        taxonomy: &taxonomy,
        agencies: &agencies,
        now,
    };
    let (service_counts, redirects) = services::write(&txn, &batch.services, &context, &progress).await?;
    txn.commit().await?;
    progress.finish_and_clear();
    Ok(WriteSummary {
        agencies: agency_counts,
        services: service_counts,
        redirects,
    })
}

/// Services show their agency's name: when an agency changes, its services are reindexed.
async fn announce_agency_services(
    txn: &DatabaseTransaction,
    agency_ids: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for ids in id_chunks(agency_ids) {
        let services: Vec<i32> = service::Entity::find()
            .filter(service::Column::AgencyId.is_in(ids.iter().copied()))
            .all(txn)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        crate::search::record_changes(txn, &services, now).await?;
    }
    Ok(())
}

/// Hex SHA-256 of a record's JSON form: equal hashes mean nothing to write.
pub fn hash_of(record: &impl Serialize) -> String {
    let bytes = serde_json::to_vec(record).unwrap_or_default();
    hex::encode(Sha256::digest(bytes))
}

/// Inserts rows in chunks that stay under the databases' limits on bound parameters.
pub async fn insert_all<A>(txn: &DatabaseTransaction, rows: Vec<A>) -> Result<(), DbErr>
where
    A: ActiveModelTrait + Send,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count().max(1);
    let per_chunk = (30_000 / columns).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_chunk).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

pub fn translation_row(
    kind: OwnerKind,
    owner_id: i32,
    field: &str,
    locale: app::locale::Locale,
    value: &str,
    now: DateTime<Utc>,
) -> translation::ActiveModel {
    translation::ActiveModel {
        owner_kind: Set(kind.code().to_owned()),
        owner_id: Set(owner_id),
        field: Set(field.to_owned()),
        locale: Set(locale.code().to_owned()),
        value: Set(value.to_owned()),
        status: Set("original".to_owned()),
        updated_at: Set(now),
    }
}

/// Ids in chunks small enough for an `IN (…)` list on every database.
pub fn id_chunks(ids: &[i32]) -> impl Iterator<Item = &[i32]> {
    ids.chunks(5_000)
}
