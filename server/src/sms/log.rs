//! The message log: every SMS in and out (sizes and coding, never the number or the text), and
//! the de-duplication of inbound webhooks. An inbound message is logged, under its gateway id,
//! in the transaction that keeps what answering it changed, so a retry (or a concurrent
//! duplicate) changes nothing and gets the reply the first delivery got. That reply is kept 7
//! days, far beyond any gateway's retries, then cleared.

use app::locale::Locale;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};

use super::gsm::{self, Coding};
use crate::db::entities::{sms_message, sms_session};

/// How long the reply to an inbound message is kept for retries of the same message.
pub const REPLY_KEPT_DAYS: i64 = 7;

pub fn coding_code(coding: Coding) -> &'static str {
    match coding {
        Coding::Gsm7 => "gsm7",
        Coding::Ucs2 => "ucs2",
    }
}

pub struct InboundRecord<'a> {
    pub gateway: &'a str,
    /// Empty when the gateway gave none: such messages cannot be de-duplicated.
    pub message_id: &'a str,
    pub phone_hash: &'a str,
    pub text: &'a str,
}

/// Logs an inbound message with the reply it got. False when the gateway delivered the same
/// message before (a retry, or a duplicate answered meanwhile by another instance): then
/// nothing is written, and the caller rolls back whatever else the message would have changed.
pub async fn insert_inbound(
    db: &impl ConnectionTrait,
    record: &InboundRecord<'_>,
    reply: Option<&str>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let coding = gsm::coding_for(record.text);
    let message_id = (!record.message_id.is_empty()).then(|| record.message_id.to_owned());
    let row = sms_message::ActiveModel {
        gateway: Set(record.gateway.to_owned()),
        gateway_message_id: Set(message_id),
        direction: Set("in".to_owned()),
        phone_hash: Set(record.phone_hash.to_owned()),
        locale: Set(Some(locale.code().to_owned())),
        text_chars: Set(count(record.text.chars().count())),
        segments: Set(count(gsm::segment_count(record.text, coding))),
        coding: Set(coding_code(coding).to_owned()),
        reply_text: Set(reply.map(str::to_owned)),
        created_at: Set(now),
        ..Default::default()
    };
    // DO NOTHING rather than catching the unique violation: on PostgreSQL a failed statement
    // would abort the enclosing transaction, and the two databases word the error differently.
    // Messages without an id are never in conflict.
    let inserted = sms_message::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                sms_message::Column::Gateway,
                sms_message::Column::GatewayMessageId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(inserted == 1)
}

/// The reply an earlier delivery of this message got, and its language.
pub async fn stored_reply(
    db: &impl ConnectionTrait,
    gateway: &str,
    message_id: &str,
) -> Result<(Option<String>, Option<Locale>), DbErr> {
    let found = sms_message::Entity::find()
        .filter(sms_message::Column::Gateway.eq(gateway))
        .filter(sms_message::Column::GatewayMessageId.eq(message_id))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("logged inbound message".to_owned()))?;
    Ok((
        found.reply_text,
        found.locale.as_deref().and_then(Locale::from_code),
    ))
}

pub struct OutboundRecord<'a> {
    pub gateway: &'a str,
    pub phone_hash: &'a str,
    pub locale: Locale,
    pub chars: usize,
    pub segments: usize,
    pub coding: Coding,
    /// The reference its delivery report will carry, when one was asked for.
    pub delivery_ref: Option<&'a str>,
}

pub async fn record_outbound(
    db: &impl ConnectionTrait,
    record: &OutboundRecord<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = sms_message::ActiveModel {
        gateway: Set(record.gateway.to_owned()),
        gateway_message_id: Set(None),
        direction: Set("out".to_owned()),
        phone_hash: Set(record.phone_hash.to_owned()),
        locale: Set(Some(record.locale.code().to_owned())),
        text_chars: Set(count(record.chars)),
        segments: Set(count(record.segments)),
        coding: Set(coding_code(record.coding).to_owned()),
        reply_text: Set(None),
        created_at: Set(now),
        delivery_ref: Set(record.delivery_ref.map(str::to_owned)),
        ..Default::default()
    };
    sms_message::Entity::insert(row)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Clears replies older than [`REPLY_KEPT_DAYS`], removes expired conversation sessions and old
/// rate-limit counters, and gives up or deletes old outbox rows. Returns how many rows changed.
pub async fn prune(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let cleared = sms_message::Entity::update_many()
        .col_expr(
            sms_message::Column::ReplyText,
            Expr::value(Option::<String>::None),
        )
        .filter(sms_message::Column::CreatedAt.lt(now - Duration::days(REPLY_KEPT_DAYS)))
        .filter(sms_message::Column::ReplyText.is_not_null())
        .exec(db)
        .await?
        .rows_affected;
    let expired = sms_session::Entity::delete_many()
        .filter(sms_session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?
        .rows_affected;
    let outbox = super::outbox::prune(db, now).await?;
    let counters = super::counters::prune(db, now).await?;
    Ok(cleared + expired + outbox + counters)
}

/// Prunes every 10 minutes, for as long as the server runs.
pub async fn prune_forever(db: DatabaseConnection) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        if let Err(error) = prune(&db, Utc::now()).await {
            tracing::warn!(%error, "cannot prune SMS replies, sessions, counters and outbox");
        }
    }
}
