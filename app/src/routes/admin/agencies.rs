//! `/{lang}/admin/agencies`: the agencies a member administers (every one, for platform
//! administrators, with "add an agency"), each linking to its form and its staff. Also what
//! the agency pages share: who is asking, the outcome a form redirected with, the breadcrumb.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{Needs, admin_href, admit, unavailable};
use crate::accounts::use_session_handle;
use crate::admin::agencies::{AgencyLine, AgencyList, SharedAgencyDesk, use_agency_desk};
use crate::admin::{StaffPass, use_admin};
use crate::components::{AccountHead, ErrorContent, LocalizedText};
use crate::i18n::{current_locale, format_integer, t};

/// The agency desk and the staff pass of this request, or the page to show instead.
pub async fn enter() -> Result<(SharedAgencyDesk, StaffPass), AnyView> {
    let session = use_session_handle();
    let (Ok(admin), Ok(desk)) = (use_admin(), use_agency_desk()) else {
        return Err(unavailable());
    };
    let pass = admit(admin.access(session.as_ref()).await, Needs::AnyStaff)?;
    Ok((desk, pass))
}

pub fn not_found() -> AnyView {
    view! { <ErrorContent status=404/> }.into_any()
}

/// The `:id` of the address, when it is a number.
pub fn agency_id() -> Option<i32> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse::<i32>().ok())
}

/// `/{lang}/admin/agencies{rest}`.
pub fn agencies_href(rest: &str) -> String {
    admin_href(&format!("/agencies{rest}"))
}

/// Outcome keys the agency and staff forms redirect with; anything else is ignored.
const OUTCOMES: [&str; 12] = [
    "admin-agencies-done-created",
    "admin-agencies-done-saved",
    "admin-agencies-done-role-changed",
    "admin-agencies-done-role-revoked",
    "admin-agencies-done-deactivated",
    "admin-agencies-done-reactivated",
    "admin-agencies-done-invitation-cancelled",
    "admin-agencies-error-last-platform-admin",
    "admin-agencies-error-own-account",
    "admin-agencies-error-roles-elsewhere",
    "editorial-error-invalid",
    "editorial-error-not-found",
];

#[component]
pub fn AgencyOutcome() -> impl IntoView {
    let query = use_query_map().read_untracked().clone();
    let known = |key: Option<String>| key.and_then(|key| OUTCOMES.iter().copied().find(|k| *k == key));
    let error = known(query.get("error"));
    let done = known(query.get("done"));
    view! {
        {error.map(|key| view! { <p class="notice error" role="alert" id="outcome">{t(key)}</p> })}
        {done.map(|key| view! { <p class="notice done" role="status" id="outcome">{t(key)}</p> })}
    }
}

#[component]
pub fn AgencyBreadcrumb() -> impl IntoView {
    view! {
        <p class="breadcrumb">
            <a href=admin_href("")>{t("admin-title")}</a>
            " › "
            <a href=agencies_href("")>{t("admin-agencies-title")}</a>
        </p>
    }
}

#[component]
pub fn AgenciesPage() -> impl IntoView {
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (desk, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                match desk.agencies(locale, &pass).await {
                    Ok(Some(list)) => view! { <Agencies list=list/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

fn row(line: AgencyLine) -> impl IntoView {
    let locale = current_locale();
    let name = match line.name {
        Some(name) => view! { <LocalizedText text=name/> }.into_any(),
        None => line.slug.clone().into_any(),
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td>{line.acronym.unwrap_or_default()}</td>
            <td>{t(&format!("level-{}", line.level))}</td>
            <td>{line.place}</td>
            <td class="number">{format_integer(locale, line.members)}</td>
            <td>
                <a href=agencies_href(&format!("/{}/edit", line.id))>{t("admin-agencies-edit")}</a>
                " · "
                <a href=agencies_href(&format!("/{}/staff", line.id))>{t("admin-agencies-staff")}</a>
            </td>
        </tr>
    }
}

#[component]
fn Agencies(list: AgencyList) -> impl IntoView {
    let empty = list.lines.is_empty();
    let rows = list.lines.into_iter().map(row).collect_view();
    view! {
        <AccountHead key="admin-agencies-title"/>
        <p class="breadcrumb"><a href=admin_href("")>{t("admin-title")}</a></p>
        <h1 id="agencies-heading">{t("admin-agencies-title")}</h1>
        <AgencyOutcome/>
        {list.may_create.then(|| view! {
            <p><a class="button" href=agencies_href("/new")>{t("admin-agencies-new")}</a></p>
        })}
        {if empty {
            view! { <p>{t("admin-agencies-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" tabindex="0">
                    <table aria-labelledby="agencies-heading">
                        <thead><tr>
                            <th scope="col">{t("admin-agencies-col-name")}</th>
                            <th scope="col">{t("admin-agencies-acronym")}</th>
                            <th scope="col">{t("admin-agencies-level")}</th>
                            <th scope="col">{t("admin-agencies-jurisdiction")}</th>
                            <th scope="col">{t("admin-agencies-col-members")}</th>
                            <th scope="col">{t("admin-agencies-col-actions")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}
