//! The agency pages over HTTP: a platform administrator adds an agency (invalid fields come
//! back as 422 with what was typed and nothing written) and edits it; an agency administrator
//! edits the names and contact of their own agency only; another agency's or an unknown id is
//! the same 404 and leaves an `authorization.denied` row; editors and publishers see none of it.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::auth::roles::Role;
use server::auth::sessions::{self, Kind, NewSession};
use server::db::entities::{agency, jurisdiction, translation};

use crate::auth_support::{Answer, Browser};
use crate::editorial_support::{staff, two_agencies};
use crate::helpers::{Backend, TestApp, count, count_where};
use crate::on_both_backends;

/// A browser signed in (with a passkey session) as a new member holding `role` in `agency`
/// (platform-wide when `None`), and the member's account id.
pub async fn as_staff<'a>(app: &'a TestApp, role: Role, agency: Option<i32>, n: usize) -> (Browser<'a>, i32) {
    let actor = staff(app, role, agency, n).await;
    let new = NewSession {
        account_id: actor.account_id,
        kind: Kind::Staff,
        verified: true,
        needs_passkey: false,
    };
    let token = sessions::create(&app.db, new, chrono::Utc::now()).await.unwrap();
    let mut browser = Browser::new(app);
    browser.cookie = Some(token);
    (browser, actor.account_id)
}

pub fn text(answer: &Answer) -> String {
    answer.body.as_str().unwrap_or_default().to_owned()
}

pub async fn denied(app: &TestApp) -> i64 {
    count_where(&app.db, "audit_events", "action", "authorization.denied").await
}

async fn some_place(app: &TestApp) -> String {
    jurisdiction::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

async fn platform_admins_add_and_edit_agencies(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, _) = two_agencies(&app.db).await;
    let taken = agency::Entity::find_by_id(own)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .slug;
    let (mut admin, _) = as_staff(&app, Role::PlatformAdmin, None, 1).await;
    let place = some_place(&app).await;

    assert!(text(&admin.get("/en/admin").await).contains("href=\"/en/admin/agencies\""));
    let list = admin.get("/en/admin/agencies").await;
    assert_eq!(list.status, 200);
    assert!(text(&list).contains(&format!("/en/admin/agencies/{own}/edit")));
    assert!(text(&list).contains("href=\"/en/admin/agencies/new\""));
    let blank = admin.get("/en/admin/agencies/new").await;
    assert_eq!(blank.status, 200);
    assert!(text(&blank).contains("action=\"/en/admin/agencies/new\""));

    let agencies_before = count(&app.db, "agencies").await;
    let invalid = admin
        .post_form(
            "/en/admin/agencies/new",
            &[
                ("name.es", "  "),
                ("slug", "Not A Slug"),
                ("level", "national"),
                ("jurisdiction", &place),
                ("email", "nobody"),
                ("website", "ftp://gov.example"),
            ],
        )
        .await;
    assert_eq!(invalid.status, 422);
    let body = text(&invalid);
    assert!(body.contains("value=\"Not A Slug\""), "what was typed is kept");
    assert!(
        body.contains("aria-describedby=\"f-slug-hint f-slug-error\""),
        "{body}"
    );
    assert!(
        body.contains("Give the agency&#x27;s name in at least one language.")
            || body.contains("Give the agency's name in at least one language.")
    );
    assert!(body.contains("id=\"f-email-error\""));
    assert!(body.contains("id=\"f-website-error\""));
    let taken_slug = admin
        .post_form(
            "/en/admin/agencies/new",
            &[
                ("name.en", "Another"),
                ("slug", &taken),
                ("level", "state"),
                ("jurisdiction", &place),
            ],
        )
        .await;
    assert_eq!(taken_slug.status, 422);
    assert!(text(&taken_slug).contains("id=\"f-slug-error\""));
    assert_eq!(
        count(&app.db, "agencies").await,
        agencies_before,
        "nothing written"
    );
    assert_eq!(
        count_where(&app.db, "audit_events", "action", "agency.created").await,
        0
    );

    let created = admin
        .post_form(
            "/en/admin/agencies/new",
            &[
                ("name.es", "Agencia de Zorblax"),
                ("name.en", "Zorblax Agency"),
                ("acronym", "AZX"),
                ("slug", "agencia-de-zorblax"),
                ("level", "state"),
                ("jurisdiction", &place),
                ("email", "Contacto@Zorblax.gov.example"),
                ("phone", "+55 61 2020-3000"),
                ("website", "https://zorblax.gov.example"),
            ],
        )
        .await;
    assert_eq!(created.status, 303);
    let location = created.location.unwrap();
    let row = agency::Entity::find()
        .filter(agency::Column::Slug.eq("agencia-de-zorblax"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("created");
    assert_eq!(
        location,
        format!(
            "/en/admin/agencies/{}/edit?done=admin-agencies-done-created#outcome",
            row.id
        )
    );
    assert_eq!(row.level, "state");
    assert_eq!(row.acronym.as_deref(), Some("AZX"));
    assert_eq!(row.email.as_deref(), Some("contacto@zorblax.gov.example"));
    assert_eq!(row.jurisdiction_id.to_string(), place);
    let names = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq("agency"))
        .filter(translation::Column::OwnerId.eq(row.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(names.len(), 2);
    assert_eq!(
        count_where(&app.db, "audit_events", "action", "agency.created").await,
        1
    );
    let shown = admin.get(&location).await;
    assert_eq!(shown.status, 200);
    assert!(text(&shown).contains("The agency was created."));
    assert!(text(&shown).contains("value=\"Zorblax Agency\""));

    let edit = format!("/en/admin/agencies/{}/edit", row.id);
    let saved = admin
        .post_form(
            &edit,
            &[
                ("name.en", "Zorblax Board"),
                ("acronym", "AZX"),
                ("slug", "agencia-de-zorblax"),
                ("level", "municipal"),
                ("jurisdiction", &place),
                ("phone", "156"),
            ],
        )
        .await;
    assert_eq!(
        saved.location.as_deref(),
        Some(format!("{edit}?done=admin-agencies-done-saved#outcome").as_str())
    );
    let row = agency::Entity::find_by_id(row.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.level.as_str(), row.phone.as_deref(), row.email),
        ("municipal", Some("156"), None)
    );
    assert_eq!(
        count_where(&app.db, "audit_events", "action", "agency.updated").await,
        1
    );
    let list = text(&admin.get("/en/admin/agencies").await);
    assert!(list.contains("Zorblax Board"));
}
on_both_backends!(platform_admin_agencies, platform_admins_add_and_edit_agencies);

async fn agency_admins_edit_only_their_own_agency(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (own, other) = two_agencies(&app.db).await;
    let (mut admin, _) = as_staff(&app, Role::AgencyAdmin, Some(own), 1).await;
    let before = agency::Entity::find_by_id(own)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let other_row = agency::Entity::find_by_id(other)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    let list = admin.get("/en/admin/agencies").await;
    assert_eq!(list.status, 200);
    assert!(text(&list).contains(&format!("/en/admin/agencies/{own}/edit")));
    assert!(!text(&list).contains(&format!("/en/admin/agencies/{other}/edit")));
    assert!(
        !text(&list).contains("/en/admin/agencies/new"),
        "no adding agencies"
    );
    let denied_before = denied(&app).await;
    assert_eq!(admin.get("/en/admin/agencies/new").await.status, 404);
    let agencies = count(&app.db, "agencies").await;
    let refused = admin
        .post_form(
            "/en/admin/agencies/new",
            &[("name.es", "Otra"), ("slug", "otra"), ("level", "national")],
        )
        .await;
    assert_eq!(refused.status, 404);
    assert_eq!(count(&app.db, "agencies").await, agencies);

    let edit = format!("/en/admin/agencies/{own}/edit");
    let page = admin.get(&edit).await;
    assert_eq!(page.status, 200);
    assert!(
        !text(&page).contains("name=\"slug\""),
        "the platform's fields are not offered"
    );
    let saved = admin
        .post_form(
            &edit,
            &[
                ("name.pt", "Órgão de Teste"),
                ("slug", "hijacked"),
                ("level", "municipal"),
                ("email", "atendimento@gov.example"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", text(&saved));
    let after = agency::Entity::find_by_id(own)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.slug, before.slug, "the slug is the platform's");
    assert_eq!(after.level, before.level);
    assert_eq!(after.email.as_deref(), Some("atendimento@gov.example"));

    // Another agency and an unknown one: the same 404; the other's is logged.
    let denied_mid = denied(&app).await;
    assert_eq!(
        admin
            .get(&format!("/en/admin/agencies/{other}/edit"))
            .await
            .status,
        404
    );
    let posted = admin
        .post_form(
            &format!("/en/admin/agencies/{other}/edit"),
            &[("name.es", "Mío"), ("email", "mio@gov.example")],
        )
        .await;
    assert_eq!(posted.status, 404);
    assert_eq!(
        agency::Entity::find_by_id(other)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
        other_row,
        "nothing changed"
    );
    assert_eq!(denied(&app).await, denied_mid + 2);
    assert!(
        denied_mid > denied_before,
        "adding an agency was refused and logged"
    );
    let row = server::db::entities::audit_event::Entity::find()
        .filter(server::db::entities::audit_event::Column::Action.eq("authorization.denied"))
        .filter(server::db::entities::audit_event::Column::AgencyId.eq(other))
        .one(&app.db)
        .await
        .unwrap();
    assert!(row.is_some(), "the refusal names the agency");
    assert_eq!(admin.get("/en/admin/agencies/999999/edit").await.status, 404);

    for (n, role) in [(2, Role::Editor), (3, Role::Publisher)] {
        let (mut member, _) = as_staff(&app, role, Some(own), n).await;
        for path in [
            "/en/admin/agencies".to_owned(),
            "/en/admin/agencies/new".to_owned(),
            edit.clone(),
            format!("/en/admin/agencies/{own}/staff"),
        ] {
            assert_eq!(member.get(&path).await.status, 404, "{role:?} {path}");
        }
        let home = text(&member.get("/en/admin").await);
        assert!(!home.contains("/en/admin/agencies"), "{role:?}: not linked");
        assert_eq!(member.post_form(&edit, &[("name.es", "X")]).await.status, 404);
    }
}
on_both_backends!(agency_admin_agencies, agency_admins_edit_only_their_own_agency);
