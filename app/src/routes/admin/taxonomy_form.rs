//! `/{lang}/admin/taxonomy/new` and `/{lang}/admin/taxonomy/{id}/edit`: a life event's or
//! topic's kind, address (slug), order, and its name and description in each language; on a
//! stored term, deleting it when no service uses it. Sent back with errors (422), the form
//! keeps what was typed and shows each error beside its field.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::agency_fields::{AgencyField, Control};
use super::taxonomy::{TaxonomyBreadcrumb, TaxonomyOutcome, enter, not_found, taxonomy_href};
use super::taxonomy_fields::{DeleteSection, Descriptions, Labels, TermProblems, field};
use super::unavailable;
use crate::admin::taxonomy::{KINDS, TermForm, returned};
use crate::components::{AccountHead, set_status};
use crate::i18n::t;

/// The `:id` of the address, when it is a number.
fn term_id() -> Option<i32> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse::<i32>().ok())
}

/// The form of a new term (`new`) or of the term in the address.
#[component]
fn TermFormPage(new: bool) -> impl IntoView {
    let came_back = returned();
    let id = term_id();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (desk, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                if let Some(form) = came_back {
                    return view! { <Form form=form/> }.into_any();
                }
                if !new && id.is_none() {
                    return not_found();
                }
                match desk.term_form(&pass, id.filter(|_| !new)).await {
                    Ok(Some(form)) => view! { <Form form=form/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn NewTermPage() -> impl IntoView {
    view! { <TermFormPage new=true/> }
}

#[component]
pub fn EditTermPage() -> impl IntoView {
    view! { <TermFormPage new=false/> }
}

#[component]
fn Form(form: TermForm) -> impl IntoView {
    if form.status != 200 {
        set_status(form.status);
    }
    let (title, action) = match form.id {
        Some(id) => ("admin-taxonomy-edit-title", taxonomy_href(&format!("/{id}/edit"))),
        None => ("admin-taxonomy-new-title", taxonomy_href("/new")),
    };
    let kinds = Control::Select(
        KINDS
            .into_iter()
            .map(|kind| {
                (
                    kind.to_owned(),
                    format!("admin-taxonomy-kind-{}", kind.replace('_', "-")),
                )
            })
            .collect(),
    );
    let mut kind = field(&form, "kind", kinds, &form.kind);
    kind.hint = Some("admin-taxonomy-kind-hint".to_owned());
    let mut slug = field(&form, "slug", Control::Text, &form.slug);
    slug.hint = Some("admin-taxonomy-slug-hint".to_owned());
    let mut position = field(&form, "position", Control::Text, &form.position);
    position.hint = Some("admin-taxonomy-position-hint".to_owned());
    let delete = form
        .id
        .map(|id| view! { <DeleteSection id=id services=form.services/> });
    view! {
        <AccountHead key=title/>
        <TaxonomyBreadcrumb/>
        <h1>{t(title)}</h1>
        <TaxonomyOutcome services=form.services/>
        <TermProblems problems=form.problems.clone()/>
        <form method="post" action=action class="editor">
            <AgencyField input=kind/>
            <AgencyField input=slug/>
            <AgencyField input=position/>
            <Labels form=form.clone()/>
            <Descriptions form=form.clone()/>
            <button type="submit" class="button">{t("admin-taxonomy-save")}</button>
        </form>
        {delete}
    }
}
