//! Database content on a page: marked with its own language when it is not the page's, and
//! announced when the reader's language had no text.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::i18n::{current_locale, t, t_args};
use crate::locale::Locale;
use crate::model::Text;

/// The `lang` attribute a fragment needs: only when it differs from the page's language.
fn lang_attr(text: &Text) -> Option<&'static str> {
    (text.lang != current_locale()).then(|| text.lang.code())
}

#[component]
pub fn LocalizedText(text: Text) -> impl IntoView {
    let lang = lang_attr(&text);
    match lang {
        Some(lang) => view! { <span lang=lang>{text.value}</span> }.into_any(),
        None => text.value.into_any(),
    }
}

/// HTML that the importers or the editor already sanitized; rendered as markup.
#[component]
pub fn LocalizedHtml(text: Text, #[prop(optional)] class: &'static str) -> impl IntoView {
    let lang = lang_attr(&text);
    view! { <div class=format!("prose {class}") lang=lang inner_html=text.value></div> }
}

/// Tells the reader which parts are shown in another language, in their own language.
#[component]
pub fn FallbackNotice(languages: Vec<Locale>) -> impl IntoView {
    if languages.is_empty() {
        return ().into_any();
    }
    let names = languages
        .iter()
        .map(|locale| t(&format!("language-name-{}", locale.code())))
        .collect::<Vec<_>>();
    let message = t_args(
        "fallback-notice",
        &[
            (
                "requested",
                FluentValue::from(t(&format!("language-name-{}", current_locale().code()))),
            ),
            ("shown", FluentValue::from(names.join(", "))),
        ],
    );
    view! {
        <p class="notice fallback" role="note">{message}</p>
    }
    .into_any()
}

/// A translated sentence with a link inside it: the message places `{ $link }` where the link
/// goes, so every language can put it where its grammar wants.
#[component]
pub fn TextWithLink(key: &'static str, link_key: &'static str, #[prop(into)] href: String) -> impl IntoView {
    const MARKER: &str = "\u{1}link\u{1}";
    let sentence = t_args(key, &[("link", FluentValue::from(MARKER))]);
    let (before, after) = sentence.split_once(MARKER).unwrap_or((sentence.as_str(), ""));
    view! { {before.to_owned()}<a href=href>{t(link_key)}</a>{after.to_owned()} }
}
