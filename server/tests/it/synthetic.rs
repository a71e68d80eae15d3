//! `server seed-synthetic` at a small scale: what it writes, that a second run with the same
//! seed writes nothing, and that a municipal service reads like any other.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::db::entities::service;

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

const TABLES: [&str; 6] = [
    "jurisdictions",
    "agencies",
    "services",
    "translations",
    "service_jurisdictions",
    "catalog_changes",
];

async fn seeds_a_small_national_catalogue(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let now = chrono::Utc::now();
    let summary = server::synthetic::run(&app.db, 300, 7, now, false)
        .await
        .expect("seeds");
    assert_eq!(summary.services.created, 300);
    assert_eq!(summary.national + summary.state + summary.municipal, 300);
    assert!(
        summary.national > 0 && summary.state > 0 && summary.municipal > 0,
        "{summary}"
    );
    assert_eq!(count(&app.db, "services").await, 300);
    assert_eq!(
        count(&app.db, "catalog_changes").await,
        300,
        "every service is announced to the index"
    );
    assert_eq!(
        count(&app.db, "jurisdictions").await,
        1 + 27 + 27,
        "a small catalogue gets the country, the states and their capitals"
    );
    assert_eq!(summary.places, 55);
    assert_eq!(count(&app.db, "agencies").await as u64, summary.agencies.created);
    let mut before = Vec::new();
    for table in TABLES {
        before.push(count(&app.db, table).await);
    }

    let again = server::synthetic::run(&app.db, 300, 7, now + chrono::Duration::hours(1), false)
        .await
        .expect("seeds again");
    assert_eq!(again.services.unchanged, 300, "{again}");
    assert_eq!((again.services.created, again.services.updated), (0, 0));
    assert_eq!((again.agencies.created, again.agencies.updated), (0, 0));
    for (table, rows) in TABLES.into_iter().zip(before) {
        assert_eq!(
            count(&app.db, table).await,
            rows,
            "{table} changed on a second run"
        );
    }

    let municipal = service::Entity::find()
        .filter(service::Column::Level.eq("municipal"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a municipal service");
    assert!(
        municipal
            .source_id
            .as_deref()
            .is_some_and(|id| id.starts_with("synthetic:7:"))
    );
    let (status, body) = app.page(&format!("/pt/services/{}", municipal.slug)).await;
    assert_eq!(status, 200);
    assert!(body.contains(" — Prefeitura de "), "the place is in the name");
    assert!(
        body.contains("Secretaria Municipal "),
        "a municipal secretariat offers it"
    );
}
on_both_backends!(synthetic_catalogue, seeds_a_small_national_catalogue);
