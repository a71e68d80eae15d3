//! The HTML document around every page: language, metadata, stylesheet and, only on pages that
//! have islands, the script that loads them after the page is idle.

use leptos::prelude::*;
use leptos_meta::MetaTags;

use crate::i18n::t;
use crate::locale::Locale;
use crate::routes::App;

/// The page language from the request: the path prefix, else the remembered choice, else the
/// browser's preference, else Spanish.
pub fn request_locale(path: &str, cookie_header: Option<&str>, accept_language: Option<&str>) -> Locale {
    locale_from_path(path)
        .or_else(|| cookie_header.and_then(remembered_locale))
        .or_else(|| accept_language.and_then(Locale::negotiate))
        .unwrap_or(Locale::DEFAULT)
}

pub fn locale_from_path(path: &str) -> Option<Locale> {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Locale::from_code)
}

/// Name of the cookie that remembers the language a person last read in.
pub const LANGUAGE_COOKIE: &str = "lang";

pub fn remembered_locale(cookie_header: &str) -> Option<Locale> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANGUAGE_COOKIE)
        .and_then(|(_, value)| Locale::from_code(value.trim()))
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands mode: only islands hydrate, so nothing outside them is serialized into the page
    // (leptos's own HydrationScripts does the same; this shell loads islands its own way).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let parts = use_context::<http::request::Parts>();
    let path = parts
        .as_ref()
        .map(|p| p.uri.path().to_owned())
        .unwrap_or_default();
    let header = |name: http::HeaderName| {
        parts
            .as_ref()
            .and_then(|p| p.headers.get(&name))
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let locale = request_locale(
        &path,
        header(http::header::COOKIE).as_deref(),
        header(http::header::ACCEPT_LANGUAGE).as_deref(),
    );
    provide_context(locale);
    set_content_security_policy();
    // Every page has the search box island; its loader waits until the page is idle.
    let islands = view! { <IslandLoader options=options.clone()/> };
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="description" content=t("site-description")/>
                <link rel="stylesheet" href=stylesheet/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <App/>
                {islands}
            </body>
        </html>
    }
}

/// Set by a page anonymous readers may share for a few seconds (the server keeps the bytes and
/// gives each reader a fresh nonce); the server removes it before answering.
pub const SHAREABLE_PAGE_HEADER: &str = "x-shareable-page";

/// Marks the page being rendered as one anonymous readers may share.
pub fn mark_shareable(response: &leptos_axum::ResponseOptions) {
    response.insert_header(
        http::HeaderName::from_static(SHAREABLE_PAGE_HEADER),
        http::HeaderValue::from_static("1"),
    );
}

/// A strict policy for pages: scripts only with this response's nonce (and what they import),
/// wasm allowed to compile, nothing framed, no plugins, forms only to this site.
fn set_content_security_policy() {
    let Some(nonce) = leptos::nonce::use_nonce() else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    );
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&policy),
    ) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Loads the islands' wasm once the browser is idle: no preload, nothing on the critical path.
/// The loader mirrors leptos's own island script (MIT), without its eager resource hints.
#[component]
fn IslandLoader(options: LeptosOptions) -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let script = format!(
        "{}({pkg:?});",
        include_str!("islands_loader.js").trim_end().trim_end_matches(';')
    );
    view! { <script type="module" nonce=nonce>{script}</script> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_prefix_wins_then_cookie_then_browser() {
        assert_eq!(
            request_locale("/pt/services/x", Some("lang=fr"), Some("en")),
            Locale::Pt
        );
        assert_eq!(request_locale("/", Some("a=b; lang=fr"), Some("en")), Locale::Fr);
        assert_eq!(
            request_locale("/", Some("lang=xx"), Some("en-GB,en;q=0.9")),
            Locale::En
        );
        assert_eq!(request_locale("/zz/nothing", None, None), Locale::Es);
    }
}
