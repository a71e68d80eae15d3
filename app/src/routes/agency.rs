//! An agency: who it is, how to reach it, and its services.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::catalog::use_catalog;
use crate::components::{ErrorContent, LocalizedHtml, LocalizedText, Pagination, ServiceList};
use crate::i18n::{current_locale, t, t_count};
use crate::model::AgencyDetail;

/// The `page` query parameter: 1 when absent or not a positive number.
pub fn page_param() -> u32 {
    use_query_map()
        .read_untracked()
        .get("page")
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

#[component]
pub fn AgencyPage() -> impl IntoView {
    let locale = current_locale();
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    let page = page_param();
    let catalog = use_catalog();
    let future = async move { catalog?.agency(locale, &slug, page).await };
    view! {
        <Await future=future let:agency>
            {match agency {
                Ok(Some(agency)) => view! { <AgencyView agency=agency.clone()/> }.into_any(),
                Ok(None) => view! { <ErrorContent status=404/> }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}

#[component]
fn AgencyView(agency: AgencyDetail) -> impl IntoView {
    let locale = current_locale();
    let path = format!("/{}/agencies/{}", locale.code(), agency.agency.slug);
    let title = format!("{} · {}", agency.agency.name.value, t("site-name"));
    let has_contact = agency.website.is_some() || agency.email.is_some() || agency.phone.is_some();
    view! {
        <Title text=title/>
        <h1>
            <LocalizedText text=agency.agency.name.clone()/>
            {agency.agency.acronym.clone().map(|acronym| view! { " "<abbr>{format!("({acronym})")}</abbr> })}
        </h1>
        <p class="meta">{t(&format!("level-{}", agency.level.code()))}" · "{agency.jurisdiction.clone()}</p>
        {agency.description_html.clone().map(|text| view! { <LocalizedHtml text=text/> })}
        {has_contact.then(|| view! {
            <section aria-labelledby="agency-contact-heading">
                <h2 id="agency-contact-heading">{t("agency-contact")}</h2>
                <ul class="plain">
                    {agency.website.clone().map(|url| view! { <li><a href=url.clone() rel="noopener">{url.clone()}</a></li> })}
                    {agency.email.clone().map(|email| view! { <li><a href=format!("mailto:{email}")>{email.clone()}</a></li> })}
                    {agency.phone.clone().map(|phone| view! { <li>{phone}</li> })}
                </ul>
            </section>
        })}
        <p><a href=format!("{path}/performance")>{t("agency-performance-link")}</a></p>
        <section aria-labelledby="agency-services-heading">
            <h2 id="agency-services-heading">{t("agency-services")}</h2>
            <p>{t_count("home-services-count", agency.paging.total)}</p>
            <ServiceList services=agency.services/>
            <Pagination paging=agency.paging path=path params=Vec::new()/>
        </section>
    }
}
