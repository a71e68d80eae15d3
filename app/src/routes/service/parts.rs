//! The body of a service: who can apply, documents, steps, costs, legal basis and contact.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::channels::ChannelGroups;
use crate::components::{LocalizedHtml, LocalizedText, cost_text};
use crate::i18n::{current_locale, format_integer, format_money, t, t_args};
use crate::model::{Cost, CostItem, Grouped, ServiceDetail, ServiceStatus, Step, Text};

#[component]
pub fn StartButton(detail: ServiceDetail) -> impl IntoView {
    let url = detail
        .start_url
        .filter(|_| detail.status == ServiceStatus::Published)?;
    Some(view! { <p><a class="button primary" href=url rel="noopener">{t("service-start-online")}</a></p> })
}

#[component]
pub fn ArchivedNotice(detail: ServiceDetail) -> impl IntoView {
    (detail.status == ServiceStatus::Archived).then(|| {
        let locale = current_locale();
        let replacement = detail.replacement.clone().map(|term| {
            let href = format!("/{}/services/{}", locale.code(), term.slug);
            view! { <p>{t("service-replaced-by")}" "<a href=href><LocalizedText text=term.label/></a></p> }
        });
        view! {
            <div class="notice archived" role="note">
                <p>{t("service-archived")}</p>
                {replacement}
            </div>
        }
    })
}

#[component]
pub fn Eligibility(eligibility: Option<Text>) -> impl IntoView {
    eligibility.map(|text| {
        view! {
            <section aria-labelledby="eligibility-heading">
                <h2 id="eligibility-heading">{t("service-who-can-apply")}</h2>
                <LocalizedHtml text=text/>
            </section>
        }
    })
}

/// A group's heading when it applies only in a case; nothing when it always applies.
fn condition_heading(condition: Option<Text>) -> impl IntoView {
    condition.map(|text| view! { <p class="condition"><LocalizedText text=text/></p> })
}

fn document_lists(groups: Vec<Grouped<Text>>) -> impl IntoView {
    groups
        .into_iter()
        .map(|group| {
            let items = group
                .items
                .into_iter()
                .map(|text| view! { <li><LocalizedText text=text/></li> })
                .collect_view();
            view! { {condition_heading(group.condition)}<ul class="documents">{items}</ul> }
        })
        .collect_view()
}

#[component]
pub fn DocumentGroups(groups: Vec<Grouped<Text>>, heading_id: &'static str) -> impl IntoView {
    (!groups.is_empty()).then(|| {
        view! {
            <section aria-labelledby=heading_id>
                <h2 id=heading_id>{t("service-documents")}</h2>
                {document_lists(groups)}
            </section>
        }
    })
}

fn cost_item(item: CostItem) -> impl IntoView {
    let amount = match (item.amount, item.variable) {
        (Some(money), _) => Some(format_money(current_locale(), &money)),
        (None, true) => Some(cost_text(&Cost::Variable)),
        (None, false) => None,
    };
    view! {
        <li>
            {item.description.map(|text| view! { <LocalizedText text=text/> })}
            {amount.map(|amount| view! { {t("label-separator")}" "<strong>{amount}</strong> })}
        </li>
    }
}

fn cost_lists(groups: Vec<Grouped<CostItem>>) -> impl IntoView {
    groups
        .into_iter()
        .map(|group| {
            let items = group.items.into_iter().map(cost_item).collect_view();
            view! { {condition_heading(group.condition)}<ul class="costs">{items}</ul> }
        })
        .collect_view()
}

#[component]
pub fn CostGroups(groups: Vec<Grouped<CostItem>>, heading_id: &'static str) -> impl IntoView {
    (!groups.is_empty()).then(|| {
        view! {
            <section aria-labelledby=heading_id>
                <h2 id=heading_id>{t("service-costs")}</h2>
                {cost_lists(groups)}
            </section>
        }
    })
}

#[component]
pub fn Steps(steps: Vec<Step>) -> impl IntoView {
    (!steps.is_empty()).then(|| {
        let locale = current_locale();
        let items = steps
            .into_iter()
            .enumerate()
            .map(|(index, step)| {
                let number = format_integer(locale, index as u64 + 1);
                let label = t_args("service-step-number", &[("n", FluentValue::from(number))]);
                let heading_id = format!("step-{}", index + 1);
                view! {
                    <li class="step">
                        <h3 id=heading_id.clone()>
                            <span class="step-number">{label}</span>" "
                            {step.title.map(|title| view! { <LocalizedText text=title/> })}
                        </h3>
                        {step.description_html.map(|text| view! { <LocalizedHtml text=text/> })}
                        {(!step.documents.is_empty()).then(|| view! {
                            <h4>{t("service-documents")}</h4>
                            {document_lists(step.documents)}
                        })}
                        {(!step.costs.is_empty()).then(|| view! {
                            <h4>{t("service-costs")}</h4>
                            {cost_lists(step.costs)}
                        })}
                        <ChannelGroups groups=step.channels heading_id="" nested=true/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="steps-heading">
                <h2 id="steps-heading">{t("service-steps")}</h2>
                <ol class="steps">{items}</ol>
            </section>
        }
    })
}

#[component]
pub fn LegalAndContact(detail: ServiceDetail) -> impl IntoView {
    view! {
        {detail.legal_basis_html.map(|text| view! {
            <section aria-labelledby="legal-heading">
                <h2 id="legal-heading">{t("service-legal-basis")}</h2>
                <LocalizedHtml text=text/>
            </section>
        })}
        {detail.contact_html.map(|text| view! {
            <section aria-labelledby="contact-heading">
                <h2 id="contact-heading">{t("service-contact")}</h2>
                <LocalizedHtml text=text/>
            </section>
        })}
    }
}
