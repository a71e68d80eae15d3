//! Inserts what written services are made of, in bulk: steps and conditions first (their ids
//! are read back by position), then documents, costs and channels, then every text.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};

use super::services::Context;
use super::{hash_of, id_chunks, insert_all, translation_row};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{
    channel_service_point, opening_hours, service_channel, service_condition, service_cost, service_document,
    service_jurisdiction, service_language, service_point, service_step, service_taxonomy, service_term,
    translation,
};
use crate::import::record::{HoursRecord, PartPlace, PointRecord, ServiceRecord};

/// Ids of rows just inserted, by (service id, position).
type Positions = HashMap<(i32, i32), i32>;

fn position(index: usize) -> i32 {
    i32::try_from(index).unwrap_or(i32::MAX)
}

pub async fn insert(
    txn: &DatabaseTransaction,
    written: &[(i32, &ServiceRecord)],
    context: &Context<'_>,
) -> Result<(), DbErr> {
    if written.is_empty() {
        return Ok(());
    }
    let now = context.now;
    let service_ids: Vec<i32> = written.iter().map(|(id, _)| *id).collect();
    let mut steps = Vec::new();
    let mut conditions = Vec::new();
    for (service_id, record) in written {
        for index in 0..record.steps.len() {
            steps.push(service_step::ActiveModel {
                service_id: Set(*service_id),
                position: Set(position(index)),
                ..Default::default()
            });
        }
        for index in 0..record.conditions.len() {
            conditions.push(service_condition::ActiveModel {
                service_id: Set(*service_id),
                position: Set(position(index)),
                ..Default::default()
            });
        }
    }
    insert_all(txn, steps).await?;
    insert_all(txn, conditions).await?;
    let step_ids =
        read_back::<service_step::Entity>(txn, &service_ids, service_step::Column::ServiceId, |m| {
            (m.service_id, m.position, m.id)
        })
        .await?;
    let condition_ids = read_back::<service_condition::Entity>(
        txn,
        &service_ids,
        service_condition::Column::ServiceId,
        |m| (m.service_id, m.position, m.id),
    )
    .await?;
    let place = |service_id: i32, place: PartPlace| {
        let step = place
            .step
            .and_then(|i| step_ids.get(&(service_id, position(i))).copied());
        let condition = place
            .condition
            .and_then(|i| condition_ids.get(&(service_id, position(i))).copied());
        (step, condition)
    };

    let (mut documents, mut costs, mut channels) = (Vec::new(), Vec::new(), Vec::new());
    for (service_id, record) in written {
        for (index, document) in record.documents.iter().enumerate() {
            let (step, condition) = place(*service_id, document.place);
            documents.push(service_document::ActiveModel {
                service_id: Set(*service_id),
                step_id: Set(step),
                condition_id: Set(condition),
                position: Set(position(index)),
                ..Default::default()
            });
        }
        for (index, cost) in record.costs.iter().enumerate() {
            let (step, condition) = place(*service_id, cost.place);
            costs.push(service_cost::ActiveModel {
                service_id: Set(*service_id),
                step_id: Set(step),
                condition_id: Set(condition),
                position: Set(position(index)),
                kind: Set(if cost.amount_minor.is_some() {
                    "fixed"
                } else {
                    "variable"
                }
                .to_owned()),
                amount_minor: Set(cost.amount_minor),
                currency: Set(cost.currency.clone()),
                ..Default::default()
            });
        }
        for (index, channel) in record.channels.iter().enumerate() {
            let (step, condition) = place(*service_id, channel.place);
            channels.push(service_channel::ActiveModel {
                service_id: Set(*service_id),
                step_id: Set(step),
                condition_id: Set(condition),
                position: Set(position(index)),
                kind: Set(channel.kind.code().to_owned()),
                purpose: Set(channel.purpose.map(str::to_owned)),
                url: Set(channel.url.clone()),
                phone: Set(channel.phone.clone()),
                email: Set(channel.email.clone()),
                wait_minutes: Set(channel.wait_minutes),
                ..Default::default()
            });
        }
    }
    insert_all(txn, documents).await?;
    insert_all(txn, costs).await?;
    insert_all(txn, channels).await?;
    let document_ids =
        read_back::<service_document::Entity>(txn, &service_ids, service_document::Column::ServiceId, |m| {
            (m.service_id, m.position, m.id)
        })
        .await?;
    let cost_ids =
        read_back::<service_cost::Entity>(txn, &service_ids, service_cost::Column::ServiceId, |m| {
            (m.service_id, m.position, m.id)
        })
        .await?;
    let channel_ids =
        read_back::<service_channel::Entity>(txn, &service_ids, service_channel::Column::ServiceId, |m| {
            (m.service_id, m.position, m.id)
        })
        .await?;

    let mut texts = Vec::new();
    let mut terms = Vec::new();
    let mut taxonomy = Vec::new();
    let mut places = Vec::new();
    let mut languages = Vec::new();
    let mut hours = Vec::new();
    let mut points: Vec<(i32, &PointRecord)> = Vec::new();
    for (service_id, record) in written {
        let id = *service_id;
        let locale = record.locale;
        for (field, value) in &record.texts {
            texts.push(translation_row(OwnerKind::Service, id, field, locale, value, now));
        }
        let mut add =
            |kind: OwnerKind, ids: &Positions, index: usize, field: &str, value: Option<&String>| {
                if let (Some(owner), Some(value)) = (ids.get(&(id, position(index))), value) {
                    texts.push(translation_row(kind, *owner, field, locale, value, now));
                }
            };
        for (index, step) in record.steps.iter().enumerate() {
            add(
                OwnerKind::Step,
                &step_ids,
                index,
                FieldName::TITLE,
                step.title.as_ref(),
            );
            add(
                OwnerKind::Step,
                &step_ids,
                index,
                FieldName::DESCRIPTION,
                step.description_html.as_ref(),
            );
        }
        for (index, label) in record.conditions.iter().enumerate() {
            add(
                OwnerKind::Condition,
                &condition_ids,
                index,
                FieldName::LABEL,
                Some(label),
            );
        }
        for (index, document) in record.documents.iter().enumerate() {
            add(
                OwnerKind::Document,
                &document_ids,
                index,
                FieldName::DESCRIPTION,
                Some(&document.description),
            );
        }
        for (index, cost) in record.costs.iter().enumerate() {
            add(
                OwnerKind::Cost,
                &cost_ids,
                index,
                FieldName::DESCRIPTION,
                cost.description.as_ref(),
            );
        }
        for (index, channel) in record.channels.iter().enumerate() {
            add(
                OwnerKind::Channel,
                &channel_ids,
                index,
                FieldName::DESCRIPTION,
                channel.description_html.as_ref(),
            );
            add(
                OwnerKind::Channel,
                &channel_ids,
                index,
                FieldName::WHEN_UNAVAILABLE,
                channel.when_unavailable_html.as_ref(),
            );
            if let Some(channel_id) = channel_ids.get(&(id, position(index))) {
                hours.extend(
                    channel
                        .hours
                        .iter()
                        .map(|h| hours_row(h, Some(*channel_id), None)),
                );
                points.extend(channel.points.iter().map(|p| (*channel_id, p)));
            }
        }
        let named = record
            .popular_names
            .iter()
            .map(|t| ("popular_name", t))
            .chain(record.keywords.iter().map(|t| ("keyword", t)));
        let mut seen = std::collections::HashSet::new();
        for (index, (kind, term)) in named.enumerate() {
            let term: String = term.chars().take(255).collect();
            if seen.insert((kind, term.to_lowercase())) {
                terms.push(service_term::ActiveModel {
                    service_id: Set(id),
                    locale: Set(locale.code().to_owned()),
                    kind: Set(kind.to_owned()),
                    term: Set(term),
                    position: Set(position(index)),
                    ..Default::default()
                });
            }
        }
        for term_id in context.taxonomy.terms_for(&record.topics) {
            taxonomy.push(service_taxonomy::ActiveModel {
                service_id: Set(id),
                term_id: Set(term_id),
            });
        }
        let mut place_ids: Vec<i32> = record
            .jurisdiction_codes
            .iter()
            .filter_map(|c| context.places.get(c).copied())
            .collect();
        place_ids.sort_unstable();
        place_ids.dedup();
        places.extend(place_ids.into_iter().map(|p| service_jurisdiction::ActiveModel {
            service_id: Set(id),
            jurisdiction_id: Set(p),
        }));
        let mut langs = record.languages.clone();
        langs.sort();
        langs.dedup();
        languages.extend(langs.into_iter().map(|l| service_language::ActiveModel {
            service_id: Set(id),
            language: Set(l),
        }));
    }
    let links = link_points(txn, &points, written.first().map(|(_, r)| r.locale), now).await?;
    insert_all(txn, texts).await?;
    insert_all(txn, terms).await?;
    insert_all(txn, taxonomy).await?;
    insert_all(txn, places).await?;
    insert_all(txn, languages).await?;
    insert_all(txn, hours).await?;
    insert_all(txn, links).await?;
    Ok(())
}

fn hours_row(hours: &HoursRecord, channel: Option<i32>, point: Option<i32>) -> opening_hours::ActiveModel {
    opening_hours::ActiveModel {
        channel_id: Set(channel),
        service_point_id: Set(point),
        weekday: Set(hours.weekday),
        opens: Set(hours.opens.clone()),
        closes: Set(hours.closes.clone()),
        ..Default::default()
    }
}

/// Rows of `E` for the given services, by (service id, position).
async fn read_back<E>(
    txn: &DatabaseTransaction,
    service_ids: &[i32],
    column: E::Column,
    key: impl Fn(&E::Model) -> (i32, i32, i32),
) -> Result<Positions, DbErr>
where
    E: EntityTrait,
{
    let mut positions = HashMap::new();
    for ids in id_chunks(service_ids) {
        for row in E::find()
            .filter(column.is_in(ids.iter().copied()))
            .all(txn)
            .await?
        {
            let (service_id, position, id) = key(&row);
            positions.insert((service_id, position), id);
        }
    }
    Ok(positions)
}

/// Service points are shared between services: upserted by source id (only when changed), then
/// linked to the channels that send people there.
async fn link_points(
    txn: &DatabaseTransaction,
    points: &[(i32, &PointRecord)],
    locale: Option<app::locale::Locale>,
    now: DateTime<Utc>,
) -> Result<Vec<channel_service_point::ActiveModel>, DbErr> {
    let Some(locale) = locale else {
        return Ok(Vec::new());
    };
    let mut ids: HashMap<String, i32> = HashMap::new();
    let source_ids: Vec<String> = points.iter().map(|(_, p)| p.source_id.clone()).collect();
    let mut existing: HashMap<String, service_point::Model> = HashMap::new();
    for chunk in source_ids.chunks(5_000) {
        for row in service_point::Entity::find()
            .filter(service_point::Column::SourceId.is_in(chunk.to_vec()))
            .all(txn)
            .await?
        {
            if let Some(source) = row.source_id.clone() {
                existing.insert(source, row);
            }
        }
    }
    let mut links = Vec::new();
    for (channel_id, point) in points {
        let id = match ids.get(&point.source_id) {
            Some(id) => *id,
            None => {
                let id = upsert_point(txn, point, existing.get(&point.source_id), locale, now).await?;
                ids.insert(point.source_id.clone(), id);
                id
            }
        };
        let link = channel_service_point::ActiveModel {
            channel_id: Set(*channel_id),
            service_point_id: Set(id),
        };
        if !links.iter().any(|l: &channel_service_point::ActiveModel| {
            l.channel_id == link.channel_id && l.service_point_id == link.service_point_id
        }) {
            links.push(link);
        }
    }
    Ok(links)
}

pub(super) async fn upsert_point(
    txn: &DatabaseTransaction,
    point: &PointRecord,
    existing: Option<&service_point::Model>,
    locale: app::locale::Locale,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let hash = hash_of(point);
    if let Some(row) = existing.filter(|row| row.source_hash.as_deref() == Some(hash.as_str())) {
        return Ok(row.id);
    }
    let mut active = match existing {
        Some(row) => row.clone().into(),
        None => service_point::ActiveModel {
            source_id: Set(Some(point.source_id.clone())),
            ..Default::default()
        },
    };
    active.source_hash = Set(Some(hash));
    active.phone = Set(point.phone.clone());
    active.email = Set(point.email.clone());
    active.postal_code = Set(point.postal_code.clone());
    active.latitude = Set(point.latitude);
    active.longitude = Set(point.longitude);
    let id = match existing {
        Some(row) => {
            active.update(txn).await?;
            translation::Entity::delete_many()
                .filter(translation::Column::OwnerKind.eq(OwnerKind::ServicePoint.code()))
                .filter(translation::Column::OwnerId.eq(row.id))
                .exec(txn)
                .await?;
            opening_hours::Entity::delete_many()
                .filter(opening_hours::Column::ServicePointId.eq(row.id))
                .exec(txn)
                .await?;
            row.id
        }
        None => active.insert(txn).await?.id,
    };
    let mut texts = Vec::new();
    if let Some(name) = &point.name {
        texts.push(translation_row(
            OwnerKind::ServicePoint,
            id,
            FieldName::NAME,
            locale,
            name,
            now,
        ));
    }
    if let Some(address) = &point.address {
        texts.push(translation_row(
            OwnerKind::ServicePoint,
            id,
            FieldName::ADDRESS,
            locale,
            address,
            now,
        ));
    }
    insert_all(txn, texts).await?;
    insert_all(
        txn,
        point.hours.iter().map(|h| hours_row(h, None, Some(id))).collect(),
    )
    .await?;
    Ok(id)
}
