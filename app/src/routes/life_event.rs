//! A life event ("having a baby", "retiring") and the services people need for it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::agency::page_param;
use crate::catalog::use_catalog;
use crate::components::{ErrorContent, LocalizedText, Pagination, ServiceList};
use crate::i18n::{current_locale, t, t_count};
use crate::model::TermDetail;

#[component]
pub fn LifeEventPage() -> impl IntoView {
    let locale = current_locale();
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    let page = page_param();
    let catalog = use_catalog();
    let future = async move { catalog?.life_event(locale, &slug, page).await };
    view! {
        <Await future=future let:term>
            {match term {
                Ok(Some(term)) => view! { <LifeEventView term=term.clone()/> }.into_any(),
                Ok(None) => view! { <ErrorContent status=404/> }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}

#[component]
fn LifeEventView(term: TermDetail) -> impl IntoView {
    let locale = current_locale();
    let path = format!("/{}/life-events/{}", locale.code(), term.term.slug);
    let title = format!("{} · {}", term.term.label.value, t("site-name"));
    view! {
        <Title text=title/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=format!("/{}/", locale.code())>{t("nav-home")}</a>
        </nav>
        <h1><LocalizedText text=term.term.label.clone()/></h1>
        {term.description.clone().map(|text| view! { <p class="lead"><LocalizedText text=text/></p> })}
        <p>{t_count("home-services-count", term.paging.total)}</p>
        <ServiceList services=term.services/>
        <Pagination paging=term.paging path=path params=Vec::new()/>
    }
}
