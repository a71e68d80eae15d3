//! Reads a service's snapshot from the tables as they are now.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::snapshot::{ChannelPart, CostPart, DocumentPart, Hours, Place, ServiceSnapshot, Term, Texts};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{
    channel_service_point, opening_hours, service, service_channel, service_condition, service_cost,
    service_document, service_jurisdiction, service_language, service_step, service_taxonomy, service_term,
    translation,
};

/// Texts of many owners of one kind, by owner id.
async fn texts_of(
    db: &impl ConnectionTrait,
    kind: OwnerKind,
    ids: &[i32],
) -> Result<HashMap<i32, Texts>, DbErr> {
    let mut by_owner: HashMap<i32, Texts> = HashMap::new();
    if ids.is_empty() {
        return Ok(by_owner);
    }
    for chunk in ids.chunks(5_000) {
        let rows = translation::Entity::find()
            .filter(translation::Column::OwnerKind.eq(kind.code()))
            .filter(translation::Column::OwnerId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        for row in rows {
            by_owner
                .entry(row.owner_id)
                .or_default()
                .entry(row.field)
                .or_default()
                .insert(row.locale, row.value);
        }
    }
    Ok(by_owner)
}

/// The locale of the service's original name, else the first locale its name has.
async fn main_locale(db: &impl ConnectionTrait, service_id: i32) -> Result<String, DbErr> {
    let names = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Service.code()))
        .filter(translation::Column::OwnerId.eq(service_id))
        .filter(translation::Column::Field.eq(FieldName::NAME))
        .order_by_asc(translation::Column::Locale)
        .all(db)
        .await?;
    Ok(names
        .iter()
        .find(|row| row.status == "original")
        .or(names.first())
        .map(|row| row.locale.clone())
        .unwrap_or_else(|| app::locale::Locale::DEFAULT.code().to_owned()))
}

/// Reads the service's content as the tables hold it now.
pub async fn read(db: &impl ConnectionTrait, row: &service::Model) -> Result<ServiceSnapshot, DbErr> {
    let id = row.id;
    let steps = service_step::Entity::find()
        .filter(service_step::Column::ServiceId.eq(id))
        .order_by_asc(service_step::Column::Position)
        .all(db)
        .await?;
    let conditions = service_condition::Entity::find()
        .filter(service_condition::Column::ServiceId.eq(id))
        .order_by_asc(service_condition::Column::Position)
        .all(db)
        .await?;
    let step_index: HashMap<i32, usize> = steps.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let condition_index: HashMap<i32, usize> =
        conditions.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let place = |step: Option<i32>, condition: Option<i32>| Place {
        step: step.and_then(|s| step_index.get(&s).copied()),
        condition: condition.and_then(|c| condition_index.get(&c).copied()),
    };
    let documents = service_document::Entity::find()
        .filter(service_document::Column::ServiceId.eq(id))
        .order_by_asc(service_document::Column::Position)
        .all(db)
        .await?;
    let costs = service_cost::Entity::find()
        .filter(service_cost::Column::ServiceId.eq(id))
        .order_by_asc(service_cost::Column::Position)
        .all(db)
        .await?;
    let channels = service_channel::Entity::find()
        .filter(service_channel::Column::ServiceId.eq(id))
        .order_by_asc(service_channel::Column::Position)
        .all(db)
        .await?;
    let mut own = texts_of(db, OwnerKind::Service, &[id]).await?;
    let mut step_texts = texts_of(
        db,
        OwnerKind::Step,
        &steps.iter().map(|s| s.id).collect::<Vec<_>>(),
    )
    .await?;
    let mut condition_texts = texts_of(
        db,
        OwnerKind::Condition,
        &conditions.iter().map(|c| c.id).collect::<Vec<_>>(),
    )
    .await?;
    let mut document_texts = texts_of(
        db,
        OwnerKind::Document,
        &documents.iter().map(|d| d.id).collect::<Vec<_>>(),
    )
    .await?;
    let mut cost_texts = texts_of(
        db,
        OwnerKind::Cost,
        &costs.iter().map(|c| c.id).collect::<Vec<_>>(),
    )
    .await?;
    let channel_ids: Vec<i32> = channels.iter().map(|c| c.id).collect();
    let mut channel_texts = texts_of(db, OwnerKind::Channel, &channel_ids).await?;
    let mut hours: HashMap<i32, Vec<Hours>> = HashMap::new();
    let mut points: HashMap<i32, Vec<i32>> = HashMap::new();
    if !channel_ids.is_empty() {
        for row in opening_hours::Entity::find()
            .filter(opening_hours::Column::ChannelId.is_in(channel_ids.clone()))
            .order_by_asc(opening_hours::Column::Id)
            .all(db)
            .await?
        {
            if let Some(channel) = row.channel_id {
                hours.entry(channel).or_default().push(Hours {
                    weekday: row.weekday,
                    opens: row.opens,
                    closes: row.closes,
                });
            }
        }
        for row in channel_service_point::Entity::find()
            .filter(channel_service_point::Column::ChannelId.is_in(channel_ids))
            .all(db)
            .await?
        {
            points
                .entry(row.channel_id)
                .or_default()
                .push(row.service_point_id);
        }
    }
    let mut snapshot = ServiceSnapshot {
        main_locale: main_locale(db, id).await?,
        level: row.level.clone(),
        fully_online: row.fully_online,
        start_url: row.start_url.clone(),
        cost_kind: row.cost_kind.clone(),
        cost_amount_minor: row.cost_amount_minor,
        cost_currency: row.cost_currency.clone(),
        processing_kind: row.processing_kind.clone(),
        processing_min: row.processing_min,
        processing_max: row.processing_max,
        processing_unit: row.processing_unit.clone(),
        validity_amount: row.validity_amount,
        validity_unit: row.validity_unit.clone(),
        texts: own.remove(&id).unwrap_or_default(),
        steps: steps
            .iter()
            .map(|s| step_texts.remove(&s.id).unwrap_or_default())
            .collect(),
        conditions: conditions
            .iter()
            .map(|c| condition_texts.remove(&c.id).unwrap_or_default())
            .collect(),
        documents: documents
            .iter()
            .map(|d| DocumentPart {
                place: place(d.step_id, d.condition_id),
                texts: document_texts.remove(&d.id).unwrap_or_default(),
            })
            .collect(),
        costs: costs
            .iter()
            .map(|c| CostPart {
                place: place(c.step_id, c.condition_id),
                kind: c.kind.clone(),
                amount_minor: c.amount_minor,
                currency: c.currency.clone(),
                texts: cost_texts.remove(&c.id).unwrap_or_default(),
            })
            .collect(),
        channels: channels
            .into_iter()
            .map(|c| {
                let mut linked = points.remove(&c.id).unwrap_or_default();
                linked.sort_unstable();
                ChannelPart {
                    place: place(c.step_id, c.condition_id),
                    texts: channel_texts.remove(&c.id).unwrap_or_default(),
                    hours: hours.remove(&c.id).unwrap_or_default(),
                    service_points: linked,
                    kind: c.kind,
                    purpose: c.purpose,
                    url: c.url,
                    phone: c.phone,
                    email: c.email,
                    wait_minutes: c.wait_minutes,
                    processing_min: c.processing_min,
                    processing_max: c.processing_max,
                    processing_unit: c.processing_unit,
                    cost_kind: c.cost_kind,
                    cost_amount_minor: c.cost_amount_minor,
                    cost_currency: c.cost_currency,
                }
            })
            .collect(),
        ..Default::default()
    };
    read_classification(db, id, &mut snapshot).await?;
    Ok(snapshot)
}

/// Terms, taxonomy, places and languages: rows keyed by the service alone.
async fn read_classification(
    db: &impl ConnectionTrait,
    id: i32,
    snapshot: &mut ServiceSnapshot,
) -> Result<(), DbErr> {
    snapshot.terms = service_term::Entity::find()
        .filter(service_term::Column::ServiceId.eq(id))
        .order_by_asc(service_term::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|t| Term {
            locale: t.locale,
            kind: t.kind,
            term: t.term,
        })
        .collect();
    snapshot.taxonomy = service_taxonomy::Entity::find()
        .filter(service_taxonomy::Column::ServiceId.eq(id))
        .order_by_asc(service_taxonomy::Column::TermId)
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.term_id)
        .collect();
    snapshot.jurisdictions = service_jurisdiction::Entity::find()
        .filter(service_jurisdiction::Column::ServiceId.eq(id))
        .order_by_asc(service_jurisdiction::Column::JurisdictionId)
        .all(db)
        .await?
        .into_iter()
        .map(|j| j.jurisdiction_id)
        .collect();
    snapshot.languages = service_language::Entity::find()
        .filter(service_language::Column::ServiceId.eq(id))
        .order_by_asc(service_language::Column::Language)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.language)
        .collect();
    Ok(())
}
