//! Checks that need the database: the places, life events, topics and service points a
//! snapshot names exist, and each service point is shared (no agency) or the service's
//! agency's own. Each problem is a field error like the others, so nothing is written.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::db::entities::{jurisdiction, service_point, taxonomy_term};
use crate::editorial::FieldError;
use crate::editorial::snapshot::ServiceSnapshot;

pub const UNKNOWN_PLACE: &str = "admin-editor-error-place";
pub const UNKNOWN_TERM: &str = "admin-editor-error-term";
pub const UNUSABLE_POINT: &str = "admin-editor-error-points";

/// Errors for every reference of `snapshot` that does not exist or that `agency` may not use.
pub async fn check_references(
    db: &impl ConnectionTrait,
    agency: i32,
    snapshot: &ServiceSnapshot,
) -> Result<Vec<FieldError>, DbErr> {
    let mut errors = Vec::new();
    let places =
        existing::<jurisdiction::Entity>(db, jurisdiction::Column::Id, &snapshot.jurisdictions).await?;
    for (index, id) in snapshot.jurisdictions.iter().enumerate() {
        if !places.contains(id) {
            errors.push(FieldError::new(format!("jurisdictions.{index}"), UNKNOWN_PLACE));
        }
    }
    let terms = existing::<taxonomy_term::Entity>(db, taxonomy_term::Column::Id, &snapshot.taxonomy).await?;
    for (index, id) in snapshot.taxonomy.iter().enumerate() {
        if !terms.contains(id) {
            errors.push(FieldError::new(format!("taxonomy.{index}"), UNKNOWN_TERM));
        }
    }
    let wanted: Vec<i32> = snapshot
        .channels
        .iter()
        .flat_map(|c| c.service_points.iter().copied())
        .collect();
    let owners = point_owners(db, &wanted).await?;
    // A point belongs to no agency (shared) or to the service's own.
    let usable = |id: &i32| {
        owners
            .get(id)
            .is_some_and(|owner| owner.is_none_or(|a| a == agency))
    };
    for (index, channel) in snapshot.channels.iter().enumerate() {
        if !channel.service_points.iter().all(usable) {
            errors.push(FieldError::new(
                format!("channels.{index}.service_points"),
                UNUSABLE_POINT,
            ));
        }
    }
    Ok(errors)
}

/// Ids without repeats, in chunks short enough for an `IN (…)` list.
fn chunks(ids: &[i32]) -> Vec<Vec<i32>> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    ids.chunks(5_000).map(<[i32]>::to_vec).collect()
}

/// Which of `ids` the table of `E` holds (`id` is its key column).
async fn existing<E: EntityTrait>(
    db: &impl ConnectionTrait,
    id: E::Column,
    ids: &[i32],
) -> Result<Vec<i32>, DbErr> {
    let mut found = Vec::new();
    for chunk in chunks(ids) {
        let rows: Vec<i32> = E::find()
            .select_only()
            .column(id)
            .filter(id.is_in(chunk))
            .into_tuple()
            .all(db)
            .await?;
        found.extend(rows);
    }
    Ok(found)
}

/// The agency of each existing point (`None`: shared by every agency).
async fn point_owners(db: &impl ConnectionTrait, ids: &[i32]) -> Result<HashMap<i32, Option<i32>>, DbErr> {
    let mut found = HashMap::new();
    for chunk in chunks(ids) {
        let rows = service_point::Entity::find()
            .filter(service_point::Column::Id.is_in(chunk))
            .all(db)
            .await?;
        found.extend(rows.into_iter().map(|row| (row.id, row.agency_id)));
    }
    Ok(found)
}
