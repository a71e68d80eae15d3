//! The moderation page and its forms over HTTP: signed out → the staff sign-in; citizens and
//! moderators of another agency → 404 with nothing changed; a platform administrator approves,
//! is refused a second approval, answers, and the answer is public under the comment; readers
//! report it once.

use app::locale::Locale;
use server::auth::roles::{Grant, Role};
use server::catalog::comments::{CommentForm, Commenter, Posted, post_comment};

use crate::auth_support::Browser;
use crate::comments::citizen;
use crate::comments_support::{SECRET, agency_of, comment, other_agency, staff_browser, stamp_for};
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::{SERVICE, service_id};

async fn pending(app: &TestApp, who: Commenter, body: &str) -> i32 {
    let now = chrono::Utc::now();
    let stamp = stamp_for(service_id(&app.db, SERVICE).await, now);
    let form = CommentForm {
        service: SERVICE,
        body,
        honeypot: "",
        stamp: &stamp,
    };
    match post_comment(&app.db, SECRET, Locale::En, Some(who), form, now)
        .await
        .unwrap()
    {
        Posted::Queued { id, .. } => id,
        Posted::Discarded => panic!("discarded"),
    }
}

async fn only_the_owning_agency_moderates(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let id = pending(&app, citizen(&app.db).await, "The queue was very long.").await;
    let approve = format!("/en/admin/comments/{id}/approve");

    let mut visitor = Browser::new(&app);
    let page = visitor.get("/en/admin/comments").await;
    assert_eq!(page.location.as_deref(), Some("/en/staff/sign-in"));
    let refused = visitor.post_form(&approve, &[]).await;
    assert_eq!(
        (refused.status, refused.location.as_deref()),
        (303, Some("/en/staff/sign-in"))
    );

    let mut ana = Browser::new(&app);
    ana.sign_up("Ana").await;
    let page = ana.get("/en/admin/comments").await;
    assert_eq!(page.status, 404);
    assert!(page.body.as_str().unwrap().contains("Page not found"));
    let refused = ana.post_form(&approve, &[]).await;
    assert_eq!(refused.status, 404);
    assert!(
        refused
            .body
            .as_str()
            .unwrap()
            .contains("There is no such comment.")
    );

    let agency = agency_of(&app.db, SERVICE).await;
    let grant = Grant {
        role: Role::Publisher,
        agency: Some(other_agency(&app.db, agency).await),
    };
    let mut stranger = staff_browser(&app, "other@agency.example", grant).await;
    let page = stranger.get("/en/admin/comments").await;
    assert_eq!(page.status, 200);
    assert!(!page.body.as_str().unwrap().contains("The queue was very long."));
    for verb in ["approve", "reject", "keep", "answer"] {
        let fields = [("reason", "spam"), ("body", "Not ours.")];
        let refused = stranger
            .post_form(&format!("/en/admin/comments/{id}/{verb}"), &fields)
            .await;
        assert_eq!(refused.status, 404, "{verb}");
        assert!(
            refused
                .body
                .as_str()
                .unwrap()
                .contains("There is no such comment.")
        );
    }
    let row = comment(&app.db, id).await;
    assert_eq!(
        (row.status.as_str(), row.moderated_by),
        ("pending", None),
        "nothing changed"
    );
    assert_eq!(count(&app.db, "comment_replies").await, 0);
}
on_both_backends!(owning_agency_only, only_the_owning_agency_moderates);

async fn an_administrator_approves_and_answers(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let id = pending(&app, citizen(&app.db).await, "Line one.\nLine <b>two</b>.").await;
    let other = pending(&app, citizen(&app.db).await, "Buy now!").await;
    let admin_grant = Grant {
        role: Role::PlatformAdmin,
        agency: None,
    };
    let mut admin = staff_browser(&app, "admin@gov.example", admin_grant).await;
    let page = admin.get("/en/admin/comments").await;
    assert_eq!(page.status, 200);
    let body = page.body.as_str().unwrap();
    assert!(body.contains("<h1>Comment moderation</h1>"));
    assert!(
        body.contains("<p>Line one.</p><p>Line &lt;b&gt;two&lt;/b&gt;.</p>"),
        "escaped"
    );
    assert!(body.contains(&format!("action=\"/en/admin/comments/{id}/approve\"")));
    assert!(body.contains("within 10 working days"));

    let approved = admin
        .post_form(&format!("/en/admin/comments/{id}/approve"), &[])
        .await;
    assert_eq!(
        approved.location.as_deref(),
        Some("/en/admin/comments?done=moderation-done-approved")
    );
    let again = admin
        .post_form(&format!("/en/admin/comments/{id}/approve"), &[])
        .await;
    assert_eq!(
        again.location.as_deref(),
        Some("/en/admin/comments?error=moderation-error-already")
    );
    let page = admin
        .get("/en/admin/comments?error=moderation-error-already")
        .await;
    assert!(
        page.body
            .as_str()
            .unwrap()
            .contains("Someone already decided on this comment.")
    );
    let no_reason = admin
        .post_form(&format!("/en/admin/comments/{other}/reject"), &[("reason", "")])
        .await;
    assert_eq!(
        no_reason.location.as_deref(),
        Some("/en/admin/comments?error=moderation-error-reason")
    );
    assert_eq!(comment(&app.db, other).await.status, "pending");
    let rejected = admin
        .post_form(
            &format!("/en/admin/comments/{other}/reject"),
            &[("reason", "spam"), ("note", "Advert")],
        )
        .await;
    assert_eq!(
        rejected.location.as_deref(),
        Some("/en/admin/comments?done=moderation-done-rejected")
    );

    let page = admin.get("/en/admin/comments").await;
    assert!(page.body.as_str().unwrap().contains("Answer due by"));
    let empty = admin
        .post_form(&format!("/en/admin/comments/{id}/answer"), &[("body", " ")])
        .await;
    assert_eq!(
        empty.location.as_deref(),
        Some("/en/admin/comments?error=moderation-error-answer-empty")
    );
    let answered = admin
        .post_form(
            &format!("/en/admin/comments/{id}/answer"),
            &[("body", "We have opened a second counter.")],
        )
        .await;
    assert_eq!(
        answered.location.as_deref(),
        Some("/en/admin/comments?done=moderation-done-answered")
    );
    assert!(comment(&app.db, id).await.first_answer_at.is_some());

    let (status, public) = app.page(&format!("/en/services/{SERVICE}")).await;
    assert_eq!(status, 200);
    assert!(public.contains("One published comment."));
    assert!(public.contains("<p>Line one.</p><p>Line &lt;b&gt;two&lt;/b&gt;.</p>"));
    assert!(public.contains("Official answer"));
    assert!(public.contains("We have opened a second counter."));
    assert!(!public.contains("Buy now!"), "rejected comments stay private");

    // Readers report it, once each.
    let mut bea = Browser::new(&app);
    bea.sign_up("Bea").await;
    let path = format!("/en/comments/{id}/report");
    let fields = [("service", SERVICE), ("reason", "offensive")];
    let reported = bea.post_form(&path, &fields).await;
    assert_eq!(
        reported.location,
        Some(format!(
            "/en/services/{SERVICE}?done=comment-done-reported#comments"
        ))
    );
    let twice = bea.post_form(&path, &fields).await;
    assert_eq!(
        twice.location,
        Some(format!(
            "/en/services/{SERVICE}?error=comment-error-report-twice#comments"
        ))
    );
    let unknown = bea
        .post_form(&format!("/en/comments/{other}/report"), &fields)
        .await;
    assert_eq!(unknown.status, 404, "rejected comments cannot be reported");
    assert_eq!(comment(&app.db, id).await.report_count, 1);
    let page = admin.get("/en/admin/comments").await;
    assert!(
        page.body
            .as_str()
            .unwrap()
            .contains("Published, reported once (1 new).")
    );
}
on_both_backends!(approve_and_answer, an_administrator_approves_and_answers);
