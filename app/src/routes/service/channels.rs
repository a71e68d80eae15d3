//! How to reach a service: web, office, phone, SMS, app, mail, e-mail, with hours and places.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::{LocalizedHtml, LocalizedText, cost_text, duration_text, hours_text};
use crate::i18n::{current_locale, format_integer, t, t_args};
use crate::model::{Channel, Grouped, OpeningHours, ServicePoint};

#[component]
pub fn ChannelGroups(
    groups: Vec<Grouped<Channel>>,
    heading_id: &'static str,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    (!groups.is_empty()).then(|| {
        let lists = groups
            .into_iter()
            .map(|group| {
                let items = group.items.into_iter().map(|channel| view! { <ChannelItem channel/> }).collect_view();
                view! {
                    {group.condition.map(|text| view! { <p class="condition"><LocalizedText text=text/></p> })}
                    <ul class="channels">{items}</ul>
                }
            })
            .collect_view();
        if nested {
            view! { <h4>{t("service-channels")}</h4>{lists} }.into_any()
        } else {
            view! {
                <section aria-labelledby=heading_id>
                    <h2 id=heading_id>{t("service-channels")}</h2>
                    {lists}
                </section>
            }
            .into_any()
        }
    })
}

#[component]
fn ChannelItem(channel: Channel) -> impl IntoView {
    let locale = current_locale();
    let kind = t(&format!("channel-{}", channel.kind.code()));
    let purpose = channel
        .purpose
        .as_ref()
        .map(|purpose| t(&format!("channel-purpose-{purpose}")));
    let wait = channel.wait_minutes.map(|minutes| {
        t_args(
            "channel-wait",
            &[
                ("count", FluentValue::from(minutes)),
                ("n", FluentValue::from(format_integer(locale, u64::from(minutes)))),
            ],
        )
    });
    let processing = channel.processing.as_ref().map(duration_text);
    let cost = channel.cost.as_ref().map(cost_text);
    view! {
        <li class=format!("channel channel-{}", channel.kind.code())>
            <p class="channel-kind"><strong>{kind}</strong>{purpose.map(|p| view! { " — "{p} })}</p>
            {channel.description_html.map(|text| view! { <LocalizedHtml text=text/> })}
            <ContactLines url=channel.url phone=channel.phone email=channel.email/>
            {wait.map(|wait| view! { <p>{wait}</p> })}
            {processing.map(|text| view! { <p>{t("service-processing-time")}{t("label-separator")}" "{text}</p> })}
            {cost.map(|text| view! { <p>{t("service-cost")}{t("label-separator")}" "{text}</p> })}
            <HoursList hours=channel.hours/>
            {channel.when_unavailable_html.map(|text| view! {
                <div class="unavailable">
                    <p>{t("channel-when-unavailable")}{t("label-separator")}</p>
                    <LocalizedHtml text=text/>
                </div>
            })}
            {(!channel.points.is_empty()).then(|| view! { <PointList points=channel.points/> })}
        </li>
    }
}

#[component]
fn ContactLines(url: Option<String>, phone: Option<String>, email: Option<String>) -> impl IntoView {
    view! {
        {url.map(|url| view! { <p><a href=url.clone() rel="noopener">{url.clone()}</a></p> })}
        {phone.map(|phone| {
            let href = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
            view! { <p>{t("channel-phone")}{t("label-separator")}" "<a href=href>{phone}</a></p> }
        })}
        {email.map(|email| view! { <p>{t("channel-email")}{t("label-separator")}" "<a href=format!("mailto:{email}")>{email.clone()}</a></p> })}
    }
}

#[component]
fn HoursList(hours: Vec<OpeningHours>) -> impl IntoView {
    (!hours.is_empty()).then(|| {
        let items = hours
            .iter()
            .map(|entry| view! { <li>{hours_text(entry)}</li> })
            .collect_view();
        view! {
            <p class="hours-label">{t("channel-hours")}{t("label-separator")}</p>
            <ul class="hours">{items}</ul>
        }
    })
}

#[component]
fn PointList(points: Vec<ServicePoint>) -> impl IntoView {
    let items = points
        .into_iter()
        .map(|point| {
            view! {
                <li class="point">
                    {point.name.map(|name| view! { <p><strong><LocalizedText text=name/></strong></p> })}
                    {point.address.map(|address| view! { <p><LocalizedText text=address/></p> })}
                    <ContactLines url=None phone=point.phone email=point.email/>
                    <HoursList hours=point.hours/>
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{t("channel-service-points")}{t("label-separator")}</p>
        <ul class="points">{items}</ul>
    }
}
