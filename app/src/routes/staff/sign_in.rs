//! Staff sign-in: e-mail and password, then a passkey check, which the script runs. Staff whose
//! passkey is on this device can use the citizen sign-in page instead.

use leptos::prelude::*;

use super::staff_href;
use crate::components::{AccountHead, Outcome, PasskeyForm, PasskeyScript, PasskeyUnsupported, TextWithLink};
use crate::i18n::{current_locale, t};

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    let sign_in_href = format!("/{}/account/sign-in", current_locale().code());
    view! {
        <AccountHead key="staff-sign-in-title"/>
        <h1>{t("staff-sign-in-title")}</h1>
        <Outcome/>
        <p>{t("staff-sign-in-intro")}</p>
        <p>
            <TextWithLink key="staff-sign-in-shortcut" link_key="staff-sign-in-shortcut-link" href=sign_in_href/>
        </p>
        <PasskeyUnsupported/>
        <PasskeyForm kind="staff" action=staff_href("/sign-in")>
            <div class="field">
                <label for="staff-email">{t("staff-email-label")}</label>
                <input id="staff-email" type="email" name="email" autocomplete="username" maxlength="320" required/>
            </div>
            <div class="field">
                <label for="staff-password">{t("staff-password-label")}</label>
                <input id="staff-password" type="password" name="password" autocomplete="current-password"
                    maxlength="256" required/>
            </div>
            <button type="submit" class="button primary">{t("staff-sign-in-button")}</button>
        </PasskeyForm>
        <PasskeyScript/>
    }
}
