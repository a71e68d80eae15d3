//! The account's passkeys, each with its own rename and remove forms, and the form that adds
//! another one.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::super::account_href;
use crate::accounts::PasskeyView;
use crate::components::PasskeyForm;
use crate::i18n::{current_locale, format_date, t, t_args};

#[component]
pub fn Passkeys(passkeys: Vec<PasskeyView>) -> impl IntoView {
    let list = if passkeys.is_empty() {
        view! { <p>{t("account-passkeys-none")}</p> }.into_any()
    } else {
        let items = passkeys
            .into_iter()
            .map(|passkey| view! { <Passkey passkey=passkey/> })
            .collect_view();
        view! { <ul class="passkeys">{items}</ul> }.into_any()
    };
    view! {
        <section class="account-section" aria-labelledby="passkeys-heading">
            <h2 id="passkeys-heading">{t("account-passkeys-title")}</h2>
            <p>{t("account-passkeys-intro")}</p>
            {list}
            <AddPasskey/>
        </section>
    }
}

fn name_arg(name: &str) -> [(&'static str, FluentValue<'static>); 1] {
    [("name", FluentValue::from(name.to_owned()))]
}

fn date_arg(date: chrono::DateTime<chrono::Utc>) -> [(&'static str, FluentValue<'static>); 1] {
    [(
        "date",
        FluentValue::from(format_date(current_locale(), date.date_naive())),
    )]
}

#[component]
fn Passkey(passkey: PasskeyView) -> impl IntoView {
    let PasskeyView {
        id,
        name,
        created,
        last_used,
    } = passkey;
    let input_id = format!("passkey-name-{id}");
    let last_used = match last_used {
        Some(date) => t_args("account-passkey-last-used", &date_arg(date)),
        None => t("account-passkey-never-used"),
    };
    view! {
        <li class="passkey">
            <h3>{name.clone()}</h3>
            <p class="meta">
                {t_args("account-passkey-created", &date_arg(created))}<br/>{last_used}
            </p>
            <form class="rename" method="post" action=account_href(&format!("/passkeys/{id}/rename"))>
                <label for=input_id.clone()>{t_args("account-passkey-rename-label", &name_arg(&name))}</label>
                <div class="search-row">
                    <input id=input_id type="text" name="name" value=name.clone() maxlength="60" required/>
                    <button type="submit">{t("account-passkey-rename-button")}</button>
                </div>
            </form>
            <form class="remove" method="post" action=account_href(&format!("/passkeys/{id}/remove"))>
                <button type="submit" class="danger">{t_args("account-passkey-remove-button", &name_arg(&name))}</button>
            </form>
        </li>
    }
}

#[component]
fn AddPasskey() -> impl IntoView {
    view! {
        <div class="add-passkey" id="add-passkey">
            <h3>{t("account-add-title")}</h3>
            <p>{t("account-add-intro")}</p>
            <PasskeyForm kind="add" action=account_href("/passkeys/add")>
                <div class="field">
                    <label for="passkey-name">{t("account-add-name-label")}</label>
                    <p class="hint" id="passkey-name-hint">{t("account-add-name-hint")}</p>
                    <input id="passkey-name" type="text" name="passkey_name" maxlength="60"
                        aria-describedby="passkey-name-hint"/>
                </div>
                <button type="submit" class="button primary">{t("account-add-button")}</button>
            </PasskeyForm>
        </div>
    }
}
