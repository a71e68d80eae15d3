//! What the admin panel's import needs before records become editorial versions: the places,
//! topics and service points the records name, found or created in the caller's transaction,
//! exactly as the CLI import writes them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};

use super::parts::upsert_point;
use super::reference::{self, TaxonomyMap};
use crate::db::entities::service_point;
use crate::import::record::Batch;

/// Ids of what the batch's services point to.
pub struct References {
    pub places: HashMap<String, i32>,
    pub taxonomy: TaxonomyMap,
    /// Service points by source id.
    pub points: HashMap<String, i32>,
}

pub async fn references(
    txn: &DatabaseTransaction,
    batch: &Batch,
    now: DateTime<Utc>,
) -> Result<References, DbErr> {
    let places = reference::jurisdictions(txn, &batch.jurisdictions).await?;
    let taxonomy = reference::taxonomy(txn, batch, now).await?;
    let mut points = HashMap::new();
    for service in &batch.services {
        for point in service.channels.iter().flat_map(|c| &c.points) {
            if points.contains_key(&point.source_id) {
                continue;
            }
            let existing = service_point::Entity::find()
                .filter(service_point::Column::SourceId.eq(point.source_id.as_str()))
                .one(txn)
                .await?;
            let id = upsert_point(txn, point, existing.as_ref(), service.locale, now).await?;
            points.insert(point.source_id.clone(), id);
        }
    }
    Ok(References {
        places,
        taxonomy,
        points,
    })
}
