//! Search results: the answer to a GET form, so it works without JavaScript and can be
//! bookmarked. Filters are GET parameters too; a filter value that names nothing is ignored and
//! the page says so.

mod filters;
mod results;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::catalog::{CatalogError, use_catalog};
use crate::components::ErrorContent;
use crate::i18n::{current_locale, t};
use crate::model::{Level, SearchQuery};
use crate::ratings::use_ratings;

/// Longest query we search for; the rest is ignored and the page says so.
pub const MAX_QUERY_CHARS: usize = 500;

/// Name of the cookie holding the code of the municipality a reader chose.
pub const PLACE_COOKIE: &str = "place";

/// The reader's chosen municipality, from the request's cookies.
pub fn home_place() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    let cookies = parts.headers.get(http::header::COOKIE)?.to_str().ok()?;
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == PLACE_COOKIE)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|code| {
            !code.is_empty()
                && code.len() <= 32
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// The search the address asks for, and whether its text had to be cut or a level was unknown.
fn parse_query() -> (SearchQuery, bool, bool) {
    let params = use_query_map().read_untracked().clone();
    let raw_text = params.get("q").unwrap_or_default();
    let truncated = raw_text.chars().count() > MAX_QUERY_CHARS;
    let text: String = raw_text.trim().chars().take(MAX_QUERY_CHARS).collect();
    let non_empty = |name: &str| {
        params
            .get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let level_code = non_empty("level");
    let level = level_code.as_deref().and_then(Level::from_code);
    let unknown_level = level_code.is_some() && level.is_none();
    let query = SearchQuery {
        text,
        level,
        agency: non_empty("agency"),
        topic: non_empty("topic"),
        place: non_empty("place"),
        online: params
            .get("online")
            .is_some_and(|v| v == "1" || v == "on" || v == "true"),
        page: params
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1)
            .max(1),
        home_place: home_place(),
        brief: false,
        per_page: None,
    };
    (query, truncated, unknown_level)
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let locale = current_locale();
    let (query, truncated, unknown_level) = parse_query();
    let catalog = use_catalog();
    let ratings = use_ratings();
    let response = use_context::<leptos_axum::ResponseOptions>();
    let future = async move {
        let results = catalog?.search(locale, query).await?;
        // A search without results is counted for the agencies on every asking: never shared.
        if results.paging.total > 0
            && let Some(response) = &response
        {
            crate::shell::mark_shareable(response);
        }
        // One query for the page's services; results without ratings are still results.
        let slugs: Vec<String> = results
            .results
            .iter()
            .map(|hit| hit.service.slug.clone())
            .collect();
        let briefs = match ratings {
            Ok(ratings) => ratings.briefs(&slugs).await.unwrap_or_default(),
            Err(_) => Default::default(),
        };
        Ok::<_, CatalogError>((results, briefs))
    };
    view! {
        <Title text=format!("{} · {}", t("search-title"), t("site-name"))/>
        <Await future=future let:found>
            {match found {
                Ok((results, ratings)) => view! {
                    <results::Results results=results.clone() ratings=ratings.clone()
                        truncated=truncated unknown_level=unknown_level/>
                }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}
