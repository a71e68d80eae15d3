//! The term form's pieces that the agency form's fields do not cover: the names and the
//! descriptions per language (fieldsets), the summary of a form sent back, and the delete
//! section, which offers deleting only a term no service uses.

use leptos::prelude::*;

use super::agency_fields::{AgencyField, Control, Input, input_id};
use super::taxonomy::taxonomy_href;
use crate::admin::agencies::FieldProblem;
use crate::admin::taxonomy::TermForm;
use crate::i18n::{t, t_count};
use crate::locale::Locale;

/// The message key of a problem at `name`, if any.
pub fn error_of(form: &TermForm, name: &str) -> Option<String> {
    form.problems
        .iter()
        .find(|p| p.field == name)
        .map(|p| p.key.clone())
}

/// A field of the form, labelled `admin-taxonomy-{name}`.
pub fn field(form: &TermForm, name: &str, control: Control, value: &str) -> Input {
    let mut input = Input::new(
        name,
        format!("admin-taxonomy-{}", name.replace('.', "-")),
        control,
        value,
    );
    input.error = error_of(form, name);
    input
}

/// A description: several lines, in its language, with its error tied to it.
#[component]
fn DescriptionField(form: TermForm, locale: Locale, value: String) -> impl IntoView {
    let name = format!("description.{}", locale.code());
    let id = input_id(&name);
    let error = error_of(&form, &name);
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    view! {
        <div class="field">
            <label for=id.clone()>{t(&format!("admin-taxonomy-description-{}", locale.code()))}</label>
            <textarea id=id name=name rows="3" lang=locale.code()
                aria-invalid=error.as_ref().map(|_| "true") aria-describedby=error_id.clone()>{value}</textarea>
            {error.zip(error_id).map(|(key, id)| view! { <p class="field-error" id=id>{t(&key)}</p> })}
        </div>
    }
}

/// The names, one per language, in a fieldset: at least one is needed.
#[component]
pub fn Labels(form: TermForm) -> impl IntoView {
    let error = error_of(&form, "labels");
    let described = match &error {
        Some(_) => "f-labels-hint f-labels-error",
        None => "f-labels-hint",
    };
    let inputs = form
        .labels
        .iter()
        .map(|(locale, value)| {
            let mut input = field(&form, &format!("label.{}", locale.code()), Control::Text, value);
            input.lang = Some(*locale);
            view! { <AgencyField input=input/> }
        })
        .collect_view();
    view! {
        <fieldset id="f-labels" aria-describedby=described>
            <legend>{t("admin-taxonomy-labels")}</legend>
            <p class="hint" id="f-labels-hint">{t("admin-taxonomy-labels-hint")}</p>
            {error.map(|key| view! { <p class="field-error" id="f-labels-error">{t(&key)}</p> })}
            {inputs}
        </fieldset>
    }
}

/// The descriptions, one per language, all optional.
#[component]
pub fn Descriptions(form: TermForm) -> impl IntoView {
    let fields = form
        .descriptions
        .clone()
        .into_iter()
        .map(|(locale, value)| view! { <DescriptionField form=form.clone() locale=locale value=value/> })
        .collect_view();
    view! {
        <fieldset aria-describedby="f-descriptions-hint">
            <legend>{t("admin-taxonomy-descriptions")}</legend>
            <p class="hint" id="f-descriptions-hint">{t("admin-taxonomy-descriptions-hint")}</p>
            {fields}
        </fieldset>
    }
}

/// The errors of a form sent back, each linking to its field; first on the page.
#[component]
pub fn TermProblems(problems: Vec<FieldProblem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|problem| {
                let label = format!("admin-taxonomy-{}", problem.field.replace('.', "-"));
                let text = format!("{}: {}", t(&label), t(&problem.key));
                // "labels" is the fieldset of the names: its first input takes the focus.
                let target = if problem.field == "labels" {
                    "label.es"
                } else {
                    problem.field.as_str()
                };
                view! { <li><a href=format!("#{}", input_id(target))>{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="notice error error-summary" role="alert" id="outcome"
                aria-labelledby="problems-heading">
                <h2 id="problems-heading">{t("admin-taxonomy-problems")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// Deleting a stored term: a button when no service uses it, otherwise why it cannot be.
#[component]
pub fn DeleteSection(id: i32, services: u64) -> impl IntoView {
    let body = if services > 0 {
        view! { <p>{t_count("admin-taxonomy-delete-in-use", services)}</p> }.into_any()
    } else {
        view! {
            <p id="delete-hint">{t("admin-taxonomy-delete-hint")}</p>
            <form method="post" action=taxonomy_href(&format!("/{id}/delete"))>
                <button type="submit" class="danger" aria-describedby="delete-hint">
                    {t("admin-taxonomy-delete")}
                </button>
            </form>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t("admin-taxonomy-delete-heading")}</h2>
            {body}
        </section>
    }
}
