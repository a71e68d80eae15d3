//! `/{lang}/admin/agencies/{id}/staff`: the agency's members with their roles and status,
//! each with forms to change or revoke a role and to deactivate the account, or to reactivate
//! a deactivated one; invitations not used yet, each cancellable (`invitations`); and the form
//! to invite someone. The invitation's one-time link is shown once, on the page the
//! invitation post answers with (there is no mail to send it).

mod invitations;

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::agencies::{AgencyBreadcrumb, AgencyOutcome, agencies_href, agency_id, enter, not_found};
use super::agency_fields::FormProblems;
use super::unavailable;
use crate::admin::agencies::{AgencyReturn, MemberLine, StaffView, returned};
use crate::components::{AccountHead, LocalizedText, set_status};
use crate::i18n::{current_locale, t, t_args};
use invitations::{Invitations, InviteForm, InvitedNotice};

/// The message key naming a role code (`agency_admin` → `staff-role-agency-admin`).
pub fn role_key(code: &str) -> String {
    format!("staff-role-{}", code.replace('_', "-"))
}

#[component]
pub fn StaffPage() -> impl IntoView {
    let came_back = returned();
    let locale = current_locale();
    let id = agency_id();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (desk, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                if let Some(AgencyReturn::Staff(staff)) = came_back {
                    return view! { <Staff view=*staff/> }.into_any();
                }
                let Some(id) = id else { return not_found() };
                match desk.staff(locale, &pass, id).await {
                    Ok(Some(view)) => view! { <Staff view=view/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

/// Who a form acts on, for buttons whose names must say it (several rows hold the same one).
fn who(member: &MemberLine) -> String {
    member
        .name
        .clone()
        .or_else(|| member.email.clone())
        .unwrap_or_else(|| member.account_id.to_string())
}

fn with_person(key: &str, person: &str, role: Option<&str>) -> String {
    let mut args = vec![("person", FluentValue::from(person.to_owned()))];
    if let Some(role) = role {
        args.push(("role", FluentValue::from(t(&role_key(role)))));
    }
    t_args(key, &args)
}

/// One member's row: who, roles (each revocable), status, and the forms acting on them.
fn member_row(agency: i32, member: MemberLine, offered: &[String], change: bool) -> impl IntoView {
    let base = agencies_href(&format!("/{agency}/staff/{}", member.account_id));
    let person = who(&member);
    let roles = member
        .roles
        .iter()
        .map(|role| {
            let revoke = member.active.then(|| {
                let label = with_person("admin-agencies-revoke", &person, Some(role));
                view! {
                    <form method="post" action=format!("{base}/revoke") class="inline-form">
                        <input type="hidden" name="role" value=role.clone()/>
                        <button type="submit" class="button secondary" aria-label=label>
                            {t("admin-agencies-revoke-short")}
                        </button>
                    </form>
                }
            });
            view! { <li>{t(&role_key(role))} " " {revoke}</li> }
        })
        .collect_view();
    let select_id = format!("role-{}", member.account_id);
    let options = offered
        .iter()
        .filter(|code| code.as_str() != "platform_admin")
        .map(|code| {
            let selected = member.roles.contains(code);
            view! { <option value=code.clone() selected=selected>{t(&role_key(code))}</option> }
        })
        .collect_view();
    let change_form = (change && member.active).then(|| {
        view! {
            <form method="post" action=format!("{base}/role") class="inline-form">
                <label for=select_id.clone()>{with_person("admin-agencies-new-role", &person, None)}</label>
                <select id=select_id.clone() name="role">{options}</select>
                <button type="submit" class="button secondary">{t("admin-agencies-change-role")}</button>
            </form>
        }
    });
    // Deactivated accounts keep their roles: the one thing to do with them is reactivate.
    let (switch_path, switch_key) = if member.active {
        ("deactivate", "admin-agencies-deactivate")
    } else {
        ("reactivate", "admin-agencies-reactivate")
    };
    let switch = (!member.is_you).then(|| {
        view! {
            <form method="post" action=format!("{base}/{switch_path}") class="inline-form">
                <button type="submit" class="button secondary">{with_person(switch_key, &person, None)}</button>
            </form>
        }
    });
    let status = if member.active {
        t("admin-agencies-status-active").into_any()
    } else {
        view! { <span class="badge off">{t("admin-agencies-status-deactivated")}</span> }.into_any()
    };
    view! {
        <tr>
            <th scope="row">
                {member.name.clone().unwrap_or_default()}
                {member.is_you.then(|| view! { " " <span class="meta">{t("admin-agencies-you")}</span> })}
            </th>
            <td>{member.email.clone().unwrap_or_default()}</td>
            <td><ul class="plain">{roles}</ul></td>
            <td>{status}</td>
            <td>{change_form}{switch}</td>
        </tr>
    }
}

#[component]
fn MemberTable(
    agency: i32,
    members: Vec<MemberLine>,
    caption: &'static str,
    offered: Vec<String>,
    change: bool,
) -> impl IntoView {
    if members.is_empty() {
        return view! { <h2>{t(caption)}</h2> <p>{t("admin-agencies-no-members")}</p> }.into_any();
    }
    let rows = members
        .into_iter()
        .map(|m| member_row(agency, m, &offered, change))
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0">
            <table>
                <caption>{t(caption)}</caption>
                <thead><tr>
                    <th scope="col">{t("admin-agencies-col-person")}</th>
                    <th scope="col">{t("admin-agencies-email")}</th>
                    <th scope="col">{t("admin-agencies-col-roles")}</th>
                    <th scope="col">{t("admin-agencies-col-status")}</th>
                    <th scope="col">{t("admin-agencies-col-actions")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn Staff(view: StaffView) -> impl IntoView {
    if view.status != 200 {
        set_status(view.status);
    }
    let problems = view.problems.clone();
    let name = view.agency_name.clone();
    let agency = view.agency_id;
    let platform = view.platform_admins.clone().map(|admins| {
        view! {
            <MemberTable agency=agency members=admins caption="admin-agencies-platform-admins"
                offered=Vec::new() change=false/>
        }
    });
    view! {
        <AccountHead key="admin-agencies-staff-title"/>
        <AgencyBreadcrumb/>
        <h1>{t("admin-agencies-staff-title")}</h1>
        <p class="lead">
            {match name {
                Some(name) => view! { <LocalizedText text=name/> }.into_any(),
                None => view.slug.clone().into_any(),
            }}
            " · "
            <a href=agencies_href(&format!("/{agency}/edit"))>{t("admin-agencies-edit")}</a>
        </p>
        <AgencyOutcome/>
        {view.invited.clone().map(|invited| view! { <InvitedNotice invited=invited/> })}
        <FormProblems problems=problems/>
        <MemberTable agency=agency members=view.members.clone() caption="admin-agencies-members"
            offered=view.roles.clone() change=true/>
        {platform}
        <Invitations agency=agency lines=view.invitations.clone()/>
        <InviteForm view=view/>
    }
}
