//! Keeps an instance's index current: a full build from the database at start, then every
//! change recorded in `catalog_changes` (by any instance) applied within the poll interval.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use tantivy::indexer::NoMergePolicy;

use super::documents::{AgencyCache, ServiceDocument, load};
use super::{SearchError, SearchIndex};
use crate::db::entities::{catalog_change, service};

/// Services read per database round trip during a full build.
const BATCH: u64 = 5_000;
/// Concurrent transactions can commit change ids out of order: ids this far below the newest
/// applied one are looked at again, and applied if they were not seen yet.
const LOOKBACK: i32 = 500;

/// Announces changed services to every instance's index, inside the caller's transaction.
pub async fn record_changes<C: ConnectionTrait>(
    db: &C,
    service_ids: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let rows: Vec<catalog_change::ActiveModel> = service_ids
        .iter()
        .map(|id| catalog_change::ActiveModel {
            service_id: Set(*id),
            changed_at: Set(now),
            ..Default::default()
        })
        .collect();
    for chunk in rows.chunks(5_000) {
        catalog_change::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, SearchError> + Send + 'static,
) -> Result<T, SearchError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or(Err(SearchError::Poisoned))
}

/// What a full build indexed, and the recent changes it already reflects.
pub struct Built {
    pub services: u64,
    /// Changes committed before the build read the catalogue: following them again would
    /// reindex the last `LOOKBACK` services after every start, for nothing.
    pub applied: Applied,
}

/// Indexes every published service. Reading the database and indexing overlap: one task reads
/// the next batch while the writer's threads index the last one.
pub async fn rebuild(index: &Arc<SearchIndex>, db: &DatabaseConnection) -> Result<Built, SearchError> {
    let high_water = newest_change(db).await?;
    let applied = Applied {
        ids: changes_through(db, high_water).await?,
    };
    index.with_writer(|writer| {
        // Segments are left as the build writes them, for `SearchIndex::compact` to merge into
        // one per core: merging meanwhile leaves one large segment and a few small ones.
        writer.set_merge_policy(Box::new(NoMergePolicy));
        writer.delete_all_documents()?;
        Ok(())
    })?;
    let (batches, mut ready) = tokio::sync::mpsc::channel::<Vec<ServiceDocument>>(2);
    let bulk = crate::db::BulkReader::for_database(db);
    let reader = tokio::spawn(read_batches(bulk.db.clone(), batches));
    let mut indexed = 0;
    while let Some(documents) = ready.recv().await {
        indexed += documents.len() as u64;
        let shared = Arc::clone(index);
        blocking(move || {
            shared.with_writer(|writer| {
                for document in &documents {
                    writer.add_document(document.to_document(&shared.fields))?;
                }
                Ok(())
            })
        })
        .await?;
    }
    // The channel closes when the reader is done or failed: a failure is the build's failure.
    let read = reader
        .await
        .map_err(|error| SearchError::Database(DbErr::Custom(format!("index reader task: {error}"))));
    bulk.close().await;
    read??;
    let shared = Arc::clone(index);
    blocking(move || {
        shared.with_writer(|writer| {
            writer.commit()?;
            Ok(())
        })?;
        shared.reload()?;
        Ok(())
    })
    .await?;
    index.followed.store(i64::from(high_water), Ordering::Release);
    index.ready.store(true, Ordering::Release);
    Ok(Built {
        services: indexed,
        applied,
    })
}

/// Reads every service in id order, `BATCH` at a time, as documents for the indexer.
async fn read_batches(
    db: DatabaseConnection,
    batches: tokio::sync::mpsc::Sender<Vec<ServiceDocument>>,
) -> Result<(), DbErr> {
    let mut agencies = AgencyCache::default();
    let mut last_id = 0;
    loop {
        let rows = service::Entity::find()
            .filter(service::Column::Id.gt(last_id))
            .order_by_asc(service::Column::Id)
            .limit(BATCH)
            .all(&db)
            .await?;
        let Some(last) = rows.last() else { return Ok(()) };
        last_id = last.id;
        let documents = load(&db, rows, &mut agencies).await?;
        if batches.send(documents).await.is_err() {
            // The indexer stopped on an error of its own, which it reports.
            return Ok(());
        }
    }
}

async fn newest_change(db: &DatabaseConnection) -> Result<i32, DbErr> {
    let newest = catalog_change::Entity::find()
        .order_by_desc(catalog_change::Column::Id)
        .one(db)
        .await?;
    Ok(newest.map(|change| change.id).unwrap_or(0))
}

/// The ids of the changes inside the look-back window below `newest`, itself included.
async fn changes_through(db: &DatabaseConnection, newest: i32) -> Result<BTreeSet<i32>, DbErr> {
    let ids: Vec<i32> = catalog_change::Entity::find()
        .select_only()
        .column(catalog_change::Column::Id)
        .filter(catalog_change::Column::Id.gt(newest.saturating_sub(LOOKBACK)))
        .filter(catalog_change::Column::Id.lte(newest))
        .into_tuple()
        .all(db)
        .await?;
    Ok(ids.into_iter().collect())
}

/// Change ids already applied that are still inside the look-back window.
#[derive(Default)]
pub struct Applied {
    ids: BTreeSet<i32>,
}

/// Applies changes recorded since the last call; returns how many services were reindexed.
pub async fn catch_up(
    index: &Arc<SearchIndex>,
    db: &DatabaseConnection,
    applied: &mut Applied,
) -> Result<usize, SearchError> {
    let followed = i32::try_from(index.followed.load(Ordering::Acquire)).unwrap_or(i32::MAX);
    let floor = followed.saturating_sub(LOOKBACK);
    let changes = catalog_change::Entity::find()
        .filter(catalog_change::Column::Id.gt(floor))
        .order_by_asc(catalog_change::Column::Id)
        .limit(10_000)
        .all(db)
        .await?;
    let fresh: Vec<&catalog_change::Model> =
        changes.iter().filter(|c| !applied.ids.contains(&c.id)).collect();
    if fresh.is_empty() {
        return Ok(0);
    }
    let mut ids: Vec<i32> = fresh.iter().map(|c| c.service_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let rows = service::Entity::find()
        .filter(service::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    let documents = load(db, rows, &mut AgencyCache::default()).await?;
    let shared = Arc::clone(index);
    let replaced = ids.clone();
    blocking(move || shared.replace(&replaced, &documents)).await?;
    let newest = fresh.iter().map(|c| c.id).max().unwrap_or(followed).max(followed);
    applied.ids.extend(fresh.iter().map(|c| c.id));
    let keep_from = newest.saturating_sub(LOOKBACK);
    applied.ids = applied.ids.split_off(&keep_from);
    index.followed.store(i64::from(newest), Ordering::Release);
    Ok(ids.len())
}

/// Runs for the life of the server: builds the index (retrying while the database is down),
/// then follows the change feed every `interval`.
pub async fn follow_changes(index: Arc<SearchIndex>, db: DatabaseConnection, interval: Duration) {
    let mut delay = Duration::from_millis(500);
    let mut applied = loop {
        let started = std::time::Instant::now();
        match rebuild(&index, &db).await {
            Ok(built) => {
                tracing::info!(
                    services = built.services,
                    ms = started.elapsed().as_millis() as u64,
                    "search index built"
                );
                let merging = Arc::clone(&index);
                let started = std::time::Instant::now();
                match blocking(move || merging.compact()).await {
                    Ok(()) => {
                        tracing::info!(ms = started.elapsed().as_millis() as u64, "search index merged")
                    }
                    Err(error) => tracing::info!(%error, "search index left in several segments"),
                }
                break built.applied;
            }
            Err(error) => {
                tracing::error!(%error, "search index build failed; retrying");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(30));
            }
        }
    };
    let mut rounds: u64 = 0;
    loop {
        tokio::time::sleep(interval).await;
        match catch_up(&index, &db, &mut applied).await {
            Ok(0) => {}
            Ok(count) => tracing::debug!(services = count, "search index updated"),
            Err(error) => tracing::warn!(%error, "search index could not follow changes"),
        }
        rounds += 1;
        // About once an hour at the default interval, forget changes older than a day.
        if rounds.is_multiple_of(7_200) {
            let cutoff = Utc::now() - chrono::Duration::days(1);
            if let Err(error) = catalog_change::Entity::delete_many()
                .filter(catalog_change::Column::ChangedAt.lt(cutoff))
                .exec(&db)
                .await
            {
                tracing::warn!(%error, "old catalogue changes not pruned");
            }
        }
    }
}
