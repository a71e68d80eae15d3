//! Error pages with the right status code, in the reader's language.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::chrome::{SiteFooter, SiteHeader};
use crate::i18n::{current_locale, t};

/// Sets the HTTP status of the response being rendered.
pub fn set_status(code: u16) {
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(code),
    ) {
        response.set_status(status);
    }
}

/// The message of an error page; used inside a page frame that already has header and footer.
#[component]
pub fn ErrorContent(status: u16) -> impl IntoView {
    set_status(status);
    let kind = match status {
        400 => "400",
        404 | 410 => "404",
        503 => "503",
        _ => "500",
    };
    let locale = current_locale();
    let title = t(&format!("error-{kind}-title"));
    view! {
        <Title text=format!("{title} · {}", t("site-name"))/>
        <section class="error-page">
            <h1>{title}</h1>
            <p>{t(&format!("error-{kind}-body"))}</p>
            <p><a href=format!("/{}/", locale.code())>{t("error-back-home")}</a></p>
        </section>
    }
}

/// A complete error page, for requests that never reached a language's frame.
#[component]
pub fn ErrorPage(status: u16) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <ErrorContent status=status/>
        </main>
        <SiteFooter/>
    }
}
