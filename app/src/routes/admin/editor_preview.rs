//! `/{lang}/admin/services/{id}/preview`: the newest version exactly as citizens would see it in
//! this language (the public page's own component), under a "preview — not published" banner.
//! Never indexed: a `noindex` header and meta.

use leptos::prelude::*;
use leptos_meta::Meta;

use super::desk_parts::{enter, not_found, service_href, service_id};
use crate::i18n::{current_locale, t};
use crate::routes::service::ServiceView;

fn no_index() {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::HeaderName::from_static("x-robots-tag"),
            http::HeaderValue::from_static("noindex, nofollow"),
        );
    }
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let id = service_id();
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                let Some(id) = id else {
                    return not_found();
                };
                match editorial.preview(&pass, id, locale).await {
                    Ok(Some((head, detail))) => {
                        no_index();
                        let edit = service_href(head.id, &format!("/edit?content={}", locale.code()));
                        view! {
                            <Meta name="robots" content="noindex"/>
                            <p class="notice preview" role="note" id="preview-banner">
                                <strong>{t("admin-editor-preview-banner")}</strong>" "
                                <a href=edit>{t("admin-editor-preview-back")}</a>
                            </p>
                            <ServiceView detail=detail summary=None comments=None stamp=String::new()/>
                        }
                        .into_any()
                    }
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}
