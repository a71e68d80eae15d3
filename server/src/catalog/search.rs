//! The simple database search: every folded word must appear in the service's folded text;
//! services whose name matches come first. The search engine issue replaces this.

use app::locale::Locale;
use app::model::{SearchQuery, SearchResults};
use sea_orm::sea_query::{Expr, Order};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::PAGE_SIZE;
use super::listing::{clamp_page, summaries};
use super::translations::fallback_chain;
use crate::db::entities::service;
use crate::text::fold;

/// More words than this add nothing but cost.
const MAX_WORDS: usize = 8;

pub async fn search(
    db: &DatabaseConnection,
    locale: Locale,
    query: SearchQuery,
) -> Result<SearchResults, DbErr> {
    let chain = fallback_chain(db, locale).await?;
    let folded = fold(&query.text);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let mut select = service::Entity::find().filter(service::Column::Status.eq("published"));
    for word in &words {
        // `fold` leaves only letters, digits and spaces: no LIKE wildcard can get in.
        select = select.filter(service::Column::SearchText.like(format!("%{word}%")));
    }
    if let Some(level) = query.level {
        select = select.filter(service::Column::Level.eq(level.code()));
    }
    let total = select.clone().count(db).await?;
    let paging = clamp_page(query.page, total);
    if let Some(first) = words.first() {
        let name_match = Expr::cust_with_values(
            "CASE WHEN search_name LIKE $1 THEN 0 ELSE 1 END",
            [format!("%{first}%")],
        );
        select = select.order_by(name_match, Order::Asc);
    }
    let rows = select
        .order_by_asc(service::Column::SearchName)
        .order_by_asc(service::Column::Id)
        .paginate(db, u64::from(PAGE_SIZE))
        .fetch_page(u64::from(paging.page - 1))
        .await?;
    let results = summaries(db, &chain, rows).await?;
    Ok(SearchResults {
        query: SearchQuery {
            page: paging.page,
            ..query
        },
        paging,
        results,
    })
}
