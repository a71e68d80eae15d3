//! The message log: every SMS in and out (sizes and coding, never the number or the text), and
//! the de-duplication of inbound webhooks. An inbound message is claimed by its gateway id before
//! it is answered, so a retry (or a concurrent duplicate) changes nothing and gets the reply the
//! first delivery got. That reply is kept 7 days, far beyond any gateway's retries, then cleared.

use app::locale::Locale;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set, TransactionTrait};

use super::gsm::{self, Coding};
use super::stats::{self, Tally};
use crate::db::entities::{sms_message, sms_session};

/// How long the reply to an inbound message is kept for retries of the same message.
pub const REPLY_KEPT_DAYS: i64 = 7;

pub fn coding_code(coding: Coding) -> &'static str {
    match coding {
        Coding::Gsm7 => "gsm7",
        Coding::Ucs2 => "ucs2",
    }
}

/// What claiming an inbound message found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// First delivery: the log row's id, to store the reply in.
    New(i32),
    /// Seen before: the reply it got (None when it got none, or is still being answered).
    Duplicate {
        reply: Option<String>,
        locale: Option<Locale>,
    },
}

pub struct InboundRecord<'a> {
    pub gateway: &'a str,
    /// Empty when the gateway gave none: such messages cannot be de-duplicated.
    pub message_id: &'a str,
    pub phone_hash: &'a str,
    pub text: &'a str,
}

pub async fn claim_inbound(
    db: &DatabaseConnection,
    record: &InboundRecord<'_>,
    now: DateTime<Utc>,
) -> Result<Claim, DbErr> {
    let coding = gsm::coding_for(record.text);
    let message_id = (!record.message_id.is_empty()).then(|| record.message_id.to_owned());
    let row = sms_message::ActiveModel {
        gateway: Set(record.gateway.to_owned()),
        gateway_message_id: Set(message_id.clone()),
        direction: Set("in".to_owned()),
        phone_hash: Set(record.phone_hash.to_owned()),
        locale: Set(None),
        text_chars: Set(count(record.text.chars().count())),
        segments: Set(count(gsm::segment_count(record.text, coding))),
        coding: Set(coding_code(coding).to_owned()),
        reply_text: Set(None),
        created_at: Set(now),
        ..Default::default()
    };
    let Some(message_id) = message_id else {
        let inserted = sms_message::Entity::insert(row).exec(db).await?;
        return Ok(Claim::New(inserted.last_insert_id));
    };
    // DO NOTHING rather than catching the unique violation: on PostgreSQL a failed statement
    // would abort an enclosing transaction, and the two databases word the error differently.
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
    let existing = sms_message::Entity::find()
        .filter(sms_message::Column::Gateway.eq(record.gateway))
        .filter(sms_message::Column::GatewayMessageId.eq(message_id))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("claimed inbound message".to_owned()))?;
    if inserted == 1 {
        Ok(Claim::New(existing.id))
    } else {
        Ok(Claim::Duplicate {
            reply: existing.reply_text,
            locale: existing.locale.as_deref().and_then(Locale::from_code),
        })
    }
}

/// Stores the reply of a claimed message, for its retries, and counts what the message asked
/// for in the day's statistics, both or neither.
pub async fn finish_inbound(
    db: &DatabaseConnection,
    id: i32,
    reply: Option<&str>,
    locale: Locale,
    tally: &Tally,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    sms_message::Entity::update_many()
        .col_expr(
            sms_message::Column::ReplyText,
            Expr::value(reply.map(str::to_owned)),
        )
        .col_expr(sms_message::Column::Locale, Expr::value(locale.code()))
        .filter(sms_message::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    stats::record(&txn, now.date_naive(), locale, tally).await?;
    txn.commit().await
}

/// Forgets a claim whose answer failed, so the gateway's retry is answered afresh.
pub async fn release(db: &DatabaseConnection, id: i32) -> Result<(), DbErr> {
    sms_message::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
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
    db: &DatabaseConnection,
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
