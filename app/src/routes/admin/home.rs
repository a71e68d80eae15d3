//! `/{lang}/admin`: the staff home, listing the tools this member may use.

use leptos::prelude::*;

use super::{Needs, admin_href, admit};
use crate::accounts::use_session_handle;
use crate::admin::{StaffPass, use_admin};
use crate::components::AccountHead;
use crate::i18n::{current_locale, t};

#[component]
pub fn AdminHomePage() -> impl IntoView {
    let admin = use_admin();
    let session = use_session_handle();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let access = match admin.clone() {
                    Ok(admin) => admin.access(session.as_ref()).await,
                    Err(error) => Err(error),
                };
                match admit(access, Needs::AnyStaff) {
                    Ok(pass) => view! { <Tools pass=pass/> }.into_any(),
                    Err(other) => other,
                }
            })}
        </Suspense>
    }
}

#[component]
fn Tools(pass: StaffPass) -> impl IntoView {
    let performance = format!("/{}/performance", current_locale().code());
    view! {
        <AccountHead key="admin-title"/>
        <h1>{t("admin-title")}</h1>
        <p>{t("admin-intro")}</p>
        <ul class="tools">
            <li>
                <a href=admin_href("/sms/simulator")>{t("admin-tool-simulator")}</a>
                <p class="meta">{t("admin-tool-simulator-about")}</p>
            </li>
            {pass.platform_admin.then(|| view! {
                <li>
                    <a href=admin_href("/sms/stats")>{t("admin-tool-stats")}</a>
                    <p class="meta">{t("admin-tool-stats-about")}</p>
                </li>
            })}
            <li>
                <a href=admin_href("/services")>{t("admin-tool-services")}</a>
                <p class="meta">{t("admin-tool-services-about")}</p>
            </li>
            {pass.audit_reader.then(|| view! {
                <li>
                    <a href=admin_href("/audit")>{t("admin-tool-audit")}</a>
                    <p class="meta">{t("admin-tool-audit-about")}</p>
                </li>
            })}
            // Agency administrators manage their own agency; the same pass reads the audit log.
            {pass.audit_reader.then(|| view! {
                <li>
                    <a href=admin_href("/agencies")>{t("admin-tool-agencies")}</a>
                    <p class="meta">{t("admin-tool-agencies-about")}</p>
                </li>
            })}
            // The taxonomy is the platform's: agency roles do not change it.
            {pass.platform_admin.then(|| view! {
                <li>
                    <a href=admin_href("/taxonomy")>{t("admin-tool-taxonomy")}</a>
                    <p class="meta">{t("admin-tool-taxonomy-about")}</p>
                </li>
            })}
            <li>
                <a href=admin_href("/comments")>{t("admin-tool-comments")}</a>
                <p class="meta">{t("admin-tool-comments-about")}</p>
            </li>
            <li>
                <a href=performance>{t("admin-tool-performance")}</a>
                <p class="meta">{t("admin-tool-performance-about")}</p>
            </li>
        </ul>
    }
}
