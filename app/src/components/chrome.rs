//! Header (site name, account link, language switcher, search) and footer (where the data comes from).

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use crate::accounts::use_viewer;
use crate::components::content::TextWithLink;
use crate::i18n::{current_locale, t};
use crate::islands::SearchBox;
use crate::islands::search_box::SearchBoxText;
use crate::locale::Locale;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = current_locale();
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href=format!("/{}/", locale.code())>{t("site-name")}</a>
                <div class="bar-end">
                    <AccountLink/>
                    <LanguageSwitcher/>
                </div>
            </div>
            <SearchForm/>
        </header>
    }
}

/// "Sign in" for visitors, "Your account" for someone signed in, and the staff tools for staff
/// (the tools themselves check access on the server).
#[component]
fn AccountLink() -> impl IntoView {
    let locale = current_locale();
    let viewer = use_viewer();
    let staff = viewer.as_ref().is_some_and(|v| v.staff && !v.needs_passkey);
    let (href, label) = match viewer {
        Some(_) => (format!("/{}/account", locale.code()), t("account-nav-account")),
        None => (
            format!("/{}/account/sign-in", locale.code()),
            t("account-nav-sign-in"),
        ),
    };
    view! {
        {staff.then(|| view! { <a class="account-link" href=format!("/{}/admin", locale.code())>{t("admin-nav")}</a> })}
        <a class="account-link" href=href>{label}</a>
    }
}

/// The search box: a plain GET form, which an island turns into a combobox with suggestions.
#[component]
fn SearchForm() -> impl IntoView {
    let locale = current_locale();
    let text = SearchBoxText {
        action: format!("/{}/search", locale.code()),
        lang: locale.code().to_owned(),
        label: t("search-label"),
        button: t("search-button"),
        value: current_query_param("q").unwrap_or_default(),
        listbox_label: t("search-suggestions"),
        available: t("search-suggestions-available"),
        none: t("search-suggestions-none"),
    };
    view! { <SearchBox text=text/> }.into_any()
}

/// Links to the same page in every other language, keeping the path and query.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = current_locale();
    let (path, query) = current_path_and_query();
    let rest = path
        .trim_start_matches('/')
        .split_once('/')
        .map(|(_, rest)| rest.to_owned())
        .unwrap_or_default();
    let links = Locale::ALL
        .into_iter()
        .map(|locale| {
            let href = match &query {
                Some(query) => format!("/{}/{rest}?{query}", locale.code()),
                None => format!("/{}/{rest}", locale.code()),
            };
            let is_current = locale == current;
            view! {
                <li>
                    <a href=href lang=locale.code() hreflang=locale.code()
                        aria-current=is_current.then_some("true")>{locale.native_name()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=t("language-switcher-label")>
            <ul>{links}</ul>
        </nav>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                <TextWithLink
                    key="footer-data-source"
                    link_key="footer-data-source-link"
                    href="https://github.com/servicosgovbr/cartas-de-servico"
                />
            </p>
            <p>{t("footer-no-tracking")}</p>
            <p><a href=format!("/{}/performance", current_locale().code())>{t("footer-performance")}</a></p>
        </footer>
    }
}

fn current_path_and_query() -> (String, Option<String>) {
    let location = use_location();
    let query = location.search.get_untracked();
    (
        location.pathname.get_untracked(),
        (!query.is_empty()).then_some(query),
    )
}

/// One query parameter of the current request, decoded.
pub fn current_query_param(name: &str) -> Option<String> {
    use_query_map().read_untracked().get(name)
}
