//! The results themselves: count, notices, "did you mean", the list with snippets, paging.

use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::filters::{FilterForm, query_params, search_href};
use crate::components::{LocalizedText, Pagination};
use crate::i18n::{current_locale, format_integer, format_one_decimal, t, t_args, t_count};
use crate::model::{RatingBrief, SearchHit, SearchNotice, SearchResults};

#[component]
pub fn Results(
    results: SearchResults,
    ratings: HashMap<String, RatingBrief>,
    truncated: bool,
    unknown_level: bool,
) -> impl IntoView {
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
    let mut notices: Vec<String> = Vec::new();
    if truncated {
        notices.push(t("search-truncated"));
    }
    if unknown_level {
        notices.push(t_args(
            "search-unknown-filter",
            &[("filter", FluentValue::from(t("search-filter-level")))],
        ));
    }
    for notice in &results.notices {
        notices.push(match notice {
            SearchNotice::Truncated => t("search-truncated"),
            SearchNotice::PageOutOfRange => t("search-page-out-of-range"),
            SearchNotice::UnknownFilter(name) => {
                let filter = t(&format!("search-filter-{name}"));
                t_args("search-unknown-filter", &[("filter", FluentValue::from(filter))])
            }
        });
    }
    let did_you_mean = results.did_you_mean.clone().map(|corrected| {
        let href = search_href(
            locale,
            &crate::model::SearchQuery {
                text: corrected.clone(),
                page: 1,
                ..query.clone()
            },
        );
        view! { <p class="did-you-mean">{t("search-did-you-mean")}" "<a href=href>{corrected}</a></p> }
    });
    let total = results.paging.total;
    let items = results
        .results
        .clone()
        .into_iter()
        .map(|hit| {
            let rating = ratings.get(&hit.service.slug).copied();
            view! { <ResultItem hit=hit rating=rating/> }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        {notices.into_iter().map(|n| view! { <p class="notice" role="note">{n}</p> }).collect_view()}
        <HomePlace results=results.clone()/>
        <p class="result-count" role="status">{t_count("search-results-count", total)}</p>
        {did_you_mean}
        {(total == 0).then(|| view! { <p>{t("search-no-results")}</p> })}
        <div class="search-layout">
            <FilterForm results=results.clone()/>
            <ol class="service-list results">{items}</ol>
        </div>
        <Pagination paging=results.paging path=format!("/{}/search", locale.code()) params=query_params(&query)/>
    }
}

/// "★ 4.3 out of 5 (12 ratings)": the star is decoration, the words say it all.
fn rating_text(rating: RatingBrief) -> impl IntoView {
    let locale = current_locale();
    let text = t_args(
        "rating-brief",
        &[
            (
                "average",
                FluentValue::from(format_one_decimal(locale, rating.average)),
            ),
            ("count", FluentValue::from(rating.count)),
            ("n", FluentValue::from(format_integer(locale, rating.count))),
        ],
    );
    view! { " · "<span class="rating-brief"><span aria-hidden="true">"★ "</span>{text}</span> }
}

#[component]
fn ResultItem(hit: SearchHit, rating: Option<RatingBrief>) -> impl IntoView {
    let locale = current_locale();
    let service = hit.service;
    let href = format!("/{}/services/{}", locale.code(), service.slug);
    let level = t(&format!("level-{}", service.level.code()));
    let snippet = hit.snippet_html.map(|text| {
        let lang = (text.lang != locale).then(|| text.lang.code());
        // Escaped by the search engine; only <b> marks the matched words.
        view! { <p class="summary" lang=lang inner_html=text.value></p> }.into_any()
    });
    let summary = snippet.or_else(|| {
        service
            .summary
            .clone()
            .map(|summary| view! { <p class="summary"><LocalizedText text=summary/></p> }.into_any())
    });
    view! {
        <li class="card">
            <h2><a href=href><LocalizedText text=service.name/></a></h2>
            {summary}
            <p class="meta">
                <LocalizedText text=service.agency.name/>
                " · "{level}
                {service.fully_online.then(|| view! { " · "<span class="badge online">{t("badge-online")}</span> })}
                {rating.map(rating_text)}
            </p>
        </li>
    }
}

/// "Showing national services and those of {place} · change": the reader's chosen place.
#[component]
fn HomePlace(results: SearchResults) -> impl IntoView {
    let locale = current_locale();
    let change = format!("/{}/place", locale.code());
    match results.home_place {
        Some(place) => view! {
            <p class="home-place">
                {t_args("search-home-place", &[("place", FluentValue::from(place.name))])}" "
                <a href=change>{t("search-change-place")}</a>
            </p>
        }
        .into_any(),
        None => view! { <p class="home-place"><a href=change>{t("search-choose-place")}</a></p> }.into_any(),
    }
}
