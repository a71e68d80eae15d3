//! Home: what the site is, ways in by life event and by level of government.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::catalog::use_catalog;
use crate::components::{ErrorContent, LocalizedText};
use crate::i18n::{current_locale, t, t_count};
use crate::model::HomeData;

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = current_locale();
    let catalog = use_catalog();
    let future = async move { catalog?.home(locale).await };
    view! {
        <Title text=format!("{} · {}", t("home-title"), t("site-name"))/>
        <Await future=future let:home>
            {match home {
                Ok(home) => view! { <HomeContent home=home.clone()/> }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}

#[component]
fn HomeContent(home: HomeData) -> impl IntoView {
    let locale = current_locale();
    let life_events = home
        .life_events
        .into_iter()
        .map(|entry| {
            let href = format!("/{}/life-events/{}", locale.code(), entry.term.slug);
            view! {
                <li>
                    <a href=href><LocalizedText text=entry.term.label/></a>
                    <span class="count">{t_count("home-services-count", entry.services)}</span>
                </li>
            }
        })
        .collect_view();
    let levels = home
        .levels
        .into_iter()
        .map(|entry| {
            let href = format!("/{}/search?level={}", locale.code(), entry.level.code());
            view! {
                <li>
                    <a href=href>{t(&format!("level-{}", entry.level.code()))}</a>
                    <span class="count">{t_count("home-services-count", entry.services)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="intro">
            <h1>{t("home-title")}</h1>
            <p>{t("home-intro")}</p>
            <p class="total">{t_count("home-total-services", home.total_services)}</p>
        </section>
        <section aria-labelledby="life-events-heading">
            <h2 id="life-events-heading">{t("home-life-events-heading")}</h2>
            <ul class="tiles">{life_events}</ul>
        </section>
        <section aria-labelledby="levels-heading">
            <h2 id="levels-heading">{t("home-levels-heading")}</h2>
            <ul class="tiles">{levels}</ul>
        </section>
    }
}
