//! The editor's list sections over HTTP: cases, cost items, places served (found by name with
//! the page's "find" button, no script) and life events and topics are saved as new versions
//! and show in a version comparison; unknown places, topics and service points, and another
//! agency's service point, come back as 422 with the localized error beside the field and
//! nothing saved.

use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};
use server::auth::roles::Role;
use server::db::entities::{jurisdiction, service_point, taxonomy_term};
use server::editorial::{Actor, drafts, versions};

use crate::admin_editor::{newest, save, text};
use crate::admin_services::member;
use crate::auth_support::Browser;
use crate::editorial_support::{complete, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

/// A place of the fixtures to look up by name, and a taxonomy term.
async fn a_place_and_a_term(app: &TestApp) -> (jurisdiction::Model, taxonomy_term::Model) {
    let place = jurisdiction::Entity::find()
        .order_by_desc(jurisdiction::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the fixtures hold places");
    let term = taxonomy_term::Entity::find()
        .order_by_asc(taxonomy_term::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the fixtures hold topics");
    (place, term)
}

/// An editor of an agency, and a draft of theirs at version 1.
async fn a_draft(app: &TestApp) -> (Browser<'_>, Actor, i32, i32) {
    let (editor, actor, own) = member(app, Role::Editor, 1).await;
    let draft = complete("Licencia de zorblax");
    let id = drafts::create_draft(
        &app.db,
        &actor,
        own,
        "licencia-de-zorblax",
        &draft,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    (editor, actor, own, id)
}

async fn list_sections_save_and_show_in_the_differences(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, _, id) = a_draft(&app).await;
    let now = chrono::Utc::now();
    let edit = format!("/en/admin/services/{id}/edit");
    let (place, term) = a_place_and_a_term(&app).await;

    let page = text(&editor.get(&format!("{edit}?section=places")).await);
    assert!(page.contains("Places served") && page.contains("No place chosen yet"));
    assert!(page.contains("name=\"place_query\""));

    // Cases: a row added, then saved.
    let added = editor
        .post_form(
            &edit,
            &[
                ("section", "conditions"),
                ("content", "es"),
                ("version", "1"),
                ("row", "add"),
            ],
        )
        .await;
    assert_eq!(added.status, 200);
    assert!(text(&added).contains("name=\"conditions.0.label.es\""));
    save(
        &mut editor,
        id,
        &[
            ("section", "conditions"),
            ("content", "es"),
            ("version", "1"),
            ("conditions.0.label.es", "Si es menor de edad"),
        ],
    )
    .await;

    // A cost item.
    let added = editor
        .post_form(
            &edit,
            &[
                ("section", "costs"),
                ("content", "es"),
                ("version", "2"),
                ("row", "add"),
            ],
        )
        .await;
    assert!(text(&added).contains("name=\"costs.0.amount\""));
    save(
        &mut editor,
        id,
        &[
            ("section", "costs"),
            ("content", "es"),
            ("version", "2"),
            ("costs.0.kind", "fixed"),
            ("costs.0.amount", "30,10"),
            ("costs.0.currency", "eur"),
            ("costs.0.description.es", "Tasa de expedición."),
        ],
    )
    .await;

    // A place, found by its name without scripts, then checked and saved.
    let found = editor
        .post_form(
            &edit,
            &[
                ("section", "places"),
                ("content", "es"),
                ("version", "3"),
                ("place_query", &place.name),
                ("row", "find"),
            ],
        )
        .await;
    assert_eq!(found.status, 200, "finding saves nothing");
    let body = text(&found);
    let checkbox = format!("name=\"jurisdictions.{}\"", place.id);
    assert!(
        body.contains(&checkbox) && body.contains("Places found"),
        "{body}"
    );
    assert!(
        body.contains(&format!("value=\"{}\"", place.name)),
        "the search is kept"
    );
    assert_eq!(newest(&app, &actor, id).await.0, 3);
    let place_field = format!("jurisdictions.{}", place.id);
    save(
        &mut editor,
        id,
        &[
            ("section", "places"),
            ("content", "es"),
            ("version", "3"),
            (&place_field, "true"),
        ],
    )
    .await;
    let page = text(&editor.get(&format!("{edit}?section=places")).await);
    assert!(
        page.contains(&checkbox) && page.contains("checked"),
        "listed as served"
    );

    // A life event or topic, offered with every other one in the reader's language.
    let page = text(&editor.get(&format!("{edit}?section=topics")).await);
    let term_field = format!("taxonomy.{}", term.id);
    assert!(page.contains(&format!("name=\"{term_field}\"")));
    assert!(page.contains("Life events") && page.contains("Topics"));
    save(
        &mut editor,
        id,
        &[
            ("section", "topics"),
            ("content", "es"),
            ("version", "4"),
            (&term_field, "true"),
        ],
    )
    .await;

    let (version, s) = newest(&app, &actor, id).await;
    assert_eq!(version, 5);
    assert_eq!(s.conditions[0]["label"]["es"], "Si es menor de edad");
    assert_eq!(
        (
            s.costs[0].kind.as_str(),
            s.costs[0].amount_minor,
            s.costs[0].currency.as_deref()
        ),
        ("fixed", Some(3010), Some("EUR"))
    );
    assert_eq!(s.costs[0].texts["description"]["es"], "Tasa de expedición.");
    assert_eq!(s.jurisdictions, vec![place.id]);
    assert_eq!(s.taxonomy, vec![term.id]);

    let changes = versions::compare(&app.db, &actor, id, 1, 5, now).await.unwrap();
    let paths: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(
        paths,
        ["conditions.0", "costs.0", "jurisdictions.0", "taxonomy.0"]
    );
    let compare = text(
        &editor
            .get(&format!("/en/admin/services/{id}/versions/compare?from=1&to=5"))
            .await,
    );
    assert!(compare.contains("jurisdictions.0") && compare.contains("Tasa de expedición."));
    assert!(compare.contains("(nothing)"), "an added value had nothing before");

    // Unchecking the place removes it; restoring version 5 brings it back.
    save(
        &mut editor,
        id,
        &[("section", "places"), ("content", "es"), ("version", "5")],
    )
    .await;
    assert!(newest(&app, &actor, id).await.1.jurisdictions.is_empty());
    versions::restore(&app.db, &actor, id, 5, 6, now).await.unwrap();
    assert_eq!(newest(&app, &actor, id).await.1.jurisdictions, vec![place.id]);
}
on_both_backends!(list_sections, list_sections_save_and_show_in_the_differences);

async fn unknown_and_foreign_references_save_nothing(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, own, id) = a_draft(&app).await;
    let edit = format!("/en/admin/services/{id}/edit");

    let unknown = editor
        .post_form(
            &edit,
            &[
                ("section", "places"),
                ("content", "es"),
                ("version", "1"),
                ("jurisdictions.99999999", "true"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    let body = text(&unknown);
    assert!(body.contains("This place is not in the catalogue."));
    assert!(body.contains("aria-describedby=\"f-jurisdictions-99999999-error\""));
    assert!(
        body.contains("href=\"#f-jurisdictions-99999999\""),
        "the summary links to it"
    );

    let unknown = editor
        .post_form(
            &format!("/es/admin/services/{id}/edit"),
            &[
                ("section", "topics"),
                ("content", "es"),
                ("version", "1"),
                ("taxonomy.99999999", "true"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    let body = text(&unknown);
    assert!(
        body.contains("Este hecho vital o tema no está en el catálogo."),
        "in the page's language"
    );
    assert!(
        body.contains("id=\"f-taxonomy-99999999\"") && body.contains("checked"),
        "kept as typed"
    );

    // Service points: one that does not exist, one of another agency; a shared one is fine.
    let (first, second) = two_agencies(&app.db).await;
    let other = if own == first { second } else { first };
    let theirs = service_point::ActiveModel {
        agency_id: Set(Some(other)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let shared = service_point::ActiveModel {
        agency_id: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let channel = |points: String| {
        vec![
            ("section".to_owned(), "channels".to_owned()),
            ("content".to_owned(), "es".to_owned()),
            ("version".to_owned(), "1".to_owned()),
            ("channels.0.kind".to_owned(), "office".to_owned()),
            ("channels.0.service_points".to_owned(), points),
        ]
    };
    for points in ["99999999".to_owned(), format!("{}, {}", shared.id, theirs.id)] {
        let fields = channel(points.clone());
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let refused = editor.post_form(&edit, &fields).await;
        assert_eq!(refused.status, 422, "{points}");
        let body = text(&refused);
        assert!(body.contains("Enter the numbers of existing service points your agency may use"));
        assert!(body.contains(
            "aria-describedby=\"f-channels-0-service_points-hint f-channels-0-service_points-error\""
        ));
        assert!(
            body.contains(&format!("value=\"{points}\"")),
            "the typed numbers are kept"
        );
    }
    assert_eq!(newest(&app, &actor, id).await.0, 1, "nothing saved");

    let fields = channel(shared.id.to_string());
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    save(&mut editor, id, &fields).await;
    assert_eq!(
        newest(&app, &actor, id).await.1.channels[0].service_points,
        vec![shared.id]
    );
}
on_both_backends!(bad_references, unknown_and_foreign_references_save_nothing);
