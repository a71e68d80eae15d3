//! The account page: who is signed in, recovery codes made a moment ago, the passkeys, and the
//! actions that need a recent passkey check. Someone signed out is told so and pointed onwards.

mod passkeys;
mod security;

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::account_href;
use crate::accounts::{AccountOverview, use_accounts, use_session_handle, use_viewer};
use crate::components::{AccountHead, Outcome, PasskeyScript, PasskeyUnsupported, set_status};
use crate::i18n::{t, t_args};

#[component]
pub fn AccountPage() -> impl IntoView {
    let body = match use_viewer().and(use_session_handle()) {
        None => view! { <SignedOut/> }.into_any(),
        Some(handle) => {
            let accounts = use_accounts();
            let overview = async move { accounts?.overview(&handle).await };
            // Not `<Await>`: the overview holds recovery codes and stays out of any serialized
            // resource; with SSR in async mode the page still waits for it.
            view! {
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        match overview.await {
                            Ok(Some(overview)) => view! { <Overview overview=overview/> }.into_any(),
                            Ok(None) => view! { <SignedOut/> }.into_any(),
                            Err(_) => {
                                set_status(503);
                                view! { <p class="notice error" role="alert">{t("account-unavailable")}</p> }
                                    .into_any()
                            }
                        }
                    })}
                </Suspense>
            }
            .into_any()
        }
    };
    view! {
        <AccountHead key="account-title"/>
        <h1>{t("account-title")}</h1>
        <Outcome/>
        {body}
    }
}

#[component]
fn SignedOut() -> impl IntoView {
    view! {
        <p>{t("account-signed-out")}</p>
        <ul class="account-links">
            <li><a href=account_href("/sign-in")>{t("account-signed-out-sign-in")}</a></li>
            <li><a href=account_href("/sign-up")>{t("account-signed-out-sign-up")}</a></li>
        </ul>
    }
}

#[component]
fn Overview(overview: AccountOverview) -> impl IntoView {
    let AccountOverview {
        display_name,
        staff,
        passkeys,
        unused_codes,
        fresh,
        needs_passkey,
        new_codes,
    } = overview;
    let can_verify = !fresh && !passkeys.is_empty();
    view! {
        <Summary display_name=display_name staff=staff/>
        {needs_passkey.then(|| view! {
            <p class="notice" role="note">
                {t("account-needs-passkey")}" "<a href="#add-passkey">{t("account-needs-passkey-link")}</a>
            </p>
        })}
        {new_codes.map(|codes| view! { <security::NewCodes codes=codes/> })}
        <PasskeyUnsupported/>
        {can_verify.then(|| view! { <security::Verify/> })}
        <passkeys::Passkeys passkeys=passkeys/>
        <security::RecoveryCodes unused=unused_codes/>
        <security::DeleteAccount/>
        <PasskeyScript/>
    }
}

/// Who is signed in, and the way out.
#[component]
fn Summary(display_name: Option<String>, staff: bool) -> impl IntoView {
    let who = match display_name {
        Some(name) => t_args("account-signed-in-as", &[("name", FluentValue::from(name))]),
        None => t("account-signed-in-anonymous"),
    };
    view! {
        <div class="account-summary">
            <p class="signed-in">{who}</p>
            {staff.then(|| view! {
                <p>{t("account-staff")}" "<a href=format!("/{}/admin", crate::i18n::current_locale().code())>{t("admin-nav")}</a></p>
            })}
            <form method="post" action=account_href("/sign-out")>
                <button type="submit">{t("account-sign-out")}</button>
            </form>
        </div>
    }
}
