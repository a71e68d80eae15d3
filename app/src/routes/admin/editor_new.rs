//! `/{lang}/admin/services/new`: a new draft in one of the member's agencies, with its
//! address, main language, name and summary; the server creates it and opens the editor.
//! Sent back with errors (422), the form keeps what was typed.

use leptos::prelude::*;

use super::admin_href;
use super::desk_parts::{Breadcrumb, enter, not_found};
use super::editor_fields::{ErrorSummary, Field};
use crate::admin::editor::{FieldKind, FormField, NewServiceView, Returned, field_id, returned};
use crate::components::{AccountHead, set_status};
use crate::i18n::{current_locale, t};
use crate::locale::Locale;

#[component]
pub fn NewServicePage() -> impl IntoView {
    let came_back = returned();
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                if let Some(Returned::New(form)) = came_back {
                    return view! { <NewService form=*form/> }.into_any();
                }
                match editorial.new_service(locale, &pass).await {
                    Ok(Some(form)) => view! { <NewService form=form/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}

fn error_of(form: &NewServiceView, name: &str) -> Option<String> {
    let id = field_id(name);
    form.problems
        .iter()
        .find(|p| p.field == id)
        .map(|p| p.key.clone())
}

fn input(form: &NewServiceView, name: &str, kind: FieldKind, value: String, hint: Option<&str>) -> FormField {
    FormField {
        name: name.to_owned(),
        label: format!("admin-editor-new-{}", name.replace('_', "-")),
        kind,
        value,
        lang: None,
        hint: hint.map(str::to_owned),
        error: error_of(form, name),
    }
}

#[component]
fn NewService(form: NewServiceView) -> impl IntoView {
    if form.status != 200 {
        set_status(form.status);
    }
    let agencies = form
        .agencies
        .iter()
        .map(|a| (a.id.to_string(), a.name.value.clone()))
        .collect::<Vec<_>>();
    let agency_error = error_of(&form, "agency");
    let agency_value = form.agency.map(|a| a.to_string()).unwrap_or_default();
    let languages = FieldKind::Select(
        Locale::ALL
            .into_iter()
            .map(|l| (l.code().to_owned(), format!("admin-editor-language-{}", l.code())))
            .collect(),
    );
    let main = form.main_locale;
    let mut fields = vec![
        input(&form, "main_locale", languages, main.code().to_owned(), None),
        input(
            &form,
            "slug",
            FieldKind::Text,
            form.slug.clone(),
            Some("admin-editor-new-slug-hint"),
        ),
        input(&form, "name", FieldKind::Text, form.name.clone(), None),
        input(&form, "summary", FieldKind::LongText, form.summary.clone(), None),
    ];
    for field in fields.iter_mut().skip(2) {
        field.lang = Some(main);
    }
    // Agency names are data, not messages: their own select rather than label keys.
    let agency_options = agencies
        .into_iter()
        .map(|(id, name)| {
            let selected = id == agency_value;
            view! { <option value=id selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <AccountHead key="admin-editor-new-title"/>
        <Breadcrumb/>
        <h1>{t("admin-editor-new-title")}</h1>
        <ErrorSummary problems=form.problems.clone()/>
        <form method="post" action=admin_href("/services/new") class="editor">
            <div class="field">
                <label for="f-agency">{t("admin-editor-new-agency")}</label>
                <select id="f-agency" name="agency"
                    aria-invalid=agency_error.as_ref().map(|_| "true")
                    aria-describedby=agency_error.as_ref().map(|_| "f-agency-error")>
                    {agency_options}
                </select>
                {agency_error.map(|key| view! { <p class="field-error" id="f-agency-error">{t(&key)}</p> })}
            </div>
            {fields.into_iter().map(|field| view! { <Field field=field/> }).collect_view()}
            <button type="submit" class="button">{t("admin-editor-new-create")}</button>
        </form>
    }
}
