//! Signing in with a passkey: one button, and the ways in for people without one at hand.

use leptos::prelude::*;

use super::account_href;
use crate::components::{
    AccountHead, AlreadySignedIn, Outcome, PasskeyExplained, PasskeyForm, PasskeyScript, PasskeyUnsupported,
};
use crate::i18n::{current_locale, t};

#[component]
pub fn SignInPage() -> impl IntoView {
    let staff_href = format!("/{}/staff/sign-in", current_locale().code());
    view! {
        <AccountHead key="account-sign-in-title"/>
        <h1>{t("account-sign-in-title")}</h1>
        <Outcome/>
        <AlreadySignedIn/>
        <p>{t("account-sign-in-intro")}</p>
        <PasskeyExplained/>
        <PasskeyUnsupported/>
        <PasskeyForm kind="sign-in" action=account_href("/sign-in")>
            <button type="submit" class="button primary">{t("account-sign-in-button")}</button>
        </PasskeyForm>
        <ul class="account-links">
            <li><a href=account_href("/sign-up")>{t("account-sign-in-no-account")}</a></li>
            <li><a href=account_href("/recover")>{t("account-sign-in-lost")}</a></li>
            <li><a href=staff_href>{t("account-sign-in-staff")}</a></li>
        </ul>
        <PasskeyScript/>
    }
}
