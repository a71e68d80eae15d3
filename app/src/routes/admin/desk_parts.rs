//! Pieces the editorial pages share: who is asking (the staff pass, or the page to show
//! instead), the outcome a workflow form redirected with, statuses and dates in the page's
//! language, and the service list table.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{Needs, admin_href, admit, unavailable};
use crate::accounts::use_session_handle;
use crate::admin::editorial::{ServiceLine, SharedEditorial, use_editorial};
use crate::admin::{StaffPass, use_admin};
use crate::components::{ErrorContent, LocalizedText};
use crate::i18n::{current_locale, format_date, t};

/// The editorial service and the staff pass of this request, or the page to show instead.
pub async fn enter() -> Result<(SharedEditorial, StaffPass), AnyView> {
    let session = use_session_handle();
    let (Ok(admin), Ok(editorial)) = (use_admin(), use_editorial()) else {
        return Err(unavailable());
    };
    let pass = admit(admin.access(session.as_ref()).await, Needs::AnyStaff)?;
    Ok((editorial, pass))
}

pub fn not_found() -> AnyView {
    view! { <ErrorContent status=404/> }.into_any()
}

/// The `:id` of the address, when it is a number.
pub fn service_id() -> Option<i32> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse::<i32>().ok())
}

/// `/{lang}/admin/services/{id}{rest}`.
pub fn service_href(id: i32, rest: &str) -> String {
    admin_href(&format!("/services/{id}{rest}"))
}

pub fn status_text(code: &str) -> String {
    t(&format!("editorial-status-{code}"))
}

pub fn verified_text(day: Option<chrono::NaiveDate>) -> String {
    match day {
        Some(day) => format_date(current_locale(), day),
        None => t("editorial-verification-never"),
    }
}

/// Outcome keys the workflow forms redirect with; anything else in the address is ignored.
const OUTCOMES: [&str; 11] = [
    "editorial-error-forbidden",
    "editorial-error-invalid",
    "editorial-error-blocked",
    "editorial-error-wrong-status",
    "admin-services-error-stale",
    "admin-services-done-submit",
    "admin-services-done-reject",
    "admin-services-done-publish",
    "admin-services-done-archive",
    "admin-services-done-verify",
    "admin-services-done-restore",
];

/// Field messages a form can come back with, beside its field (`?invalid-reason=…`).
const FIELD_KEYS: [&str; 3] = [
    "editorial-field-required",
    "editorial-field-too-long",
    "editorial-field-invalid-replacement",
];

fn known(key: &str, list: &[&'static str]) -> Option<&'static str> {
    list.iter().copied().find(|k| *k == key)
}

/// The message a field's form came back with, if it is one of ours.
pub fn field_error(field: &str) -> Option<&'static str> {
    let query = use_query_map().read_untracked().clone();
    query
        .get(&format!("invalid-{field}"))
        .and_then(|key| known(&key, &FIELD_KEYS))
}

/// The error key a form came back with, if it is one of ours.
pub fn error_key() -> Option<&'static str> {
    let query = use_query_map().read_untracked().clone();
    query.get("error").and_then(|key| known(&key, &OUTCOMES))
}

#[component]
pub fn FormOutcome() -> impl IntoView {
    let query = use_query_map().read_untracked().clone();
    let done = query.get("done").and_then(|key| known(&key, &OUTCOMES));
    view! {
        {error_key().map(|key| view! { <p class="notice error" role="alert" id="outcome">{t(key)}</p> })}
        {done.map(|key| view! { <p class="notice done" role="status" id="outcome">{t(key)}</p> })}
    }
}

/// The service's name (its address when it has none yet), linking to its workflow page.
#[component]
pub fn ServiceLink(line: ServiceLine) -> impl IntoView {
    let href = service_href(line.id, "");
    match line.name {
        Some(name) => view! { <a href=href><LocalizedText text=name/></a> }.into_any(),
        None => view! { <a href=href>{line.slug}</a> }.into_any(),
    }
}

/// Services with their status and last verification.
#[component]
pub fn ServiceTable(lines: Vec<ServiceLine>, caption: String) -> impl IntoView {
    let rows = lines
        .into_iter()
        .map(|line| {
            let status = status_text(&line.status);
            let verified = verified_text(line.last_verified);
            view! {
                <tr>
                    <th scope="row"><ServiceLink line=line/></th>
                    <td>{status}</td>
                    <td>{verified}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{t("admin-services-col-service")}</th>
                    <th scope="col">{t("admin-services-col-status")}</th>
                    <th scope="col">{t("admin-services-col-verified")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn Breadcrumb(#[prop(optional)] service: Option<(i32, String)>) -> impl IntoView {
    view! {
        <p class="breadcrumb">
            <a href=admin_href("")>{t("admin-title")}</a>
            " › "
            <a href=admin_href("/services")>{t("admin-services-title")}</a>
            {service.map(|(id, name)| view! { " › " <a href=service_href(id, "")>{name}</a> })}
        </p>
    }
}
