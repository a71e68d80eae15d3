//! A re-import after the admin panel changed the taxonomy: the panel's labels stay, a seeded
//! term deleted there stays deleted unless an imported service is tagged with it, and a
//! language with no label yet is filled from the seed.

use sea_orm::{EntityTrait, QueryOrder};
use server::auth::roles::Role;
use server::cli::ImportFormat;
use server::db::entities::taxonomy_term;

use crate::admin_agencies::as_staff;
use crate::admin_taxonomy::{USED, links, term, texts_of};
use crate::admin_taxonomy_in_use::form_with;
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn a_reimport_keeps_what_the_panel_changed(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut admin, _) = as_staff(&app, Role::PlatformAdmin, None, 1).await;
    let used = term(&app, USED).await.unwrap();
    let mut unused = None;
    for row in taxonomy_term::Entity::find()
        .order_by_asc(taxonomy_term::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
    {
        if row.kind == "life_event" && links(&app, row.id).await == 0 {
            unused = Some(row);
            break;
        }
    }
    let unused = unused.expect("the seed has life events no fixture service is classified under");

    // The panel relabels the used term in English and leaves French empty, and deletes the
    // unused one.
    let mut fields = form_with(&app, &used, "Settling in the country").await;
    fields.retain(|(name, _)| name != "label.fr");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let edit = format!("/en/admin/taxonomy/{}/edit", used.id);
    assert_eq!(admin.post_form(&edit, &fields).await.status, 303);
    let french = |texts: &[(String, String, String)]| {
        texts
            .iter()
            .any(|(field, locale, _)| field == "label" && locale == "fr")
    };
    assert!(
        !french(&texts_of(&app, used.id).await),
        "the panel removed the French label"
    );
    let delete = format!("/en/admin/taxonomy/{}/delete", unused.id);
    assert_eq!(admin.post_form(&delete, &[]).await.status, 303);
    assert_eq!(term(&app, &unused.slug).await, None);

    app.import(ImportFormat::Govbr, "govbr")
        .await
        .expect("imports again");
    app.import(ImportFormat::Hsds, "hsds")
        .await
        .expect("imports again");

    let texts = texts_of(&app, used.id).await;
    assert!(
        texts.contains(&(
            "label".to_owned(),
            "en".to_owned(),
            "Settling in the country".to_owned()
        )),
        "the panel's label stays: {texts:?}"
    );
    assert!(
        french(&texts),
        "a missing language is filled from the seed: {texts:?}"
    );
    assert_eq!(
        term(&app, USED).await.map(|t| t.id),
        Some(used.id),
        "the same term"
    );
    assert_eq!(links(&app, used.id).await, 1, "still classifying its service");
    assert_eq!(
        term(&app, &unused.slug).await,
        None,
        "a term deleted in the panel that no imported service needs stays deleted"
    );
}
on_both_backends!(reimport_taxonomy, a_reimport_keeps_what_the_panel_changed);
