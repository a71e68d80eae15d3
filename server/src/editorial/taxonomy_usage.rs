//! How many services each life event or topic classifies: in the live tables (drafts,
//! services in review and what citizens see) and in the pending version of a published or
//! archived service, which names its terms only in its snapshot until someone publishes it.
//! A term counted here is never deleted, so no save or publish finds it gone.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QuerySelect};
use serde::Deserialize;

use super::Status;
use crate::db::entities::{service, service_taxonomy, service_version};

#[derive(FromQueryResult)]
struct TermUse {
    term_id: i32,
    count: i64,
}

/// The one part of a stored snapshot this module reads.
#[derive(Deserialize)]
struct TermsOf {
    #[serde(default)]
    taxonomy: Vec<i32>,
}

/// Services per term id; a term no service uses is absent.
pub async fn services_per_term(db: &impl ConnectionTrait) -> Result<HashMap<i32, u64>, DbErr> {
    let mut counts: HashMap<i32, u64> = service_taxonomy::Entity::find()
        .select_only()
        .column(service_taxonomy::Column::TermId)
        .column_as(service_taxonomy::Column::ServiceId.count(), "count")
        .group_by(service_taxonomy::Column::TermId)
        .into_model::<TermUse>()
        .all(db)
        .await?
        .into_iter()
        .map(|used| (used.term_id, u64::try_from(used.count).unwrap_or_default()))
        .collect();
    for (term, extra) in pending_only(db).await? {
        *counts.entry(term).or_default() += extra;
    }
    Ok(counts)
}

/// Services the term classifies.
pub async fn services_using(db: &impl ConnectionTrait, term: i32) -> Result<u64, DbErr> {
    Ok(services_per_term(db)
        .await?
        .get(&term)
        .copied()
        .unwrap_or_default())
}

/// Per term, the services whose pending version names it while their live tables do not
/// (those are counted already).
async fn pending_only(db: &impl ConnectionTrait) -> Result<HashMap<i32, u64>, DbErr> {
    let public = [Status::Published.code(), Status::Archived.code()];
    let unpublished = service_version::Entity::find()
        .filter(service_version::Column::PublishedAt.is_null())
        .filter(
            service_version::Column::ServiceId.in_subquery(
                Query::select()
                    .column(service::Column::Id)
                    .from(service::Entity)
                    .and_where(Expr::col(service::Column::Status).is_in(public))
                    .to_owned(),
            ),
        )
        .all(db)
        .await?;
    if unpublished.is_empty() {
        return Ok(HashMap::new());
    }
    let ids: HashSet<i32> = unpublished.iter().map(|v| v.service_id).collect();
    // Only the newest version is pending; older unpublished ones were superseded.
    let newest: HashMap<i32, i32> = service::Entity::find()
        .filter(service::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.version))
        .collect();
    let live: HashSet<(i32, i32)> = service_taxonomy::Entity::find()
        .filter(service_taxonomy::Column::ServiceId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.service_id, row.term_id))
        .collect();
    let mut extra: HashMap<i32, u64> = HashMap::new();
    for version in unpublished {
        if newest.get(&version.service_id) != Some(&version.version) {
            continue;
        }
        // A snapshot that does not parse names no term here; opening it reports the fault.
        let Ok(terms) = serde_json::from_str::<TermsOf>(&version.snapshot) else {
            continue;
        };
        let mut terms = terms.taxonomy;
        terms.sort_unstable();
        terms.dedup();
        for term in terms {
            if !live.contains(&(version.service_id, term)) {
                *extra.entry(term).or_default() += 1;
            }
        }
    }
    Ok(extra)
}
