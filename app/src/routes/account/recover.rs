//! Signing in with a recovery code, for someone who lost their passkeys. A plain form: it works
//! without JavaScript, and the next step (adding a passkey) happens on the account page.

use leptos::prelude::*;

use super::account_href;
use crate::components::{AccountHead, Outcome};
use crate::i18n::t;

#[component]
pub fn RecoverPage() -> impl IntoView {
    view! {
        <AccountHead key="account-recover-title"/>
        <h1>{t("account-recover-title")}</h1>
        <Outcome/>
        <p>{t("account-recover-intro")}</p>
        <p>{t("account-recover-next")}</p>
        <form class="account-form" method="post" action=account_href("/recover")>
            <div class="field">
                <label for="recovery-code">{t("account-recover-label")}</label>
                <p class="hint" id="recovery-code-hint">{t("account-recover-hint")}</p>
                <input id="recovery-code" class="code-input" type="text" name="code" required maxlength="40"
                    autocomplete="one-time-code" inputmode="text" autocapitalize="characters" spellcheck="false"
                    aria-describedby="recovery-code-hint"/>
            </div>
            <button type="submit" class="button primary">{t("account-recover-button")}</button>
        </form>
        <p>{t("account-recover-none")}" "<a href=account_href("/sign-up")>{t("account-recover-sign-up")}</a></p>
    }
}
