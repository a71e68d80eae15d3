//! `/{lang}/admin/services/{id}/edit?section=…&content=…`: the service editor, one section at
//! a time, with links between sections and a tab per content language showing how complete
//! its texts are. Each section is a plain form posted with the version it was opened from; a
//! post that comes back (errors, a conflict, a row added or removed) is rendered by the server
//! with this same page, so nothing typed is lost and nothing needs JavaScript.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::desk_parts::{Breadcrumb, enter, not_found, service_href, service_id, status_text};
use super::diff_rows::DiffRows;
use super::editor_fields::{ErrorSummary, Group};
use crate::admin::editor::{Conflict, EditorView, Returned, Section, returned};
use crate::components::{AccountHead, LocalizedText, set_status};
use crate::i18n::{current_locale, t, t_args};
use crate::locale::Locale;

/// Notices a save or a creation redirects with.
const DONE: [&str; 2] = ["admin-editor-done-saved", "admin-editor-done-created"];

#[component]
pub fn EditorPage() -> impl IntoView {
    let id = service_id();
    let query = use_query_map().read_untracked().clone();
    let section = query
        .get("section")
        .and_then(|s| Section::from_code(&s))
        .unwrap_or(Section::General);
    let content = query.get("content").and_then(|c| Locale::from_code(&c));
    let came_back = returned();
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                if let Some(Returned::Editor(view)) = came_back {
                    return view! { <Editor view=*view/> }.into_any();
                }
                let Some(id) = id else {
                    return not_found();
                };
                match editorial.editor(locale, &pass, id, section, content).await {
                    Ok(Some(view)) => view! { <Editor view=view/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}

fn edit_href(id: i32, section: Section, content: Locale) -> String {
    service_href(
        id,
        &format!("/edit?section={}&content={}", section.code(), content.code()),
    )
}

#[component]
fn Sections(view: EditorView) -> impl IntoView {
    let links = Section::ALL
        .into_iter()
        .map(|section| {
            let current = (section == view.section).then_some("page");
            view! {
                <li><a href=edit_href(view.head.id, section, view.content) aria-current=current>
                    {t(&format!("admin-editor-section-{}", section.code()))}
                </a></li>
            }
        })
        .collect_view();
    let tabs = view
        .tabs
        .iter()
        .map(|tab| {
            let current = (tab.locale == view.content).then_some("page");
            let status = t_args(
                &format!("admin-editor-status-{}", tab.status),
                &[("count", FluentValue::from(tab.missing))],
            );
            view! {
                <li><a href=edit_href(view.head.id, view.section, tab.locale) aria-current=current
                    class=format!("tab status-{}", tab.status)>
                    <span lang=tab.locale.code()>{tab.locale.native_name()}</span>
                    " — "{status}
                </a></li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label=t("admin-editor-sections") class="editor-sections">
            <ul>{links}</ul>
        </nav>
        <nav aria-label=t("admin-editor-languages") class="editor-tabs">
            <ul>{tabs}</ul>
        </nav>
    }
}

#[component]
fn ConflictNotice(conflict: Conflict) -> impl IntoView {
    let columns = [
        t("admin-editor-conflict-field"),
        t("admin-editor-conflict-saved"),
        t("admin-editor-conflict-yours"),
    ];
    view! {
        <section class="notice error" role="alert" id="outcome" aria-labelledby="conflict-heading">
            <h2 id="conflict-heading">{t("admin-editor-conflict-title")}</h2>
            <p>{t("editorial-error-conflict")}</p>
            <DiffRows id="conflict" caption=t("admin-editor-conflict-caption") columns=columns
                changes=conflict.changes empty=t("admin-editor-conflict-empty")/>
        </section>
    }
}

#[component]
fn Editor(view: EditorView) -> impl IntoView {
    if view.status != 200 {
        set_status(view.status);
    }
    let id = view.head.id;
    let name_text = view
        .head
        .name
        .clone()
        .map(|n| n.value)
        .unwrap_or_else(|| view.head.slug.clone());
    let heading = match view.head.name.clone() {
        Some(text) => view! { <LocalizedText text=text/> }.into_any(),
        None => view.head.slug.clone().into_any(),
    };
    let query = use_query_map().read_untracked().clone();
    let done = query
        .get("done")
        .and_then(|key| DONE.iter().copied().find(|k| *k == key))
        .filter(|_| view.status == 200);
    let preview = format!("/{}/admin/services/{id}/preview", view.content.code());
    let groups = view.groups.clone();
    let empty = groups.is_empty();
    let rows = view.add.is_some();
    let save = view! { <button type="submit" class="button">{t("admin-editor-save")}</button> };
    view! {
        <AccountHead key="admin-editor-title"/>
        <Breadcrumb service=(id, name_text)/>
        <h1>{heading}</h1>
        <p class="meta">{t("admin-editor-title")}" · "{status_text(&view.head.status)}</p>
        {done.map(|key| view! { <p class="notice done" role="status" id="outcome">{t(key)}</p> })}
        <ErrorSummary problems=view.problems.clone()/>
        {view.conflict.clone().map(|conflict| view! { <ConflictNotice conflict=conflict/> })}
        <p>
            <a href=preview>{t("admin-editor-preview-link")}</a>
            " · "
            <a href=service_href(id, "")>{t("admin-editor-desk-link")}</a>
        </p>
        <Sections view=view.clone()/>
        <form method="post" action=service_href(id, "/edit") class="editor">
            <h2>{t(&format!("admin-editor-section-{}", view.section.code()))}</h2>
            {view.section.per_locale().then(|| view! {
                <p class="meta">{t("admin-editor-writing-in")}" "
                    <span lang=view.content.code()>{view.content.native_name()}</span></p>
            })}
            <input type="hidden" name="section" value=view.section.code()/>
            <input type="hidden" name="content" value=view.content.code()/>
            <input type="hidden" name="version" value=view.version.to_string()/>
            // First in the form, so pressing Enter in a field saves rather than removes a row.
            {(rows && !empty).then(|| view! { <p><button type="submit" class="button">{t("admin-editor-save")}</button></p> })}
            {(empty && rows).then(|| view! { <p>{t("admin-editor-no-rows")}</p> })}
            {groups.into_iter().map(|group| view! { <Group group=group/> }).collect_view()}
            {view.add.clone().map(|key| view! {
                <p><button type="submit" name="row" value="add" class="button secondary">{t(&key)}</button></p>
            })}
            {rows.then(|| view! { <p class="hint">{t("admin-editor-rows-hint")}</p> })}
            {save}
        </form>
    }
}
