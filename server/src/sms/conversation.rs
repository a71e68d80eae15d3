//! The SMS conversation: one inbound message in, at most one reply out. It remembers per phone
//! (by keyed hash) the language, the municipality, the opt-out and the list sent last, reads
//! the catalogue through the same service layer as the web pages, and never knows which gateway
//! carried the message. Replies are planned into segments under the gateway's policy here, once.
//! An answer is worked out first and kept afterwards, in one transaction with the message's log
//! row, its per-phone count and its statistics (`turn_record.rs`), so a retried webhook is
//! never counted twice and a message over the limit changes nothing. The staff simulator runs
//! the same answers through [`Conversation::simulate`], which logs, limits, counts and rates
//! nothing.

use std::sync::Arc;

use app::catalog::{CatalogError, SharedCatalog};
use app::i18n::tr;
use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr, TransactionTrait};

use super::commands::{self, Command};
use super::effects::{self, Effects};
use super::gateways::DEFAULT_PHONE_LIMIT_PER_MINUTE;
use super::gsm::{self, Plan, Policy};
use super::stats::{PhoneEvent, Searched};
use super::store::{self, Phone};
use crate::auth::secrets::keyed_hash;

/// One message as a gateway delivered it.
#[derive(Clone, Debug)]
pub struct Inbound {
    /// The configured gateway's name.
    pub gateway: String,
    /// The gateway's id for the message: a retried delivery carries the same.
    pub message_id: String,
    /// The sender's number; hashed at once, never stored or logged.
    pub from: String,
    /// The short code it was sent to.
    pub to: String,
    pub text: String,
    /// The gateway's language for this short code, when it has one.
    pub default_locale: Option<Locale>,
    /// The gateway's encoding and segment budget, which the wording of long replies must fit.
    pub policy: Policy,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    /// `None`: send nothing (the phone opted out, or is over its limit and was told).
    pub text: Option<String>,
    /// The language of the reply.
    pub locale: Locale,
    /// A retried delivery: the reply is the one given the first time and nothing was recorded.
    pub duplicate: bool,
    /// The text's segments under the gateway's policy, with the "cut" note where it was cut.
    pub plan: Option<Plan>,
}

/// A reply sent in the webhook's answer, logged with the message.
#[derive(Clone, Debug, Default)]
pub struct SentLog {
    /// The reference the gateway's delivery report will carry, when one was asked for.
    pub delivery_ref: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConversationError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("catalogue: {0}")]
    Catalog(#[from] CatalogError),
}

type Answer = Result<String, ConversationError>;

#[derive(Clone)]
pub struct Conversation {
    pub(super) catalog: SharedCatalog,
    pub(super) db: DatabaseConnection,
    secret: Arc<Vec<u8>>,
    pub(super) phone_limit_per_minute: u32,
}

/// What a reply is being written for.
pub(super) struct Turn<'a> {
    pub phone: &'a str,
    pub locale: Locale,
    pub policy: &'a Policy,
    pub now: DateTime<Utc>,
}

/// An answer worked out but not yet kept: the reply, and what keeping it changes.
pub(super) struct Answered {
    pub text: Option<String>,
    pub locale: Locale,
    /// The phone's settings to store; `None` when the answer changes nothing (opted out).
    pub prefs: Option<Phone>,
    pub effects: Effects,
}

impl Conversation {
    pub fn new(catalog: SharedCatalog, db: DatabaseConnection, secret: Arc<Vec<u8>>) -> Self {
        Self {
            catalog,
            db,
            secret,
            phone_limit_per_minute: DEFAULT_PHONE_LIMIT_PER_MINUTE,
        }
    }

    /// Answers `inbound` as the channel would, for the phone stored under `phone_key`, without
    /// logging the message, counting it against any limit or in the statistics, or recording a
    /// rating: only the conversation's own state (language, municipality, list, opt-out) is
    /// kept, so that "1" or MAS after a search works. Errors are returned, not answered.
    pub async fn simulate(
        &self,
        phone_key: &str,
        inbound: &Inbound,
        now: DateTime<Utc>,
    ) -> Result<Reply, ConversationError> {
        let stored = store::phone(&self.db, phone_key).await?.unwrap_or_default();
        let answered = self.answer(inbound, phone_key, stored, now).await?;
        if let Some(prefs) = &answered.prefs {
            let txn = self.db.begin().await?;
            effects::write_state(&txn, phone_key, prefs, answered.effects.list.as_ref(), now).await?;
            txn.commit().await?;
        }
        Ok(self.reply(answered.text, answered.locale, &inbound.policy, false))
    }

    /// Inbound messages a phone may send a minute before it gets one notice, then silence.
    pub fn with_phone_limit(mut self, per_minute: u32) -> Self {
        self.phone_limit_per_minute = per_minute.max(1);
        self
    }

    /// The keyed hash a phone is stored and logged under.
    pub fn phone_hash(&self, number: &str) -> String {
        keyed_hash(&self.secret, &e164(number))
    }

    /// Answers a gateway's message and keeps it: logged, counted against the phone's limit and
    /// in the statistics, its changes written; a retry gets the first reply and changes nothing.
    pub async fn handle(&self, inbound: Inbound, now: DateTime<Utc>) -> Reply {
        self.handle_sent(inbound, None, now).await
    }

    /// As [`Self::handle`], for a gateway that sends the reply in the webhook's answer: the
    /// reply is logged as sent, with `sent.delivery_ref`, in the same transaction.
    pub async fn handle_sent(&self, inbound: Inbound, sent: Option<SentLog>, now: DateTime<Utc>) -> Reply {
        let phone = self.phone_hash(&inbound.from);
        let fallback = inbound.default_locale.unwrap_or(Locale::DEFAULT);
        match self.answer_and_keep(&inbound, &phone, sent.as_ref(), now).await {
            Ok(reply) => reply,
            Err(error) => {
                tracing::error!(%error, phone = %phone, "SMS conversation failed");
                // Nothing was kept: the gateway's retry is answered afresh once the cause is gone.
                self.reply(
                    Some(tr(fallback, "sms-unavailable")),
                    fallback,
                    &inbound.policy,
                    false,
                )
            }
        }
    }

    /// The reply with its segments planned under the gateway's policy.
    pub(super) fn reply(
        &self,
        text: Option<String>,
        locale: Locale,
        policy: &Policy,
        duplicate: bool,
    ) -> Reply {
        let plan = text.as_deref().map(|body| {
            let note = format!(" {}", tr(locale, "sms-truncated"));
            gsm::plan(body, policy, &note)
        });
        Reply {
            text,
            locale,
            duplicate,
            plan,
        }
    }

    /// The reply text (None: stay silent), its language, and what keeping it changes.
    pub(super) async fn answer(
        &self,
        inbound: &Inbound,
        phone: &str,
        mut prefs: Phone,
        now: DateTime<Utc>,
    ) -> Result<Answered, ConversationError> {
        let (command, keyword_locale) = commands::parse(&inbound.text);
        let locale = match &command {
            Command::Language(chosen) => *chosen,
            _ => prefs
                .locale
                .or(inbound.default_locale)
                .or(keyword_locale)
                .or_else(|| match &command {
                    Command::Search(text) => commands::guess_language(text),
                    _ => None,
                })
                .unwrap_or(Locale::DEFAULT),
        };
        let mut effects = Effects::default();
        if prefs.opted_out && command != Command::Start {
            return Ok(Answered {
                text: None,
                locale,
                prefs: None,
                effects,
            });
        }
        prefs.locale = Some(locale);
        let turn = Turn {
            phone,
            locale,
            policy: &inbound.policy,
            now,
        };
        let text = self.dispatch(&turn, command, &mut prefs, &mut effects).await?;
        Ok(Answered {
            text: Some(text),
            locale,
            prefs: Some(prefs),
            effects,
        })
    }

    async fn dispatch(
        &self,
        turn: &Turn<'_>,
        command: Command,
        prefs: &mut Phone,
        effects: &mut Effects,
    ) -> Answer {
        let locale = turn.locale;
        match command {
            Command::Search(text) => {
                let (reply, found) = self.search(turn, prefs, &text, effects).await?;
                effects.tally.search = Some(Searched { text, found });
                Ok(reply)
            }
            Command::More => self.more(turn, prefs, effects).await,
            Command::Pick(number) => self.pick(turn, prefs, number, effects).await,
            Command::Code(code) => self.code(turn, &code).await,
            Command::Rate { code, stars } => self.rate(turn, &code, stars, effects).await,
            Command::RateInvalid => Ok(tr(locale, "sms-rate-usage")),
            Command::Local(name) => self.local(turn, prefs, &name, effects).await,
            Command::Help | Command::Empty => Ok(tr(locale, "sms-help")),
            Command::Stop => {
                effects.tally.event = Some(PhoneEvent::OptOut);
                prefs.opted_out = true;
                effects.clear_list();
                Ok(tr(locale, "sms-stop"))
            }
            Command::Start => {
                // START from a phone that never left is a greeting, not an opt-in.
                if prefs.opted_out {
                    effects.tally.event = Some(PhoneEvent::OptIn);
                }
                prefs.opted_out = false;
                Ok(tr(locale, "sms-start"))
            }
            Command::Language(_) => Ok(tr(locale, "sms-language-set")),
            Command::LanguageUnknown => Ok(tr(locale, "sms-language-unknown")),
        }
    }
}

/// The number in one canonical form (`+` and digits), so that "+54 9 11 5555-0000" from one
/// gateway and "+5491155550000" from another hash alike. Alphanumeric senders stay as sent.
pub fn e164(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || number.chars().any(|c| c.is_alphabetic()) {
        number.trim().to_owned()
    } else {
        format!("+{digits}")
    }
}
