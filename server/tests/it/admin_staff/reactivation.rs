//! Reactivating a deactivated account from the staff page: the page marks it and offers the
//! button; afterwards the account signs in again with the roles it kept, and
//! `staff.reactivated` is written. An editor, another agency's administrator, an unknown id,
//! one's own account and someone who also works elsewhere each get their answer and change
//! nothing.

use chrono::Utc;
use server::auth::roles::{self, Grant, Role};

use super::{accept, audit_rows, grants, invite, outcome, sign_in_status, status_of};
use crate::admin_agencies::{as_staff, denied, text};
use crate::editorial_support::{staff, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn deactivated_accounts_are_reactivated(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, other) = two_agencies(&app.db).await;
    let (mut admin, admin_id) = as_staff(&app, Role::AgencyAdmin, Some(own), 1).await;
    let page = format!("/en/admin/agencies/{own}/staff");
    let email = "returning@gov.example";
    let link = invite(&mut admin, &page, email, "editor").await;
    let member = accept(&app, &link, email).await;
    let base = format!("{page}/{member}");
    let off = admin.post_form(&format!("{base}/deactivate"), &[]).await;
    assert_eq!(outcome(&off), "done=admin-agencies-done-deactivated");
    assert_eq!(sign_in_status(&app, email).await, 401);

    // Shown apart: marked, with a Reactivate button and no other form for that account.
    let shown = text(&admin.get(&page).await);
    assert!(shown.contains("class=\"badge off\""));
    assert!(shown.contains(&format!("action=\"{base}/reactivate\"")));
    assert!(shown.contains("Reactivate the account of Nova"));
    assert!(!shown.contains(&format!("action=\"{base}/deactivate\"")));
    assert!(!shown.contains(&format!("action=\"{base}/role\"")));
    assert!(
        !shown.contains(&format!("action=\"{page}/{admin_id}/reactivate\"")),
        "no button on one's own row"
    );

    // Refusals: each a 404 (and a refusal row where the agency is not one's to manage) or the
    // page's error, the account still deactivated.
    let before = denied(&app).await;
    let (mut editor, _) = as_staff(&app, Role::Editor, Some(own), 2).await;
    assert_eq!(
        editor.post_form(&format!("{base}/reactivate"), &[]).await.status,
        404
    );
    assert_eq!(denied(&app).await, before + 1, "an editor manages no staff");
    let (mut stranger, _) = as_staff(&app, Role::AgencyAdmin, Some(other), 3).await;
    assert_eq!(
        stranger
            .post_form(&format!("{base}/reactivate"), &[])
            .await
            .status,
        404
    );
    assert_eq!(denied(&app).await, before + 2, "another agency's page");
    let through_theirs = format!("/en/admin/agencies/{other}/staff/{member}/reactivate");
    assert_eq!(
        stranger.post_form(&through_theirs, &[]).await.status,
        404,
        "no role there"
    );
    assert_eq!(
        admin
            .post_form(&format!("{page}/999999/reactivate"), &[])
            .await
            .status,
        404
    );
    assert_eq!(
        admin
            .post_form(&format!("{page}/abc/reactivate"), &[])
            .await
            .status,
        404
    );
    let own_account = admin
        .post_form(&format!("{page}/{admin_id}/reactivate"), &[])
        .await;
    assert_eq!(outcome(&own_account), "error=admin-agencies-error-own-account");
    assert_eq!(status_of(&app, member).await, "deactivated");
    assert_eq!(status_of(&app, admin_id).await, "active");
    assert_eq!(audit_rows(&app, "staff.reactivated").await, 0);

    // Reactivated: signs in again, with the role it kept; once is enough.
    let on = admin.post_form(&format!("{base}/reactivate"), &[]).await;
    assert_eq!(
        on.location.as_deref(),
        Some(format!("{page}?done=admin-agencies-done-reactivated#outcome").as_str())
    );
    assert_eq!(status_of(&app, member).await, "active");
    assert_eq!(audit_rows(&app, "staff.reactivated").await, 1);
    assert_eq!(sign_in_status(&app, email).await, 200);
    let kept = Grant {
        role: Role::Editor,
        agency: Some(own),
    };
    assert_eq!(grants(&app, member).await, vec![kept]);
    let shown = text(&admin.get(on.location.as_deref().unwrap()).await);
    assert!(shown.contains("The account was reactivated"));
    assert!(shown.contains(&format!("action=\"{base}/deactivate\"")));
    let again = admin.post_form(&format!("{base}/reactivate"), &[]).await;
    assert_eq!(outcome(&again), "done=admin-agencies-done-reactivated");
    assert_eq!(
        audit_rows(&app, "staff.reactivated").await,
        1,
        "nothing new to log"
    );
}
on_both_backends!(reactivation, deactivated_accounts_are_reactivated);

async fn who_also_works_elsewhere_is_a_platform_matter(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, other) = two_agencies(&app.db).await;
    let (mut admin, _) = as_staff(&app, Role::AgencyAdmin, Some(own), 1).await;
    let (mut chief, _) = as_staff(&app, Role::PlatformAdmin, None, 2).await;
    let both = staff(&app, Role::Editor, Some(own), 3).await.account_id;
    let elsewhere = Grant {
        role: Role::Editor,
        agency: Some(other),
    };
    roles::grant(&app.db, both, &elsewhere, Utc::now()).await.unwrap();
    let path = |action: &str| format!("/en/admin/agencies/{own}/staff/{both}/{action}");
    let off = chief.post_form(&path("deactivate"), &[]).await;
    assert_eq!(outcome(&off), "done=admin-agencies-done-deactivated");

    let refused = admin.post_form(&path("reactivate"), &[]).await;
    assert_eq!(outcome(&refused), "error=admin-agencies-error-roles-elsewhere");
    assert_eq!(status_of(&app, both).await, "deactivated");
    assert_eq!(audit_rows(&app, "staff.reactivated").await, 0);

    let on = chief.post_form(&path("reactivate"), &[]).await;
    assert_eq!(outcome(&on), "done=admin-agencies-done-reactivated");
    assert_eq!(status_of(&app, both).await, "active");
    assert_eq!(grants(&app, both).await.len(), 2, "roles kept in both agencies");
    assert_eq!(audit_rows(&app, "staff.reactivated").await, 1);
}
on_both_backends!(
    reactivation_elsewhere,
    who_also_works_elsewhere_is_a_platform_matter
);
