//! The SMS conversation: one inbound message in, at most one reply out. It remembers per phone
//! (by keyed hash) the language, the municipality, the opt-out and the list sent last, reads
//! the catalogue through the same service layer as the web pages, and never knows which gateway
//! carried the message. Gateways plan the reply's segments; only the wording is made to fit here.
//! Every gateway's messages pass the per-phone rate limit here, after de-duplication, so a
//! retried webhook is never counted twice. What a message asked for (a search, an opt-out) is
//! counted in the day's statistics with its stored reply. The staff simulator runs the same
//! answers through [`Conversation::simulate`], which logs, limits, counts and rates nothing.

use std::sync::Arc;

use app::catalog::{CatalogError, SharedCatalog};
use app::i18n::tr;
use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::commands::{self, Command};
use super::counters::{self, PhoneTurn};
use super::gateways::DEFAULT_PHONE_LIMIT_PER_MINUTE;
use super::gsm::{Plan, Policy};
use super::log::{self, Claim, InboundRecord, OutboundRecord};
use super::stats::{PhoneEvent, Searched, Tally};
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
    /// `None`: send nothing (the phone opted out).
    pub text: Option<String>,
    /// The language of the reply, for the gateway's "cut" note.
    pub locale: Locale,
    /// A retried delivery: the reply is the one given the first time and nothing was recorded.
    pub duplicate: bool,
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
    phone_limit_per_minute: u32,
    /// The staff simulator: same answers, but no rating is recorded (see [`Self::simulate`]).
    simulated: bool,
}

/// What a reply is being written for.
pub(super) struct Turn<'a> {
    pub phone: &'a str,
    pub locale: Locale,
    pub policy: &'a Policy,
    pub now: DateTime<Utc>,
}

impl Conversation {
    pub fn new(catalog: SharedCatalog, db: DatabaseConnection, secret: Arc<Vec<u8>>) -> Self {
        Self {
            catalog,
            db,
            secret,
            phone_limit_per_minute: DEFAULT_PHONE_LIMIT_PER_MINUTE,
            simulated: false,
        }
    }

    /// A conversation for the staff simulator: give it a catalogue that counts no search miss.
    pub fn simulator(catalog: SharedCatalog, db: DatabaseConnection, secret: Arc<Vec<u8>>) -> Self {
        Self {
            simulated: true,
            ..Self::new(catalog, db, secret)
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
        let (text, locale, _tally) = self.answer(inbound, phone_key, now).await?;
        Ok(Reply {
            text,
            locale,
            duplicate: false,
        })
    }

    pub(super) fn is_simulated(&self) -> bool {
        self.simulated
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

    pub async fn handle(&self, inbound: Inbound, now: DateTime<Utc>) -> Reply {
        let phone = self.phone_hash(&inbound.from);
        let fallback = inbound.default_locale.unwrap_or(Locale::DEFAULT);
        let record = InboundRecord {
            gateway: &inbound.gateway,
            message_id: &inbound.message_id,
            phone_hash: &phone,
            text: &inbound.text,
        };
        let id = match log::claim_inbound(&self.db, &record, now).await {
            Ok(Claim::New(id)) => id,
            Ok(Claim::Duplicate { reply, locale }) => {
                tracing::info!(gateway = %inbound.gateway, phone = %phone, "SMS retried: same reply");
                return Reply {
                    text: reply,
                    locale: locale.unwrap_or(fallback),
                    duplicate: true,
                };
            }
            Err(error) => return unavailable(error.into(), &phone, fallback),
        };
        let answered = match self.over_limit(&inbound, &phone, now).await {
            Ok(None) => self.answer(&inbound, &phone, now).await,
            Ok(Some((text, locale))) => Ok((text, locale, Tally::default())),
            Err(error) => Err(error),
        };
        match answered {
            Ok((text, locale, tally)) => {
                if let Err(error) =
                    log::finish_inbound(&self.db, id, text.as_deref(), locale, &tally, now).await
                {
                    tracing::warn!(%error, phone = %phone, "cannot keep the SMS reply for retries");
                }
                Reply {
                    text,
                    locale,
                    duplicate: false,
                }
            }
            Err(error) => {
                // Let the gateway's retry be answered afresh once the cause is gone.
                if let Err(error) = log::release(&self.db, id).await {
                    tracing::warn!(%error, "cannot release a failed SMS claim");
                }
                unavailable(error, &phone, fallback)
            }
        }
    }

    /// Counts the message against the phone's limit. `None`: within it (or a STOP, which is
    /// always honoured); otherwise the answer instead: the notice once, then silence.
    async fn over_limit(
        &self,
        inbound: &Inbound,
        phone: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(Option<String>, Locale)>, ConversationError> {
        let turn = counters::count_inbound(&self.db, phone, self.phone_limit_per_minute, now).await?;
        if turn == PhoneTurn::Allowed || commands::parse(&inbound.text).0 == Command::Stop {
            return Ok(None);
        }
        let prefs = store::phone(&self.db, phone).await?.unwrap_or_default();
        let locale = prefs.locale.or(inbound.default_locale).unwrap_or(Locale::DEFAULT);
        tracing::info!(phone = %phone, notice = (turn == PhoneTurn::Notice), "SMS over the per-phone limit");
        let text = (turn == PhoneTurn::Notice && !prefs.opted_out).then(|| tr(locale, "sms-rate-limited"));
        Ok(Some((text, locale)))
    }

    /// Logs the reply a gateway sends (sizes and coding only), with the reference its delivery
    /// report will carry when one was asked for.
    pub async fn record_sent(
        &self,
        gateway: &str,
        to: &str,
        locale: Locale,
        plan: &Plan,
        delivery_ref: Option<&str>,
        now: DateTime<Utc>,
    ) {
        let phone = self.phone_hash(to);
        let record = OutboundRecord {
            gateway,
            phone_hash: &phone,
            locale,
            chars: plan.segments.iter().map(|s| s.chars().count()).sum(),
            segments: plan.segments.len(),
            coding: plan.coding,
            delivery_ref,
        };
        if let Err(error) = log::record_outbound(&self.db, &record, now).await {
            tracing::warn!(%error, phone = %phone, "cannot log an outbound SMS");
        }
    }

    /// The reply text (None: stay silent), its language, and what it counts for.
    async fn answer(
        &self,
        inbound: &Inbound,
        phone: &str,
        now: DateTime<Utc>,
    ) -> Result<(Option<String>, Locale, Tally), ConversationError> {
        let (command, keyword_locale) = commands::parse(&inbound.text);
        let mut prefs = store::phone(&self.db, phone).await?.unwrap_or_default();
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
        if prefs.opted_out && command != Command::Start {
            return Ok((None, locale, Tally::default()));
        }
        prefs.locale = Some(locale);
        let turn = Turn {
            phone,
            locale,
            policy: &inbound.policy,
            now,
        };
        let mut tally = Tally::default();
        let text = self.dispatch(&turn, command, &mut prefs, &mut tally).await?;
        store::save_phone(&self.db, phone, &prefs, now).await?;
        Ok((Some(text), locale, tally))
    }

    async fn dispatch(
        &self,
        turn: &Turn<'_>,
        command: Command,
        prefs: &mut Phone,
        tally: &mut Tally,
    ) -> Answer {
        let locale = turn.locale;
        match command {
            Command::Search(text) => {
                let (reply, found) = self.search(turn, prefs, &text).await?;
                tally.search = Some(Searched { text, found });
                Ok(reply)
            }
            Command::More => self.more(turn, prefs).await,
            Command::Pick(number) => self.pick(turn, prefs, number).await,
            Command::Code(code) => self.code(turn, &code).await,
            Command::Rate { code, stars } => self.rate(turn, &code, stars).await,
            Command::RateInvalid => Ok(tr(locale, "sms-rate-usage")),
            Command::Local(name) => self.local(turn, prefs, &name).await,
            Command::Help | Command::Empty => Ok(tr(locale, "sms-help")),
            Command::Stop => {
                tally.event = Some(PhoneEvent::OptOut);
                prefs.opted_out = true;
                store::clear_list(&self.db, turn.phone).await?;
                Ok(tr(locale, "sms-stop"))
            }
            Command::Start => {
                // START from a phone that never left is a greeting, not an opt-in.
                if prefs.opted_out {
                    tally.event = Some(PhoneEvent::OptIn);
                }
                prefs.opted_out = false;
                Ok(tr(locale, "sms-start"))
            }
            Command::Language(_) => Ok(tr(locale, "sms-language-set")),
            Command::LanguageUnknown => Ok(tr(locale, "sms-language-unknown")),
        }
    }
}

fn unavailable(error: ConversationError, phone: &str, locale: Locale) -> Reply {
    tracing::error!(%error, phone = %phone, "SMS conversation failed");
    Reply {
        text: Some(tr(locale, "sms-unavailable")),
        locale,
        duplicate: false,
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
