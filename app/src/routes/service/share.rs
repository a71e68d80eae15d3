//! Sharing a service: plain links that open WhatsApp, the SMS app or the e-mail program with
//! the page's address filled in (nothing loaded from those services), and "copy link" once the
//! island has loaded.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::encode;
use crate::i18n::{t, t_args};
use crate::islands::CopyLink;
use crate::model::ServiceDetail;
use crate::site::absolute_url;

/// The addresses of the three share links, for a message and a subject.
fn share_links(subject: &str, message: &str, url: &str) -> [(&'static str, String); 3] {
    [
        ("whatsapp", format!("https://wa.me/?text={}", encode(message))),
        // `?&body=` is read by both Android and iOS messaging apps.
        ("sms", format!("sms:?&body={}", encode(message))),
        (
            "email",
            format!("mailto:?subject={}&body={}", encode(subject), encode(url)),
        ),
    ]
}

#[component]
pub fn Share(detail: ServiceDetail, path: String) -> impl IntoView {
    let url = absolute_url(&path);
    let name = detail.name.value;
    let message = t_args(
        "share-message",
        &[
            ("name", FluentValue::from(name.clone())),
            ("url", FluentValue::from(url.clone())),
        ],
    );
    let links = share_links(&name, &message, &url)
        .into_iter()
        .map(|(kind, href)| {
            view! { <li><a class=format!("share-{kind}") href=href>{t(&format!("share-{kind}"))}</a></li> }
        })
        .collect_view();
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{t("share-heading")}</h2>
            <ul class="share-links">{links}</ul>
            <CopyLink url=url label=t("share-copy-link") copied=t("share-copied") failed=t("share-copy-failed")/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::share_links;

    #[test]
    fn links_carry_the_encoded_message() {
        let links = share_links(
            "Passport & ID",
            "Passport & ID: https://x.example/en/services/p",
            "https://x.example/en/services/p",
        );
        assert_eq!(
            links[0].1,
            "https://wa.me/?text=Passport%20%26%20ID%3A%20https%3A%2F%2Fx.example%2Fen%2Fservices%2Fp"
        );
        assert!(links[1].1.starts_with("sms:?&body=Passport%20%26%20ID"));
        assert_eq!(
            links[2].1,
            "mailto:?subject=Passport%20%26%20ID&body=https%3A%2F%2Fx.example%2Fen%2Fservices%2Fp"
        );
    }
}
