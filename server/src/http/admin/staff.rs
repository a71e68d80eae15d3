//! The staff page's posts: its own address `/{lang}/admin/agencies/{id}/staff` invites
//! (email, role); for one member, `…/staff/{account}/role` (the new role), `…/revoke` (the
//! role), `…/deactivate` and `…/reactivate`; for one invitation,
//! `…/staff/invitations/{invitation}/cancel`. Changes answer 303 back to the page with a
//! notice or an error.
//! An invitation answers with the page itself (hence its address): the one-time link, shown
//! once (there is no mail to send it, and it must not travel in an address), or the form
//! again (422).

use app::admin::agencies::{AgencyReturn, FieldProblem, Invited};
use app::locale::Locale;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;

use super::form_post::{enter, enter_record, render, status_page};
use super::see_other;
use super::staff_view::staff_view;
use crate::editorial::staff_roles::{self, StaffError};
use crate::http::AppState;

fn back(locale: Locale, agency: i32, outcome: &str) -> Response {
    see_other(&format!(
        "/{}/admin/agencies/{agency}/staff?{outcome}#outcome",
        locale.code()
    ))
}

/// A member change's answer: the page with its notice, or 404 for what may not be seen.
fn answer(locale: Locale, agency: i32, result: Result<(), StaffError>, done: &str) -> Response {
    match result {
        Ok(()) => back(locale, agency, &format!("done=admin-agencies-done-{done}")),
        Err(StaffError::NotFound) => status_page(locale, StatusCode::NOT_FOUND),
        Err(StaffError::Database(error)) => {
            tracing::error!(%error, "cannot change a staff member");
            status_page(locale, StatusCode::SERVICE_UNAVAILABLE)
        }
        Err(error) => back(locale, agency, &format!("error={}", error.key())),
    }
}

/// Which change a member's or an invitation's form asks for.
#[derive(Clone, Copy)]
enum Change {
    Role,
    Revoke,
    Deactivate,
    Reactivate,
    CancelInvitation,
}

async fn change(
    state: AppState,
    lang: String,
    ids: (String, String),
    request: Request,
    which: Change,
) -> Response {
    let (locale, _, posted, actor) = match enter(&state, &lang, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    // `member` is the invitation's id for `CancelInvitation`.
    let (Ok(agency), Ok(member)) = (ids.0.parse::<i32>(), ids.1.parse::<i32>()) else {
        return status_page(locale, StatusCode::NOT_FOUND);
    };
    let role = posted.get("role").map(String::as_str).unwrap_or_default();
    let (db, now) = (&state.db, Utc::now());
    let (result, done) = match which {
        Change::Role => (
            staff_roles::change_role(db, &actor, agency, member, role, now).await,
            "role-changed",
        ),
        Change::Revoke => (
            staff_roles::revoke(db, &actor, agency, member, role, now).await,
            "role-revoked",
        ),
        Change::Deactivate => (
            staff_roles::deactivate(db, &actor, agency, member, now).await,
            "deactivated",
        ),
        Change::Reactivate => (
            staff_roles::reactivate(db, &actor, agency, member, now).await,
            "reactivated",
        ),
        Change::CancelInvitation => (
            staff_roles::cancel_invitation(db, &actor, agency, member, now).await,
            "invitation-cancelled",
        ),
    };
    answer(locale, agency, result, done)
}

macro_rules! change_handler {
    ($name:ident, $change:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            Path((lang, agency, member)): Path<(String, String, String)>,
            request: Request,
        ) -> Response {
            change(state, lang, (agency, member), request, $change).await
        }
    };
}

change_handler!(change_role, Change::Role);
change_handler!(revoke, Change::Revoke);
change_handler!(deactivate, Change::Deactivate);
change_handler!(reactivate, Change::Reactivate);
change_handler!(cancel_invitation, Change::CancelInvitation);

pub async fn invite(
    State(state): State<AppState>,
    Path((lang, agency)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (locale, parts, posted, actor, agency) = match enter_record(&state, &lang, &agency, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    let field = |name: &str| posted.get(name).cloned().unwrap_or_default();
    let (email, role) = (field("email"), field("role"));
    let result = match staff_roles::invite(&state.db, &actor, agency, &email, &role, Utc::now()).await {
        Err(error @ (StaffError::NotFound | StaffError::Database(_))) => {
            return answer(locale, agency, Err(error), "invited");
        }
        other => other,
    };
    let mut view = match staff_view(&state.db, locale, &actor, agency).await {
        Ok(Some(view)) => view,
        Ok(None) => return status_page(locale, StatusCode::NOT_FOUND),
        Err(error) => {
            tracing::error!(%error, "cannot show the staff page");
            return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    match result {
        Ok(token) => {
            view.invited = Some(Invited {
                email: crate::auth::staff::normalize_email(&email).unwrap_or(email),
                role,
                link: format!(
                    "{}/{}/staff/invitation/{token}",
                    state.auth.origin_text(),
                    locale.code()
                ),
            });
        }
        Err(StaffError::Invalid(errors)) => {
            view.problems = errors
                .into_iter()
                .map(|e| FieldProblem {
                    field: e.field,
                    key: e.key.to_owned(),
                })
                .collect();
            view.invite_email = email;
            view.invite_role = role;
            view.status = 422;
        }
        Err(error) => return answer(locale, agency, Err(error), "invited"),
    }
    // Signed-in answers are `private, no-store` (`http::session`): no cache keeps the link.
    render(&state, parts, AgencyReturn::Staff(Box::new(view))).await
}
