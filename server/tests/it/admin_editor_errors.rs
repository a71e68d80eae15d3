//! The service editor when things go wrong: an invalid field comes back as 422 with what was
//! typed and the error beside the field, saving nothing; a stale version comes back as 409
//! with both versions and the submitted text, overwriting nothing, and can then be re-applied;
//! another agency's service, citizens, signed-out visitors and cross-site posts are refused.

use reqwest::header::COOKIE;
use server::auth::roles::Role;
use server::editorial::drafts;
use server::editorial::versions::{self, Save};

use crate::admin_editor::{newest, save, text};
use crate::admin_services::member;
use crate::admin_support::{Who, signed_in};
use crate::auth_support::Browser;
use crate::editorial_support::{complete, set, staff, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn bad_input_and_conflicts_lose_nothing(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, own) = member(&app, Role::Editor, 1).await;
    let now = chrono::Utc::now();
    let id = drafts::create_draft(
        &app.db,
        &actor,
        own,
        "licencia-de-zorblax",
        &complete("Licencia de zorblax"),
        now,
    )
    .await
    .unwrap();
    let edit = format!("/en/admin/services/{id}/edit");

    let long = "x".repeat(301);
    let invalid = editor
        .post_form(
            &edit,
            &[
                ("section", "texts"),
                ("content", "es"),
                ("version", "1"),
                ("texts.name.es", "Nombre tecleado por la editora"),
                ("texts.summary.es", &long),
            ],
        )
        .await;
    assert_eq!(invalid.status, 422);
    let body = text(&invalid);
    assert!(
        body.contains("value=\"Nombre tecleado por la editora\""),
        "the typed text is kept"
    );
    assert!(body.contains("This text is too long."));
    assert!(body.contains("aria-describedby=\"f-texts-summary-es-error\""));
    assert!(body.contains("aria-invalid=\"true\""));
    assert!(
        body.contains("href=\"#f-texts-summary-es\""),
        "the summary links to the field"
    );
    assert_eq!(newest(&app, &actor, id).await.0, 1, "nothing saved");

    let invalid = editor
        .post_form(
            &edit,
            &[
                ("section", "general"),
                ("content", "es"),
                ("version", "1"),
                ("level", "national"),
                ("cost.kind", "free"),
                ("start_url", "ftp://tramites.example.gov"),
                ("processing_min", "diez"),
            ],
        )
        .await;
    assert_eq!(invalid.status, 422);
    let body = text(&invalid);
    assert!(body.contains("value=\"diez\"") && body.contains("Enter a whole number"));
    let invalid = editor
        .post_form(
            &edit,
            &[
                ("section", "general"),
                ("content", "es"),
                ("version", "1"),
                ("level", "national"),
                ("cost.kind", "free"),
                ("start_url", "ftp://tramites.example.gov"),
            ],
        )
        .await;
    assert_eq!(invalid.status, 422);
    let body = text(&invalid);
    assert!(body.contains("value=\"ftp://tramites.example.gov\""));
    assert!(body.contains("id=\"f-start_url-error\"") && body.contains("Enter a full web address"));
    assert_eq!(newest(&app, &actor, id).await.0, 1, "nothing saved");

    // Someone else saves first: the editor's post on version 1 comes back with both versions.
    let other = staff(&app, Role::Publisher, Some(own), 7).await;
    let (_, mut theirs) = newest(&app, &actor, id).await;
    set(&mut theirs.texts, "summary", "es", "Resumen de la otra persona.");
    let save_theirs = Save {
        expected_version: 1,
        snapshot: theirs,
        note: None,
    };
    versions::save(&app.db, &other, id, save_theirs, now)
        .await
        .unwrap();
    let stale = editor
        .post_form(
            &edit,
            &[
                ("section", "texts"),
                ("content", "es"),
                ("version", "1"),
                ("texts.name.es", "Licencia de zorblax"),
                ("texts.summary.es", "Resumen de la editora."),
            ],
        )
        .await;
    assert_eq!(stale.status, 409);
    let body = text(&stale);
    assert!(body.contains("Someone else saved first"));
    assert!(body.contains("Resumen de la otra persona."), "the saved version");
    assert!(body.contains("Resumen de la editora."), "the submitted text");
    assert!(
        body.contains("name=\"version\" value=\"2\""),
        "ready to re-apply on the newest"
    );
    let (version, s) = newest(&app, &actor, id).await;
    assert_eq!(version, 2);
    assert_eq!(
        s.text("summary", "es"),
        Some("Resumen de la otra persona."),
        "nothing overwritten"
    );
    save(
        &mut editor,
        id,
        &[
            ("section", "texts"),
            ("content", "es"),
            ("version", "2"),
            ("texts.name.es", "Licencia de zorblax"),
            ("texts.summary.es", "Resumen de la editora."),
        ],
    )
    .await;
    assert_eq!(
        newest(&app, &actor, id).await.1.text("summary", "es"),
        Some("Resumen de la editora.")
    );

    // A new service with an address in use and no name comes back with both errors.
    let taken = editor
        .post_form(
            "/en/admin/services/new",
            &[
                ("agency", &own.to_string()),
                ("main_locale", "es"),
                ("slug", "licencia-de-zorblax"),
                ("name", ""),
                ("summary", "Un resumen tecleado."),
            ],
        )
        .await;
    assert_eq!(taken.status, 422);
    let body = text(&taken);
    assert!(body.contains("Un resumen tecleado.") && body.contains("This field is required."));
}
on_both_backends!(errors_and_conflicts, bad_input_and_conflicts_lose_nothing);

async fn only_the_agency_s_roles_reach_the_editor(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut publisher, _, own) = member(&app, Role::Publisher, 1).await;
    let (first, second) = two_agencies(&app.db).await;
    let other = if own == first { second } else { first };
    let admin = staff(&app, Role::PlatformAdmin, None, 2).await;
    let now = chrono::Utc::now();
    let theirs = drafts::create_draft(
        &app.db,
        &admin,
        other,
        "licencia-ajena",
        &complete("Licencia ajena"),
        now,
    )
    .await
    .unwrap();
    let mine = drafts::create_draft(
        &app.db,
        &admin,
        own,
        "licencia-propia",
        &complete("Licencia propia"),
        now,
    )
    .await
    .unwrap();
    let fields = [
        ("section", "texts"),
        ("content", "es"),
        ("version", "1"),
        ("texts.name.es", "Cambiado"),
    ];

    assert_eq!(
        publisher
            .get(&format!("/en/admin/services/{mine}/edit"))
            .await
            .status,
        200
    );
    for path in [
        format!("/en/admin/services/{theirs}/edit"),
        format!("/en/admin/services/{theirs}/preview"),
    ] {
        let answer = publisher.get(&path).await;
        assert_eq!(answer.status, 404, "{path}");
        assert!(!text(&answer).contains("Licencia ajena"));
    }
    let refused = publisher
        .post_form(&format!("/en/admin/services/{theirs}/edit"), &fields)
        .await;
    assert_eq!(refused.status, 404);
    let refused = publisher
        .post_form(
            "/en/admin/services/new",
            &[
                ("agency", &other.to_string()),
                ("main_locale", "es"),
                ("slug", "ajena-nueva"),
                ("name", "A"),
                ("summary", "B"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "another agency is not a choice");
    assert_eq!(newest(&app, &admin, theirs).await.0, 1, "nothing changed");

    let (mut citizen, _) = signed_in(&app, Who::Citizen, 3).await;
    assert_eq!(
        citizen
            .get(&format!("/en/admin/services/{mine}/edit"))
            .await
            .status,
        404
    );
    assert_eq!(citizen.get("/en/admin/services/new").await.status, 404);
    assert_eq!(
        citizen
            .post_form(&format!("/en/admin/services/{mine}/edit"), &fields)
            .await
            .status,
        404
    );
    let mut visitor = Browser::new(&app);
    let signed_out = visitor.get(&format!("/en/admin/services/{mine}/edit")).await;
    assert_eq!(signed_out.location.as_deref(), Some("/en/staff/sign-in"));
    let signed_out = visitor
        .post_form(&format!("/en/admin/services/{mine}/edit"), &fields)
        .await;
    assert_eq!(signed_out.location.as_deref(), Some("/en/staff/sign-in"));

    // A post from another site is refused before anything runs.
    let token = publisher.cookie.clone().unwrap();
    let forged = app
        .client
        .post(app.url(&format!("/en/admin/services/{mine}/edit")))
        .header("sec-fetch-site", "cross-site")
        .header(COOKIE, format!("__Host-session={token}"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    assert_eq!(newest(&app, &admin, mine).await.0, 1, "nothing changed");
}
on_both_backends!(access, only_the_agency_s_roles_reach_the_editor);
