//! Search as the pages and the SMS channel ask it: filters resolved from slugs, the engine
//! asked (or the database while the engine is still building), facets labelled from the
//! in-memory labels, misses counted. A search with no filter and some results reads no table.

use std::sync::Arc;

use app::locale::Locale;
use app::model::{
    AgencyRef, Paging, SearchHit, SearchNotice, SearchQuery, SearchResults, ServiceSummary, Text,
};
use chrono::NaiveDate;
use sea_orm::{DatabaseConnection, DbErr};

use super::PAGE_SIZE;
use super::facet_labels::label_facets;
use super::labels::LabelCache;
use super::listing::{clamp_page, level_of};
use super::misses::record_miss;
use super::search_filters::resolve;
use crate::search::{Display, EngineQuery, EngineResults, SearchIndex, preferred};

fn text_of(texts: &[(Locale, String)], chain: &[Locale]) -> Option<Text> {
    let reader = chain.first().copied().unwrap_or(Locale::DEFAULT);
    preferred(texts, chain).map(|(locale, value)| Text::new(value, locale, locale != reader))
}

pub fn summary_of(display: &Display, chain: &[Locale]) -> ServiceSummary {
    let reader = chain.first().copied().unwrap_or(Locale::DEFAULT);
    ServiceSummary {
        slug: display.slug.clone(),
        name: text_of(&display.names, chain)
            .unwrap_or_else(|| Text::new(display.slug.clone(), reader, false)),
        summary: text_of(&display.summaries, chain),
        agency: AgencyRef {
            slug: display.agency_slug.clone(),
            name: text_of(&display.agency_names, chain)
                .unwrap_or_else(|| Text::new(String::new(), reader, false)),
            acronym: display.agency_acronym.clone(),
        },
        level: level_of(display.level.as_deref().unwrap_or_default()),
        fully_online: display.online,
    }
}

async fn run(index: &Arc<SearchIndex>, request: EngineQuery) -> Result<Arc<EngineResults>, DbErr> {
    if let Some(answer) = index.cached(&request) {
        return Ok(answer);
    }
    // A brief search (a few hits, no facets, no snippets) costs less than handing it to the
    // blocking pool and back: under SMS load those two thread switches were a quarter of the CPU.
    let outcome = if request.brief {
        index.search(&request)
    } else {
        index.off_thread(move |index| index.search(&request)).await
    };
    outcome.map_err(|error| DbErr::Custom(format!("search engine: {error}")))
}

pub async fn search(
    db: &DatabaseConnection,
    index: &Arc<SearchIndex>,
    labels: &LabelCache,
    locale: Locale,
    query: SearchQuery,
    misses_day: Option<NaiveDate>,
) -> Result<SearchResults, DbErr> {
    if !index.is_ready() {
        return super::search_fallback::search(db, locale, query).await;
    }
    let labels = labels.get(db, index.followed()).await?;
    let chain = labels.chain(locale);
    let resolved = resolve(db, &query).await?;
    let mut notices = resolved.notices.clone();
    let page_size = query.per_page.unwrap_or(PAGE_SIZE).max(1);
    let per_page = page_size as usize;
    let mut request = EngineQuery {
        text: query.text.clone(),
        chain: chain.clone(),
        filters: resolved.filters.clone(),
        offset: (query.page.max(1) as usize - 1) * per_page,
        limit: per_page,
        brief: query.brief,
    };
    let mut found = run(index, request.clone()).await?;
    let paging = clamp_page(query.page, page_size, found.total);
    if paging.page != query.page.max(1) {
        notices.push(SearchNotice::PageOutOfRange);
        request.offset = (paging.page as usize - 1) * per_page;
        found = run(index, request).await?;
    }
    let has_text = !query.text.trim().is_empty();
    let did_you_mean = if found.total == 0 && has_text {
        if let Some(day) = misses_day {
            record_miss(db, day, locale, &query.text).await?;
        }
        match index.cached_correction(&query.text, locale) {
            Some(correction) => correction,
            None => {
                let text = query.text.clone();
                index
                    .off_thread(move |index| index.did_you_mean(&text, locale))
                    .await
                    .ok()
                    .flatten()
            }
        }
    } else {
        None
    };
    let reader = chain.first().copied().unwrap_or(Locale::DEFAULT);
    let results = found
        .hits
        .iter()
        .map(|hit| SearchHit {
            service_id: i32::try_from(hit.id).ok(),
            service: summary_of(&hit.display, &chain),
            snippet_html: hit
                .snippet
                .as_ref()
                .map(|(l, html)| Text::new(html.clone(), *l, *l != reader)),
        })
        .collect();
    let facets = if query.brief {
        Default::default()
    } else {
        label_facets(&labels, &chain, &found.facets, &query, &resolved)
    };
    Ok(SearchResults {
        query: SearchQuery {
            page: paging.page,
            ..query
        },
        paging: Paging {
            total: found.total,
            ..paging
        },
        results,
        facets,
        did_you_mean,
        notices,
        home_place: resolved.home_place,
    })
}
