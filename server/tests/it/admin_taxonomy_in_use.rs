//! Life events and topics in use: a term services use (live, or only in the pending version
//! of a published service) is never deleted, the refusal naming how many; a new label reaches
//! the life event's page, the home page and the search facets of a warm label cache.

use server::auth::roles::{self, Role};
use server::db::entities::taxonomy_term;
use server::editorial::versions::{self, Save};
use server::editorial::{Actor, drafts, workflow};

use crate::admin_agencies::{as_staff, text};
use crate::admin_taxonomy::{USED, audited, links, row_of, term, texts_of};
use crate::editorial_support::{at, complete, two_agencies};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

/// Every text of the term, as the form sends them, with `label.en` replaced.
pub async fn form_with(app: &TestApp, row: &taxonomy_term::Model, label_en: &str) -> Vec<(String, String)> {
    let mut fields = vec![
        ("kind".to_owned(), row.kind.clone()),
        ("slug".to_owned(), row.slug.clone()),
        ("position".to_owned(), row.position.to_string()),
    ];
    for (field, locale, value) in texts_of(app, row.id).await {
        fields.push((format!("{field}.{locale}"), value));
    }
    for field in &mut fields {
        if field.0 == "label.en" {
            field.1 = label_en.to_owned();
        }
    }
    fields
}

async fn a_used_term_is_relabelled_everywhere_and_never_deleted(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut admin, admin_id) = as_staff(&app, Role::PlatformAdmin, None, 1).await;
    let used = term(&app, USED).await.unwrap();
    let classified = links(&app, used.id).await;
    assert_eq!(classified, 1, "the fixtures classify one service under it");
    // The facet labels are cached once read: the change must reach a warm cache.
    let filtered = format!("/en/search?topic={USED}");
    let (_, search) = app.page(&filtered).await;
    assert!(search.contains("Immigration and living abroad (1)"), "{search}");

    let edit = format!("/en/admin/taxonomy/{}/edit", used.id);
    let page = text(&admin.get(&edit).await);
    assert!(page.contains("One service is classified under it, so it cannot be deleted."));
    assert!(!page.contains("/delete\""), "no delete button");
    let refused = admin
        .post_form(&format!("/en/admin/taxonomy/{}/delete", used.id), &[])
        .await;
    assert_eq!(
        refused.location.as_deref(),
        Some(format!("{edit}?error=admin-taxonomy-error-in-use#outcome").as_str())
    );
    assert_eq!(term(&app, USED).await, Some(used.clone()), "still there");
    assert_eq!(links(&app, used.id).await, 1, "and still on its service");
    assert_eq!(audited(&app, "taxonomy.deleted").await, 0);
    let answer = text(
        &admin
            .get(&format!("{edit}?error=admin-taxonomy-error-in-use"))
            .await,
    );
    assert!(answer.contains("Not deleted: one service is classified under it."));

    let fields = form_with(&app, &used, "Settling in the country").await;
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(admin.post_form(&edit, &fields).await.status, 303);
    assert!(
        app.follow_changes().await >= 1,
        "its service was announced to the index"
    );
    let (_, search) = app.page(&filtered).await;
    assert!(
        search.contains("Settling in the country (1)"),
        "the facet follows"
    );
    assert!(!search.contains("Immigration and living abroad"));
    let (_, life_event) = app.page(&format!("/en/life-events/{USED}")).await;
    assert!(
        life_event.contains("<h1>Settling in the country</h1>"),
        "{life_event}"
    );
    let (_, home) = app.page("/en/").await;
    assert!(home.contains("Settling in the country"));
    let (_, spanish) = app.page(&format!("/es/search?topic={USED}")).await;
    assert!(
        spanish.contains("Inmigración y vida en el exterior (1)"),
        "other languages kept"
    );

    // A term named only by the pending version of a published service is in use too: deleting
    // it would make that version impossible to publish.
    let created = admin
        .post_form(
            "/en/admin/taxonomy/new",
            &[("kind", "topic"), ("slug", "pets"), ("label.en", "Pets")],
        )
        .await;
    assert_eq!(created.status, 303);
    let pets = term(&app, "pets").await.unwrap();
    let actor = Actor {
        account_id: admin_id,
        grants: roles::of(&app.db, admin_id).await.unwrap(),
    };
    let (own, _) = two_agencies(&app.db).await;
    let service = drafts::create_draft(
        &app.db,
        &actor,
        own,
        "licencia-de-mascota",
        &complete("Licencia de mascota"),
        at(0),
    )
    .await
    .unwrap();
    workflow::submit(&app.db, &actor, service, at(1)).await.unwrap();
    workflow::publish(&app.db, &actor, service, 1, at(2))
        .await
        .unwrap();
    let mut pending = complete("Licencia de mascota");
    pending.taxonomy = vec![pets.id];
    let save = Save {
        expected_version: 1,
        snapshot: pending,
        note: None,
    };
    versions::save(&app.db, &actor, service, save, at(3))
        .await
        .unwrap();
    assert_eq!(links(&app, pets.id).await, 0, "not live yet");
    let list = text(&admin.get("/en/admin/taxonomy").await);
    assert!(row_of(&list, "pets").contains("<td class=\"number\">1</td>"));
    let refused = admin
        .post_form(&format!("/en/admin/taxonomy/{}/delete", pets.id), &[])
        .await;
    assert!(
        refused
            .location
            .unwrap()
            .ends_with("?error=admin-taxonomy-error-in-use#outcome")
    );
    assert!(term(&app, "pets").await.is_some());
    // So the pending version still publishes, and the term is then on the service.
    workflow::publish(&app.db, &actor, service, 2, at(4))
        .await
        .unwrap();
    assert_eq!(links(&app, pets.id).await, 1);
}
on_both_backends!(used_terms, a_used_term_is_relabelled_everywhere_and_never_deleted);
