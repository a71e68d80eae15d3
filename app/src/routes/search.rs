//! Search results: a GET form's answer, so it works without JavaScript and can be bookmarked.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::catalog::use_catalog;
use crate::components::{ErrorContent, Pagination, ServiceList};
use crate::i18n::{current_locale, t, t_args, t_count};
use crate::model::{Level, SearchQuery, SearchResults};

/// Longest query we search for; the rest is ignored and the page says so.
pub const MAX_QUERY_CHARS: usize = 500;

#[component]
pub fn SearchPage() -> impl IntoView {
    let locale = current_locale();
    let params = use_query_map().read_untracked().clone();
    let raw_text = params.get("q").unwrap_or_default();
    let truncated = raw_text.chars().count() > MAX_QUERY_CHARS;
    let text: String = raw_text.trim().chars().take(MAX_QUERY_CHARS).collect();
    let level = params.get("level").and_then(|code| Level::from_code(&code));
    let page = params
        .get("page")
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1);
    let query = SearchQuery { text, level, page };
    let catalog = use_catalog();
    let future = async move { catalog?.search(locale, query).await };
    view! {
        <Title text=format!("{} · {}", t("search-title"), t("site-name"))/>
        <Await future=future let:results>
            {match results {
                Ok(results) => view! { <Results results=results.clone() truncated=truncated/> }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}

#[component]
fn Results(results: SearchResults, truncated: bool) -> impl IntoView {
    let locale = current_locale();
    let query = results.query.clone();
    let heading = if query.text.is_empty() {
        t("search-title")
    } else {
        t_args(
            "search-heading",
            &[("query", FluentValue::from(query.text.clone()))],
        )
    };
    let mut params = Vec::new();
    if !query.text.is_empty() {
        params.push(("q".to_owned(), query.text.clone()));
    }
    if let Some(level) = query.level {
        params.push(("level".to_owned(), level.code().to_owned()));
    }
    let total = results.paging.total;
    view! {
        <h1>{heading}</h1>
        {truncated.then(|| view! { <p class="notice" role="note">{t("search-truncated")}</p> })}
        <LevelFilter query=query.clone()/>
        <p class="result-count" role="status">{t_count("search-results-count", total)}</p>
        {(total == 0).then(|| view! { <p>{t("search-no-results")}</p> })}
        <ServiceList services=results.results/>
        <Pagination paging=results.paging path=format!("/{}/search", locale.code()) params=params/>
    }
}

/// Narrowing by level of government: a small GET form that keeps the words typed.
#[component]
fn LevelFilter(query: SearchQuery) -> impl IntoView {
    let locale = current_locale();
    let options = Level::ALL
        .into_iter()
        .map(|level| {
            let selected = query.level == Some(level);
            view! {
                <option value=level.code() selected=selected>
                    {t(&format!("level-{}", level.code()))}
                </option>
            }
        })
        .collect_view();
    view! {
        <form class="filters" method="get" action=format!("/{}/search", locale.code())>
            <input type="hidden" name="q" value=query.text.clone()/>
            <label for="filter-level">{t("search-filter-level")}</label>
            <select id="filter-level" name="level">
                <option value="" selected=query.level.is_none()>{t("search-filter-any-level")}</option>
                {options}
            </select>
            <button type="submit">{t("search-apply")}</button>
        </form>
    }
}
