//! Choosing one's municipality: a GET form to find it by name, and a POST form per result that
//! the server answers by setting a cookie. No JavaScript involved.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::search::home_place;
use crate::catalog::use_catalog;
use crate::components::ErrorContent;
use crate::i18n::{current_locale, t, t_args};
use crate::model::PlaceRef;

#[component]
pub fn PlacePage() -> impl IntoView {
    let locale = current_locale();
    let typed: String = use_query_map()
        .read_untracked()
        .get("q")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect();
    let current_code = home_place();
    let catalog = use_catalog();
    let text = typed.clone();
    let future = async move {
        let catalog = catalog?;
        let current = match current_code {
            Some(code) => catalog.place(&code).await?,
            None => None,
        };
        let found = catalog.places(&text).await?;
        Ok::<_, crate::catalog::CatalogError>((current, found))
    };
    let action = format!("/{}/place", locale.code());
    let next = format!("/{}/search", locale.code());
    view! {
        <Title text=format!("{} · {}", t("place-title"), t("site-name"))/>
        <h1>{t("place-title")}</h1>
        <p>{t("place-intro")}</p>
        <Await future=future let:found>
            {match found {
                Ok((current, places)) => view! {
                    <Current current=current.clone() action=action.clone() next=next.clone()/>
                    <form class="place-search" method="get" action=action.clone() role="search">
                        <label for="place-q">{t("place-search-label")}</label>
                        <div class="search-row">
                            <input id="place-q" type="search" name="q" value=typed.clone() maxlength="100"/>
                            <button type="submit">{t("place-search-button")}</button>
                        </div>
                    </form>
                    <Choices places=places.clone() typed=typed.clone() action=action.clone() next=next.clone()/>
                }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}

#[component]
fn Current(current: Option<PlaceRef>, action: String, next: String) -> impl IntoView {
    current.map(|place| {
        view! {
            <form class="place-current" method="post" action=action>
                <p>{t_args("place-current", &[("place", FluentValue::from(place.name))])}</p>
                <input type="hidden" name="code" value=""/>
                <input type="hidden" name="next" value=next/>
                <button type="submit">{t("place-forget")}</button>
            </form>
        }
    })
}

#[component]
fn Choices(places: Vec<PlaceRef>, typed: String, action: String, next: String) -> impl IntoView {
    if typed.trim().is_empty() {
        return ().into_any();
    }
    if places.is_empty() {
        return view! { <p role="status">{t("place-no-results")}</p> }.into_any();
    }
    let items = places
        .into_iter()
        .map(|place| {
            let label = match &place.parent {
                Some(parent) => format!("{} ({parent})", place.name),
                None => place.name.clone(),
            };
            view! {
                <li>
                    <form method="post" action=action.clone()>
                        <input type="hidden" name="code" value=place.code.clone()/>
                        <input type="hidden" name="next" value=next.clone()/>
                        <button type="submit">{t_args("place-choose", &[("place", FluentValue::from(label))])}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain places">{items}</ul> }.into_any()
}
