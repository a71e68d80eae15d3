//! The parts of the account page that guard it: recovery codes (new ones shown once, the count
//! of unused ones, making new ones), the passkey check that sensitive actions need, and deletion.

use leptos::prelude::*;

use super::super::account_href;
use crate::components::PasskeyForm;
use crate::i18n::{t, t_count};

/// Codes made for this session: the only time they are shown.
#[component]
pub fn NewCodes(codes: Vec<String>) -> impl IntoView {
    let items = codes
        .into_iter()
        .map(|code| view! { <li><code>{code}</code></li> })
        .collect_view();
    view! {
        <section class="account-section new-codes" aria-labelledby="new-codes-heading">
            <h2 id="new-codes-heading">{t("account-new-codes-title")}</h2>
            <p>{t("account-new-codes-intro")}</p>
            <ol class="recovery-codes">{items}</ol>
        </section>
    }
}

/// A passkey check, for removing passkeys, new recovery codes and deleting the account.
#[component]
pub fn Verify() -> impl IntoView {
    view! {
        <section class="account-section" aria-labelledby="verify-heading">
            <h2 id="verify-heading">{t("account-verify-title")}</h2>
            <p>{t("account-verify-intro")}</p>
            <PasskeyForm kind="verify" action=account_href("/verify")>
                <button type="submit" class="button primary">{t("account-verify-button")}</button>
            </PasskeyForm>
        </section>
    }
}

#[component]
pub fn RecoveryCodes(unused: u64) -> impl IntoView {
    view! {
        <section class="account-section" aria-labelledby="codes-heading">
            <h2 id="codes-heading">{t("account-codes-title")}</h2>
            <p>{t_count("account-codes-unused", unused)}</p>
            <p>{t("account-codes-intro")}</p>
            <form method="post" action=account_href("/recovery-codes")>
                <button type="submit">{t("account-codes-button")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn DeleteAccount() -> impl IntoView {
    view! {
        <section class="account-section delete-account" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t("account-delete-title")}</h2>
            <p>{t("account-delete-intro")}</p>
            <p>{t("account-delete-content")}</p>
            <form method="post" action=account_href("/delete")>
                <div class="field checkbox">
                    <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required/>
                    <label for="delete-confirm">{t("account-delete-confirm")}</label>
                </div>
                <button type="submit" class="danger">{t("account-delete-button")}</button>
            </form>
        </section>
    }
}
