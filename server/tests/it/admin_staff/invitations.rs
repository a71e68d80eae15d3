//! Pending invitations on the staff page: listed with their role, who made them and until
//! when (expired ones marked); cancelling one kills its link at once and writes
//! `staff.invitation_cancelled`. Another agency's invitation, a platform-wide one for an
//! agency administrator, an unknown id and an editor's post are each a 404 that changes
//! nothing (the refusals leave an `authorization.denied` row).

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::auth::roles::{Grant, Role};
use server::auth::staff as staff_auth;
use server::db::entities::{account, staff_invitation};

use super::{PASSWORD, audit_rows, invite, outcome};
use crate::admin_agencies::{as_staff, denied, text};
use crate::auth_support::Browser;
use crate::editorial_support::two_agencies;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

async fn invitation_id(app: &TestApp, email: &str) -> i32 {
    staff_invitation::Entity::find()
        .filter(staff_invitation::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the invitation is stored")
        .id
}

/// An invitation made outside the page (`days_ago` days back), as the CLI or another agency
/// would; its id.
async fn stored_invitation(app: &TestApp, email: &str, agency: Option<i32>, days_ago: i64) -> i32 {
    let role = if agency.is_some() {
        Role::Editor
    } else {
        Role::PlatformAdmin
    };
    let when = Utc::now() - Duration::days(days_ago);
    staff_auth::invite(&app.db, email, &Grant { role, agency }, None, when)
        .await
        .unwrap();
    invitation_id(app, email).await
}

async fn invitations_are_listed_and_cancelled(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, other) = two_agencies(&app.db).await;
    let (mut admin, _) = as_staff(&app, Role::AgencyAdmin, Some(own), 1).await;
    let page = format!("/en/admin/agencies/{own}/staff");
    let doomed_link = invite(&mut admin, &page, "doomed@gov.example", "editor").await;
    let kept_link = invite(&mut admin, &page, "kept@gov.example", "publisher").await;
    let lapsed = stored_invitation(&app, "lapsed@gov.example", Some(own), 8).await;
    let platform = stored_invitation(&app, "chief@gov.example", None, 0).await;
    let theirs = stored_invitation(&app, "theirs@gov.example", Some(other), 0).await;
    let doomed = invitation_id(&app, "doomed@gov.example").await;
    let cancel = |id: i32| format!("{page}/invitations/{id}/cancel");

    // The list: email, role, who invited (the page's member, or the server for the CLI), the
    // date, expired ones marked; a cancel form for each.
    let shown = text(&admin.get(&page).await);
    for email in ["doomed@gov.example", "kept@gov.example", "lapsed@gov.example"] {
        assert!(shown.contains(email), "{email} is listed");
    }
    assert!(shown.contains("Invited by"));
    assert!(shown.contains("<td>Editor 1</td>"), "who invited");
    assert!(shown.contains("<td>The server (create-admin command)</td>"));
    assert_eq!(shown.matches(">Expired<").count(), 1, "only the lapsed one");
    assert!(shown.contains(&format!("action=\"{}\"", cancel(doomed))));
    assert!(shown.contains("aria-label=\"Cancel the invitation of doomed@gov.example\""));
    assert!(
        !shown.contains("chief@gov.example"),
        "platform-wide: not an agency's"
    );
    assert!(!shown.contains("theirs@gov.example"));

    // Cancelled: gone from the list, its link dead at once, the change logged.
    let cancelled = admin.post_form(&cancel(doomed), &[]).await;
    assert_eq!(
        cancelled.location.as_deref(),
        Some(format!("{page}?done=admin-agencies-done-invitation-cancelled#outcome").as_str())
    );
    assert_eq!(audit_rows(&app, "staff.invitation_cancelled").await, 1);
    let shown = text(&admin.get(cancelled.location.as_deref().unwrap()).await);
    assert!(shown.contains("The invitation was cancelled"));
    assert!(!shown.contains("doomed@gov.example"));
    let mut newcomer = Browser::new(&app);
    let opened = newcomer.get(&doomed_link).await;
    assert_eq!(opened.status, 404, "the link no longer opens");
    assert!(text(&opened).contains("This invitation link is not valid"));
    let accepted = newcomer
        .post_form(
            &doomed_link,
            &[
                ("display_name", "Late"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        accepted.location.as_deref(),
        Some(format!("{doomed_link}?error=auth-error-invitation").as_str())
    );
    let made = account::Entity::find()
        .filter(account::Column::Email.eq("doomed@gov.example"))
        .one(&app.db)
        .await
        .unwrap();
    assert!(made.is_none(), "no account from a cancelled invitation");

    // Each refusal is a 404 that leaves every invitation in place.
    let stored = count(&app.db, "staff_invitations").await;
    let before = denied(&app).await;
    // Already cancelled, or never made: 404, nothing to log.
    assert_eq!(admin.post_form(&cancel(doomed), &[]).await.status, 404);
    assert_eq!(admin.post_form(&cancel(999_999), &[]).await.status, 404);
    assert_eq!(
        admin
            .post_form(&format!("{page}/invitations/abc/cancel"), &[])
            .await
            .status,
        404
    );
    assert_eq!(denied(&app).await, before);
    // Another agency's invitation through one's own page: 404 and a refusal row.
    assert_eq!(admin.post_form(&cancel(theirs), &[]).await.status, 404);
    assert_eq!(denied(&app).await, before + 1);
    // Through their page: the page itself is refused.
    let their_page = format!("/en/admin/agencies/{other}/staff/invitations/{theirs}/cancel");
    assert_eq!(admin.post_form(&their_page, &[]).await.status, 404);
    assert_eq!(denied(&app).await, before + 2);
    // A platform-wide invitation is a platform administrator's.
    assert_eq!(admin.post_form(&cancel(platform), &[]).await.status, 404);
    assert_eq!(denied(&app).await, before + 3);
    // An editor of the agency manages no staff.
    let (mut editor, _) = as_staff(&app, Role::Editor, Some(own), 2).await;
    assert_eq!(editor.post_form(&cancel(lapsed), &[]).await.status, 404);
    assert_eq!(denied(&app).await, before + 4);
    assert_eq!(
        count(&app.db, "staff_invitations").await,
        stored,
        "nothing cancelled"
    );
    assert_eq!(audit_rows(&app, "staff.invitation_cancelled").await, 1);
    assert_eq!(
        Browser::new(&app).get(&kept_link).await.status,
        200,
        "still works"
    );

    // A platform administrator sees the platform-wide invitations and cancels them; an expired
    // one is cancelled like any other.
    let (mut chief, _) = as_staff(&app, Role::PlatformAdmin, None, 3).await;
    let shown = text(&chief.get(&page).await);
    assert!(shown.contains("chief@gov.example"));
    for id in [platform, lapsed] {
        let done = chief.post_form(&cancel(id), &[]).await;
        assert_eq!(outcome(&done), "done=admin-agencies-done-invitation-cancelled");
    }
    assert_eq!(count(&app.db, "staff_invitations").await, stored - 2);
    assert_eq!(audit_rows(&app, "staff.invitation_cancelled").await, 3);
}
on_both_backends!(pending_invitations, invitations_are_listed_and_cancelled);
