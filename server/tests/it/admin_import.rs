//! Importing into an agency from the admin panel, over HTTP: a dry run lists what would be
//! created, changed or rejected and writes nothing; a file with a bad row writes nothing unless
//! the editor chooses to import the valid rows; imported services are drafts, and a published
//! service gets a pending version without leaving the public catalogue; another agency is the
//! same 404 as an unknown one (with an audit row); a stranger's or expired upload is gone; an
//! oversized file is a localized 413; the agency's CSV export imports back unchanged.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::auth::roles::Role;
use server::db::entities::{import_upload, service};
use server::editorial::imports::{self, Effect, Mode};
use server::import::{UploadedFile, read_upload};

use crate::admin_import_support::{
    bad_row, by_source, csv, import_path, multipart, published_of, raw_upload, row, text, upload,
};
use crate::admin_services::member;
use crate::admin_support::{Who, signed_in};
use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count, count_where};
use crate::on_both_backends;

/// What an import may write, counted.
async fn written(app: &TestApp) -> [i64; 4] {
    [
        count(&app.db, "services").await,
        count(&app.db, "service_versions").await,
        count(&app.db, "audit_events").await,
        count(&app.db, "catalog_changes").await,
    ]
}

async fn a_dry_run_writes_nothing_and_the_valid_rows_may_be_imported(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, _, own) = member(&app, Role::Editor, 1).await;
    let published = published_of(&app, own).await;
    let home = text(&editor.get(&format!("/en/admin/services?agency={own}")).await);
    assert!(
        home.contains(&format!("href=\"{}\"", import_path(own))),
        "linked from the agency home"
    );
    let form = editor.get(&import_path(own)).await;
    assert_eq!(form.status, 200);
    assert!(text(&form).contains("enctype=\"multipart/form-data\""));

    let file = csv(&[
        row("t-001", "", "Licencia de zorblax"),
        row("t-002", &published.slug, "Nuevo nombre importado"),
        bad_row("t-003"),
    ]);
    let before = written(&app).await;
    let sent = upload(&mut editor, own, &file).await;
    assert_eq!(sent.status, 303, "{}", text(&sent));
    let review_path = sent.location.clone().unwrap();
    assert!(
        review_path.starts_with(&format!("{}/", import_path(own))),
        "{review_path}"
    );
    let review = editor.get(&review_path).await;
    assert_eq!(review.status, 200);
    let page = text(&review);
    for expected in [
        "Licencia de zorblax",
        "New draft",
        "New version, waiting to be published",
        "texts.name",
        "Rejected rows",
        "The level is not national, state or municipal.",
        "t-003",
        "Import the valid rows",
    ] {
        assert!(page.contains(expected), "{expected} in the dry run");
    }
    assert_eq!(written(&app).await, before, "the dry run wrote nothing");

    // A real run with an invalid row and no choice writes nothing.
    let refused = editor.post_form(&review_path, &[]).await;
    assert_eq!(refused.status, 422);
    assert!(text(&refused).contains("Nothing was imported"));
    assert_eq!(written(&app).await, before);
    assert!(by_source(&app, "csv:t-001").await.is_none());

    let imported = editor.post_form(&review_path, &[("valid_only", "yes")]).await;
    assert_eq!(imported.status, 303);
    let summary_path = imported.location.unwrap();
    assert!(summary_path.ends_with("#outcome"));
    let summary = text(&editor.get(&summary_path).await);
    assert!(summary.contains("Import finished"), "{summary}");
    assert!(summary.contains("one service created, one changed, one row rejected."));

    let created = by_source(&app, "csv:t-001").await.expect("the valid new row");
    assert_eq!(
        (created.status.as_str(), created.agency_id),
        ("draft", own),
        "a draft of this agency"
    );
    assert!(by_source(&app, "csv:t-003").await.is_none(), "the bad row");
    let after = service::Entity::find_by_id(published.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.status, "published", "not unpublished");
    assert_eq!(after.published_at, published.published_at, "not republished");
    assert_eq!(after.version, published.version + 1, "a pending version");
    let (status, public) = app.page(&format!("/pt/services/{}", published.slug)).await;
    assert_eq!(status, 200);
    assert!(
        !public.contains("Nuevo nombre importado"),
        "citizens see no change yet"
    );
    assert_eq!(
        count_where(&app.db, "audit_events", "action", "service.imported").await,
        2
    );
    assert_eq!(
        count_where(&app.db, "audit_events", "action", "import.completed").await,
        1
    );

    // The same upload cannot be imported twice.
    let again = editor.post_form(&review_path, &[("valid_only", "yes")]).await;
    assert_eq!(again.status, 303);
    assert_eq!(
        count_where(&app.db, "audit_events", "action", "import.completed").await,
        1
    );
}

on_both_backends!(
    dry_run_and_valid_rows,
    a_dry_run_writes_nothing_and_the_valid_rows_may_be_imported
);

async fn other_agencies_strangers_and_old_uploads_are_refused(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, _, own) = member(&app, Role::Editor, 1).await;
    let (mut colleague, _, same) = member(&app, Role::Publisher, 2).await;
    assert_eq!(own, same);
    let other = server::db::entities::agency::Entity::find()
        .filter(server::db::entities::agency::Column::Id.ne(own))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let file = csv(&[row("t-101", "", "Licencia de zorblax")]);

    let denied_before = count_where(&app.db, "audit_events", "action", "authorization.denied").await;
    assert_eq!(editor.get(&import_path(other)).await.status, 404);
    assert_eq!(upload(&mut editor, other, &file).await.status, 404);
    let export = format!("/en/admin/agencies/{other}/services.csv");
    assert_eq!(editor.get(&export).await.status, 404);
    let denied = count_where(&app.db, "audit_events", "action", "authorization.denied").await;
    assert_eq!(denied, denied_before + 3, "each refusal is logged");
    assert_eq!(count(&app.db, "import_uploads").await, 0, "nothing stored");

    let mut stranger = Browser::new(&app);
    let signed_out = stranger.get(&import_path(own)).await;
    assert_eq!(signed_out.status, 303);
    assert_eq!(signed_out.location.as_deref(), Some("/en/staff/sign-in"));
    assert_eq!(upload(&mut stranger, own, &file).await.status, 303);
    let (mut citizen, _) = signed_in(&app, Who::Citizen, 3).await;
    assert_eq!(citizen.get(&import_path(own)).await.status, 404);

    // Another member's upload, an unknown one and an expired one are the same "gone".
    let review_path = upload(&mut editor, own, &file).await.location.unwrap();
    let theirs = colleague.get(&review_path).await;
    assert_eq!(theirs.status, 404);
    assert!(text(&theirs).contains("uploads are kept for one hour"));
    assert_eq!(colleague.post_form(&review_path, &[]).await.status, 303);
    assert!(
        by_source(&app, "csv:t-101").await.is_none(),
        "not imported by a stranger"
    );
    let unknown = editor.get(&format!("{}/not-an-upload", import_path(own))).await;
    assert_eq!(unknown.status, 404);
    import_upload::Entity::update_many()
        .col_expr(
            import_upload::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let expired = editor.get(&review_path).await;
    assert_eq!(expired.status, 404);
    assert!(text(&expired).contains("Upload the file again"));
    assert_eq!(editor.post_form(&review_path, &[]).await.status, 303);
    assert!(by_source(&app, "csv:t-101").await.is_none());

    // Bad input comes back with the error beside its field.
    let (content_type, body) = multipart("csv", &[]);
    let empty = editor.post_raw(&import_path(own), &content_type, &body).await;
    assert_eq!(empty.status, 422);
    let page = text(&empty);
    assert!(page.contains("Choose a file to import."));
    assert!(page.contains("aria-describedby=\"import-file-hint import-file-error\""));
    let (content_type, body) = multipart("xlsx", &[("a.csv", "x")]);
    assert_eq!(
        editor
            .post_raw(&import_path(own), &content_type, &body)
            .await
            .status,
        422
    );
}

on_both_backends!(refusals, other_agencies_strangers_and_old_uploads_are_refused);

async fn an_oversized_file_is_refused_in_the_readers_language(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (editor, _, own) = member(&app, Role::Editor, 1).await;
    let path = format!("/es/admin/agencies/{own}/import");
    let declared = raw_upload(&app, &path, None, Some(6 * 1024 * 1024), 0).await;
    assert_eq!(declared.0, 413, "{}", declared.1);
    assert!(declared.1.contains("5 MB"), "{}", declared.1);
    // A body that declares no length is cut where it runs over, with the same answer.
    let streamed = raw_upload(&app, &path, editor.cookie.as_deref(), None, 6 * 1024 * 1024).await;
    assert_eq!(streamed.0, 413, "{}", streamed.1);
    assert!(streamed.1.contains("5 MB"), "{}", streamed.1);
    assert_eq!(count(&app.db, "import_uploads").await, 0);
    // Other forms keep their 64 KiB.
    let form = raw_upload(&app, "/es/admin/services/new", None, Some(100_000), 0).await;
    assert_eq!(form.0, 413);
    assert!(!form.1.contains("5 MB"));
}

on_both_backends!(oversized, an_oversized_file_is_refused_in_the_readers_language);

async fn the_export_imports_back_unchanged(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, own) = member(&app, Role::Editor, 1).await;
    let file = csv(&[
        row("t-201", "", "Licencia de zorblax"),
        row("t-202", "registro-formula", "=1+2 Registro de cosas"),
    ]);
    let review_path = upload(&mut editor, own, &file).await.location.unwrap();
    assert_eq!(editor.post_form(&review_path, &[]).await.status, 303);

    let export = editor
        .get(&format!("/en/admin/agencies/{own}/services.csv"))
        .await;
    assert_eq!(export.status, 200);
    let exported = text(&export);
    assert!(exported.starts_with("\u{feff}source_id,slug,language,name,"));
    assert!(
        exported.contains("'=1+2 Registro de cosas"),
        "a formula is neutralised"
    );
    assert!(exported.contains("t-201,licencia-de-zorblax,es,Licencia de zorblax"));

    let files = [UploadedFile {
        name: "services.csv".into(),
        bytes: exported.into_bytes(),
    }];
    let (batch, problems) = read_upload(server::cli::ImportFormat::Csv, &files).unwrap();
    let outcome = imports::run(
        &app.db,
        &actor,
        own,
        &batch,
        &problems,
        Mode::DryRun,
        "t",
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    for record in ["t-201", "t-202"] {
        let planned = outcome
            .planned
            .iter()
            .find(|p| p.record == record)
            .unwrap_or_else(|| panic!("{record} in {outcome:#?}"));
        assert_eq!(planned.effect, Effect::Unchanged, "{planned:#?}");
    }
    let formula = by_source(&app, "csv:t-202").await.unwrap();
    assert_eq!(formula.slug, "registro-formula");
    let name = count_where(&app.db, "translations", "value", "=1+2 Registro de cosas").await;
    assert_eq!(name, 1, "the name came back without the guard");
}

on_both_backends!(export_round_trip, the_export_imports_back_unchanged);
