//! The agency and staff forms' pieces: a labelled input or select with its hint and error tied
//! by `aria-describedby`, and the summary of a form sent back, linking to each field.

use leptos::prelude::*;

use crate::admin::agencies::FieldProblem;
use crate::i18n::t;
use crate::locale::Locale;

/// What kind of control a field is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Control {
    Text,
    Email,
    Tel,
    Url,
    /// `(value, label key)`.
    Select(Vec<(String, String)>),
}

/// One field: its form name, label key, value, language, hint and error keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub label: String,
    pub control: Control,
    pub value: String,
    pub lang: Option<Locale>,
    pub hint: Option<String>,
    pub error: Option<String>,
}

/// The element id of a form name: dots as hyphens, so it works as a fragment.
pub fn input_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

impl Input {
    pub fn new(name: &str, label: String, control: Control, value: &str) -> Self {
        Input {
            name: name.to_owned(),
            label,
            control,
            value: value.to_owned(),
            lang: None,
            hint: None,
            error: None,
        }
    }
}

#[component]
pub fn AgencyField(input: Input) -> impl IntoView {
    let id = input_id(&input.name);
    let hint_id = input.hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = input.error.as_ref().map(|_| format!("{id}-error"));
    let described: Vec<String> = hint_id.iter().chain(error_id.iter()).cloned().collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = input.error.as_ref().map(|_| "true");
    let lang = input.lang.map(|l| l.code());
    let (name, value) = (input.name.clone(), input.value.clone());
    let control = match input.control {
        Control::Select(options) => {
            let options = options
                .into_iter()
                .map(|(code, key)| {
                    let selected = code == value;
                    view! { <option value=code selected=selected>{t(&key)}</option> }
                })
                .collect_view();
            view! {
                <select id=id.clone() name=name aria-invalid=invalid aria-describedby=described>
                    {options}
                </select>
            }
            .into_any()
        }
        other => {
            let kind = match other {
                Control::Email => "email",
                Control::Tel => "tel",
                Control::Url => "url",
                _ => "text",
            };
            view! {
                <input type=kind id=id.clone() name=name value=value lang=lang
                    aria-invalid=invalid aria-describedby=described/>
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id>{t(&input.label)}</label>
            {control}
            {input.hint.zip(hint_id).map(|(key, id)| view! { <p class="hint" id=id>{t(&key)}</p> })}
            {input.error.zip(error_id).map(|(key, id)| view! { <p class="field-error" id=id>{t(&key)}</p> })}
        </div>
    }
}

/// The errors of a form sent back, each linking to its field; first on the page.
#[component]
pub fn FormProblems(problems: Vec<FieldProblem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|problem| {
                let label = format!("admin-agencies-{}", problem.field.replace('.', "-"));
                let text = format!("{}: {}", t(&label), t(&problem.key));
                // "names" is the fieldset of the names: its first input takes the focus.
                let target = if problem.field == "names" {
                    "name.es"
                } else {
                    problem.field.as_str()
                };
                view! { <li><a href=format!("#{}", input_id(target))>{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="notice error error-summary" role="alert" id="outcome"
                aria-labelledby="problems-heading">
                <h2 id="problems-heading">{t("admin-agencies-problems")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}
