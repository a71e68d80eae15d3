//! Filters with counts, as a plain GET form (works without JavaScript), and the addresses that
//! keep every chosen filter.

use leptos::prelude::*;

use crate::components::encode;
use crate::i18n::{current_locale, format_integer, t};
use crate::locale::Locale;
use crate::model::{FacetOption, SearchQuery, SearchResults};

/// The GET parameters that reproduce a search (without its page).
pub fn query_params(query: &SearchQuery) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut push = |name: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            params.push((name.to_owned(), value));
        }
    };
    push("q", Some(query.text.clone()));
    push("level", query.level.map(|l| l.code().to_owned()));
    push("agency", query.agency.clone());
    push("topic", query.topic.clone());
    push("place", query.place.clone());
    push("online", query.online.then(|| "1".to_owned()));
    params
}

pub fn search_href(locale: Locale, query: &SearchQuery) -> String {
    let params: Vec<String> = query_params(query)
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    format!("/{}/search?{}", locale.code(), params.join("&"))
}

fn option_label(option: &FacetOption, fallback: String) -> String {
    let locale = current_locale();
    let name = option
        .label
        .as_ref()
        .map(|text| text.value.clone())
        .unwrap_or(fallback);
    format!("{name} ({})", format_integer(locale, option.count))
}

/// One filter as a select: "any" first, then each value with its count.
#[component]
fn FacetSelect(
    name: &'static str,
    options: Vec<FacetOption>,
    #[prop(optional)] levels: bool,
) -> impl IntoView {
    let id = format!("filter-{name}");
    let any_selected = !options.iter().any(|o| o.selected);
    let choices = options
        .into_iter()
        .map(|option| {
            let fallback = if levels {
                t(&format!("level-{}", option.value))
            } else {
                option.value.clone()
            };
            let label = option_label(&option, fallback);
            view! { <option value=option.value.clone() selected=option.selected>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="filter">
            <label for=id.clone()>{t(&format!("search-filter-{name}"))}</label>
            <select id=id name=name>
                <option value="" selected=any_selected>{t("search-filter-any")}</option>
                {choices}
            </select>
        </div>
    }
}

#[component]
pub fn FilterForm(results: SearchResults) -> impl IntoView {
    let locale = current_locale();
    let query = results.query.clone();
    let facets = results.facets.clone();
    let online_label = format!(
        "{} ({})",
        t("search-filter-online"),
        format_integer(locale, facets.online)
    );
    let clear = search_href(
        locale,
        &SearchQuery {
            text: query.text.clone(),
            ..SearchQuery::default()
        },
    );
    let any_filter = query.level.is_some()
        || query.agency.is_some()
        || query.topic.is_some()
        || query.place.is_some()
        || query.online;
    view! {
        <form class="filters" method="get" action=format!("/{}/search", locale.code()) aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t("search-filters")}</h2>
            <input type="hidden" name="q" value=query.text.clone()/>
            <FacetSelect name="level" options=facets.levels levels=true/>
            <FacetSelect name="topic" options=facets.topics/>
            <FacetSelect name="agency" options=facets.agencies/>
            <FacetSelect name="place" options=facets.places/>
            <div class="filter checkbox">
                <input type="checkbox" id="filter-online" name="online" value="1" checked=query.online/>
                <label for="filter-online">{online_label}</label>
            </div>
            <button type="submit">{t("search-apply")}</button>
            {any_filter.then(|| view! { <a class="clear" href=clear>{t("search-clear-filters")}</a> })}
        </form>
    }
}
