//! `/{lang}/admin/audit`: the audit log for agency administrators (their agency) and platform
//! administrators (every agency). A GET form filters by actor, action, agency, record and days;
//! the results come a page at a time, and the same filters download as CSV. Unreadable filters
//! answer 400 with the reason; anyone else gets the same 404 as an unknown address.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::admin_href;
use super::desk_parts::{enter, not_found};
use crate::admin::audit_query::{AuditParams, AuditQuery};
use crate::admin::editorial::{AuditLine, AuditView};
use crate::components::{AccountHead, set_status};
use crate::i18n::{current_locale, format_date, t, t_args};

fn params() -> AuditParams {
    let query = use_query_map().read_untracked().clone();
    AuditParams {
        actor: query.get("actor"),
        action: query.get("action"),
        agency: query.get("agency"),
        record: query.get("record"),
        from: query.get("from"),
        to: query.get("to"),
        page: query.get("page"),
    }
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let typed = params();
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                let query = match typed.read() {
                    Ok(query) => query,
                    Err(key) => {
                        // Only those who may read some log learn what was wrong.
                        let empty = AuditQuery { page: 1, ..Default::default() };
                        return match editorial.audit(locale, &pass, &empty).await {
                            Ok(Some(view)) => {
                                set_status(400);
                                view! {
                                    <Heading/>
                                    <p class="notice error" role="alert">{t(key)}</p>
                                    <Filters view=view typed=typed.clone()/>
                                }
                                .into_any()
                            }
                            Ok(None) => not_found(),
                            Err(_) => super::unavailable(),
                        };
                    }
                };
                match editorial.audit(locale, &pass, &query).await {
                    Ok(Some(view)) => view! { <Log view=view query=query typed=typed.clone()/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Heading() -> impl IntoView {
    view! {
        <AccountHead key="admin-audit-title"/>
        <p class="breadcrumb"><a href=admin_href("")>{t("admin-title")}</a></p>
        <h1>{t("admin-audit-title")}</h1>
    }
}

fn action_label(code: &str) -> String {
    t(&format!("editorial-audit-{}", code.replace('.', "-")))
}

#[component]
fn Filters(view: AuditView, typed: AuditParams) -> impl IntoView {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let chosen_action = value(&typed.action);
    let chosen_agency = value(&typed.agency);
    let actions = view
        .actions
        .iter()
        .map(|code| {
            let selected = *code == chosen_action;
            view! { <option value=code.clone() selected=selected>{action_label(code)}</option> }
        })
        .collect_view();
    let agencies = view
        .agencies
        .iter()
        .map(|agency| {
            let id = agency.id.to_string();
            let selected = id == chosen_agency;
            view! { <option value=id selected=selected>{agency.name.value.clone()}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action=admin_href("/audit") class="range-form" id="audit-filters">
            <div class="field">
                <label for="audit-actor">{t("admin-audit-actor")}</label>
                <input id="audit-actor" name="actor" inputmode="numeric" value=value(&typed.actor)/>
            </div>
            <div class="field">
                <label for="audit-action">{t("admin-audit-action")}</label>
                <select id="audit-action" name="action">
                    <option value="">{t("admin-audit-any")}</option>
                    {actions}
                </select>
            </div>
            <div class="field">
                <label for="audit-agency">{t("admin-audit-agency")}</label>
                <select id="audit-agency" name="agency">
                    {view.all_allowed.then(|| view! { <option value="">{t("admin-services-all-agencies")}</option> })}
                    {agencies}
                </select>
            </div>
            <div class="field">
                <label for="audit-record">{t("admin-audit-record")}</label>
                <input id="audit-record" name="record" inputmode="numeric" value=value(&typed.record)/>
            </div>
            <div class="field">
                <label for="audit-from">{t("admin-stats-from")}</label>
                <input id="audit-from" type="date" name="from" value=value(&typed.from) aria-describedby="audit-range-hint"/>
            </div>
            <div class="field">
                <label for="audit-to">{t("admin-stats-to")}</label>
                <input id="audit-to" type="date" name="to" value=value(&typed.to) aria-describedby="audit-range-hint"/>
            </div>
            <p id="audit-range-hint" class="hint">{t("admin-audit-range-hint")}</p>
            <button type="submit">{t("admin-services-show")}</button>
        </form>
    }
}

/// Audit rows as a table; also the "recent activity" of the agency home.
#[component]
pub fn AuditTable(rows: Vec<AuditLine>, caption: String) -> impl IntoView {
    let locale = current_locale();
    if rows.is_empty() {
        return view! { <p>{t("admin-audit-none")}</p> }.into_any();
    }
    let lines = rows
        .into_iter()
        .map(|row| {
            let when = format!(
                "{} {}",
                format_date(locale, row.at.date_naive()),
                row.at.format("%H:%M UTC")
            );
            let actor = match (row.actor_name, row.actor) {
                (Some(name), Some(id)) => format!("{name} (#{id})"),
                (None, Some(id)) => format!("#{id}"),
                (_, None) => t("editorial-audit-actor-system"),
            };
            let record = match row.record_id {
                Some(id) => format!("{} #{id}", row.record_kind),
                None => row.record_kind.clone(),
            };
            view! {
                <tr>
                    <th scope="row">{when}</th>
                    <td>{actor}</td>
                    <td>{action_label(&row.action)}</td>
                    <td>{record}</td>
                    <td>{row.agency_id.map(|a| a.to_string())}</td>
                    <td><code>{row.detail}</code></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0">
            <table class="audit">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{t("admin-audit-col-when")}</th>
                    <th scope="col">{t("admin-audit-actor")}</th>
                    <th scope="col">{t("admin-audit-action")}</th>
                    <th scope="col">{t("admin-audit-record")}</th>
                    <th scope="col">{t("admin-audit-agency")}</th>
                    <th scope="col">{t("admin-audit-col-detail")}</th>
                </tr></thead>
                <tbody>{lines}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn Log(view: AuditView, query: AuditQuery, typed: AuditParams) -> impl IntoView {
    let filters = query.to_query();
    let joined = if filters.is_empty() {
        String::new()
    } else {
        format!("{filters}&")
    };
    let csv = admin_href(&format!("/audit.csv?{filters}"));
    let page_link = |page: u64| admin_href(&format!("/audit?{joined}page={page}"));
    let previous = (view.page > 1).then(|| page_link(view.page - 1));
    let next = view.has_next.then(|| page_link(view.page + 1));
    let page_text = t_args("admin-audit-page", &[("page", FluentValue::from(view.page))]);
    let rows = view.rows.clone();
    view! {
        <Heading/>
        <Filters view=view typed=typed/>
        <p><a href=csv download="">{t("admin-audit-csv")}</a></p>
        <section aria-labelledby="audit-results-heading">
            <h2 id="audit-results-heading">{t("admin-audit-results")}</h2>
            <AuditTable rows=rows caption=t("admin-audit-results")/>
            <nav class="pagination" aria-label=t("admin-services-pages")>
                {previous.map(|href| view! { <a href=href rel="prev">{t("admin-services-previous")}</a> })}
                " "<span>{page_text}</span>" "
                {next.map(|href| view! { <a href=href rel="next">{t("admin-services-next")}</a> })}
            </nav>
        </section>
    }
}
