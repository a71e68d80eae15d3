//! The frame around every page of a language: header, main landmark, footer. An unknown
//! language prefix is a 404, not a guess.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

use crate::components::{ErrorPage, SiteFooter, SiteHeader};
use crate::i18n::t;
use crate::locale::Locale;

#[component]
pub fn LangLayout() -> impl IntoView {
    let code = use_params_map().read_untracked().get("lang").unwrap_or_default();
    if Locale::from_code(&code).is_none() {
        return view! { <ErrorPage status=404/> }.into_any();
    }
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <Outlet/>
        </main>
        <SiteFooter/>
    }
    .into_any()
}
