//! The bundled demo catalogue: the whole gov.br set, loaded once.

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

async fn demo_catalogue_loads_into_an_empty_database_only(backend: Backend) {
    let app = TestApp::empty(backend).await;
    server::demo::load_if_empty(&app.db).await;
    assert_eq!(
        count(&app.db, "services").await,
        1751,
        "1,856 records, 105 older revisions folded into their newest"
    );
    assert_eq!(count(&app.db, "slug_redirects").await, 105);
    let translations = count(&app.db, "translations").await;
    server::demo::load_if_empty(&app.db).await;
    assert_eq!(
        count(&app.db, "translations").await,
        translations,
        "a loaded catalogue is left alone"
    );
    let summary = server::demo::load(&app.db).await.expect("reload");
    assert_eq!(
        summary.services.unchanged, 1751,
        "re-importing the same data changes nothing"
    );
    app.follow_changes().await;
    let (status, body) = app.page("/pt/search?q=passaporte").await;
    assert_eq!(status, 200);
    assert!(body.contains("passaporte"), "real data is searchable");
    let (status, _) = app
        .page("/fr/services/obter-autorizacao-de-residencia-e-carteira-de-registro-migratorio")
        .await;
    assert_eq!(status, 200);
}
on_both_backends!(demo_catalogue, demo_catalogue_loads_into_an_empty_database_only);
