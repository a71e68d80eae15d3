//! What answering one message changes, gathered while the answer is worked out and written
//! afterwards, all at once: for a gateway's message in the transaction that logs it (see
//! `turn_record.rs`), so a retried or over-the-limit message changes nothing; for the staff
//! simulator, only the conversation's own state.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, TransactionTrait};

use super::stats::Tally;
use super::store::{self, List, Phone};

/// The numbered list the phone will answer to next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum ListChange {
    Save(List),
    Clear,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Effects {
    pub list: Option<ListChange>,
    /// A rating sent by SMS: the service and the stars.
    pub rating: Option<(i32, u8)>,
    /// What the message counts for in the day's statistics.
    pub tally: Tally,
}

impl Effects {
    pub fn save_list(&mut self, list: List) {
        self.list = Some(ListChange::Save(list));
    }

    pub fn clear_list(&mut self) {
        self.list = Some(ListChange::Clear);
    }
}

/// Writes the phone's settings and its list: what the simulator keeps too.
pub(super) async fn write_state(
    db: &impl ConnectionTrait,
    phone: &str,
    prefs: &Phone,
    list: Option<&ListChange>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    store::save_phone(db, phone, prefs, now).await?;
    match list {
        Some(ListChange::Save(list)) => store::save_list(db, phone, list, now).await,
        Some(ListChange::Clear) => store::clear_list(db, phone).await,
        None => Ok(()),
    }
}

/// Writes everything a counted message changes (state, rating), except its statistics, which
/// the caller records with the message's language.
pub(super) async fn write_all(
    db: &(impl ConnectionTrait + TransactionTrait),
    phone: &str,
    prefs: &Phone,
    effects: &Effects,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    write_state(db, phone, prefs, effects.list.as_ref(), now).await?;
    if let Some((service, stars)) = effects.rating {
        store::rate(db, service, phone, stars, now).await?;
    }
    Ok(())
}
