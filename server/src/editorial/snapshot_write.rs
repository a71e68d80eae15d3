//! Puts a snapshot back into the tables: the service row's facts are updated in place (its id,
//! slug and status stay), and everything the service is made of is replaced. Runs inside the
//! caller's transaction, so a failure leaves the previous content whole.
//!
//! Texts in the main locale are written as `original`, the others as `reviewed`: a person wrote
//! or checked them in the panel.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::snapshot::{Place, ServiceSnapshot, Texts};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{
    channel_service_point, opening_hours, service, service_channel, service_condition, service_cost,
    service_document, service_jurisdiction, service_language, service_step, service_taxonomy, service_term,
    translation,
};
use crate::text::{fold, strip_tags};

fn position(index: usize) -> i32 {
    i32::try_from(index).unwrap_or(i32::MAX)
}

pub async fn apply(
    db: &impl ConnectionTrait,
    row: &service::Model,
    snapshot: &ServiceSnapshot,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let id = row.id;
    let mut active: service::ActiveModel = row.clone().into();
    active.level = Set(snapshot.level.clone());
    active.fully_online = Set(snapshot.fully_online);
    active.start_url = Set(snapshot.start_url.clone());
    active.cost_kind = Set(snapshot.cost_kind.clone());
    active.cost_amount_minor = Set(snapshot.cost_amount_minor);
    active.cost_currency = Set(snapshot.cost_currency.clone());
    active.processing_kind = Set(snapshot.processing_kind.clone());
    active.processing_min = Set(snapshot.processing_min);
    active.processing_max = Set(snapshot.processing_max);
    active.processing_unit = Set(snapshot.processing_unit.clone());
    active.validity_amount = Set(snapshot.validity_amount);
    active.validity_unit = Set(snapshot.validity_unit.clone());
    active.search_text = Set(search_text(snapshot));
    active.search_name = Set(fold(
        snapshot
            .text(FieldName::NAME, &snapshot.main_locale)
            .unwrap_or_default(),
    ));
    active.updated_at = Set(now);
    active.update(db).await?;
    delete_parts(db, id).await?;
    let writer = TextWriter {
        main_locale: &snapshot.main_locale,
        now,
    };
    writer.write(db, OwnerKind::Service, id, &snapshot.texts).await?;
    let mut step_ids = Vec::new();
    for (index, texts) in snapshot.steps.iter().enumerate() {
        let step = service_step::ActiveModel {
            service_id: Set(id),
            position: Set(position(index)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        writer.write(db, OwnerKind::Step, step.id, texts).await?;
        step_ids.push(step.id);
    }
    let mut condition_ids = Vec::new();
    for (index, texts) in snapshot.conditions.iter().enumerate() {
        let condition = service_condition::ActiveModel {
            service_id: Set(id),
            position: Set(position(index)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        writer
            .write(db, OwnerKind::Condition, condition.id, texts)
            .await?;
        condition_ids.push(condition.id);
    }
    let at = |place: Place| {
        (
            place.step.and_then(|i| step_ids.get(i).copied()),
            place.condition.and_then(|i| condition_ids.get(i).copied()),
        )
    };
    for (index, part) in snapshot.documents.iter().enumerate() {
        let (step, condition) = at(part.place);
        let document = service_document::ActiveModel {
            service_id: Set(id),
            step_id: Set(step),
            condition_id: Set(condition),
            position: Set(position(index)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        writer
            .write(db, OwnerKind::Document, document.id, &part.texts)
            .await?;
    }
    for (index, part) in snapshot.costs.iter().enumerate() {
        let (step, condition) = at(part.place);
        let cost = service_cost::ActiveModel {
            service_id: Set(id),
            step_id: Set(step),
            condition_id: Set(condition),
            position: Set(position(index)),
            kind: Set(part.kind.clone()),
            amount_minor: Set(part.amount_minor),
            currency: Set(part.currency.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        writer.write(db, OwnerKind::Cost, cost.id, &part.texts).await?;
    }
    for (index, part) in snapshot.channels.iter().enumerate() {
        let (step, condition) = at(part.place);
        let channel = service_channel::ActiveModel {
            service_id: Set(id),
            step_id: Set(step),
            condition_id: Set(condition),
            position: Set(position(index)),
            kind: Set(part.kind.clone()),
            purpose: Set(part.purpose.clone()),
            url: Set(part.url.clone()),
            phone: Set(part.phone.clone()),
            email: Set(part.email.clone()),
            wait_minutes: Set(part.wait_minutes),
            processing_min: Set(part.processing_min),
            processing_max: Set(part.processing_max),
            processing_unit: Set(part.processing_unit.clone()),
            cost_kind: Set(part.cost_kind.clone()),
            cost_amount_minor: Set(part.cost_amount_minor),
            cost_currency: Set(part.cost_currency.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        writer
            .write(db, OwnerKind::Channel, channel.id, &part.texts)
            .await?;
        for hours in &part.hours {
            opening_hours::ActiveModel {
                channel_id: Set(Some(channel.id)),
                service_point_id: Set(None),
                weekday: Set(hours.weekday),
                opens: Set(hours.opens.clone()),
                closes: Set(hours.closes.clone()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        let mut points = part.service_points.clone();
        points.sort_unstable();
        points.dedup();
        for point in points {
            channel_service_point::ActiveModel {
                channel_id: Set(channel.id),
                service_point_id: Set(point),
            }
            .insert(db)
            .await?;
        }
    }
    write_classification(db, id, snapshot).await
}

async fn write_classification(
    db: &impl ConnectionTrait,
    id: i32,
    snapshot: &ServiceSnapshot,
) -> Result<(), DbErr> {
    for (index, term) in snapshot.terms.iter().enumerate() {
        service_term::ActiveModel {
            service_id: Set(id),
            locale: Set(term.locale.clone()),
            kind: Set(term.kind.clone()),
            term: Set(term.term.clone()),
            position: Set(position(index)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    let mut taxonomy = snapshot.taxonomy.clone();
    taxonomy.sort_unstable();
    taxonomy.dedup();
    for term_id in taxonomy {
        service_taxonomy::ActiveModel {
            service_id: Set(id),
            term_id: Set(term_id),
        }
        .insert(db)
        .await?;
    }
    let mut places = snapshot.jurisdictions.clone();
    places.sort_unstable();
    places.dedup();
    for jurisdiction_id in places {
        service_jurisdiction::ActiveModel {
            service_id: Set(id),
            jurisdiction_id: Set(jurisdiction_id),
        }
        .insert(db)
        .await?;
    }
    let mut languages = snapshot.languages.clone();
    languages.sort();
    languages.dedup();
    for language in languages {
        service_language::ActiveModel {
            service_id: Set(id),
            language: Set(language),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

struct TextWriter<'a> {
    main_locale: &'a str,
    now: DateTime<Utc>,
}

impl TextWriter<'_> {
    async fn write(
        &self,
        db: &impl ConnectionTrait,
        kind: OwnerKind,
        owner: i32,
        texts: &Texts,
    ) -> Result<(), DbErr> {
        for (field, by_locale) in texts {
            for (locale, value) in by_locale.iter().filter(|(_, v)| !v.trim().is_empty()) {
                let status = if locale == self.main_locale {
                    "original"
                } else {
                    "reviewed"
                };
                translation::ActiveModel {
                    owner_kind: Set(kind.code().to_owned()),
                    owner_id: Set(owner),
                    field: Set(field.clone()),
                    locale: Set(locale.clone()),
                    value: Set(value.clone()),
                    status: Set(status.to_owned()),
                    updated_at: Set(self.now),
                }
                .insert(db)
                .await?;
            }
        }
        Ok(())
    }
}

/// Everything a person might type to find the service, in every locale, folded.
fn search_text(snapshot: &ServiceSnapshot) -> String {
    let mut parts: Vec<String> = Vec::new();
    for field in [FieldName::NAME, FieldName::ACRONYM, FieldName::SUMMARY] {
        if let Some(by_locale) = snapshot.texts.get(field) {
            parts.extend(by_locale.values().cloned());
        }
    }
    parts.extend(snapshot.terms.iter().map(|t| t.term.clone()));
    if let Some(by_locale) = snapshot.texts.get(FieldName::DESCRIPTION) {
        parts.extend(by_locale.values().map(|d| strip_tags(d)));
    }
    fold(&parts.join(" "))
}

/// Removes the parts, texts and classification of one service before they are written anew.
async fn delete_parts(db: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    for (kind, table) in [
        (OwnerKind::Step, "service_steps"),
        (OwnerKind::Condition, "service_conditions"),
        (OwnerKind::Document, "service_documents"),
        (OwnerKind::Cost, "service_costs"),
        (OwnerKind::Channel, "service_channels"),
    ] {
        translation::Entity::delete_many()
            .filter(translation::Column::OwnerKind.eq(kind.code()))
            .filter(
                translation::Column::OwnerId.in_subquery(
                    Query::select()
                        .column("id")
                        .from(table)
                        .and_where(Expr::col("service_id").eq(id))
                        .to_owned(),
                ),
            )
            .exec(db)
            .await?;
    }
    translation::Entity::delete_many()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Service.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .exec(db)
        .await?;
    // Channels first: their hours and point links go with them (cascade), then the parts
    // that steps and conditions hold, then steps and conditions.
    service_channel::Entity::delete_many()
        .filter(service_channel::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_cost::Entity::delete_many()
        .filter(service_cost::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_document::Entity::delete_many()
        .filter(service_document::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_condition::Entity::delete_many()
        .filter(service_condition::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_step::Entity::delete_many()
        .filter(service_step::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_term::Entity::delete_many()
        .filter(service_term::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_taxonomy::Entity::delete_many()
        .filter(service_taxonomy::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_jurisdiction::Entity::delete_many()
        .filter(service_jurisdiction::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    service_language::Entity::delete_many()
        .filter(service_language::Column::ServiceId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
