//! `/{lang}/admin/services/{id}/versions` and `…/versions/compare?from=a&to=b`: a service's
//! saved versions (number, author, date, note, the one citizens see), a GET form choosing two
//! of them, their differences field by field, and "restore as a new draft" forms.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::desk_parts::{Breadcrumb, FormOutcome, enter, not_found, service_href, service_id, status_text};
use super::diff_rows::DiffRows;
use crate::admin::editorial::{Comparison, VersionLine, VersionsView};
use crate::components::{AccountHead, LocalizedText};
use crate::i18n::{current_locale, format_date, t, t_args};

#[component]
pub fn VersionsPage() -> impl IntoView {
    versions_page(None)
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map().read_untracked().clone();
    let number = |name: &str| query.get(name).and_then(|n| n.trim().parse::<i32>().ok());
    match (number("from"), number("to")) {
        (Some(from), Some(to)) => versions_page(Some((from, to))).into_any(),
        _ => {
            // Two versions must be chosen: anything else is a malformed request.
            view! { <crate::components::ErrorContent status=400/> }.into_any()
        }
    }
}

fn versions_page(compare: Option<(i32, i32)>) -> impl IntoView {
    let id = service_id();
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                let Some(id) = id else {
                    return not_found();
                };
                match editorial.versions(locale, &pass, id, compare).await {
                    Ok(Some(found)) => view! { <Versions found=found/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}

fn version_options(versions: &[VersionLine], chosen: Option<i32>) -> impl IntoView + use<> {
    versions
        .iter()
        .map(|v| {
            let label = t_args(
                "admin-versions-number",
                &[("number", FluentValue::from(v.number))],
            );
            view! { <option value=v.number.to_string() selected=chosen == Some(v.number)>{label}</option> }
        })
        .collect_view()
}

#[component]
fn History(found: VersionsView) -> impl IntoView {
    let locale = current_locale();
    let id = found.head.id;
    let current = found.head.version;
    let rows =
        found
            .versions
            .iter()
            .map(|v| {
                let number = t_args(
                    "admin-versions-number",
                    &[("number", FluentValue::from(v.number))],
                );
                let restore = (found.may_restore && v.number != current).then(|| view! {
                <form method="post" action=service_href(id, &format!("/versions/{}/restore", v.number))>
                    <input type="hidden" name="version" value=current.to_string()/>
                    <button type="submit" class="button">{t("admin-versions-restore")}</button>
                </form>
            });
                view! {
                    <tr>
                        <th scope="row">{number}</th>
                        <td>{v.author.clone().unwrap_or_else(|| t("editorial-audit-actor-system"))}</td>
                        <td>{format_date(locale, v.created_at.date_naive())}</td>
                        <td>{v.note.clone().unwrap_or_default()}</td>
                        <td>{v.live.then(|| t("admin-versions-live"))}</td>
                        <td>{restore}</td>
                    </tr>
                }
            })
            .collect_view();
    view! {
        <div class="table-scroll" tabindex="0">
            <table id="versions">
                <caption>{t("admin-versions-title")}</caption>
                <thead><tr>
                    <th scope="col">{t("admin-versions-col-number")}</th>
                    <th scope="col">{t("admin-versions-col-author")}</th>
                    <th scope="col">{t("admin-versions-col-date")}</th>
                    <th scope="col">{t("admin-versions-col-note")}</th>
                    <th scope="col">{t("admin-versions-col-live")}</th>
                    <th scope="col">{t("admin-versions-col-restore")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn Differences(comparison: Comparison) -> impl IntoView {
    let title = t_args(
        "admin-versions-differences",
        &[
            ("from", FluentValue::from(comparison.from)),
            ("to", FluentValue::from(comparison.to)),
        ],
    );
    let body = if comparison.changes.is_empty() {
        view! { <p>{t("admin-versions-no-differences")}</p> }.into_any()
    } else {
        let columns = [
            t("admin-versions-col-field"),
            t("admin-versions-col-before"),
            t("admin-versions-col-after"),
        ];
        view! {
            <DiffRows id="differences" caption=title.clone() columns=columns
                changes=comparison.changes empty=t("admin-versions-nothing")/>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="differences-heading">
            <h2 id="differences-heading">{title}</h2>
            {body}
        </section>
    }
}

#[component]
fn Versions(found: VersionsView) -> impl IntoView {
    let head = found.head.clone();
    let name = head
        .name
        .clone()
        .map(|n| n.value)
        .unwrap_or_else(|| head.slug.clone());
    let heading = match head.name.clone() {
        Some(text) => view! { <LocalizedText text=text/> }.into_any(),
        None => head.slug.clone().into_any(),
    };
    let (from, to) = match &found.comparison {
        Some(c) => (Some(c.from), Some(c.to)),
        None => (
            found.versions.get(1).map(|v| v.number),
            found.versions.first().map(|v| v.number),
        ),
    };
    let can_compare = found.versions.len() >= 2;
    view! {
        <AccountHead key="admin-versions-title"/>
        <Breadcrumb service=(head.id, name)/>
        <h1>{t("admin-versions-title")}": "{heading}</h1>
        <FormOutcome/>
        <p>{t("admin-services-col-status")}": "{status_text(&head.status)}</p>
        {if found.versions.is_empty() {
            view! { <p>{t("admin-versions-none")}</p> }.into_any()
        } else {
            view! { <History found=found.clone()/> }.into_any()
        }}
        {can_compare.then(|| view! {
            <form method="get" action=service_href(head.id, "/versions/compare") class="range-form">
                <div class="field">
                    <label for="compare-from">{t("admin-versions-from")}</label>
                    <select id="compare-from" name="from">{version_options(&found.versions, from)}</select>
                </div>
                <div class="field">
                    <label for="compare-to">{t("admin-versions-to")}</label>
                    <select id="compare-to" name="to">{version_options(&found.versions, to)}</select>
                </div>
                <button type="submit">{t("admin-versions-compare")}</button>
            </form>
        })}
        {found.comparison.clone().map(|comparison| view! { <Differences comparison=comparison/> })}
    }
}
