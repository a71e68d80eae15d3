//! `/{lang}/admin/services?agency=…&page=…`: an agency's editorial home. Counts by status, the
//! services due for verification, those waiting for review, the latest audit rows (for those
//! who may read the log) and the agency's services, a page at a time. A platform administrator
//! sees every agency and may pick one.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::admin_href;
use super::audit::AuditTable;
use super::desk_parts::{ServiceTable, enter, not_found};
use crate::admin::editorial::{AgencyChoice, HomeQuery, ServicesHome};
use crate::components::AccountHead;
use crate::i18n::{current_locale, format_integer, t, t_args};

#[component]
pub fn ServicesHomePage() -> impl IntoView {
    let query = use_query_map().read_untracked().clone();
    let home_query = HomeQuery {
        agency: query.get("agency").and_then(|a| a.parse().ok()),
        page: query
            .get("page")
            .and_then(|p| p.parse().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1),
    };
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                match editorial.services_home(locale, &pass, home_query).await {
                    Ok(Some(home)) => view! { <Home home=home/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AgencyFilter(agencies: Vec<AgencyChoice>, chosen: Option<i32>, all_allowed: bool) -> impl IntoView {
    let options = agencies
        .into_iter()
        .map(|agency| {
            let selected = chosen == Some(agency.id);
            view! { <option value=agency.id.to_string() selected=selected>{agency.name.value}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action=admin_href("/services") class="range-form">
            <div class="field">
                <label for="services-agency">{t("admin-services-agency")}</label>
                <select id="services-agency" name="agency">
                    {all_allowed.then(|| view! { <option value="" selected=chosen.is_none()>{t("admin-services-all-agencies")}</option> })}
                    {options}
                </select>
            </div>
            <button type="submit">{t("admin-services-show")}</button>
        </form>
    }
}

fn count_row(key: &'static str, value: u64) -> impl IntoView {
    let locale = current_locale();
    view! {
        <tr>
            <th scope="row">{t(key)}</th>
            <td class="number">{format_integer(locale, value)}</td>
        </tr>
    }
}

#[component]
fn Home(home: ServicesHome) -> impl IntoView {
    let locale = current_locale();
    let agency_query = home.agency.map(|a| format!("agency={a}&")).unwrap_or_default();
    let page_link = |page: u64| admin_href(&format!("/services?{agency_query}page={page}"));
    let previous = (home.page > 1).then(|| page_link(home.page - 1));
    let next = (home.page < home.pages).then(|| page_link(home.page + 1));
    let page_of = t_args(
        "admin-services-page-of",
        &[
            ("page", FluentValue::from(home.page)),
            ("pages", FluentValue::from(home.pages.max(1))),
        ],
    );
    let due_count = t_args(
        "admin-services-due-count",
        &[
            ("count", FluentValue::from(home.due_total)),
            ("n", FluentValue::from(format_integer(locale, home.due_total))),
        ],
    );
    let show_filter = home.all_allowed || home.agencies.len() > 1;
    let counts = home.counts;
    view! {
        <AccountHead key="admin-services-title"/>
        <p class="breadcrumb"><a href=admin_href("")>{t("admin-title")}</a></p>
        <h1>{t("admin-services-title")}</h1>
        <p><a href=admin_href("/services/new") class="button">{t("admin-services-new-link")}</a></p>
        {show_filter.then(|| view! { <AgencyFilter agencies=home.agencies.clone() chosen=home.agency all_allowed=home.all_allowed/> })}
        // Import and export work on one agency: offered once one is shown.
        {home.agency.map(|agency| view! {
            <p class="actions">
                <a href=admin_href(&format!("/agencies/{agency}/import"))>{t("admin-import-link")}</a>
                " · "
                <a href=admin_href(&format!("/agencies/{agency}/services.csv")) download="">{t("admin-import-export-link")}</a>
            </p>
        })}
        <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t("admin-services-counts")}</h2>
            <table aria-labelledby="counts-heading">
                <thead><tr>
                    <th scope="col">{t("admin-services-col-status")}</th>
                    <th scope="col">{t("admin-services-col-count")}</th>
                </tr></thead>
                <tbody>
                    {count_row("editorial-status-draft", counts.draft)}
                    {count_row("editorial-status-in_review", counts.in_review)}
                    {count_row("editorial-status-published", counts.published)}
                    {count_row("editorial-status-archived", counts.archived)}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="waiting-heading">
            <h2 id="waiting-heading">{t("admin-services-waiting")}</h2>
            {if home.waiting.is_empty() {
                view! { <p>{t("admin-services-waiting-none")}</p> }.into_any()
            } else {
                view! { <ServiceTable lines=home.waiting caption=t("admin-services-waiting")/> }.into_any()
            }}
        </section>
        <section aria-labelledby="due-heading">
            <h2 id="due-heading">{t("admin-services-due")}</h2>
            <p>{due_count}</p>
            {(!home.due.is_empty()).then(|| view! { <ServiceTable lines=home.due caption=t("admin-services-due")/> })}
        </section>
        {home.recent.map(|rows| view! {
            <section aria-labelledby="recent-heading">
                <h2 id="recent-heading">{t("admin-services-recent")}</h2>
                <AuditTable rows=rows caption=t("admin-services-recent")/>
                <p><a href=admin_href("/audit")>{t("admin-services-recent-more")}</a></p>
            </section>
        })}
        <section aria-labelledby="all-heading">
            <h2 id="all-heading">{t("admin-services-all")}</h2>
            {if home.services.is_empty() {
                view! { <p>{t("admin-services-none")}</p> }.into_any()
            } else {
                view! { <ServiceTable lines=home.services caption=t("admin-services-all")/> }.into_any()
            }}
            <nav class="pagination" aria-label=t("admin-services-pages")>
                {previous.map(|href| view! { <a href=href rel="prev">{t("admin-services-previous")}</a> })}
                " "<span>{page_of}</span>" "
                {next.map(|href| view! { <a href=href rel="next">{t("admin-services-next")}</a> })}
            </nav>
        </section>
    }
}
