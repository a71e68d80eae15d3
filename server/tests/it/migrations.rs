//! Migrations apply, report readiness, and roll back cleanly on both databases.

use migrations::{Migrator, MigratorTrait};

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

async fn migrations_go_up_down_and_up_again(backend: Backend) {
    let app = TestApp::empty(backend).await;
    assert_eq!(server::db::readiness(&app.db).await, server::db::Readiness::Ready);
    assert_eq!(count(&app.db, "locales").await, 4);
    Migrator::down(&app.db, None).await.expect("down");
    assert_eq!(
        server::db::readiness(&app.db).await,
        server::db::Readiness::MigrationsPending
    );
    assert_eq!(app.page("/readyz").await.0, 503);
    server::db::migrate(&app.db).await.expect("up again");
    assert_eq!(app.page("/readyz").await.0, 200);
    server::db::migrate(&app.db)
        .await
        .expect("a second run is a no-op");
}
on_both_backends!(up_down_up, migrations_go_up_down_and_up_again);
