//! Keeping one gateway message, in one transaction: its log row with the reply, its count
//! against the phone's limit, what the answer changed (settings, list, rating), the day's
//! statistics and, for a reply sent in the webhook's answer, the outbound row. A retried
//! message finds its log row taken and rolls all of it back; a message over the phone's limit
//! keeps only its log row and its count. One commit per message, because SQLite has one writer.

use app::i18n::tr;
use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{DbErr, TransactionTrait};

use super::commands::{self, Command};
use super::conversation::{Answered, Conversation, ConversationError, Inbound, Reply, SentLog};
use super::counters::{self, PhoneTurn};
use super::effects;
use super::log::{self, InboundRecord, OutboundRecord};
use super::stats;
use super::store::Phone;

impl Conversation {
    pub(super) async fn answer_and_keep(
        &self,
        inbound: &Inbound,
        phone: &str,
        sent: Option<&SentLog>,
        now: DateTime<Utc>,
    ) -> Result<Reply, ConversationError> {
        let (stored, so_far) = counters::phone_and_inbound_so_far(&self.db, phone, now).await?;
        let stored = stored.unwrap_or_default();
        let is_stop = commands::parse(&inbound.text).0 == Command::Stop;
        let limit = i64::from(self.phone_limit_per_minute);
        // A phone already past its limit is not worth a search; STOP is always honoured. The
        // count in the transaction decides, so two instances never both let a message through.
        let answered = if is_stop || so_far < limit {
            Some(self.answer(inbound, phone, stored.clone(), now).await?)
        } else {
            None
        };
        let message = Message {
            inbound,
            phone,
            stored: &stored,
            is_stop,
            sent,
            now,
        };
        if let Some(reply) = self.keep(&message, answered).await? {
            return Ok(reply);
        }
        // The window turned over between the two counts (an instance whose clock is ahead
        // started a new one): the message is within the limit after all.
        let answered = self.answer(inbound, phone, stored.clone(), now).await?;
        self.keep(&message, Some(answered))
            .await?
            .ok_or_else(|| DbErr::Custom("an answered SMS was not kept".to_owned()).into())
    }

    /// `None`: the message is within the limit but was not answered (see above).
    async fn keep(
        &self,
        message: &Message<'_>,
        answered: Option<Answered>,
    ) -> Result<Option<Reply>, ConversationError> {
        let Message {
            inbound, phone, now, ..
        } = *message;
        // Segmenting the reply happens before the writer's turn: on SQLite every message
        // waits for the one before to commit, so only database work belongs in between.
        let planned = answered
            .as_ref()
            .map(|a| self.reply(a.text.clone(), a.locale, &inbound.policy, false));
        let _queued = crate::db::queue_for_writing(&self.db).await;
        let txn = self.db.begin().await?;
        let turn = counters::count_inbound(&txn, phone, self.phone_limit_per_minute, now).await?;
        let (answered, reply) = match (answered, planned) {
            (Some(answered), Some(reply)) if turn == PhoneTurn::Allowed || message.is_stop => {
                (answered, reply)
            }
            (None, _) if turn == PhoneTurn::Allowed => {
                txn.rollback().await?;
                return Ok(None);
            }
            _ => {
                let answered = over_limit(message, turn);
                let reply = self.reply(answered.text.clone(), answered.locale, &inbound.policy, false);
                (answered, reply)
            }
        };
        let record = InboundRecord {
            gateway: &inbound.gateway,
            message_id: &inbound.message_id,
            phone_hash: phone,
            text: &inbound.text,
        };
        let text = answered.text.as_deref();
        if !log::insert_inbound(&txn, &record, text, answered.locale, now).await? {
            txn.rollback().await?;
            tracing::info!(gateway = %inbound.gateway, phone = %phone, "SMS retried: same reply");
            let (reply, locale) = log::stored_reply(&self.db, &inbound.gateway, &inbound.message_id).await?;
            let locale = locale.unwrap_or(answered.locale);
            return Ok(Some(self.reply(reply, locale, &inbound.policy, true)));
        }
        if let Some(prefs) = &answered.prefs {
            effects::write_all(&txn, phone, prefs, &answered.effects, now).await?;
        }
        stats::record(&txn, now.date_naive(), answered.locale, &answered.effects.tally).await?;
        if let (Some(sent), Some(plan)) = (message.sent, &reply.plan) {
            let outbound = OutboundRecord {
                gateway: &inbound.gateway,
                phone_hash: phone,
                locale: reply.locale,
                chars: plan.segments.iter().map(|s| s.chars().count()).sum(),
                segments: plan.segments.len(),
                coding: plan.coding,
                delivery_ref: sent.delivery_ref.as_deref(),
            };
            log::record_outbound(&txn, &outbound, now).await?;
        }
        txn.commit().await?;
        Ok(Some(reply))
    }
}

/// One gateway message being kept.
struct Message<'a> {
    inbound: &'a Inbound,
    phone: &'a str,
    /// The phone's settings before this message.
    stored: &'a Phone,
    is_stop: bool,
    sent: Option<&'a SentLog>,
    now: DateTime<Utc>,
}

/// Over the limit: the short notice the first time in the window (unless the phone opted out),
/// then silence; nothing else changes.
fn over_limit(message: &Message<'_>, turn: PhoneTurn) -> Answered {
    let locale = message
        .stored
        .locale
        .or(message.inbound.default_locale)
        .unwrap_or(Locale::DEFAULT);
    let notice = turn == PhoneTurn::Notice;
    tracing::info!(phone = %message.phone, notice, "SMS over the per-phone limit");
    Answered {
        text: (notice && !message.stored.opted_out).then(|| tr(locale, "sms-rate-limited")),
        locale,
        prefs: None,
        effects: effects::Effects::default(),
    }
}
