//! `/{lang}/admin/agencies/new` and `/{lang}/admin/agencies/{id}/edit`: an agency's names in
//! each language, acronym, address (slug), level, place and contact. Platform administrators
//! see every field; an agency administrator the names and contact of their own agency. Sent
//! back with errors (422), the form keeps what was typed and shows each error beside its field.

use leptos::prelude::*;

use super::agencies::{AgencyBreadcrumb, AgencyOutcome, agencies_href, agency_id, enter, not_found};
use super::agency_fields::{AgencyField, Control, FormProblems, Input};
use super::unavailable;
use crate::admin::agencies::{AgencyForm, AgencyReturn, PlaceChoice, returned};
use crate::components::{AccountHead, set_status};
use crate::i18n::{current_locale, t};
use crate::model::Level;

/// The form of a new agency (`new`) or of the agency in the address.
#[component]
pub fn AgencyFormPage(new: bool) -> impl IntoView {
    let came_back = returned();
    let locale = current_locale();
    let id = agency_id();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (desk, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                if let Some(AgencyReturn::Form(form)) = came_back {
                    return view! { <Form form=*form/> }.into_any();
                }
                if !new && id.is_none() {
                    return not_found();
                }
                match desk.agency_form(locale, &pass, id.filter(|_| !new)).await {
                    Ok(Some(form)) => view! { <Form form=form/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn NewAgencyPage() -> impl IntoView {
    view! { <AgencyFormPage new=true/> }
}

#[component]
pub fn EditAgencyPage() -> impl IntoView {
    view! { <AgencyFormPage new=false/> }
}

fn error_of(form: &AgencyForm, name: &str) -> Option<String> {
    form.problems
        .iter()
        .find(|p| p.field == name)
        .map(|p| p.key.clone())
}

fn field(form: &AgencyForm, name: &str, control: Control, value: &str) -> Input {
    let mut input = Input::new(
        name,
        format!("admin-agencies-{}", name.replace('.', "-")),
        control,
        value,
    );
    input.error = error_of(form, name);
    input
}

/// Places grouped by kind; names are data, so their own select rather than label keys.
#[component]
fn PlaceSelect(places: Vec<PlaceChoice>, chosen: String, error: Option<String>) -> impl IntoView {
    let group = |kind: &'static str| {
        let options = places
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| {
                let value = p.id.to_string();
                let selected = value == chosen;
                view! { <option value=value selected=selected>{p.name.clone()}</option> }
            })
            .collect_view();
        view! { <optgroup label=t(&format!("admin-agencies-place-{kind}"))>{options}</optgroup> }
    };
    let error_id = error.as_ref().map(|_| "f-jurisdiction-error");
    view! {
        <div class="field">
            <label for="f-jurisdiction">{t("admin-agencies-jurisdiction")}</label>
            <select id="f-jurisdiction" name="jurisdiction"
                aria-invalid=error.as_ref().map(|_| "true") aria-describedby=error_id>
                <option value="" selected=chosen.is_empty()>{t("admin-agencies-choose")}</option>
                {group("country")}
                {group("state")}
                {group("municipality")}
            </select>
            {error.map(|key| view! { <p class="field-error" id="f-jurisdiction-error">{t(&key)}</p> })}
        </div>
    }
}

/// The names, one per language, in a fieldset: at least one is needed.
#[component]
fn Names(form: AgencyForm) -> impl IntoView {
    let error = error_of(&form, "names");
    let described = match &error {
        Some(_) => "f-names-hint f-names-error",
        None => "f-names-hint",
    };
    let inputs = form
        .names
        .iter()
        .map(|(locale, value)| {
            let mut input = field(&form, &format!("name.{}", locale.code()), Control::Text, value);
            input.lang = Some(*locale);
            view! { <AgencyField input=input/> }
        })
        .collect_view();
    view! {
        <fieldset id="f-names" aria-describedby=described>
            <legend>{t("admin-agencies-names")}</legend>
            <p class="hint" id="f-names-hint">{t("admin-agencies-names-hint")}</p>
            {error.map(|key| view! { <p class="field-error" id="f-names-error">{t(&key)}</p> })}
            {inputs}
        </fieldset>
    }
}

#[component]
fn Form(form: AgencyForm) -> impl IntoView {
    if form.status != 200 {
        set_status(form.status);
    }
    let (title, action) = match form.id {
        Some(id) => ("admin-agencies-edit-title", agencies_href(&format!("/{id}/edit"))),
        None => ("admin-agencies-new-title", agencies_href("/new")),
    };
    let levels = Control::Select(
        Level::ALL
            .into_iter()
            .map(|l| (l.code().to_owned(), format!("level-{}", l.code())))
            .collect(),
    );
    let mut slug = field(&form, "slug", Control::Text, &form.slug);
    slug.hint = Some("admin-agencies-slug-hint".to_owned());
    let facts = form.facts_editable.then(|| {
        let (places, chosen) = (form.places.clone(), form.jurisdiction.clone());
        let place =
            view! { <PlaceSelect places=places chosen=chosen error=error_of(&form, "jurisdiction")/> };
        view! {
            <fieldset>
                <legend>{t("admin-agencies-facts")}</legend>
                <AgencyField input=field(&form, "acronym", Control::Text, &form.acronym)/>
                <AgencyField input=slug/>
                <AgencyField input=field(&form, "level", levels, &form.level)/>
                {place}
            </fieldset>
        }
    });
    let problems = form.problems.clone();
    let staff = form.id.map(|id| {
        view! { <p><a href=agencies_href(&format!("/{id}/staff"))>{t("admin-agencies-staff")}</a></p> }
    });
    view! {
        <AccountHead key=title/>
        <AgencyBreadcrumb/>
        <h1>{t(title)}</h1>
        <AgencyOutcome/>
        <FormProblems problems=problems/>
        {staff}
        <form method="post" action=action class="editor">
            <Names form=form.clone()/>
            {facts}
            <fieldset>
                <legend>{t("admin-agencies-contact")}</legend>
                <AgencyField input=field(&form, "email", Control::Email, &form.email)/>
                <AgencyField input=field(&form, "phone", Control::Tel, &form.phone)/>
                <AgencyField input=field(&form, "website", Control::Url, &form.website)/>
            </fieldset>
            <button type="submit" class="button">{t("admin-agencies-save")}</button>
        </form>
    }
}
