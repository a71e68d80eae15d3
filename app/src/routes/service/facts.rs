//! The short facts of a service: cost, time, who runs it, how it is classified, how fresh it is.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::{LocalizedHtml, LocalizedText, cost_text, duration_text};
use crate::i18n::{current_locale, format_date, t, t_args};
use crate::model::{ServiceDetail, TermRef};

#[component]
pub fn KeyFacts(detail: ServiceDetail) -> impl IntoView {
    let locale = current_locale();
    let processing = detail.processing.as_ref().map(duration_text);
    let validity = detail.validity.as_ref().map(duration_text);
    let jurisdictions = (!detail.jurisdictions.is_empty()).then(|| detail.jurisdictions.join(", "));
    let agency_href = format!("/{}/agencies/{}", locale.code(), detail.agency.slug);
    view! {
        <dl class="facts">
            <div>
                <dt>{t("service-cost")}</dt>
                <dd>{cost_text(&detail.cost)}</dd>
            </div>
            {(processing.is_some() || detail.processing_note.is_some()).then(|| view! {
                <div>
                    <dt>{t("service-processing-time")}</dt>
                    <dd>
                        {processing.clone()}
                        {detail.processing_note.clone().map(|note| view! { <LocalizedHtml text=note class="note"/> })}
                    </dd>
                </div>
            })}
            {(validity.is_some() || detail.validity_note.is_some()).then(|| view! {
                <div>
                    <dt>{t("service-validity")}</dt>
                    <dd>
                        {validity.clone()}
                        {detail.validity_note.clone().map(|note| view! { <LocalizedHtml text=note class="note"/> })}
                    </dd>
                </div>
            })}
            <div>
                <dt>{t("service-online")}</dt>
                <dd>{if detail.fully_online { t("service-online-yes") } else { t("service-online-no") }}</dd>
            </div>
            <div>
                <dt>{t("service-agency")}</dt>
                <dd><a href=agency_href><LocalizedText text=detail.agency.name.clone()/></a></dd>
            </div>
            <div>
                <dt>{t("service-level")}</dt>
                <dd>{t(&format!("level-{}", detail.level.code()))}</dd>
            </div>
            {jurisdictions.map(|names| view! {
                <div>
                    <dt>{t("service-jurisdictions")}</dt>
                    <dd>{names}</dd>
                </div>
            })}
        </dl>
    }
}

#[component]
pub fn AlsoKnownAs(detail: ServiceDetail) -> impl IntoView {
    let names: Vec<String> = detail.popular_names.into_iter().chain(detail.keywords).collect();
    (!names.is_empty()).then(|| {
        view! {
            <section aria-labelledby="aka-heading">
                <h2 id="aka-heading">{t("service-also-known-as")}</h2>
                <p class="tags">{names.join(" · ")}</p>
            </section>
        }
    })
}

fn term_links(kind: &'static str, terms: Vec<TermRef>) -> impl IntoView {
    let locale = current_locale();
    terms
        .into_iter()
        .map(|term| {
            let href = format!("/{}/{kind}/{}", locale.code(), term.slug);
            view! { <li><a href=href><LocalizedText text=term.label/></a></li> }
        })
        .collect_view()
}

#[component]
pub fn Classification(detail: ServiceDetail) -> impl IntoView {
    let has_any = !detail.life_events.is_empty() || !detail.topics.is_empty();
    let has_topics = !detail.topics.is_empty();
    let topics = detail
        .topics
        .into_iter()
        .map(|term| view! { <li><LocalizedText text=term.label/></li> })
        .collect_view();
    has_any.then(|| {
        view! {
            <section aria-labelledby="classification-heading">
                <h2 id="classification-heading">{t("service-classification")}</h2>
                {(!detail.life_events.is_empty()).then(|| view! {
                    <h3>{t("service-life-events")}</h3>
                    <ul class="chips">{term_links("life-events", detail.life_events.clone())}</ul>
                })}
                {has_topics.then(|| view! {
                    <h3>{t("service-topics")}</h3>
                    <ul class="chips">{topics}</ul>
                })}
            </section>
        }
    })
}

#[component]
pub fn Freshness(detail: ServiceDetail) -> impl IntoView {
    let locale = current_locale();
    let date_arg = |date| [("date", FluentValue::from(format_date(locale, date)))];
    let verified = match detail.last_verified_on {
        Some(date) => t_args("service-last-verified", &date_arg(date)),
        None => t("service-never-verified"),
    };
    let updated = t_args("service-updated", &date_arg(detail.updated_at.date_naive()));
    view! {
        <footer class="freshness">
            <p>{verified}</p>
            <p>{updated}</p>
        </footer>
    }
}
