//! The staff page's invitations: those not used yet (who made them, until when the link works,
//! expired ones marked), each with a form to cancel it; the link of one just made, shown once;
//! and the form to invite someone.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::super::agencies::agencies_href;
use super::super::agency_fields::{AgencyField, Control, Input};
use super::role_key;
use crate::admin::agencies::{InvitationLine, Invited, StaffView};
use crate::i18n::{current_locale, format_date, t, t_args};

fn invitation_row(agency: i32, line: InvitationLine) -> impl IntoView {
    let locale = current_locale();
    let action = agencies_href(&format!("/{agency}/staff/invitations/{}/cancel", line.id));
    let cancel = t_args(
        "admin-agencies-cancel-invitation-of",
        &[("email", FluentValue::from(line.email.clone()))],
    );
    let inviter = line
        .invited_by
        .unwrap_or_else(|| t("admin-agencies-invited-by-server"));
    view! {
        <tr>
            <th scope="row">{line.email}</th>
            <td>{t(&role_key(&line.role))}</td>
            <td>{inviter}</td>
            <td>
                {format_date(locale, line.expires_at.date_naive())}
                {line.expired.then(|| view! {
                    " " <span class="badge off">{t("admin-agencies-invitation-expired")}</span>
                })}
            </td>
            <td>
                <form method="post" action=action class="inline-form">
                    <button type="submit" class="button secondary" aria-label=cancel>
                        {t("admin-agencies-cancel-invitation")}
                    </button>
                </form>
            </td>
        </tr>
    }
}

#[component]
pub(super) fn Invitations(agency: i32, lines: Vec<InvitationLine>) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        let rows = lines
            .into_iter()
            .map(|line| invitation_row(agency, line))
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0">
                <table>
                    <caption>{t("admin-agencies-invitations")}</caption>
                    <thead><tr>
                        <th scope="col">{t("admin-agencies-email")}</th>
                        <th scope="col">{t("admin-agencies-role")}</th>
                        <th scope="col">{t("admin-agencies-col-invited-by")}</th>
                        <th scope="col">{t("admin-agencies-col-expires")}</th>
                        <th scope="col">{t("admin-agencies-col-actions")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

/// The link of the invitation just made: shown here once, never stored in the clear.
#[component]
pub(super) fn InvitedNotice(invited: Invited) -> impl IntoView {
    let text = t_args(
        "admin-agencies-invited",
        &[
            ("email", FluentValue::from(invited.email)),
            ("role", FluentValue::from(t(&role_key(&invited.role)))),
        ],
    );
    view! {
        <div class="notice done" role="status" id="outcome">
            <p>{text}</p>
            <p><label for="invitation-link">{t("admin-agencies-invited-link")}</label></p>
            <input type="text" id="invitation-link" readonly value=invited.link.clone()
                aria-describedby="invitation-link-hint"/>
            <p class="hint" id="invitation-link-hint">{t("admin-agencies-invited-once")}</p>
        </div>
    }
}

#[component]
pub(super) fn InviteForm(view: StaffView) -> impl IntoView {
    let error = |name: &str| {
        view.problems
            .iter()
            .find(|p| p.field == name)
            .map(|p| p.key.clone())
    };
    let mut email = Input::new(
        "email",
        "admin-agencies-email".to_owned(),
        Control::Email,
        &view.invite_email,
    );
    email.error = error("email");
    let roles = view
        .roles
        .iter()
        .map(|code| (code.clone(), role_key(code)))
        .collect();
    let mut role = Input::new(
        "role",
        "admin-agencies-role".to_owned(),
        Control::Select(roles),
        &view.invite_role,
    );
    role.error = error("role");
    view! {
        <form method="post" action=agencies_href(&format!("/{}/staff", view.agency_id)) class="editor">
            <fieldset>
                <legend>{t("admin-agencies-invite")}</legend>
                <AgencyField input=email/>
                <AgencyField input=role/>
                <button type="submit" class="button">{t("admin-agencies-invite-send")}</button>
            </fieldset>
        </form>
    }
}
