//! The editorial workflow pages over HTTP: a draft goes to review, is sent back with a reason
//! (shown to the editor), is published (its public page answers) and archived (410); each step
//! by a role that may not take it is refused and changes nothing; another agency's service is
//! the same 404 as an unknown one and leaves an `authorization.denied` row; a cross-site post is
//! refused; a rejection without a reason comes back with the error beside the field.

use reqwest::header::COOKIE;
use sea_orm::EntityTrait;
use server::auth::roles::{self, Role};
use server::db::entities::service;
use server::editorial::{Actor, drafts, workflow};

use crate::admin_support::{Who, signed_in};
use crate::auth_support::Browser;
use crate::editorial_support::{complete, staff, two_agencies};
use crate::helpers::{Backend, TestApp, count_where};
use crate::on_both_backends;

pub const SLUG: &str = "licencia-de-zorblax";

/// A signed-in staff browser, its actor and its agency.
pub async fn member<'a>(app: &'a TestApp, role: Role, n: usize) -> (Browser<'a>, Actor, i32) {
    let (browser, id) = signed_in(app, Who::Staff(role), n).await;
    let grants = roles::of(&app.db, id).await.unwrap();
    let agency = grants.iter().find_map(|g| g.agency).unwrap_or_default();
    (
        browser,
        Actor {
            account_id: id,
            grants,
        },
        agency,
    )
}

pub async fn row(app: &TestApp, id: i32) -> service::Model {
    service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

fn text(answer: &crate::auth_support::Answer) -> String {
    answer.body.as_str().unwrap_or_default().to_owned()
}

async fn a_service_goes_from_draft_to_archived(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, editor_actor, own) = member(&app, Role::Editor, 1).await;
    let (mut publisher, _, _) = member(&app, Role::Publisher, 2).await;
    let now = chrono::Utc::now();
    let id = drafts::create_draft(
        &app.db,
        &editor_actor,
        own,
        SLUG,
        &complete("Licencia de zorblax"),
        now,
    )
    .await
    .unwrap();
    let page = format!("/en/admin/services/{id}");
    let post = |verb: &str| format!("{page}/{verb}");

    let home = editor.get("/en/admin").await;
    assert!(
        text(&home).contains("/en/admin/services\""),
        "linked from the staff home"
    );
    let desk = editor.get(&page).await;
    assert_eq!(desk.status, 200);
    let body = text(&desk);
    assert!(body.contains("Licencia de zorblax") && body.contains("Draft"));
    assert!(body.contains(&format!("action=\"{}\"", post("submit"))));
    assert!(
        !body.contains(&format!("action=\"{}\"", post("publish"))),
        "not offered"
    );
    assert!(body.contains("Readability"));

    // An editor may not publish: refused, nothing changed.
    let refused = editor.post_form(&post("publish"), &[("version", "1")]).await;
    assert_eq!(refused.status, 303);
    assert!(
        refused
            .location
            .unwrap()
            .contains("error=editorial-error-forbidden")
    );
    assert_eq!(row(&app, id).await.status, "draft");

    let submitted = editor.post_form(&post("submit"), &[]).await;
    assert_eq!(
        submitted.location.as_deref(),
        Some(format!("{page}?done=admin-services-done-submit#outcome").as_str())
    );
    assert_eq!(row(&app, id).await.status, "in_review");
    let shown = editor.get(submitted.location.as_deref().unwrap()).await;
    assert!(text(&shown).contains("Sent for review."));
    let refused = editor.post_form(&post("reject"), &[("reason", "No.")]).await;
    assert!(
        refused
            .location
            .unwrap()
            .contains("error=editorial-error-forbidden")
    );
    assert_eq!(row(&app, id).await.status, "in_review");
    let agency_home = publisher.get("/en/admin/services").await;
    assert_eq!(agency_home.status, 200);
    assert!(
        text(&agency_home).contains(&format!("href=\"{page}\"")),
        "waiting for review"
    );

    let blank = publisher.post_form(&post("reject"), &[("reason", "  ")]).await;
    let location = blank.location.unwrap();
    assert!(
        location.contains("invalid-reason=editorial-field-required"),
        "{location}"
    );
    assert_eq!(row(&app, id).await.status, "in_review", "nothing changed");
    let again = text(&publisher.get(&location).await);
    assert!(again.contains("This field is required."));
    assert!(again.contains("aria-describedby=\"reject-reason-error\""));

    let rejected = publisher
        .post_form(&post("reject"), &[("reason", "Falta el horario de atención.")])
        .await;
    assert!(
        rejected
            .location
            .unwrap()
            .contains("done=admin-services-done-reject")
    );
    assert_eq!(row(&app, id).await.status, "draft");
    assert!(text(&editor.get(&page).await).contains("Falta el horario de atención."));

    editor.post_form(&post("submit"), &[]).await;
    let version = row(&app, id).await.version.to_string();
    let stale = publisher.post_form(&post("publish"), &[("version", "99")]).await;
    assert!(
        stale
            .location
            .unwrap()
            .contains("error=admin-services-error-stale")
    );
    assert_eq!(row(&app, id).await.status, "in_review");
    let published = publisher
        .post_form(&post("publish"), &[("version", &version)])
        .await;
    assert!(
        published
            .location
            .unwrap()
            .contains("done=admin-services-done-publish")
    );
    assert_eq!(row(&app, id).await.status, "published");
    assert_eq!(app.page(&format!("/es/services/{SLUG}")).await.0, 200);
    let verified = editor.post_form(&post("verify"), &[]).await;
    assert!(
        verified
            .location
            .unwrap()
            .contains("done=admin-services-done-verify")
    );
    assert!(row(&app, id).await.last_verified_on.is_some());

    // A post from another site is refused before anything runs.
    let token = publisher.cookie.clone().unwrap();
    let forged = app
        .client
        .post(app.url(&post("archive")))
        .header("sec-fetch-site", "cross-site")
        .header(COOKIE, format!("__Host-session={token}"))
        .form(&[("replacement", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    assert_eq!(row(&app, id).await.status, "published");

    let refused = editor.post_form(&post("archive"), &[]).await;
    assert!(
        refused
            .location
            .unwrap()
            .contains("error=editorial-error-forbidden")
    );
    let unknown = publisher
        .post_form(&post("archive"), &[("replacement", "no-such-service")])
        .await;
    assert!(
        unknown
            .location
            .unwrap()
            .contains("invalid-replacement=editorial-field-invalid-replacement")
    );
    assert_eq!(row(&app, id).await.status, "published");
    let archived = publisher
        .post_form(&post("archive"), &[("replacement", "")])
        .await;
    assert!(
        archived
            .location
            .unwrap()
            .contains("done=admin-services-done-archive")
    );
    assert_eq!(app.page(&format!("/es/services/{SLUG}")).await.0, 410);
}
on_both_backends!(draft_to_archived, a_service_goes_from_draft_to_archived);

async fn other_agencies_services_are_not_found(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut publisher, _, own) = member(&app, Role::Publisher, 1).await;
    let (first, second) = two_agencies(&app.db).await;
    let other = if own == first { second } else { first };
    let admin = staff(&app, Role::PlatformAdmin, None, 2).await;
    let now = chrono::Utc::now();
    let id = drafts::create_draft(&app.db, &admin, other, SLUG, &complete("Licencia ajena"), now)
        .await
        .unwrap();
    workflow::submit(&app.db, &admin, id, now).await.unwrap();
    let page = format!("/en/admin/services/{id}");
    let denied_before = count_where(&app.db, "audit_events", "action", "authorization.denied").await;

    let answer = publisher.get(&page).await;
    assert_eq!(answer.status, 404);
    assert!(!text(&answer).contains("Licencia ajena"));
    for verb in ["submit", "reject", "publish", "archive", "verify"] {
        let refused = publisher
            .post_form(&format!("{page}/{verb}"), &[("reason", "No."), ("version", "1")])
            .await;
        assert_eq!(refused.status, 404, "{verb}");
    }
    let restore = publisher
        .post_form(&format!("{page}/versions/1/restore"), &[("version", "1")])
        .await;
    assert_eq!(restore.status, 404);
    assert_eq!(publisher.get(&format!("{page}/versions")).await.status, 404);
    assert_eq!(row(&app, id).await.status, "in_review", "nothing changed");
    let denied_after = count_where(&app.db, "audit_events", "action", "authorization.denied").await;
    assert!(
        denied_after >= denied_before + 7,
        "{denied_before} → {denied_after}"
    );
    assert_eq!(publisher.get("/en/admin/services/999999").await.status, 404);
    let asked = publisher.get(&format!("/en/admin/services?agency={other}")).await;
    assert_eq!(asked.status, 404, "another agency's home");

    let mut visitor = Browser::new(&app);
    let signed_out = visitor.get(&page).await;
    assert_eq!(signed_out.location.as_deref(), Some("/en/staff/sign-in"));
    let signed_out = visitor.post_form(&format!("{page}/submit"), &[]).await;
    assert_eq!(signed_out.location.as_deref(), Some("/en/staff/sign-in"));
    let (mut citizen, _) = signed_in(&app, Who::Citizen, 3).await;
    assert_eq!(citizen.get("/en/admin/services").await.status, 404);
    assert_eq!(
        citizen.post_form(&format!("{page}/submit"), &[]).await.status,
        404
    );
}
on_both_backends!(other_agencies, other_agencies_services_are_not_found);
