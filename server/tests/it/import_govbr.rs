//! The gov.br importer: what it writes, that it writes nothing twice, and that bad files write nothing.

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use server::cli::ImportFormat;

async fn imports_once_and_then_changes_nothing(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let first = app.import(ImportFormat::Govbr, "govbr").await.expect("imports");
    assert_eq!(
        first.write.services.created, 2,
        "two records share a dbId: the newest is kept"
    );
    assert_eq!(first.write.agencies.created, 2);
    assert_eq!(first.write.redirects, 1);
    let tables = [
        "services",
        "agencies",
        "translations",
        "service_steps",
        "service_documents",
        "service_costs",
        "service_channels",
        "service_terms",
        "service_taxonomy",
        "slug_redirects",
        "taxonomy_terms",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(count(&app.db, table).await);
    }
    let second = app
        .import(ImportFormat::Govbr, "govbr")
        .await
        .expect("imports again");
    assert_eq!(second.write.services.unchanged, 2);
    assert_eq!(second.write.services.created + second.write.services.updated, 0);
    assert_eq!(second.write.agencies.unchanged, 2);
    let mut after = Vec::new();
    for table in tables {
        after.push(count(&app.db, table).await);
    }
    assert_eq!(before, after, "a second run writes nothing");
}
on_both_backends!(idempotent, imports_once_and_then_changes_nothing);

async fn a_malformed_file_imports_nothing_and_says_why(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let error = app
        .import(ImportFormat::Govbr, "govbr-malformed")
        .await
        .expect_err("refused");
    let message = error.to_string();
    assert!(
        message.contains("broken.xml: record -: malformed XML"),
        "{message}"
    );
    assert!(
        message.contains("sem-nome.xml: record dbId 7100: missing <nome>"),
        "{message}"
    );
    assert!(message.contains("nothing was imported"), "{message}");
    assert_eq!(
        count(&app.db, "services").await,
        0,
        "the valid file in the same folder was not written either"
    );
    assert_eq!(count(&app.db, "agencies").await, 0);
    let missing = app
        .import(ImportFormat::Govbr, "no-such-folder")
        .await
        .expect_err("refused");
    assert!(missing.to_string().contains("cannot read"), "{missing}");
}
on_both_backends!(malformed, a_malformed_file_imports_nothing_and_says_why);

async fn a_changed_record_is_updated_in_place(backend: Backend) {
    let app = TestApp::empty(backend).await;
    app.import(ImportFormat::Govbr, "govbr").await.expect("imports");
    let dir = tempfile::tempdir().unwrap();
    let source = crate::helpers::fixture("govbr");
    copy_tree(&source, dir.path());
    let file = dir.path().join("servicos/obter-autorizacao-de-residencia.xml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Duas fotos 3x4", "Três fotos 3x4");
    std::fs::write(&file, text).unwrap();
    let summary = server::import::run(&app.db, ImportFormat::Govbr, dir.path(), false)
        .await
        .unwrap();
    assert_eq!(summary.write.services.updated, 1);
    assert_eq!(summary.write.services.unchanged, 1);
    let (_, body) = app.page("/pt/services/obter-autorizacao-de-residencia").await;
    assert!(body.contains("Três fotos 3x4"));
    assert!(
        !body.contains("Duas fotos 3x4"),
        "the old part is gone, not duplicated"
    );
    assert_eq!(count(&app.db, "service_documents").await, 3);
}
on_both_backends!(update_in_place, a_changed_record_is_updated_in_place);

async fn statuses_set_in_the_panel_survive_a_re_import(backend: Backend) {
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    use server::auth::roles::Role;
    use server::db::entities::service;

    let app = TestApp::empty(backend).await;
    app.import(ImportFormat::Govbr, "govbr").await.expect("imports");
    async fn row(app: &TestApp) -> service::Model {
        service::Entity::find()
            .filter(service::Column::Slug.eq("obter-autorizacao-de-residencia"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    }
    let admin = crate::editorial_support::staff(&app, Role::PlatformAdmin, None, 1).await;
    server::editorial::workflow::archive(&app.db, &admin, row(&app).await.id, None, chrono::Utc::now())
        .await
        .unwrap();
    // The catalogue changes the record twice; the panel's status stands both times.
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&crate::helpers::fixture("govbr"), dir.path());
    let file = dir.path().join("servicos/obter-autorizacao-de-residencia.xml");
    for (from, to, panel_status) in [
        ("Duas fotos 3x4", "Três fotos 3x4", "archived"),
        ("Três fotos 3x4", "Quatro fotos 3x4", "draft"),
    ] {
        if panel_status == "draft" {
            let mut active: service::ActiveModel = row(&app).await.into();
            active.status = Set("draft".to_owned());
            active.update(&app.db).await.unwrap();
        }
        let text = std::fs::read_to_string(&file).unwrap().replace(from, to);
        std::fs::write(&file, text).unwrap();
        let summary = server::import::run(&app.db, ImportFormat::Govbr, dir.path(), false)
            .await
            .unwrap();
        assert_eq!(summary.write.services.updated, 1, "{to}: the content is imported");
        assert_eq!(row(&app).await.status, panel_status, "{to}: not published again");
    }
}
on_both_backends!(panel_statuses, statuses_set_in_the_panel_survive_a_re_import);

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
