//! The plain database search, used only while this instance's search index is still being
//! built: every folded word must appear in the service's folded text, names first. No typo
//! tolerance, no facets — but the page answers instead of failing.

use app::locale::Locale;
use app::model::{SearchFacets, SearchHit, SearchQuery, SearchResults};
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::PAGE_SIZE;
use super::listing::{clamp_page, summaries};
use super::search_filters::resolve;
use super::translations::fallback_chain;
use crate::db::entities::{service, service_taxonomy};
use crate::text::fold;

/// More words than this add nothing but cost.
const MAX_WORDS: usize = 8;

pub async fn search(
    db: &DatabaseConnection,
    locale: Locale,
    query: SearchQuery,
) -> Result<SearchResults, DbErr> {
    let chain = fallback_chain(db, locale).await?;
    let resolved = resolve(db, &query).await?;
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
    if let Some(agency) = resolved.agency_id {
        select = select.filter(service::Column::AgencyId.eq(agency));
    }
    if let Some(term) = resolved.term_id {
        select = select.filter(
            service::Column::Id.in_subquery(
                Query::select()
                    .column(service_taxonomy::Column::ServiceId)
                    .from(service_taxonomy::Entity)
                    .and_where(Expr::col(service_taxonomy::Column::TermId).eq(term))
                    .to_owned(),
            ),
        );
    }
    if query.online {
        select = select.filter(service::Column::FullyOnline.eq(true));
    }
    let total = select.clone().count(db).await?;
    let per_page = query.per_page.unwrap_or(PAGE_SIZE);
    let paging = clamp_page(query.page, per_page, total);
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
        .paginate(db, u64::from(per_page))
        .fetch_page(u64::from(paging.page - 1))
        .await?;
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let results = summaries(db, &chain, rows)
        .await?
        .into_iter()
        .zip(ids)
        .map(|(service, id)| SearchHit {
            service_id: Some(id),
            service,
            snippet_html: None,
        })
        .collect();
    Ok(SearchResults {
        query: SearchQuery {
            page: paging.page,
            ..query
        },
        paging,
        results,
        facets: SearchFacets::default(),
        did_you_mean: None,
        notices: resolved.notices,
        home_place: resolved.home_place,
    })
}
