//! What one answered SMS adds to the channel's statistics: the normalized search it asked (and
//! whether it found anything), and an opt-out or opt-in. Counted per day with no phone, id or
//! message text, in the transaction that stores the reply, so a retried webhook (answered from
//! the stored reply) is never counted twice. The simulator's turns are never counted.

use app::locale::Locale;
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

use crate::db::entities::{sms_event_day, sms_query_day};
use crate::text::fold;

/// Longest query kept, as for the web's misses: longer ones are cut.
const MAX_QUERY_CHARS: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneEvent {
    OptOut,
    OptIn,
}

impl PhoneEvent {
    pub fn code(self) -> &'static str {
        match self {
            PhoneEvent::OptOut => "opt_out",
            PhoneEvent::OptIn => "opt_in",
        }
    }
}

/// A new search and whether it found anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Searched {
    pub text: String,
    pub found: bool,
}

/// What an answered message counts for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub search: Option<Searched>,
    pub event: Option<PhoneEvent>,
}

/// The form a query is counted under: folded like the web's misses, so "Pasaporte" and
/// "pasaporte " are one line of the report.
pub fn normalize_query(text: &str) -> String {
    fold(text).chars().take(MAX_QUERY_CHARS).collect()
}

pub async fn record(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    locale: Locale,
    tally: &Tally,
) -> Result<(), DbErr> {
    if let Some(search) = &tally.search {
        record_search(db, day, locale, search).await?;
    }
    if let Some(event) = tally.event {
        record_event(db, day, event).await?;
    }
    Ok(())
}

async fn record_search(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    locale: Locale,
    search: &Searched,
) -> Result<(), DbErr> {
    let query = normalize_query(&search.text);
    if query.is_empty() {
        return Ok(());
    }
    let miss = i32::from(!search.found);
    let row = sms_query_day::ActiveModel {
        day: Set(day),
        locale: Set(locale.code().to_owned()),
        query: Set(query),
        searches: Set(1),
        misses: Set(miss),
    };
    let column = |c| Expr::col((sms_query_day::Entity, c));
    sms_query_day::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                sms_query_day::Column::Day,
                sms_query_day::Column::Locale,
                sms_query_day::Column::Query,
            ])
            .value(
                sms_query_day::Column::Searches,
                column(sms_query_day::Column::Searches).add(1),
            )
            .value(
                sms_query_day::Column::Misses,
                column(sms_query_day::Column::Misses).add(miss),
            )
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

async fn record_event(db: &impl ConnectionTrait, day: NaiveDate, event: PhoneEvent) -> Result<(), DbErr> {
    let row = sms_event_day::ActiveModel {
        day: Set(day),
        event: Set(event.code().to_owned()),
        count: Set(1),
    };
    sms_event_day::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([sms_event_day::Column::Day, sms_event_day::Column::Event])
                .value(
                    sms_event_day::Column::Count,
                    Expr::col((sms_event_day::Entity, sms_event_day::Column::Count)).add(1),
                )
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_folded_and_cut() {
        assert_eq!(
            normalize_query("  Certidão  de Óbito "),
            fold("Certidão de Óbito")
        );
        assert_eq!(normalize_query(&"a".repeat(300)).chars().count(), MAX_QUERY_CHARS);
    }
}
