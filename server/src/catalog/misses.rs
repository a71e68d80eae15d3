//! Counts searches that found nothing, per day, language and normalized query, for the agency
//! dashboards: no address, no account, nothing else about who searched.

use app::locale::Locale;
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, Set};

use crate::db::entities::search_miss;
use crate::text::fold;

/// Longest query kept: longer ones are cut, they are rarely the same twice.
const MAX_QUERY_CHARS: usize = 200;

pub async fn record_miss(
    db: &DatabaseConnection,
    day: NaiveDate,
    locale: Locale,
    text: &str,
) -> Result<(), DbErr> {
    let query: String = fold(text).chars().take(MAX_QUERY_CHARS).collect();
    if query.is_empty() {
        return Ok(());
    }
    let row = search_miss::ActiveModel {
        day: Set(day),
        locale: Set(locale.code().to_owned()),
        query: Set(query),
        count: Set(1),
    };
    search_miss::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                search_miss::Column::Day,
                search_miss::Column::Locale,
                search_miss::Column::Query,
            ])
            .value(
                search_miss::Column::Count,
                Expr::col((search_miss::Entity, search_miss::Column::Count)).add(1),
            )
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
