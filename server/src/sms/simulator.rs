//! The staff SMS simulator: a staff member types as a phone and sees the reply exactly as a
//! gateway would send it. It runs the real conversation ([`Conversation::simulate`]) under a
//! phone key of its own per staff account, so the conversation's state carries from one message
//! to the next, while nothing reaches the message log, the limits, the statistics, the outbox
//! or the ratings. Its transcript is kept in its own table, for that staff member only.

use app::admin::{GatewayChoice, PlannedReply, PlannedSegment, SimulatedTurn};
use app::i18n::tr;
use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::conversation::{Conversation, ConversationError, Inbound};
use super::gateways::{Gateway, SmsGateways};
use super::gsm::{self, Coding, Policy};
use crate::db::entities::{sms_phone, sms_session, sms_simulator_turn};

/// Turns shown and kept: a test conversation, not an archive.
pub const MAX_TURNS: u64 = 20;
/// Longest message the simulator takes: what a phone can send in ten parts.
pub const MAX_TEXT_CHARS: usize = 1600;

/// The policy of a site that configures no gateway: the cheaper GSM-7, three parts.
pub fn built_in() -> GatewayChoice {
    GatewayChoice {
        name: String::new(),
        transliterate: true,
        max_segments: 3,
        language: None,
    }
}

pub fn choice(gateway: &Gateway) -> GatewayChoice {
    GatewayChoice {
        name: gateway.name.clone(),
        transliterate: gateway.policy.transliterate,
        max_segments: gateway.policy.max_segments,
        language: gateway.language,
    }
}

/// The gateway named (or the built-in policy when none is configured); `None` for a name the
/// site does not configure, which the form never offers.
pub fn chosen(gateways: &SmsGateways, name: &str) -> Option<GatewayChoice> {
    match gateways.get(name.trim()) {
        Some(gateway) => Some(choice(gateway)),
        None if gateways.iter().next().is_none() => Some(built_in()),
        None => None,
    }
}

/// Where the simulator's conversation state is kept: never a keyed hash (those are 64 hex
/// digits), so it cannot meet a real phone's.
pub fn phone_key(account_id: i32) -> String {
    format!("simulator:{account_id}")
}

#[derive(Debug, thiserror::Error)]
pub enum SimulatorError {
    #[error("the message is empty")]
    Empty,
    #[error("the message is too long")]
    TooLong,
    #[error(transparent)]
    Conversation(#[from] ConversationError),
}

impl SimulatorError {
    pub fn message_key(&self) -> &'static str {
        match self {
            SimulatorError::Empty => "admin-simulator-error-empty",
            SimulatorError::TooLong => "admin-simulator-error-too-long",
            SimulatorError::Conversation(_) => "admin-simulator-error-unavailable",
        }
    }
}

/// Answers `text` as the channel would through `gateway` and keeps the turn.
pub async fn send(
    conversation: &Conversation,
    db: &DatabaseConnection,
    account_id: i32,
    gateway: &GatewayChoice,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(), SimulatorError> {
    // A blank SMS is a real message (answered with help), but a blank form is a slip.
    if text.trim().is_empty() {
        return Err(SimulatorError::Empty);
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(SimulatorError::TooLong);
    }
    let inbound = Inbound {
        gateway: gateway.name.clone(),
        message_id: String::new(),
        from: String::new(),
        to: String::new(),
        text: text.to_owned(),
        default_locale: gateway.language,
        policy: policy(gateway),
    };
    let reply = conversation
        .simulate(&phone_key(account_id), &inbound, now)
        .await?;
    let row = sms_simulator_turn::ActiveModel {
        account_id: Set(account_id),
        gateway: Set((!gateway.name.is_empty()).then(|| gateway.name.clone())),
        sent: Set(text.to_owned()),
        reply: Set(reply.text),
        reply_locale: Set(reply.locale.code().to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    sms_simulator_turn::Entity::insert(row)
        .exec_without_returning(db)
        .await
        .map_err(ConversationError::from)?;
    Ok(())
}

fn policy(gateway: &GatewayChoice) -> Policy {
    Policy {
        transliterate: gateway.transliterate,
        max_segments: gateway.max_segments,
    }
}

/// The reply planned into parts as `reply.rs` plans a real one.
pub fn plan(text: &str, locale: Locale, gateway: &GatewayChoice) -> PlannedReply {
    let note = format!(" {}", tr(locale, "sms-truncated"));
    let plan = gsm::plan(text, &policy(gateway), &note);
    let size = if plan.segments.len() > 1 {
        plan.coding.part_limit()
    } else {
        plan.coding.single_limit()
    };
    PlannedReply {
        locale,
        ucs2: plan.coding == Coding::Ucs2,
        truncated: plan.truncated,
        segments: plan
            .segments
            .iter()
            .map(|segment| PlannedSegment {
                text: segment.clone(),
                used: segment.chars().map(|c| plan.coding.units(c)).sum(),
                size,
            })
            .collect(),
    }
}

/// This staff member's last turns, oldest first, each reply planned for the gateway it went
/// through (the built-in policy if that gateway is no longer configured).
pub async fn transcript(
    db: &DatabaseConnection,
    gateways: &SmsGateways,
    account_id: i32,
) -> Result<Vec<SimulatedTurn>, DbErr> {
    let mut rows = sms_simulator_turn::Entity::find()
        .filter(sms_simulator_turn::Column::AccountId.eq(account_id))
        .order_by_desc(sms_simulator_turn::Column::Id)
        .limit(MAX_TURNS)
        .all(db)
        .await?;
    rows.reverse();
    Ok(rows
        .into_iter()
        .map(|row| {
            let gateway = row
                .gateway
                .as_deref()
                .and_then(|name| gateways.get(name))
                .map_or_else(built_in, choice);
            let locale = Locale::from_code(&row.reply_locale).unwrap_or(Locale::DEFAULT);
            SimulatedTurn {
                reply: row.reply.map(|text| plan(&text, locale, &gateway)),
                gateway,
                sent: row.sent,
            }
        })
        .collect())
}

/// Starts over: the transcript and the simulated phone's language, municipality, list and
/// opt-out are forgotten.
pub async fn reset(db: &DatabaseConnection, account_id: i32) -> Result<(), DbErr> {
    let key = phone_key(account_id);
    sms_simulator_turn::Entity::delete_many()
        .filter(sms_simulator_turn::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    sms_session::Entity::delete_many()
        .filter(sms_session::Column::PhoneHash.eq(key.as_str()))
        .exec(db)
        .await?;
    sms_phone::Entity::delete_many()
        .filter(sms_phone::Column::PhoneHash.eq(key.as_str()))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_report_their_size() {
        let ucs2 = GatewayChoice {
            transliterate: false,
            ..built_in()
        };
        let long = "Certidão de óbito ".repeat(5);
        let planned = plan(&long, Locale::Pt, &ucs2);
        assert!(planned.ucs2);
        assert_eq!(planned.segments.len(), 2);
        assert!(planned.segments.iter().all(|s| s.size == 67 && s.used <= 67));
        let gsm = plan("Hola", Locale::Es, &built_in());
        assert!(!gsm.ucs2);
        assert_eq!((gsm.segments[0].used, gsm.segments[0].size), (4, 160));
    }
}
