//! Pieces every account and staff page shares: the page head (title, kept out of search
//! engines), the outcome of the last form, and the passkey forms with what surrounds them: the
//! explanation, the notice for browsers without passkeys, and the script.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::accounts::{known_message, use_viewer};
use crate::i18n::{current_locale, t};

/// The document title from `key`, and no indexing: these pages are personal or transient.
#[component]
pub fn AccountHead(key: &'static str) -> impl IntoView {
    view! {
        <Title text=format!("{} · {}", t(key), t("site-name"))/>
        <Meta name="robots" content="noindex"/>
    }
}

/// The outcome a form redirected with (`?error=…` or `?done=…`), only when it is one of ours.
#[component]
pub fn Outcome() -> impl IntoView {
    let query = use_query_map();
    let message = |name: &str| {
        query
            .read_untracked()
            .get(name)
            .and_then(|key| known_message(&key))
    };
    let error = message("error");
    let done = message("done");
    view! {
        {error.map(|key| view! { <p class="notice error" role="alert">{t(key)}</p> })}
        {done.map(|key| view! { <p class="notice done" role="status">{t(key)}</p> })}
    }
}

/// What a passkey is, in a few plain sentences.
#[component]
pub fn PasskeyExplained() -> impl IntoView {
    view! { <p class="passkey-explained">{t("auth-passkey-what")}</p> }
}

/// Shown until the script finds that this browser can use passkeys, so people without them
/// learn what still works.
#[component]
pub fn PasskeyUnsupported() -> impl IntoView {
    view! { <p class="notice" data-passkey-unsupported="">{t("auth-unsupported-notice")}</p> }
}

/// A form that runs a passkey ceremony (`kind`: `sign-in`, `sign-up`, `add`, `verify` or
/// `staff`) when the script can, and otherwise posts plainly so the server can say what is
/// missing. It carries the texts the script shows while waiting and on failure, and the line
/// where it shows them.
#[component]
pub fn PasskeyForm(kind: &'static str, action: String, children: Children) -> impl IntoView {
    view! {
        <form class="account-form" data-passkey=kind method="post" action=action
            data-waiting-message=t("auth-status-waiting") data-failed-message=t("auth-status-failed")>
            {children()}
            <p class="passkey-status" data-passkey-status="" role="status" aria-live="polite"></p>
        </form>
    }
}

/// The script that runs the passkey ceremonies of the page's `data-passkey` forms.
#[component]
pub fn PasskeyScript() -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    view! { <script type="module" src="/js/passkeys.js" nonce=nonce></script> }
}

/// On the sign-in and sign-up pages, for someone who is already signed in.
#[component]
pub fn AlreadySignedIn() -> impl IntoView {
    use_viewer().map(|_| {
        let href = format!("/{}/account", current_locale().code());
        view! {
            <p class="notice" role="note">
                {t("account-already-signed-in")}" "<a href=href>{t("account-go-to-account")}</a>
            </p>
        }
    })
}
