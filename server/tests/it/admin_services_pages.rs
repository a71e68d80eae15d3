//! The versions page (history, a field-by-field comparison, restore as a new draft) and the
//! audit log (filters, CSV with the same filters, 404 for editors, 400 for a bad date).

use server::auth::roles::Role;
use server::editorial::drafts;
use server::editorial::versions::{self, Save};

use crate::admin_services::{SLUG, member, row};
use crate::editorial_support::{complete, set};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

fn text(answer: &crate::auth_support::Answer) -> String {
    answer.body.as_str().unwrap_or_default().to_owned()
}

async fn versions_are_listed_compared_and_restored(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, own) = member(&app, Role::Editor, 1).await;
    let now = chrono::Utc::now();
    let id = drafts::create_draft(&app.db, &actor, own, SLUG, &complete("Licencia de zorblax"), now)
        .await
        .unwrap();
    let mut renamed = complete("Licencia de zorblax");
    set(&mut renamed.texts, "name", "es", "Permiso de zorblax");
    let save = Save {
        expected_version: row(&app, id).await.version,
        snapshot: renamed,
        note: Some("Nombre más claro".to_owned()),
    };
    let saved = versions::save(&app.db, &actor, id, save, now).await.unwrap();

    let page = format!("/en/admin/services/{id}/versions");
    let history = editor.get(&page).await;
    assert_eq!(history.status, 200);
    let body = text(&history);
    let first = saved - 1;
    assert!(body.contains(&format!("Version {saved}")) && body.contains(&format!("Version {first}")));
    assert!(body.contains("Nombre más claro"));
    assert!(body.contains(&format!("action=\"{page}/compare\"")), "a GET form");

    let compare = editor
        .get(&format!("{page}/compare?from={first}&to={saved}"))
        .await;
    assert_eq!(compare.status, 200);
    let body = text(&compare);
    assert!(body.contains("texts.name.es"));
    assert!(body.contains("Licencia de zorblax") && body.contains("Permiso de zorblax"));
    assert_eq!(editor.get(&format!("{page}/compare")).await.status, 400);

    let restored = editor
        .post_form(
            &format!("{page}/{first}/restore"),
            &[("version", &saved.to_string())],
        )
        .await;
    assert_eq!(
        restored.location.as_deref(),
        Some(format!("/en/admin/services/{id}/versions?done=admin-services-done-restore#outcome").as_str())
    );
    let after = row(&app, id).await;
    assert_eq!((after.version, after.status.as_str()), (saved + 1, "draft"));
    let stale = editor
        .post_form(
            &format!("{page}/{first}/restore"),
            &[("version", &saved.to_string())],
        )
        .await;
    assert!(
        stale
            .location
            .unwrap()
            .contains("error=admin-services-error-stale")
    );
    assert_eq!(row(&app, id).await.version, saved + 1, "nothing changed");
}
on_both_backends!(versions_pages, versions_are_listed_compared_and_restored);

async fn the_audit_log_filters_and_exports(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, own) = member(&app, Role::Editor, 1).await;
    let (mut admin, _, _) = member(&app, Role::AgencyAdmin, 2).await;
    let now = chrono::Utc::now();
    let id = drafts::create_draft(&app.db, &actor, own, SLUG, &complete("Licencia de zorblax"), now)
        .await
        .unwrap();
    let marker = format!("service #{id}");

    let home = text(&admin.get("/en/admin").await);
    assert!(home.contains("/en/admin/audit\""));
    let log = admin.get("/en/admin/audit").await;
    assert_eq!(log.status, 200);
    assert!(text(&log).contains(&marker), "the draft's creation");
    let created = text(&admin.get("/en/admin/audit?action=service.create").await);
    assert!(created.contains(&marker));
    let submitted = text(&admin.get("/en/admin/audit?action=service.submit").await);
    assert!(!submitted.contains(&marker), "filtered out");
    let by_record = text(
        &admin
            .get(&format!("/en/admin/audit?record={id}&from=2000-01-01"))
            .await,
    );
    assert!(by_record.contains(&marker));
    let before = text(&admin.get("/en/admin/audit?to=2000-01-01").await);
    assert!(!before.contains(&marker), "the range excludes it");

    let csv = admin.get("/en/admin/audit.csv?action=service.create").await;
    assert_eq!(csv.status, 200);
    let body = text(&csv);
    assert!(
        body.starts_with("id,occurred_at,actor_account_id,action,record_kind,record_id,agency_id,detail\r\n"),
        "{body}"
    );
    assert!(
        body.contains(&format!(",service.create,service,{id},{own},")),
        "{body}"
    );
    let empty = text(&admin.get("/en/admin/audit.csv?action=service.submit").await);
    assert_eq!(empty.lines().count(), 1, "the header only");

    let bad = admin.get("/en/admin/audit?from=2026-13-01").await;
    assert_eq!(bad.status, 400);
    assert!(text(&bad).contains("YYYY-MM-DD"));
    let bad_csv = admin.get("/en/admin/audit.csv?to=yesterday").await;
    assert_eq!(bad_csv.status, 400);
    let home = admin.get("/en/admin/services").await;
    assert!(text(&home).contains("Recent activity"));

    assert_eq!(editor.get("/en/admin/audit").await.status, 404);
    assert_eq!(editor.get("/en/admin/audit.csv").await.status, 404);
    assert_eq!(editor.get("/en/admin/audit?from=2026-13-01").await.status, 404);
    assert!(!text(&editor.get("/en/admin").await).contains("/en/admin/audit\""));
}
on_both_backends!(audit_pages, the_audit_log_filters_and_exports);
