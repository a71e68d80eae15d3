//! The editor's form pieces, drawn from the server's plain descriptions: a labelled input of
//! each kind with its hint and error tied by `aria-describedby`, fieldsets for rows (with
//! their "remove" submit button), and the error summary linking to the fields.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::admin::editor::{FieldGroup, FieldKind, FormField, Problem};
use crate::i18n::{t, t_args};

/// A label key that may take a count (time units) or a number (rows).
fn label(key: &str, n: Option<usize>) -> String {
    let n = n.unwrap_or(2);
    t_args(
        key,
        &[("count", FluentValue::from(2)), ("n", FluentValue::from(n))],
    )
}

#[component]
pub fn Field(field: FormField) -> impl IntoView {
    let id = field.id();
    let hint_id = field.hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = field.error.as_ref().map(|_| format!("{id}-error"));
    let described: Vec<String> = hint_id.iter().chain(error_id.iter()).cloned().collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = field.error.as_ref().map(|_| "true");
    let lang = field.lang.map(|l| l.code());
    let name = field.name.clone();
    let value = field.value.clone();
    let input_type = match field.kind {
        FieldKind::Url => "url",
        FieldKind::Email => "email",
        FieldKind::Tel => "tel",
        FieldKind::Time => "time",
        _ => "text",
    };
    let control = match field.kind.clone() {
        FieldKind::LongText => view! {
            <textarea id=id.clone() name=name rows="5" lang=lang
                aria-invalid=invalid aria-describedby=described.clone()>{value}</textarea>
        }
        .into_any(),
        FieldKind::Checkbox | FieldKind::Choice { .. } => view! {
            <input type="checkbox" id=id.clone() name=name value="true" checked=!value.is_empty()
                aria-invalid=invalid aria-describedby=described.clone()/>
        }
        .into_any(),
        FieldKind::Select(options) => {
            let options = options
                .into_iter()
                .map(|(code, key)| {
                    let selected = code == value;
                    view! { <option value=code selected=selected>{label(&key, None)}</option> }
                })
                .collect_view();
            view! {
                <select id=id.clone() name=name aria-invalid=invalid aria-describedby=described.clone()>
                    {options}
                </select>
            }
            .into_any()
        }
        FieldKind::Number => view! {
            <input type="text" inputmode="numeric" id=id.clone() name=name value=value
                aria-invalid=invalid aria-describedby=described.clone()/>
        }
        .into_any(),
        _ => view! {
            <input type=input_type id=id.clone() name=name value=value lang=lang
                aria-invalid=invalid aria-describedby=described.clone()/>
        }
        .into_any(),
    };
    let class = if field.kind.is_checkbox() {
        "field checkbox"
    } else {
        "field"
    };
    // A choice is labelled by its own words, which may be in another language.
    let (label_text, label_lang) = match &field.kind {
        FieldKind::Choice { caption, lang } => (caption.clone(), lang.map(|l| l.code())),
        _ => (t(&field.label), None),
    };
    view! {
        <div class=class>
            <label for=id lang=label_lang>{label_text}</label>
            {control}
            {field.hint.zip(hint_id).map(|(key, hint_id)| view! { <p class="hint" id=hint_id>{t(&key)}</p> })}
            {field.error.zip(error_id).map(|(key, error_id)| view! { <p class="field-error" id=error_id>{t(&key)}</p> })}
        </div>
    }
}

#[component]
pub fn Group(group: FieldGroup) -> AnyView {
    let legend = label(&group.legend, group.number);
    let fields = group
        .fields
        .into_iter()
        .map(|field| view! { <Field field=field/> })
        .collect_view();
    let rows = group
        .rows
        .into_iter()
        .map(|row| view! { <Group group=row/> })
        .collect_view();
    let remove = group.remove.map(|value| {
        let text = t_args(
            "admin-editor-remove-row",
            &[("row", FluentValue::from(legend.clone()))],
        );
        view! { <button type="submit" name="row" value=value class="button secondary">{text}</button> }
    });
    let hint = group.hint.map(|key| view! { <p class="hint">{t(&key)}</p> });
    let submit = group.submit.map(|(value, key)| {
        view! { <p><button type="submit" name="row" value=value class="button secondary">{t(&key)}</button></p> }
    });
    view! {
        <fieldset>
            <legend>{legend.clone()}</legend>
            {hint}
            {fields}
            {submit}
            {rows}
            {remove}
        </fieldset>
    }
    .into_any()
}

/// The errors of a form sent back, each linking to its field; first on the page.
#[component]
pub fn ErrorSummary(problems: Vec<Problem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|problem| {
                let text = match &problem.label {
                    Some(label_key) => format!("{}: {}", t(label_key), t(&problem.key)),
                    None => t(&problem.key),
                };
                view! { <li><a href=format!("#{}", problem.field)>{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="notice error error-summary" role="alert" id="outcome" aria-labelledby="error-summary-heading">
                <h2 id="error-summary-heading">{t("admin-editor-errors-title")}</h2>
                <p>{t("editorial-error-invalid")}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
