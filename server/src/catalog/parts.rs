//! Loads the structured body of one service (steps, conditions, documents, costs, channels,
//! service points, opening hours) and assembles it per step and per condition.

use std::collections::HashMap;

use app::model::{Channel, ChannelKind, CostItem, Grouped, Money, OpeningHours, ServicePoint, Step, Text};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::detail::{cost_of, duration_of};
use super::owner::{FieldName, OwnerKind};
use super::translations::Translations;
use crate::db::entities::{
    channel_service_point, opening_hours, service_channel, service_condition, service_cost, service_document,
    service_point, service_step,
};

pub struct Parts {
    steps: Vec<service_step::Model>,
    conditions: Vec<service_condition::Model>,
    documents: Vec<service_document::Model>,
    costs: Vec<service_cost::Model>,
    channels: Vec<service_channel::Model>,
    channel_points: HashMap<i32, Vec<service_point::Model>>,
    hours: Vec<opening_hours::Model>,
}

pub async fn load_parts(db: &DatabaseConnection, service_id: i32) -> Result<Parts, DbErr> {
    let steps = service_step::Entity::find()
        .filter(service_step::Column::ServiceId.eq(service_id))
        .order_by_asc(service_step::Column::Position)
        .all(db)
        .await?;
    let conditions = service_condition::Entity::find()
        .filter(service_condition::Column::ServiceId.eq(service_id))
        .order_by_asc(service_condition::Column::Position)
        .all(db)
        .await?;
    let documents = service_document::Entity::find()
        .filter(service_document::Column::ServiceId.eq(service_id))
        .order_by_asc(service_document::Column::Position)
        .all(db)
        .await?;
    let costs = service_cost::Entity::find()
        .filter(service_cost::Column::ServiceId.eq(service_id))
        .order_by_asc(service_cost::Column::Position)
        .all(db)
        .await?;
    let channels = service_channel::Entity::find()
        .filter(service_channel::Column::ServiceId.eq(service_id))
        .order_by_asc(service_channel::Column::Position)
        .all(db)
        .await?;
    let channel_ids: Vec<i32> = channels.iter().map(|c| c.id).collect();
    let links = channel_service_point::Entity::find()
        .filter(channel_service_point::Column::ChannelId.is_in(channel_ids.clone()))
        .all(db)
        .await?;
    let point_ids: Vec<i32> = links.iter().map(|l| l.service_point_id).collect();
    let points: HashMap<i32, service_point::Model> = service_point::Entity::find()
        .filter(service_point::Column::Id.is_in(point_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut channel_points: HashMap<i32, Vec<service_point::Model>> = HashMap::new();
    for link in &links {
        if let Some(point) = points.get(&link.service_point_id) {
            channel_points
                .entry(link.channel_id)
                .or_default()
                .push(point.clone());
        }
    }
    let hours = opening_hours::Entity::find()
        .filter(
            opening_hours::Column::ChannelId
                .is_in(channel_ids)
                .or(opening_hours::Column::ServicePointId.is_in(point_ids)),
        )
        .order_by_asc(opening_hours::Column::Weekday)
        .order_by_asc(opening_hours::Column::Opens)
        .all(db)
        .await?;
    Ok(Parts {
        steps,
        conditions,
        documents,
        costs,
        channels,
        channel_points,
        hours,
    })
}

fn parse_clock(text: &str) -> Option<(u8, u8)> {
    let (hour, minute) = text.split_once(':')?;
    Some((hour.parse().ok()?, minute.parse().ok()?))
}

impl Parts {
    /// Every record whose texts the page needs, for one translations query.
    pub fn owners(&self) -> Vec<(OwnerKind, Vec<i32>)> {
        let points = self.channel_points.values().flatten().map(|p| p.id).collect();
        vec![
            (OwnerKind::Step, self.steps.iter().map(|s| s.id).collect()),
            (
                OwnerKind::Condition,
                self.conditions.iter().map(|c| c.id).collect(),
            ),
            (OwnerKind::Document, self.documents.iter().map(|d| d.id).collect()),
            (OwnerKind::Cost, self.costs.iter().map(|c| c.id).collect()),
            (OwnerKind::Channel, self.channels.iter().map(|c| c.id).collect()),
            (OwnerKind::ServicePoint, points),
        ]
    }

    pub fn steps(&self, tr: &Translations) -> Vec<Step> {
        self.steps
            .iter()
            .map(|step| Step {
                title: tr.text(OwnerKind::Step, step.id, FieldName::TITLE),
                description_html: tr.text(OwnerKind::Step, step.id, FieldName::DESCRIPTION),
                documents: self.documents(Some(step.id), tr),
                costs: self.costs(Some(step.id), tr),
                channels: self.channels(Some(step.id), tr),
            })
            .collect()
    }

    /// Groups items that belong to `step` (or to the service, for `None`) by condition:
    /// unconditional items first, then each condition in order.
    fn grouped<'a, R, T>(
        &self,
        rows: &'a [R],
        step: Option<i32>,
        tr: &Translations,
        keys: impl Fn(&R) -> (Option<i32>, Option<i32>),
        build: impl Fn(&'a R) -> Option<T>,
    ) -> Vec<Grouped<T>> {
        let mine: Vec<&R> = rows.iter().filter(|row| keys(row).0 == step).collect();
        let mut groups = Vec::new();
        let unconditional: Vec<T> = mine
            .iter()
            .filter(|row| keys(row).1.is_none())
            .filter_map(|r| build(r))
            .collect();
        if !unconditional.is_empty() {
            groups.push(Grouped {
                condition: None,
                items: unconditional,
            });
        }
        for condition in &self.conditions {
            let items: Vec<T> = mine
                .iter()
                .filter(|row| keys(row).1 == Some(condition.id))
                .filter_map(|r| build(r))
                .collect();
            if !items.is_empty() {
                groups.push(Grouped {
                    condition: tr.text(OwnerKind::Condition, condition.id, FieldName::LABEL),
                    items,
                });
            }
        }
        groups
    }

    pub fn documents(&self, step: Option<i32>, tr: &Translations) -> Vec<Grouped<Text>> {
        self.grouped(
            &self.documents,
            step,
            tr,
            |d| (d.step_id, d.condition_id),
            |d| tr.text(OwnerKind::Document, d.id, FieldName::DESCRIPTION),
        )
    }

    pub fn costs(&self, step: Option<i32>, tr: &Translations) -> Vec<Grouped<CostItem>> {
        self.grouped(
            &self.costs,
            step,
            tr,
            |c| (c.step_id, c.condition_id),
            |c| {
                let amount = match (c.amount_minor, &c.currency) {
                    (Some(amount_minor), Some(currency)) => Some(Money {
                        amount_minor,
                        currency: currency.clone(),
                    }),
                    _ => None,
                };
                Some(CostItem {
                    description: tr.text(OwnerKind::Cost, c.id, FieldName::DESCRIPTION),
                    variable: c.kind == "variable",
                    amount,
                })
            },
        )
    }

    pub fn channels(&self, step: Option<i32>, tr: &Translations) -> Vec<Grouped<Channel>> {
        self.grouped(
            &self.channels,
            step,
            tr,
            |c| (c.step_id, c.condition_id),
            |c| Some(self.channel(c, tr)),
        )
    }

    fn hours_where(&self, matches: impl Fn(&opening_hours::Model) -> bool) -> Vec<OpeningHours> {
        self.hours
            .iter()
            .filter(|h| matches(h))
            .filter_map(|h| {
                Some(OpeningHours {
                    weekday: u8::try_from(h.weekday).ok()?,
                    opens: parse_clock(&h.opens)?,
                    closes: parse_clock(&h.closes)?,
                })
            })
            .collect()
    }

    fn channel(&self, channel: &service_channel::Model, tr: &Translations) -> Channel {
        let points = self
            .channel_points
            .get(&channel.id)
            .map(|points| {
                points
                    .iter()
                    .map(|point| ServicePoint {
                        name: tr.text(OwnerKind::ServicePoint, point.id, FieldName::NAME),
                        address: tr.text(OwnerKind::ServicePoint, point.id, FieldName::ADDRESS),
                        phone: point.phone.clone(),
                        email: point.email.clone(),
                        hours: self.hours_where(|h| h.service_point_id == Some(point.id)),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Channel {
            kind: ChannelKind::from_code(&channel.kind).unwrap_or(ChannelKind::Web),
            purpose: channel.purpose.clone(),
            description_html: tr.text(OwnerKind::Channel, channel.id, FieldName::DESCRIPTION),
            url: channel.url.clone(),
            phone: channel.phone.clone(),
            email: channel.email.clone(),
            wait_minutes: channel.wait_minutes.and_then(|m| u32::try_from(m).ok()),
            processing: duration_of(
                Some("between"),
                channel.processing_min,
                channel.processing_max,
                channel.processing_unit.as_deref(),
            ),
            cost: channel
                .cost_kind
                .as_deref()
                .map(|kind| cost_of(kind, channel.cost_amount_minor, channel.cost_currency.as_deref())),
            when_unavailable_html: tr.text(OwnerKind::Channel, channel.id, FieldName::WHEN_UNAVAILABLE),
            hours: self.hours_where(|h| h.channel_id == Some(channel.id)),
            points,
        }
    }
}
