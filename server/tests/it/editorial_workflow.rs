//! The editorial workflow end to end: a draft is invisible, goes to review, is rejected with a
//! reason, fixed, published (then on the page and in search, on every instance), and archived
//! (out of search, its page answering 410 with a link to the replacement).

use std::time::{Duration, Instant};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::auth::roles::Role;
use server::db::entities::service;
use server::editorial::versions::{self, Save};
use server::editorial::{EditorialError, FieldError, Status, drafts, workflow};

use crate::editorial_support::{at, complete, set, staff, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

const SLUG: &str = "licencia-de-zorblax";

async fn status_of(app: &TestApp, id: i32) -> String {
    service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

async fn searchable(app: &TestApp) -> bool {
    let (_, body) = app.page("/es/search?q=zorblax").await;
    body.contains(&format!("/services/{SLUG}\""))
}

async fn from_draft_to_archived(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let publisher = staff(&app, Role::Publisher, Some(own), 2).await;
    let mut content = complete("Licencia de zorblax");
    content.texts.remove("summary");
    let id = drafts::create_draft(&app.db, &editor, own, SLUG, &content, at(0))
        .await
        .unwrap();
    app.follow_changes().await;
    assert_eq!(app.page(&format!("/es/services/{SLUG}")).await.0, 404, "a draft");
    assert!(!searchable(&app).await);

    workflow::submit(&app.db, &editor, id, at(1)).await.unwrap();
    assert_eq!(status_of(&app, id).await, "in_review");
    assert_eq!(
        app.page(&format!("/es/services/{SLUG}")).await.0,
        404,
        "in review"
    );
    let blank = workflow::reject(&app.db, &publisher, id, "   ", at(2)).await;
    assert!(
        matches!(&blank, Err(EditorialError::Invalid(errors))
            if errors == &vec![FieldError::new("reason", "editorial-field-required")]),
        "{blank:?}"
    );
    assert_eq!(
        status_of(&app, id).await,
        "in_review",
        "a refused rejection changes nothing"
    );
    // Publishing what is in review is blocked: the summary is missing.
    let blocked = workflow::publish(&app.db, &publisher, id, 1, at(2)).await;
    assert!(
        matches!(&blocked, Err(EditorialError::Blocked(issues))
            if issues.iter().map(|i| i.key).collect::<Vec<_>>() == ["editorial-quality-missing-summary"]),
        "{blocked:?}"
    );
    workflow::reject(&app.db, &publisher, id, "Falta el resumen.", at(3))
        .await
        .unwrap();
    assert_eq!(status_of(&app, id).await, "draft");
    assert_eq!(
        workflow::last_rejection(&app.db, &editor, id, at(3))
            .await
            .unwrap()
            .as_deref(),
        Some("Falta el resumen.")
    );

    let mut fixed = content.clone();
    set(
        &mut fixed.texts,
        "summary",
        "es",
        "Pida la licencia de zorblax en línea.",
    );
    let version = versions::save(
        &app.db,
        &editor,
        id,
        Save {
            expected_version: 1,
            snapshot: fixed,
            note: None,
        },
        at(4),
    )
    .await
    .unwrap();
    assert_eq!(version, 2);
    assert!(
        matches!(
            workflow::publish(&app.db, &publisher, id, 2, at(5)).await,
            Err(EditorialError::WrongStatus(Status::Draft))
        ),
        "a draft is reviewed before it is published"
    );
    workflow::submit(&app.db, &editor, id, at(6)).await.unwrap();
    workflow::publish(&app.db, &publisher, id, 2, at(7))
        .await
        .unwrap();
    assert_eq!(status_of(&app, id).await, "published");
    app.follow_changes().await;
    let (status, body) = app.page(&format!("/es/services/{SLUG}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Pida la licencia de zorblax en línea."));
    assert!(searchable(&app).await, "published services are searchable");

    let replacement = service::Entity::find()
        .filter(service::Column::Status.eq("published"))
        .filter(service::Column::Id.ne(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let itself = workflow::archive(&app.db, &publisher, id, Some(id), at(8)).await;
    assert!(matches!(itself, Err(EditorialError::Invalid(_))), "{itself:?}");
    assert_eq!(status_of(&app, id).await, "published");
    workflow::archive(&app.db, &publisher, id, Some(replacement.id), at(9))
        .await
        .unwrap();
    app.follow_changes().await;
    assert!(!searchable(&app).await, "archived services leave the index");
    let (status, body) = app.page(&format!("/es/services/{SLUG}")).await;
    assert_eq!(status, 410);
    assert!(body.contains("Este servicio ya no se ofrece."));
    assert!(body.contains(&format!("href=\"/es/services/{}\"", replacement.slug)));
    assert!(matches!(
        workflow::submit(&app.db, &editor, id, at(10)).await,
        Err(EditorialError::WrongStatus(Status::Archived))
    ));
}

on_both_backends!(
    a_service_goes_from_draft_through_review_to_archived,
    from_draft_to_archived
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_published_service_is_searchable_on_another_instance_within_two_seconds() {
    let first = TestApp::with_fixtures(Backend::Postgres).await;
    let second = first.second_instance().await;
    let (own, _) = two_agencies(&first.db).await;
    let editor = staff(&first, Role::Editor, Some(own), 1).await;
    let publisher = staff(&first, Role::Publisher, Some(own), 2).await;
    let id = drafts::create_draft(
        &first.db,
        &editor,
        own,
        SLUG,
        &complete("Licencia de zorblax"),
        at(0),
    )
    .await
    .unwrap();
    workflow::submit(&first.db, &editor, id, at(1)).await.unwrap();
    assert!(!searchable(&second).await);
    let started = Instant::now();
    workflow::publish(&first.db, &publisher, id, 1, at(2))
        .await
        .unwrap();
    while !searchable(&second).await {
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "not searchable on the second instance after 2 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let started = Instant::now();
    workflow::archive(&first.db, &publisher, id, None, at(3))
        .await
        .unwrap();
    while searchable(&second).await {
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "still searchable on the second instance 2 s after archiving"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
