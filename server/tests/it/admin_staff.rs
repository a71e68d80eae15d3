//! The staff page over HTTP: an agency administrator invites someone (the one-time link is
//! shown once and works), changes and revokes roles, and deactivates an account (it can no
//! longer sign in, its sessions end); nobody deactivates themselves or removes the last
//! platform administrator; another agency's staff is the same 404 as an unknown agency, and
//! every change writes its audit row.

use reqwest::header::{CACHE_CONTROL, COOKIE};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use server::auth::roles::{self, Grant, Role};
use server::db::entities::{account, session};

use crate::admin_agencies::{as_staff, denied, text};
use crate::auth_support::{Answer, Browser};
use crate::editorial_support::{staff, two_agencies};
use crate::helpers::{Backend, TestApp, count, count_where};
use crate::on_both_backends;

const PASSWORD: &str = "correct horse battery staple";

async fn audit_rows(app: &TestApp, action: &str) -> i64 {
    count_where(&app.db, "audit_events", "action", action).await
}

async fn grants(app: &TestApp, id: i32) -> Vec<Grant> {
    roles::of(&app.db, id).await.unwrap()
}

async fn status_of(app: &TestApp, id: i32) -> String {
    account::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

/// The one-time link's path in the page an invitation answers with.
fn invitation_path(body: &str) -> String {
    let start = body.find("/en/staff/invitation/").expect("the link is shown");
    body[start..]
        .split(['"', '<', ' '])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The notice or error a staff change redirected back with (`done=…` or `error=…`).
fn outcome(answer: &Answer) -> String {
    let location = answer.location.as_deref().expect("a redirect");
    location.split(['?', '#']).nth(1).unwrap_or_default().to_owned()
}

/// Invites `email` as `role` from the staff `page`; the one-time link's path shown once.
async fn invite(admin: &mut Browser<'_>, page: &str, email: &str, role: &str) -> String {
    let invited = admin.post_form(page, &[("email", email), ("role", role)]).await;
    assert_eq!(invited.status, 200);
    assert!(text(&invited).contains(&email.to_lowercase()));
    invitation_path(&text(&invited))
}

/// Accepts the invitation at `link` with [`PASSWORD`]; the new account's id.
async fn accept(app: &TestApp, link: &str, email: &str) -> i32 {
    let mut newcomer = Browser::new(app);
    assert_eq!(newcomer.get(link).await.status, 200);
    let accepted = newcomer
        .post_form(
            link,
            &[
                ("display_name", "Nova"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(accepted.location.as_deref(), Some("/en/account"));
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the invitation made the account")
        .id
}

async fn sign_in_status(app: &TestApp, email: &str) -> u16 {
    Browser::new(app)
        .post_json(
            "/api/v1/staff/sign-in/start?lang=en",
            json!({ "email": email, "password": PASSWORD }),
        )
        .await
        .status
}

async fn members_are_invited_changed_and_deactivated(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let (mut admin, admin_id) = as_staff(&app, Role::AgencyAdmin, Some(own), 1).await;
    let page = format!("/en/admin/agencies/{own}/staff");

    let shown = admin.get(&page).await;
    assert_eq!(shown.status, 200);
    assert!(
        text(&shown).contains("editorial1@gov.example"),
        "lists its members"
    );
    assert!(text(&shown).contains(&format!("action=\"{page}\"")));
    assert!(!text(&shown).contains("value=\"platform_admin\""), "not offered");

    // Invalid: 422, what was typed kept, nothing written, and never cached.
    let response = app
        .client
        .post(app.url(&page.clone()))
        .header("sec-fetch-site", "same-origin")
        .header(
            COOKIE,
            format!("__Host-session={}", admin.cookie.clone().unwrap()),
        )
        .form(&[("email", "not an address"), ("role", "editor")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    let cache = response.headers()[CACHE_CONTROL].to_str().unwrap().to_owned();
    assert!(cache.contains("no-store"), "{cache}");
    let body = response.text().await.unwrap();
    assert!(body.contains("value=\"not an address\""));
    assert!(body.contains("id=\"f-email-error\""));
    let taken = admin
        .post_form(
            &page.clone(),
            &[("email", "editorial1@gov.example"), ("role", "editor")],
        )
        .await;
    assert_eq!(taken.status, 422);
    let wrong_role = admin
        .post_form(
            &page.clone(),
            &[("email", "x@gov.example"), ("role", "platform_admin")],
        )
        .await;
    assert_eq!(
        wrong_role.status, 422,
        "agency administrators give agency roles only"
    );
    assert_eq!(count(&app.db, "staff_invitations").await, 0);

    let link = invite(&mut admin, &page, "New.Editor@Gov.example", "editor").await;
    assert_eq!(audit_rows(&app, "staff.invited").await, 1);
    assert!(
        text(&admin.get(&page).await).contains("new.editor@gov.example"),
        "pending"
    );
    let member = accept(&app, &link, "new.editor@gov.example").await;
    assert_eq!(
        grants(&app, member).await,
        vec![Grant {
            role: Role::Editor,
            agency: Some(own)
        }]
    );
    assert_eq!(audit_rows(&app, "staff.role_granted").await, 1);

    let base = format!("{page}/{member}");
    let changed = admin
        .post_form(&format!("{base}/role"), &[("role", "publisher")])
        .await;
    assert_eq!(
        changed.location.as_deref(),
        Some(format!("{page}?done=admin-agencies-done-role-changed#outcome").as_str())
    );
    assert_eq!(
        grants(&app, member).await,
        vec![Grant {
            role: Role::Publisher,
            agency: Some(own)
        }]
    );
    assert_eq!(audit_rows(&app, "staff.role_granted").await, 2);
    assert_eq!(audit_rows(&app, "staff.role_revoked").await, 1);
    let shown = text(&admin.get(changed.location.as_deref().unwrap()).await);
    assert!(shown.contains("The role was changed."));

    // Deactivated: the session ends and the password no longer opens anything.
    assert_eq!(sign_in_status(&app, "new.editor@gov.example").await, 200);
    let sessions_of = || {
        session::Entity::find()
            .filter(session::Column::AccountId.eq(member))
            .all(&app.db)
    };
    assert!(!sessions_of().await.unwrap().is_empty());
    let off = admin.post_form(&format!("{base}/deactivate"), &[]).await;
    assert_eq!(
        off.location.as_deref(),
        Some(format!("{page}?done=admin-agencies-done-deactivated#outcome").as_str())
    );
    assert_eq!(status_of(&app, member).await, "deactivated");
    assert!(sessions_of().await.unwrap().is_empty(), "sessions ended");
    assert_eq!(sign_in_status(&app, "new.editor@gov.example").await, 401);
    assert_eq!(audit_rows(&app, "staff.deactivated").await, 1);

    // Revoking a role; deactivating oneself is refused.
    let colleague = staff(&app, Role::Editor, Some(own), 2).await.account_id;
    let revoked = admin
        .post_form(&format!("{page}/{colleague}/revoke"), &[("role", "editor")])
        .await;
    assert!(
        revoked
            .location
            .unwrap()
            .contains("done=admin-agencies-done-role-revoked")
    );
    assert!(grants(&app, colleague).await.is_empty());
    assert_eq!(audit_rows(&app, "staff.role_revoked").await, 2);
    let own_account = admin
        .post_form(&format!("{page}/{admin_id}/deactivate"), &[])
        .await;
    assert!(
        own_account
            .location
            .unwrap()
            .contains("error=admin-agencies-error-own-account")
    );
    assert_eq!(status_of(&app, admin_id).await, "active");
}
on_both_backends!(staff_members, members_are_invited_changed_and_deactivated);

async fn other_agencies_staff_is_not_found(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, other) = two_agencies(&app.db).await;
    let (mut admin, _) = as_staff(&app, Role::AgencyAdmin, Some(own), 1).await;
    let stranger = staff(&app, Role::Editor, Some(other), 2).await.account_id;
    let both = staff(&app, Role::Editor, Some(own), 3).await.account_id;
    roles::grant(
        &app.db,
        both,
        &Grant {
            role: Role::Editor,
            agency: Some(other),
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let theirs = format!("/en/admin/agencies/{other}/staff");

    let before = denied(&app).await;
    assert_eq!(admin.get(&theirs).await.status, 404);
    let invite = admin
        .post_form(&theirs, &[("email", "spy@gov.example"), ("role", "agency_admin")])
        .await;
    assert_eq!(invite.status, 404);
    assert_eq!(count(&app.db, "staff_invitations").await, 0);
    for action in ["deactivate", "revoke", "role"] {
        let path = format!("{theirs}/{stranger}/{action}");
        assert_eq!(
            admin.post_form(&path, &[("role", "editor")]).await.status,
            404,
            "{action}"
        );
    }
    assert_eq!(denied(&app).await, before + 5, "every attempt is logged");
    // Their member through one's own agency's address: not one of ours.
    let through_own = format!("/en/admin/agencies/{own}/staff/{stranger}/deactivate");
    assert_eq!(admin.post_form(&through_own, &[]).await.status, 404);
    assert_eq!(status_of(&app, stranger).await, "active");
    assert_eq!(grants(&app, stranger).await.len(), 1);
    assert_eq!(admin.get("/en/admin/agencies/999999/staff").await.status, 404);

    // Someone who also works elsewhere is deactivated by a platform administrator only.
    let elsewhere = admin
        .post_form(&format!("/en/admin/agencies/{own}/staff/{both}/deactivate"), &[])
        .await;
    assert!(
        elsewhere
            .location
            .unwrap()
            .contains("error=admin-agencies-error-roles-elsewhere")
    );
    assert_eq!(status_of(&app, both).await, "active");
    assert_eq!(audit_rows(&app, "staff.deactivated").await, 0);
}
on_both_backends!(other_agencies_staff, other_agencies_staff_is_not_found);

async fn the_last_platform_administrator_stays(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let (mut admin, admin_id) = as_staff(&app, Role::PlatformAdmin, None, 1).await;
    let page = format!("/en/admin/agencies/{own}/staff");
    let shown = text(&admin.get(&page).await);
    assert!(shown.contains("Platform administrators"));
    assert!(
        shown.contains("value=\"platform_admin\""),
        "offered to platform administrators"
    );

    let own_role = format!("{page}/{admin_id}/revoke");
    let refused = admin.post_form(&own_role, &[("role", "platform_admin")]).await;
    assert!(
        refused
            .location
            .unwrap()
            .contains("error=admin-agencies-error-last-platform-admin")
    );
    assert_eq!(grants(&app, admin_id).await.len(), 1, "still an administrator");
    let own_account = admin
        .post_form(&format!("{page}/{admin_id}/deactivate"), &[])
        .await;
    assert!(
        own_account
            .location
            .unwrap()
            .contains("error=admin-agencies-error-own-account")
    );

    let second = staff(&app, Role::PlatformAdmin, None, 2).await.account_id;
    let removed = admin
        .post_form(&format!("{page}/{second}/revoke"), &[("role", "platform_admin")])
        .await;
    assert!(
        removed
            .location
            .unwrap()
            .contains("done=admin-agencies-done-role-revoked")
    );
    assert!(grants(&app, second).await.is_empty());
    assert_eq!(audit_rows(&app, "staff.role_revoked").await, 1);
    let again = admin.post_form(&own_role, &[("role", "platform_admin")]).await;
    assert!(
        again
            .location
            .unwrap()
            .contains("error=admin-agencies-error-last-platform-admin")
    );

    // A platform administrator may invite another one from any agency's page.
    let invited = admin
        .post_form(
            &page.clone(),
            &[("email", "chief@gov.example"), ("role", "platform_admin")],
        )
        .await;
    assert_eq!(invited.status, 200);
    assert!(invited_link_present(&text(&invited)));

    // An agency administrator cannot reach a platform administrator's role.
    let (mut agency_admin, _) = as_staff(&app, Role::AgencyAdmin, Some(own), 3).await;
    let reached = agency_admin
        .post_form(&own_role, &[("role", "platform_admin")])
        .await;
    assert_eq!(reached.status, 404);
    assert_eq!(grants(&app, admin_id).await.len(), 1);
}
on_both_backends!(last_platform_admin, the_last_platform_administrator_stays);

fn invited_link_present(body: &str) -> bool {
    body.contains("/en/staff/invitation/")
}

mod invitations;
mod reactivation;
