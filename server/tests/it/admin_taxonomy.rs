//! The taxonomy pages over HTTP: a platform administrator adds a life event (invalid fields
//! come back as 422 with what was typed and nothing written), edits and deletes it; everyone
//! else gets the same 404 as an unknown address, each attempt logged. Terms in use:
//! `admin_taxonomy_in_use`.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::auth::roles::Role;
use server::db::entities::{audit_event, service_taxonomy, taxonomy_term, translation};

use crate::admin_agencies::{as_staff, denied, text};
use crate::editorial_support::two_agencies;
use crate::helpers::{Backend, TestApp, count, count_where};
use crate::on_both_backends;

/// A life event of the fixtures: one published service is classified under it.
pub const USED: &str = "moving-to-the-country";

pub async fn term(app: &TestApp, slug: &str) -> Option<taxonomy_term::Model> {
    taxonomy_term::Entity::find()
        .filter(taxonomy_term::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .unwrap()
}

pub async fn texts_of(app: &TestApp, id: i32) -> Vec<(String, String, String)> {
    translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq("term"))
        .filter(translation::Column::OwnerId.eq(id))
        .order_by_asc(translation::Column::Field)
        .order_by_asc(translation::Column::Locale)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.field, t.locale, t.value))
        .collect()
}

/// Services classified under the term in the live tables.
pub async fn links(app: &TestApp, term: i32) -> usize {
    service_taxonomy::Entity::find()
        .filter(service_taxonomy::Column::TermId.eq(term))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

pub async fn audited(app: &TestApp, action: &str) -> i64 {
    count_where(&app.db, "audit_events", "action", action).await
}

/// The table row of the term at `slug` in the list page.
pub fn row_of<'a>(list: &'a str, slug: &str) -> &'a str {
    list.split("<tr>")
        .find(|row| row.contains(&format!("<code>{slug}</code>")))
        .unwrap_or_else(|| panic!("{slug} is listed"))
}

async fn platform_admins_add_edit_and_delete_terms(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut admin, _) = as_staff(&app, Role::PlatformAdmin, None, 1).await;

    assert!(text(&admin.get("/en/admin").await).contains("href=\"/en/admin/taxonomy\""));
    let list = admin.get("/en/admin/taxonomy").await;
    assert_eq!(list.status, 200);
    let body = text(&list);
    assert!(body.contains("Life events") && body.contains("Topics"));
    let used = term(&app, USED).await.unwrap();
    assert!(row_of(&body, USED).contains(&format!("/en/admin/taxonomy/{}/edit", used.id)));
    assert!(row_of(&body, USED).contains("Immigration and living abroad"));
    assert!(row_of(&body, USED).contains("Every language has one"));
    assert!(body.contains("href=\"/en/admin/taxonomy/new\""));
    let blank = admin.get("/en/admin/taxonomy/new").await;
    assert_eq!(blank.status, 200);
    assert!(text(&blank).contains("action=\"/en/admin/taxonomy/new\""));

    let terms_before = count(&app.db, "taxonomy_terms").await;
    let texts_before = count(&app.db, "translations").await;
    // Unknown kind, a slug with capitals and spaces, a negative position, no name at all.
    let invalid = admin
        .post_form(
            "/en/admin/taxonomy/new",
            &[
                ("kind", "category"),
                ("slug", "Adopting A Pet"),
                ("position", "-3"),
                ("label.es", "  "),
                ("description.en", "Vaccines and registration."),
            ],
        )
        .await;
    assert_eq!(invalid.status, 422);
    let body = text(&invalid);
    assert!(
        body.contains("value=\"Adopting A Pet\""),
        "what was typed is kept"
    );
    assert!(body.contains("Vaccines and registration.</textarea>"));
    assert!(
        body.contains("aria-describedby=\"f-slug-hint f-slug-error\""),
        "{body}"
    );
    assert!(body.contains("id=\"f-kind-error\"") && body.contains("id=\"f-position-error\""));
    assert!(body.contains("Enter a whole number from 0 to 9999, or leave it empty."));
    assert!(body.contains("Give the name in at least one language."));
    assert!(
        body.contains("href=\"#f-label-es\""),
        "the summary links to the names"
    );
    // A slug another term has: refused beside the field.
    let taken = admin
        .post_form(
            "/en/admin/taxonomy/new",
            &[("kind", "topic"), ("slug", USED), ("label.en", "Moving")],
        )
        .await;
    assert_eq!(taken.status, 422);
    assert!(text(&taken).contains("Another life event or topic already uses this address."));
    // A name longer than the column: refused beside its own field.
    let long = "x".repeat(256);
    let too_long = admin
        .post_form(
            "/en/admin/taxonomy/new",
            &[("kind", "topic"), ("slug", "pets"), ("label.en", &long)],
        )
        .await;
    assert_eq!(too_long.status, 422);
    assert!(text(&too_long).contains("id=\"f-label-en-error\""));
    assert_eq!(
        count(&app.db, "taxonomy_terms").await,
        terms_before,
        "nothing written"
    );
    assert_eq!(count(&app.db, "translations").await, texts_before);
    assert_eq!(audited(&app, "taxonomy.created").await, 0);

    let created = admin
        .post_form(
            "/en/admin/taxonomy/new",
            &[
                ("kind", "life_event"),
                ("slug", "adopting-a-pet"),
                ("position", "20"),
                ("label.es", "Adoptar una mascota"),
                ("label.en", " Adopt a pet "),
                ("description.en", "Vaccines and registration."),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", text(&created));
    let row = term(&app, "adopting-a-pet").await.expect("created");
    let location = created.location.unwrap();
    assert_eq!(
        location,
        format!(
            "/en/admin/taxonomy/{}/edit?done=admin-taxonomy-done-created#outcome",
            row.id
        )
    );
    assert_eq!(
        (row.kind.as_str(), row.position, row.parent_id),
        ("life_event", 20, None)
    );
    assert_eq!(
        texts_of(&app, row.id).await,
        vec![
            (
                "description".into(),
                "en".into(),
                "Vaccines and registration.".into()
            ),
            ("label".into(), "en".into(), "Adopt a pet".into()),
            ("label".into(), "es".into(), "Adoptar una mascota".into()),
        ]
    );
    assert_eq!(audited(&app, "taxonomy.created").await, 1);
    let shown = admin.get(&location).await;
    assert_eq!(shown.status, 200);
    assert!(text(&shown).contains("It was added."));
    assert!(text(&shown).contains("value=\"Adopt a pet\""));
    assert!(text(&shown).contains(&format!("action=\"/en/admin/taxonomy/{}/delete\"", row.id)));
    // Listed among the life events, with the two languages it has no name in marked.
    let list = text(&admin.get("/en/admin/taxonomy").await);
    let line = row_of(&list, "adopting-a-pet");
    assert!(line.contains("Adopt a pet"));
    assert!(line.contains(">Portuguese</span>") && line.contains(">French</span>"));
    assert!(!line.contains(">English</span>"));
    // Read in Portuguese, the name falls back to another language, marked with its own.
    let list = text(&admin.get("/pt/admin/taxonomy").await);
    assert!(row_of(&list, "adopting-a-pet").contains("<span lang=\"es\">Adoptar una mascota</span>"));
    let (status, page) = app.page("/en/life-events/adopting-a-pet").await;
    assert_eq!(status, 200);
    assert!(page.contains("Adopt a pet") && page.contains("Vaccines and registration."));

    let edit = format!("/en/admin/taxonomy/{}/edit", row.id);
    let fields = [
        ("kind", "life_event"),
        ("slug", "adopting-a-pet"),
        ("position", "5"),
        ("label.es", "Adoptar una mascota"),
        ("label.pt", "Adotar um animal"),
        ("label.en", "Adopting a pet"),
    ];
    let saved = admin.post_form(&edit, &fields).await;
    assert_eq!(
        saved.location.as_deref(),
        Some(format!("{edit}?done=admin-taxonomy-done-saved#outcome").as_str())
    );
    let after = term(&app, "adopting-a-pet").await.unwrap();
    assert_eq!(after.position, 5);
    assert_eq!(
        texts_of(&app, row.id).await.len(),
        3,
        "the description was emptied"
    );
    let event = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("taxonomy.updated"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("audited");
    assert_eq!(
        (event.record_kind.as_str(), event.record_id),
        ("term", Some(row.id))
    );
    assert_eq!(
        event.detail,
        r#"{"changed":["position","labels","descriptions"]}"#
    );
    // The same values again change nothing and log nothing.
    assert_eq!(admin.post_form(&edit, &fields).await.status, 303);
    assert_eq!(audited(&app, "taxonomy.updated").await, 1);
    // An invalid edit keeps the stored term as it was.
    let bad = admin
        .post_form(&edit, &[("kind", "life_event"), ("slug", "adopting--a-pet")])
        .await;
    assert_eq!(bad.status, 422);
    assert!(text(&bad).contains("Use lower-case letters, digits and hyphens only."));
    assert_eq!(term(&app, "adopting-a-pet").await, Some(after));

    let deleted = admin
        .post_form(&format!("/en/admin/taxonomy/{}/delete", row.id), &[])
        .await;
    assert_eq!(
        deleted.location.as_deref(),
        Some("/en/admin/taxonomy?done=admin-taxonomy-done-deleted#outcome")
    );
    assert_eq!(term(&app, "adopting-a-pet").await, None);
    assert!(texts_of(&app, row.id).await.is_empty(), "its texts went with it");
    assert_eq!(audited(&app, "taxonomy.deleted").await, 1);
    assert!(
        text(
            &admin
                .get("/en/admin/taxonomy?done=admin-taxonomy-done-deleted")
                .await
        )
        .contains("It was deleted.")
    );
    assert_eq!(admin.get(&edit).await.status, 404);
    assert_eq!(
        admin
            .post_form(&format!("/en/admin/taxonomy/{}/delete", row.id), &[])
            .await
            .status,
        404
    );
    assert_eq!(admin.get("/en/admin/taxonomy/abc/edit").await.status, 404);
}
on_both_backends!(platform_admin_terms, platform_admins_add_edit_and_delete_terms);

async fn only_platform_admins_see_the_taxonomy(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let used = term(&app, USED).await.unwrap();
    let edit = format!("/en/admin/taxonomy/{}/edit", used.id);
    let delete = format!("/en/admin/taxonomy/{}/delete", used.id);

    // Signed out: sent to the staff sign-in, for the pages and the posts alike.
    let mut visitor = crate::auth_support::Browser::new(&app);
    let page = visitor.get("/en/admin/taxonomy").await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location.as_deref(), Some("/en/staff/sign-in"));
    assert_eq!(visitor.post_form(&delete, &[]).await.status, 303);

    let terms = count(&app.db, "taxonomy_terms").await;
    for (n, role) in [(2, Role::AgencyAdmin), (3, Role::Publisher), (4, Role::Editor)] {
        let (mut member, _) = as_staff(&app, role, Some(own), n).await;
        let home = text(&member.get("/en/admin").await);
        assert!(!home.contains("/en/admin/taxonomy"), "{role:?}: not linked");
        let before = denied(&app).await;
        for path in ["/en/admin/taxonomy", "/en/admin/taxonomy/new", edit.as_str()] {
            assert_eq!(member.get(path).await.status, 404, "{role:?} {path}");
        }
        let fields = [("kind", "topic"), ("slug", "hijacked"), ("label.en", "Hijacked")];
        for path in ["/en/admin/taxonomy/new", edit.as_str(), delete.as_str()] {
            assert_eq!(
                member.post_form(path, &fields).await.status,
                404,
                "{role:?} {path}"
            );
        }
        assert_eq!(
            denied(&app).await,
            before + 6,
            "{role:?}: every attempt is logged"
        );
    }
    assert_eq!(count(&app.db, "taxonomy_terms").await, terms, "nothing written");
    assert_eq!(term(&app, USED).await, Some(used.clone()));
    let refusal = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("authorization.denied"))
        .filter(audit_event::Column::RecordId.eq(used.id))
        .filter(audit_event::Column::RecordKind.eq("term"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the refusal names the term");
    assert_eq!(refusal.detail, r#"{"attempted":"manage_taxonomy"}"#);
    assert_eq!(refusal.agency_id, None);

    let (mut admin, _) = as_staff(&app, Role::PlatformAdmin, None, 1).await;
    let spanish = admin.get("/es/admin/taxonomy").await;
    assert_eq!(spanish.status, 200);
    assert!(text(&spanish).contains("<h1>Hechos vitales y temas</h1>"));
    assert!(text(&admin.get("/es/admin").await).contains("href=\"/es/admin/taxonomy\""));
    assert_eq!(admin.get("/en/admin/taxonomy/999999/edit").await.status, 404);
}
on_both_backends!(taxonomy_access, only_platform_admins_see_the_taxonomy);
