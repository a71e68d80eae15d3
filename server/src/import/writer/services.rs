//! Service rows: new ones inserted, changed ones updated in place (keeping their id and slug)
//! with their parts replaced, unchanged ones skipped.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use indicatif::ProgressBar;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};

use super::reference::TaxonomyMap;
use super::status::{archived_in_panel, status_after_import};
use super::{Counts, hash_of, id_chunks, insert_all, parts};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{
    service, service_channel, service_condition, service_cost, service_document, service_jurisdiction,
    service_language, service_step, service_taxonomy, service_term, slug_redirect, translation,
};
use crate::import::record::{CostRecord, ServiceRecord};
use crate::text::{fold, strip_tags, unique_slug};

pub struct Context<'a> {
    pub places: &'a HashMap<String, i32>,
    pub taxonomy: &'a TaxonomyMap,
    pub agencies: &'a HashMap<String, i32>,
    pub now: DateTime<Utc>,
}

/// Services written per round trip; bounds memory and keeps `IN (…)` lists short.
const CHUNK: usize = 500;

pub async fn write(
    txn: &DatabaseTransaction,
    records: &[ServiceRecord],
    context: &Context<'_>,
    progress: &ProgressBar,
) -> Result<(Counts, u64), DbErr> {
    let mut counts = Counts::default();
    let mut redirects = 0;
    let mut taken_slugs = HashSet::new();
    for chunk in records.chunks(CHUNK) {
        let source_ids: Vec<&str> = chunk.iter().map(|r| r.source_id.as_str()).collect();
        let existing: HashMap<String, service::Model> = service::Entity::find()
            .filter(service::Column::SourceId.is_in(source_ids))
            .all(txn)
            .await?
            .into_iter()
            .filter_map(|row| Some((row.source_id.clone()?, row)))
            .collect();
        let slugs: Vec<&str> = chunk.iter().map(|r| r.slug.as_str()).collect();
        let used = service::Entity::find()
            .filter(service::Column::Slug.is_in(slugs))
            .all(txn)
            .await?;
        taken_slugs.extend(used.into_iter().map(|row| row.slug));
        let archived_in_panel = archived_in_panel(txn, existing.values()).await?;
        let mut written: Vec<(i32, &ServiceRecord)> = Vec::new();
        let mut replaced = Vec::new();
        let mut new_rows = Vec::new();
        let mut new_records = Vec::new();
        for record in chunk {
            let Some(&agency_id) = context.agencies.get(&record.agency_source_id) else {
                tracing::warn!(service = %record.source_id, "agency missing from the batch; service skipped");
                continue;
            };
            let hash = hash_of(record);
            match existing.get(&record.source_id) {
                Some(row) if row.source_hash.as_deref() == Some(hash.as_str()) => counts.unchanged += 1,
                Some(row) => {
                    let mut active: service::ActiveModel = row.clone().into();
                    fill(&mut active, record, agency_id, hash, context.now);
                    active.status = Set(status_after_import(
                        &row.status,
                        record.status,
                        archived_in_panel.contains(&row.id),
                    ));
                    active.version = Set(row.version + 1);
                    active.update(txn).await?;
                    replaced.push(row.id);
                    written.push((row.id, record));
                    counts.updated += 1;
                }
                None => {
                    let mut active = service::ActiveModel {
                        slug: Set(unique_slug(&record.slug, &mut taken_slugs)),
                        source_id: Set(Some(record.source_id.clone())),
                        version: Set(1),
                        created_at: Set(context.now),
                        published_at: Set(Some(context.now)),
                        ..Default::default()
                    };
                    fill(&mut active, record, agency_id, hash, context.now);
                    new_rows.push(active);
                    new_records.push(record);
                    counts.created += 1;
                }
            }
        }
        // New rows go in one statement per chunk; their ids are read back by source id.
        insert_all(txn, new_rows).await?;
        let new_ids: HashMap<String, i32> = service::Entity::find()
            .filter(service::Column::SourceId.is_in(new_records.iter().map(|r| r.source_id.as_str())))
            .all(txn)
            .await?
            .into_iter()
            .filter_map(|row| Some((row.source_id?, row.id)))
            .collect();
        written.extend(
            new_records
                .into_iter()
                .filter_map(|r| Some((*new_ids.get(&r.source_id)?, r))),
        );
        delete_parts(txn, &replaced).await?;
        parts::insert(txn, &written, context).await?;
        let changed: Vec<i32> = written.iter().map(|(id, _)| *id).collect();
        crate::search::record_changes(txn, &changed, context.now).await?;
        redirects += add_redirects(txn, &written).await?;
        progress.inc(chunk.len() as u64);
    }
    Ok((counts, redirects))
}

fn fill(
    active: &mut service::ActiveModel,
    record: &ServiceRecord,
    agency_id: i32,
    hash: String,
    now: DateTime<Utc>,
) {
    let (cost_kind, amount, currency) = match &record.cost {
        CostRecord::Free => ("free", None, None),
        CostRecord::Fixed {
            amount_minor,
            currency,
        } => ("fixed", Some(*amount_minor), Some(currency.clone())),
        CostRecord::Variable => ("variable", None, None),
        CostRecord::Unknown => ("unknown", None, None),
    };
    active.source_hash = Set(Some(hash));
    active.agency_id = Set(agency_id);
    active.level = Set(record.level.code().to_owned());
    active.status = Set(record.status.to_owned());
    active.fully_online = Set(record.fully_online);
    active.start_url = Set(record.start_url.clone());
    active.cost_kind = Set(cost_kind.to_owned());
    active.cost_amount_minor = Set(amount);
    active.cost_currency = Set(currency);
    active.processing_kind = Set(record.processing.as_ref().map(|p| p.kind.to_owned()));
    active.processing_min = Set(record.processing.as_ref().and_then(|p| p.min));
    active.processing_max = Set(record.processing.as_ref().and_then(|p| p.max));
    active.processing_unit = Set(record
        .processing
        .as_ref()
        .and_then(|p| p.unit)
        .map(|u| u.code().to_owned()));
    active.validity_amount = Set(record.validity.as_ref().and_then(|v| v.max));
    active.validity_unit = Set(record
        .validity
        .as_ref()
        .and_then(|v| v.unit)
        .map(|u| u.code().to_owned()));
    active.search_text = Set(search_text(record));
    active.search_name = Set(fold(record.text(FieldName::NAME).unwrap_or_default()));
    active.updated_at = Set(now);
}

/// Everything a person might type to find the service, folded.
fn search_text(record: &ServiceRecord) -> String {
    let mut parts: Vec<String> = [FieldName::NAME, FieldName::ACRONYM, FieldName::SUMMARY]
        .iter()
        .filter_map(|field| record.text(field).map(str::to_owned))
        .collect();
    parts.extend(record.popular_names.iter().cloned());
    parts.extend(record.keywords.iter().cloned());
    parts.extend(record.topics.iter().cloned());
    if let Some(description) = record.text(FieldName::DESCRIPTION) {
        parts.push(strip_tags(description));
    }
    fold(&parts.join(" "))
}

/// Removes what a changed service is made of, texts included, before it is written anew.
async fn delete_parts(txn: &DatabaseTransaction, service_ids: &[i32]) -> Result<(), DbErr> {
    for ids in id_chunks(service_ids) {
        delete_texts_of(txn, OwnerKind::Step, "service_steps", ids).await?;
        delete_texts_of(txn, OwnerKind::Condition, "service_conditions", ids).await?;
        delete_texts_of(txn, OwnerKind::Document, "service_documents", ids).await?;
        delete_texts_of(txn, OwnerKind::Cost, "service_costs", ids).await?;
        delete_texts_of(txn, OwnerKind::Channel, "service_channels", ids).await?;
        translation::Entity::delete_many()
            .filter(translation::Column::OwnerKind.eq(OwnerKind::Service.code()))
            .filter(translation::Column::OwnerId.is_in(ids.iter().copied()))
            .exec(txn)
            .await?;
        let ids = ids.to_vec();
        service_channel::Entity::delete_many()
            .filter(service_channel::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_cost::Entity::delete_many()
            .filter(service_cost::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_document::Entity::delete_many()
            .filter(service_document::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_condition::Entity::delete_many()
            .filter(service_condition::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_step::Entity::delete_many()
            .filter(service_step::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_term::Entity::delete_many()
            .filter(service_term::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_taxonomy::Entity::delete_many()
            .filter(service_taxonomy::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_jurisdiction::Entity::delete_many()
            .filter(service_jurisdiction::Column::ServiceId.is_in(ids.clone()))
            .exec(txn)
            .await?;
        service_language::Entity::delete_many()
            .filter(service_language::Column::ServiceId.is_in(ids))
            .exec(txn)
            .await?;
    }
    Ok(())
}

async fn delete_texts_of(
    txn: &DatabaseTransaction,
    kind: OwnerKind,
    table: &'static str,
    ids: &[i32],
) -> Result<(), DbErr> {
    translation::Entity::delete_many()
        .filter(translation::Column::OwnerKind.eq(kind.code()))
        .filter(
            translation::Column::OwnerId.in_subquery(
                Query::select()
                    .column("id")
                    .from(table)
                    .and_where(Expr::col("service_id").is_in(ids.iter().copied()))
                    .to_owned(),
            ),
        )
        .exec(txn)
        .await?;
    Ok(())
}

/// Old slugs of replaced records answer with a redirect, unless a live service uses them.
async fn add_redirects(txn: &DatabaseTransaction, written: &[(i32, &ServiceRecord)]) -> Result<u64, DbErr> {
    let wanted: Vec<(String, i32)> = written
        .iter()
        .flat_map(|(id, record)| {
            record
                .old_slugs
                .iter()
                .chain(std::iter::once(&record.slug))
                .map(move |s| (s.clone(), *id))
        })
        .collect();
    if wanted.is_empty() {
        return Ok(0);
    }
    let slugs: Vec<String> = wanted.iter().map(|(slug, _)| slug.clone()).collect();
    let live: HashSet<String> = service::Entity::find()
        .filter(service::Column::Slug.is_in(slugs.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|row| row.slug)
        .collect();
    let known: HashSet<String> = slug_redirect::Entity::find()
        .filter(slug_redirect::Column::OldSlug.is_in(slugs))
        .all(txn)
        .await?
        .into_iter()
        .map(|row| row.old_slug)
        .collect();
    let mut seen = HashSet::new();
    let rows: Vec<slug_redirect::ActiveModel> = wanted
        .into_iter()
        .filter(|(slug, _)| !live.contains(slug) && !known.contains(slug) && seen.insert(slug.clone()))
        .map(|(slug, service_id)| slug_redirect::ActiveModel {
            old_slug: Set(slug),
            service_id: Set(service_id),
        })
        .collect();
    let count = rows.len() as u64;
    insert_all(txn, rows).await?;
    Ok(count)
}
