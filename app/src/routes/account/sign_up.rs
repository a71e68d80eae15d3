//! Creating an account: why one might want it, an optional name, and a passkey. Nothing else is
//! asked for.

use leptos::prelude::*;

use super::account_href;
use crate::components::{
    AccountHead, AlreadySignedIn, Outcome, PasskeyExplained, PasskeyForm, PasskeyScript, PasskeyUnsupported,
};
use crate::i18n::t;

#[component]
pub fn SignUpPage() -> impl IntoView {
    view! {
        <AccountHead key="account-sign-up-title"/>
        <h1>{t("account-sign-up-title")}</h1>
        <Outcome/>
        <AlreadySignedIn/>
        <p>{t("account-sign-up-why")}</p>
        <PasskeyExplained/>
        <PasskeyUnsupported/>
        <PasskeyForm kind="sign-up" action=account_href("/sign-up")>
            <div class="field">
                <label for="display-name">{t("account-sign-up-name-label")}</label>
                <p class="hint" id="display-name-hint">{t("account-sign-up-name-hint")}</p>
                <input id="display-name" type="text" name="display_name" maxlength="60" autocomplete="nickname"
                    aria-describedby="display-name-hint"/>
            </div>
            <button type="submit" class="button primary">{t("account-sign-up-button")}</button>
        </PasskeyForm>
        <p><a href=account_href("/sign-in")>{t("account-sign-up-have-account")}</a></p>
        <PasskeyScript/>
    }
}
