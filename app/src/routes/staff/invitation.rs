//! Accepting a staff invitation: who was invited, for which role and agency, and the form that
//! sets a name and a password. A passkey is registered right after, on the account page.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::staff_href;
use crate::accounts::{InvitationView, use_accounts};
use crate::components::{AccountHead, Outcome, set_status};
use crate::i18n::t;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let token = use_params_map().read_untracked().get("token").unwrap_or_default();
    let accounts = use_accounts();
    let lookup_token = token.clone();
    let invitation = async move { accounts?.invitation(&lookup_token).await };
    // Not `<Await>`: an invitation is not serialized into the page; SSR still waits for it.
    view! {
        <AccountHead key="staff-invitation-title"/>
        <Suspense fallback=|| ()>
            {
                let token = token.clone();
                Suspend::new(async move {
                    match invitation.await {
                        Ok(Some(invitation)) => view! { <Accept invitation=invitation token=token/> }.into_any(),
                        Ok(None) => {
                            set_status(404);
                            view! {
                                <h1>{t("staff-invitation-invalid-title")}</h1>
                                <p>{t("staff-invitation-invalid")}</p>
                            }
                                .into_any()
                        }
                        Err(_) => {
                            set_status(503);
                            view! {
                                <h1>{t("staff-invitation-title")}</h1>
                                <p class="notice error" role="alert">{t("account-unavailable")}</p>
                            }
                                .into_any()
                        }
                    }
                })
            }
        </Suspense>
    }
}

/// The role's name in the reader's language; a role this page does not know shows as stored.
fn role_name(role: &str) -> String {
    match role {
        "platform_admin" => t("staff-role-platform-admin"),
        "agency_admin" => t("staff-role-agency-admin"),
        "publisher" => t("staff-role-publisher"),
        "editor" => t("staff-role-editor"),
        other => other.to_owned(),
    }
}

#[component]
fn Accept(invitation: InvitationView, token: String) -> impl IntoView {
    let InvitationView { email, role, agency } = invitation;
    view! {
        <h1>{t("staff-invitation-title")}</h1>
        <Outcome/>
        <p>{t("staff-invitation-intro")}</p>
        <dl class="facts">
            <div><dt>{t("staff-invitation-email")}</dt><dd>{email}</dd></div>
            <div><dt>{t("staff-invitation-role")}</dt><dd>{role_name(&role)}</dd></div>
            {agency.map(|agency| view! {
                <div><dt>{t("staff-invitation-agency")}</dt><dd>{agency}</dd></div>
            })}
        </dl>
        <form class="account-form" method="post" action=staff_href(&format!("/invitation/{token}"))>
            <div class="field">
                <label for="staff-name">{t("staff-invitation-name-label")}</label>
                <input id="staff-name" type="text" name="display_name" autocomplete="name" maxlength="60" required/>
            </div>
            <div class="field">
                <label for="staff-new-password">{t("staff-invitation-password-label")}</label>
                <p class="hint" id="staff-new-password-hint">{t("staff-invitation-password-hint")}</p>
                <input id="staff-new-password" type="password" name="password" autocomplete="new-password"
                    minlength="12" maxlength="256" required aria-describedby="staff-new-password-hint"/>
            </div>
            <div class="field">
                <label for="staff-confirm">{t("staff-invitation-confirm-label")}</label>
                <input id="staff-confirm" type="password" name="confirm" autocomplete="new-password"
                    minlength="12" maxlength="256" required/>
            </div>
            <p>{t("staff-invitation-passkey-next")}</p>
            <button type="submit" class="button primary">{t("staff-invitation-button")}</button>
        </form>
    }
}
