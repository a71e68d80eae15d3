//! A database that is down at start: the server stays up, says so, and never panics.

use crate::helpers::{TestApp, postgres_unreachable};

#[tokio::test]
async fn server_with_a_down_database_is_alive_but_not_ready() {
    let database = postgres_unreachable();
    let db = server::db::connect(&database.url)
        .await
        .expect("a lazy pool connects without the database");
    let app = TestApp::serve(database, db).await;
    assert_eq!(app.page("/healthz").await.0, 200, "the process is alive");
    let (status, body) = app.page("/readyz").await;
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("unreachable"), "{body}");
    let (status, body) = app.page("/es/").await;
    assert_eq!(status, 503, "pages say the catalogue is unavailable");
    assert!(
        body.contains("El catálogo no está disponible"),
        "localized 503 page"
    );
    let (status, _) = app.page("/pt/services/qualquer").await;
    assert_eq!(status, 503);
}

#[tokio::test]
async fn migrations_retry_until_the_database_answers() {
    let database = postgres_unreachable();
    let db = server::db::connect(&database.url).await.expect("lazy pool");
    let attempt = tokio::time::timeout(
        std::time::Duration::from_secs(2),
        server::db::migrate_until_ready(db),
    )
    .await;
    assert!(
        attempt.is_err(),
        "keeps retrying instead of exiting while the database is down"
    );
}
