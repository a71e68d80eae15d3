//! Refusals: another agency's service is "not found" (as an unknown id) and logged, a role
//! without the right is "forbidden", invalid fields are named and write nothing, and the
//! verification list follows the 12-month rule.

use chrono::NaiveDate;
use sea_orm::{EntityTrait, PaginatorTrait};
use server::auth::roles::Role;
use server::db::entities::{audit_event, service, service_version};
use server::editorial::audit::{self, AuditFilter};
use server::editorial::versions::{self, Save};
use server::editorial::{EditorialError, FieldError, drafts, verification, workflow};

use crate::editorial_support::{at, complete, rows_for, staff, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

fn not_found<T: std::fmt::Debug>(result: Result<T, EditorialError>, what: &str) {
    assert!(
        matches!(result, Err(EditorialError::NotFound)),
        "{what}: {result:?}"
    );
}

async fn other_agency_not_found(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, other) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let outsider = staff(&app, Role::AgencyAdmin, Some(other), 2).await;
    let snapshot = complete("Registro de mascotas");
    let id = drafts::create_draft(&app.db, &editor, own, "registro-de-mascotas", &snapshot, at(0))
        .await
        .unwrap();
    let before = service::Entity::find_by_id(id).one(&app.db).await.unwrap();
    let versions_before = service_version::Entity::find().count(&app.db).await.unwrap();
    let audit_before = audit_event::Entity::find().count(&app.db).await.unwrap();

    let db = &app.db;
    let save = || Save {
        expected_version: 1,
        snapshot: complete("Secuestrado"),
        note: None,
    };
    // Every call twice: on the other agency's service, and on an id that does not exist.
    for (target, name) in [(id, "other agency"), (999_999, "unknown id")] {
        not_found(versions::open(db, &outsider, target, at(1)).await, name);
        not_found(versions::save(db, &outsider, target, save(), at(1)).await, name);
        not_found(versions::history(db, &outsider, target, at(1)).await, name);
        not_found(versions::compare(db, &outsider, target, 1, 1, at(1)).await, name);
        not_found(versions::restore(db, &outsider, target, 1, 1, at(1)).await, name);
        not_found(workflow::submit(db, &outsider, target, at(1)).await, name);
        not_found(workflow::reject(db, &outsider, target, "no", at(1)).await, name);
        not_found(workflow::publish(db, &outsider, target, 1, at(1)).await, name);
        not_found(workflow::archive(db, &outsider, target, None, at(1)).await, name);
        not_found(
            verification::confirm_verified(db, &outsider, target, NaiveDate::MIN, at(1)).await,
            name,
        );
    }
    not_found(
        drafts::create_draft(db, &editor, other, "ajeno", &snapshot, at(1)).await,
        "a draft in another agency",
    );
    not_found(
        verification::needs_verification(db, &editor, other, NaiveDate::MIN, at(1)).await,
        "another agency's list",
    );

    assert_eq!(
        service::Entity::find_by_id(id).one(db).await.unwrap(),
        before,
        "nothing written"
    );
    assert_eq!(
        service_version::Entity::find().count(db).await.unwrap(),
        versions_before
    );
    assert_eq!(rows_for(db, "service_versions", "service_id", id).await, 1);
    // Each refusal on the real service and each agency-level one is logged; unknown ids are not.
    let denied = audit::list(
        db,
        &staff(&app, Role::PlatformAdmin, None, 3).await,
        &AuditFilter {
            action: Some("authorization.denied".to_owned()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(denied.len(), 12);
    assert_eq!(
        audit_event::Entity::find().count(db).await.unwrap(),
        audit_before + 12
    );
    let on_service: Vec<_> = denied.iter().filter(|e| e.record_id == Some(id)).collect();
    assert_eq!(on_service.len(), 10);
    assert!(
        on_service
            .iter()
            .all(|e| e.actor_account_id == Some(outsider.account_id)
                && e.agency_id == Some(own)
                && e.record_kind == "service")
    );
    assert!(
        denied
            .iter()
            .any(|e| e.detail.contains("\"attempted\":\"publish\""))
    );
}

on_both_backends!(
    another_agencys_service_is_not_found_and_nothing_is_written,
    other_agency_not_found
);

async fn role_without_the_right(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let id = drafts::create_draft(
        &app.db,
        &editor,
        own,
        "vado-permanente",
        &complete("Vado permanente"),
        at(0),
    )
    .await
    .unwrap();
    workflow::submit(&app.db, &editor, id, at(1)).await.unwrap();
    let publish = workflow::publish(&app.db, &editor, id, 1, at(2)).await;
    assert!(matches!(publish, Err(EditorialError::Forbidden)), "{publish:?}");
    let reject = workflow::reject(&app.db, &editor, id, "no", at(2)).await;
    assert!(matches!(reject, Err(EditorialError::Forbidden)), "{reject:?}");
    let row = service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "in_review");
    assert_eq!(
        rows_for(&app.db, "audit_events", "actor_account_id", editor.account_id).await,
        4
    );
}

on_both_backends!(an_editor_may_not_publish_or_reject, role_without_the_right);

async fn invalid_fields(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let base = complete("Tarjeta sanitaria");
    let id = drafts::create_draft(&app.db, &editor, own, "tarjeta-sanitaria", &base, at(0))
        .await
        .unwrap();
    let mut bad = base.clone();
    bad.start_url = Some("ftp://example.gov".to_owned());
    bad.channels[0].kind = "telepathy".to_owned();
    let refused = versions::save(
        &app.db,
        &editor,
        id,
        Save {
            expected_version: 1,
            snapshot: bad,
            note: None,
        },
        at(1),
    )
    .await;
    let Err(EditorialError::Invalid(errors)) = refused else {
        panic!("expected field errors, got {refused:?}");
    };
    assert_eq!(
        errors,
        vec![
            FieldError::new("start_url", "editorial-field-invalid-url"),
            FieldError::new("channels.0.kind", "editorial-field-unknown-value"),
        ]
    );
    assert_eq!(rows_for(&app.db, "service_versions", "service_id", id).await, 1);
    let row = service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.version, row.start_url), (1, None));

    let services_before = service::Entity::find().count(&app.db).await.unwrap();
    for (slug, key) in [
        ("tarjeta-sanitaria", "editorial-field-slug-taken"),
        ("Con Mayúsculas", "editorial-field-invalid-slug"),
    ] {
        let created = drafts::create_draft(&app.db, &editor, own, slug, &base, at(2)).await;
        assert!(
            matches!(&created, Err(EditorialError::Invalid(errors)) if errors == &vec![FieldError::new("slug", key)]),
            "{slug}: {created:?}"
        );
    }
    assert_eq!(
        service::Entity::find().count(&app.db).await.unwrap(),
        services_before
    );
}

on_both_backends!(invalid_fields_are_named_and_nothing_is_written, invalid_fields);

async fn verification_rule(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let id = drafts::create_draft(
        &app.db,
        &editor,
        own,
        "bono-social",
        &complete("Bono social"),
        at(0),
    )
    .await
    .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let due = |list: Vec<verification::Unverified>| list.iter().any(|s| s.service_id == id);
    let listed = verification::needs_verification(&app.db, &editor, own, today, at(1))
        .await
        .unwrap();
    assert!(due(listed), "never verified");
    verification::confirm_verified(&app.db, &editor, id, today, at(2))
        .await
        .unwrap();
    let row = service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.last_verified_on, row.version),
        (Some(today), 1),
        "no new version"
    );
    let listed = verification::needs_verification(&app.db, &editor, own, today, at(3))
        .await
        .unwrap();
    assert!(!due(listed));
    let later = NaiveDate::from_ymd_opt(2027, 11, 28).unwrap();
    let listed = verification::needs_verification(&app.db, &editor, own, later, at(4))
        .await
        .unwrap();
    assert!(due(listed), "12 months later");
    assert_eq!(
        rows_for(&app.db, "audit_events", "record_id", id).await,
        2,
        "created and verified"
    );
}

on_both_backends!(
    services_not_verified_for_twelve_months_are_listed,
    verification_rule
);
