//! `/{lang}/admin/taxonomy`: the life events and topics services are classified under, each
//! with its name in the reader's language, the languages it has no name in, and how many
//! services use it. Platform administrators only: the server answers anyone else with the
//! same 404 as an unknown address (and logs the attempt). Also what the taxonomy pages share:
//! who is asking, the outcome a form redirected with, the breadcrumb.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{Needs, admin_href, admit, unavailable};
use crate::accounts::use_session_handle;
use crate::admin::taxonomy::{SharedTaxonomyDesk, TermLine, TermList, use_taxonomy_desk};
use crate::admin::{StaffPass, use_admin};
use crate::components::{AccountHead, ErrorContent, LocalizedText};
use crate::i18n::{current_locale, format_integer, t, t_count};

/// The taxonomy desk and the staff pass of this request, or the page to show instead.
/// Every staff member gets this far: the desk refuses the others itself, so that the refusal
/// is logged.
pub async fn enter() -> Result<(SharedTaxonomyDesk, StaffPass), AnyView> {
    let session = use_session_handle();
    let (Ok(admin), Ok(desk)) = (use_admin(), use_taxonomy_desk()) else {
        return Err(unavailable());
    };
    let pass = admit(admin.access(session.as_ref()).await, Needs::AnyStaff)?;
    Ok((desk, pass))
}

pub fn not_found() -> AnyView {
    view! { <ErrorContent status=404/> }.into_any()
}

/// `/{lang}/admin/taxonomy{rest}`.
pub fn taxonomy_href(rest: &str) -> String {
    admin_href(&format!("/taxonomy{rest}"))
}

/// Notices the taxonomy forms redirect with; anything else is ignored.
const DONE: [&str; 3] = [
    "admin-taxonomy-done-created",
    "admin-taxonomy-done-saved",
    "admin-taxonomy-done-deleted",
];
/// The refused delete: its message counts the services using the term.
const IN_USE: &str = "admin-taxonomy-error-in-use";

/// The outcome in the address; `services` counts the term's services for a refused delete.
#[component]
pub fn TaxonomyOutcome(#[prop(optional)] services: u64) -> impl IntoView {
    let query = use_query_map().read_untracked().clone();
    let in_use = query.get("error").is_some_and(|key| key == IN_USE);
    let done = query
        .get("done")
        .and_then(|key| DONE.iter().copied().find(|k| *k == key));
    view! {
        {in_use.then(|| view! {
            <p class="notice error" role="alert" id="outcome">{t_count(IN_USE, services)}</p>
        })}
        {done.map(|key| view! { <p class="notice done" role="status" id="outcome">{t(key)}</p> })}
    }
}

#[component]
pub fn TaxonomyBreadcrumb() -> impl IntoView {
    view! {
        <p class="breadcrumb">
            <a href=admin_href("")>{t("admin-title")}</a>
            " › "
            <a href=taxonomy_href("")>{t("admin-taxonomy-title")}</a>
        </p>
    }
}

#[component]
pub fn TaxonomyPage() -> impl IntoView {
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (desk, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                match desk.terms(locale, &pass).await {
                    Ok(Some(list)) => view! { <Terms list=list/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

/// The languages without a name, each marked; or a word saying none is missing.
fn missing(line: &TermLine) -> AnyView {
    if line.missing.is_empty() {
        return t("admin-taxonomy-complete").into_any();
    }
    line.missing
        .iter()
        .map(|locale| {
            view! { <span class="badge off">{t(&format!("language-name-{}", locale.code()))}</span> " " }
        })
        .collect_view()
        .into_any()
}

fn row(line: TermLine) -> impl IntoView {
    let locale = current_locale();
    let marks = missing(&line);
    let name = match line.label {
        Some(label) => view! { <LocalizedText text=label/> }.into_any(),
        None => line.slug.clone().into_any(),
    };
    view! {
        <tr>
            <th scope="row"><a href=taxonomy_href(&format!("/{}/edit", line.id))>{name}</a></th>
            <td><code>{line.slug}</code></td>
            <td class="number">{line.position}</td>
            <td>{marks}</td>
            <td class="number">{format_integer(locale, line.services)}</td>
        </tr>
    }
}

/// One kind's table, under its own heading.
#[component]
fn TermTable(id: &'static str, heading: &'static str, lines: Vec<TermLine>) -> impl IntoView {
    let body = if lines.is_empty() {
        view! { <p>{t("admin-taxonomy-none")}</p> }.into_any()
    } else {
        let rows = lines.into_iter().map(row).collect_view();
        view! {
            <div class="table-scroll" tabindex="0" aria-labelledby=id role="region">
                <table aria-labelledby=id>
                    <thead><tr>
                        <th scope="col">{t("admin-taxonomy-col-label")}</th>
                        <th scope="col">{t("admin-taxonomy-slug")}</th>
                        <th scope="col">{t("admin-taxonomy-position")}</th>
                        <th scope="col">{t("admin-taxonomy-col-missing")}</th>
                        <th scope="col">{t("admin-taxonomy-col-services")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h2 id=id>{t(heading)}</h2>
        {body}
    }
}

#[component]
fn Terms(list: TermList) -> impl IntoView {
    view! {
        <AccountHead key="admin-taxonomy-title"/>
        <p class="breadcrumb"><a href=admin_href("")>{t("admin-title")}</a></p>
        <h1>{t("admin-taxonomy-title")}</h1>
        <TaxonomyOutcome/>
        <p>{t("admin-taxonomy-intro")}</p>
        <p><a class="button" href=taxonomy_href("/new")>{t("admin-taxonomy-new")}</a></p>
        <TermTable id="life-events-heading" heading="admin-taxonomy-life-events" lines=list.life_events/>
        <TermTable id="topics-heading" heading="admin-taxonomy-topics" lines=list.topics/>
    }
}
