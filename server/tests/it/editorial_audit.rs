//! The audit log: a row for every editorial action (and sign-ins and role changes), filters by
//! actor, action, agency, record and time, who may read it, and the CSV export.

use server::auth::roles::{Grant, Role};
use server::editorial::audit::{self, AuditFilter};
use server::editorial::versions::{self, Save};
use server::editorial::{EditorialError, audit_csv, drafts, verification, workflow};

use crate::editorial_support::{at, complete, staff, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

const REASON: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

async fn audit_rows(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = &app.db;
    let (own, other) = two_agencies(db).await;
    let editor = staff(&app, Role::Editor, Some(own), 1).await;
    let publisher = staff(&app, Role::Publisher, Some(own), 2).await;
    let admin = staff(&app, Role::AgencyAdmin, Some(own), 3).await;
    let platform = staff(&app, Role::PlatformAdmin, None, 4).await;
    let snapshot = complete("Cédula de habitabilidad");
    let id = drafts::create_draft(db, &editor, own, "cedula-de-habitabilidad", &snapshot, at(0))
        .await
        .unwrap();
    let save = Save {
        expected_version: 1,
        snapshot: snapshot.clone(),
        note: None,
    };
    versions::save(db, &editor, id, save, at(1)).await.unwrap();
    workflow::submit(db, &editor, id, at(2)).await.unwrap();
    workflow::reject(db, &publisher, id, REASON, at(3)).await.unwrap();
    workflow::submit(db, &editor, id, at(4)).await.unwrap();
    workflow::publish(db, &publisher, id, 2, at(5)).await.unwrap();
    let today = at(6).date_naive();
    verification::confirm_verified(db, &editor, id, today, at(6))
        .await
        .unwrap();
    workflow::archive(db, &publisher, id, None, at(7)).await.unwrap();
    versions::restore(db, &editor, id, 1, 2, at(8)).await.unwrap();
    audit::record_sign_in(db, editor.account_id, at(9)).await.unwrap();
    let grant = Grant {
        role: Role::Publisher,
        agency: Some(own),
    };
    audit::record_role_change(db, admin.account_id, editor.account_id, &grant, true, at(10))
        .await
        .unwrap();

    let agency = |extra: AuditFilter| AuditFilter {
        agency: Some(own),
        ..extra
    };
    let actions = |rows: &[server::db::entities::audit_event::Model]| {
        rows.iter().map(|r| r.action.clone()).collect::<Vec<_>>()
    };
    let all = audit::list(db, &admin, &agency(AuditFilter::default()))
        .await
        .unwrap();
    assert_eq!(
        actions(&all),
        [
            "staff.role_granted",
            "service.restore",
            "service.archive",
            "service.verify",
            "service.publish",
            "service.submit",
            "service.reject",
            "service.submit",
            "service.save",
            "service.create"
        ],
        "newest first; the sign-in belongs to no agency"
    );
    let role_change = &all[0];
    assert_eq!(
        (
            role_change.actor_account_id,
            role_change.record_kind.as_str(),
            role_change.record_id
        ),
        (Some(admin.account_id), "account", Some(editor.account_id))
    );
    assert_eq!(role_change.detail, r#"{"role":"publisher"}"#);
    assert!(
        all.iter()
            .all(|row| !row.detail.contains("password") && !row.detail.contains("token"))
    );

    let by_publisher = audit::list(
        db,
        &admin,
        &agency(AuditFilter {
            actor: Some(publisher.account_id),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert_eq!(
        actions(&by_publisher),
        ["service.archive", "service.publish", "service.reject"]
    );
    let submits = audit::list(
        db,
        &admin,
        &agency(AuditFilter {
            action: Some("service.submit".to_owned()),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert_eq!(submits.len(), 2);
    let on_record = audit::list(
        db,
        &admin,
        &agency(AuditFilter {
            record: Some(("service".to_owned(), id)),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert_eq!(on_record.len(), 9);
    let window = audit::list(
        db,
        &admin,
        &agency(AuditFilter {
            from: Some(at(2)),
            until: Some(at(5)),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert_eq!(
        actions(&window),
        ["service.submit", "service.reject", "service.submit"]
    );
    assert_eq!(window[1].occurred_at, at(3));

    // Who may read: the whole log is the platform's; an agency's log its administrators'.
    let whole = audit::list(db, &platform, &AuditFilter::default()).await.unwrap();
    assert!(
        whole
            .iter()
            .any(|r| r.action == "staff.sign_in" && r.actor_account_id == Some(editor.account_id))
    );
    for (reader, filter) in [
        (&admin, AuditFilter::default()),
        (
            &admin,
            AuditFilter {
                agency: Some(other),
                ..Default::default()
            },
        ),
        (&publisher, agency(AuditFilter::default())),
        (&editor, agency(AuditFilter::default())),
    ] {
        let refused = audit::list(db, reader, &filter).await;
        assert!(matches!(refused, Err(EditorialError::Forbidden)), "{refused:?}");
    }

    // The export: one line per row after the header, CRLF, parsed back exactly, and no cell
    // a spreadsheet would run as a formula.
    let csv = audit_csv::to_csv(&all);
    assert!(
        csv.starts_with("id,occurred_at,actor_account_id,action,record_kind,record_id,agency_id,detail\r\n")
    );
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), all.len());
    let reject = records.iter().find(|r| &r[3] == "service.reject").unwrap();
    assert_eq!(&reject[1], "2026-11-28T10:03:00Z");
    assert_eq!(&reject[5], id.to_string().as_str());
    let detail: serde_json::Value = serde_json::from_str(&reject[7]).unwrap();
    assert_eq!(detail["reason"], REASON);
    for record in &records {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
    let hostile = server::db::entities::audit_event::Model {
        detail: "=1+1".to_owned(),
        ..all[0].clone()
    };
    assert!(audit_csv::to_csv(&[hostile]).ends_with(",'=1+1\r\n"));
}

on_both_backends!(
    every_action_is_in_the_audit_log_filterable_and_exportable,
    audit_rows
);
