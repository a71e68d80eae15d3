//! Versions: every save keeps one, any two can be compared, an old one restored as a new
//! version, and of two saves from the same version the second gets a conflict with both
//! versions and overwrites nothing. Edits to a published service wait until published.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use server::auth::roles::Role;
use server::catalog::OwnerKind;
use server::db::entities::{service, translation};
use server::editorial::versions::{self, Save};
use server::editorial::{Actor, EditorialError, ServiceSnapshot, drafts, workflow};

use crate::editorial_support::{at, complete, rows_for, set, staff, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

/// The service's Spanish name as the live tables hold it.
async fn live_name(app: &TestApp, id: i32) -> String {
    translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Service.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .filter(translation::Column::Field.eq("name"))
        .filter(translation::Column::Locale.eq("es"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .value
}

fn renamed(base: &ServiceSnapshot, name: &str) -> ServiceSnapshot {
    let mut copy = base.clone();
    set(&mut copy.texts, "name", "es", name);
    copy
}

async fn save(
    app: &TestApp,
    actor: &Actor,
    id: i32,
    from: i32,
    snapshot: ServiceSnapshot,
    minute: i64,
) -> Result<i32, EditorialError> {
    let save = Save {
        expected_version: from,
        snapshot,
        note: None,
    };
    versions::save(&app.db, actor, id, save, at(minute)).await
}

async fn history_diff_and_restore(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let first = complete("Permiso de obra");
    let id = drafts::create_draft(&app.db, &editor, own, "permiso-de-obra", &first, at(0))
        .await
        .unwrap();
    let mut second = renamed(&first, "Permiso de obra menor");
    set(&mut second.texts, "name", "pt", "Licença de obra");
    assert_eq!(save(&app, &editor, id, 1, second.clone(), 1).await.unwrap(), 2);
    let mut third = second.clone();
    set(
        &mut third.texts,
        "summary",
        "es",
        "Pídalo antes de empezar la obra.",
    );
    assert_eq!(save(&app, &editor, id, 2, third.clone(), 2).await.unwrap(), 3);
    assert_eq!(
        live_name(&app, id).await,
        "Permiso de obra menor",
        "a draft's tables follow"
    );

    let history = versions::history(&app.db, &editor, id, at(3)).await.unwrap();
    let numbers: Vec<i32> = history.iter().map(|v| v.number).collect();
    assert_eq!(numbers, [3, 2, 1]);
    assert!(history.iter().all(|v| v.author == Some(editor.account_id)));
    assert_eq!(history[0].created_at, at(2));

    let changes = versions::compare(&app.db, &editor, id, 2, 3, at(3))
        .await
        .unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].path, "texts.summary.es");
    assert_eq!(
        changes[0].before,
        Some(json!("Pida la licencia en línea. Tarda diez minutos."))
    );
    assert_eq!(changes[0].after, Some(json!("Pídalo antes de empezar la obra.")));
    let paths: Vec<String> = versions::compare(&app.db, &editor, id, 1, 3, at(3))
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.path)
        .collect();
    assert_eq!(paths, ["texts.name.es", "texts.name.pt", "texts.summary.es"]);

    let restored = versions::restore(&app.db, &editor, id, 1, 3, at(4))
        .await
        .unwrap();
    assert_eq!(restored, 4);
    let opened = versions::open(&app.db, &editor, id, at(5)).await.unwrap();
    assert_eq!(opened.version.number, 4);
    assert_eq!(opened.version.snapshot, first, "version 4 is version 1's content");
    assert_eq!(live_name(&app, id).await, "Permiso de obra");
    let old = versions::version(&app.db, &editor, id, 3, at(5)).await.unwrap();
    assert_eq!(
        old.snapshot, third,
        "restoring leaves the old versions as they were"
    );
    assert_eq!(rows_for(&app.db, "service_versions", "service_id", id).await, 4);
    assert!(
        versions::compare(&app.db, &editor, id, 1, 4, at(5))
            .await
            .unwrap()
            .is_empty()
    );
    assert!(matches!(
        versions::version(&app.db, &editor, id, 9, at(5)).await,
        Err(EditorialError::NotFound)
    ));
}

on_both_backends!(
    each_save_keeps_a_version_to_compare_and_restore,
    history_diff_and_restore
);

async fn second_save_conflicts(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let ana = staff(&app, Role::Editor, Some(own), 1).await;
    let bruno = staff(&app, Role::Editor, Some(own), 2).await;
    let base = complete("Ayuda al alquiler");
    let id = drafts::create_draft(&app.db, &ana, own, "ayuda-al-alquiler", &base, at(0))
        .await
        .unwrap();
    // Both opened version 1; Ana saves first.
    save(&app, &ana, id, 1, renamed(&base, "Ayuda de Ana"), 1)
        .await
        .unwrap();
    let late = save(&app, &bruno, id, 1, renamed(&base, "Ayuda de Bruno"), 2).await;
    let Err(EditorialError::Conflict { current, yours }) = late else {
        panic!("expected a conflict, got {late:?}");
    };
    assert_eq!(current.number, 2);
    assert_eq!(current.author, Some(ana.account_id));
    assert_eq!(current.snapshot.text("name", "es"), Some("Ayuda de Ana"));
    assert_eq!(
        yours.text("name", "es"),
        Some("Ayuda de Bruno"),
        "nothing of Bruno's is lost"
    );
    let row = service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.version, 2);
    assert_eq!(rows_for(&app.db, "service_versions", "service_id", id).await, 2);
    assert_eq!(live_name(&app, id).await, "Ayuda de Ana", "nothing overwritten");
    // A stale version number for publishing is a conflict too.
    workflow::submit(&app.db, &ana, id, at(3)).await.unwrap();
    let publisher = staff(&app, Role::Publisher, Some(own), 3).await;
    let stale = workflow::publish(&app.db, &publisher, id, 1, at(4)).await;
    assert!(matches!(stale, Err(EditorialError::Conflict { .. })), "{stale:?}");
    let row = service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.status.as_str(), row.version),
        ("in_review", 2),
        "a stale publish changes nothing"
    );
    // Bruno merges into the newest version and saves again.
    assert_eq!(
        save(&app, &bruno, id, 2, renamed(&base, "Ayuda de Ana y Bruno"), 5)
            .await
            .unwrap(),
        3
    );
    assert_eq!(live_name(&app, id).await, "Ayuda de Ana y Bruno");
}

on_both_backends!(
    the_second_of_two_saves_from_one_version_conflicts,
    second_save_conflicts
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_saves_racing_on_postgres_let_exactly_one_win() {
    let app = TestApp::with_fixtures(Backend::Postgres).await;
    let (own, _) = two_agencies(&app.db).await;
    let ana = staff(&app, Role::Editor, Some(own), 1).await;
    let bruno = staff(&app, Role::Editor, Some(own), 2).await;
    let base = complete("Bono de transporte");
    let id = drafts::create_draft(&app.db, &ana, own, "bono-de-transporte", &base, at(0))
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        save(&app, &ana, id, 1, renamed(&base, "Bono A"), 1),
        save(&app, &bruno, id, 1, renamed(&base, "Bono B"), 1)
    );
    let wins = [&a, &b].iter().filter(|r| matches!(r, Ok(2))).count();
    let conflicts = [&a, &b]
        .iter()
        .filter(|r| matches!(r, Err(EditorialError::Conflict { .. })))
        .count();
    assert_eq!((wins, conflicts), (1, 1), "{a:?} / {b:?}");
    assert_eq!(rows_for(&app.db, "service_versions", "service_id", id).await, 2);
}

async fn pending_until_published(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let publisher = staff(&app, Role::Publisher, Some(own), 2).await;
    let base = complete("Carné de biblioteca");
    let id = drafts::create_draft(&app.db, &editor, own, "carne-de-biblioteca", &base, at(0))
        .await
        .unwrap();
    workflow::submit(&app.db, &editor, id, at(1)).await.unwrap();
    workflow::publish(&app.db, &publisher, id, 1, at(2))
        .await
        .unwrap();
    assert!(
        matches!(
            workflow::publish(&app.db, &publisher, id, 1, at(3)).await,
            Err(EditorialError::WrongStatus(_))
        ),
        "nothing pending to publish"
    );
    save(
        &app,
        &editor,
        id,
        1,
        renamed(&base, "Carné de la biblioteca pública"),
        4,
    )
    .await
    .unwrap();
    let opened = versions::open(&app.db, &editor, id, at(5)).await.unwrap();
    assert!(opened.pending);
    assert_eq!(
        live_name(&app, id).await,
        "Carné de biblioteca",
        "citizens still see the published text"
    );
    let (_, page) = app.page("/es/services/carne-de-biblioteca").await;
    assert!(page.contains("Carné de biblioteca") && !page.contains("biblioteca pública"));
    workflow::publish(&app.db, &publisher, id, 2, at(6))
        .await
        .unwrap();
    assert_eq!(live_name(&app, id).await, "Carné de la biblioteca pública");
    let history = versions::history(&app.db, &editor, id, at(7)).await.unwrap();
    assert_eq!(history[0].published_at, Some(at(6)));
    assert_eq!(history[1].published_at, Some(at(2)));
    assert!(!versions::open(&app.db, &editor, id, at(7)).await.unwrap().pending);
}

on_both_backends!(
    edits_to_a_published_service_wait_until_published,
    pending_until_published
);
