//! Two instances on one PostgreSQL: a change made through one is searchable on the other
//! within two seconds, through the change feed each index follows. The same searches and
//! completions are asked before and after, so an answer cached before the change must not
//! outlive it.

use std::time::{Duration, Instant};

use crate::helpers::{Backend, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_on_one_instance_is_searchable_on_another_within_two_seconds() {
    let first = TestApp::empty(Backend::Postgres).await;
    let second = first.second_instance().await;
    let (_, before) = second.page("/pt/search?q=carteira").await;
    assert!(before.contains("Nenhum serviço encontrado"));
    assert_eq!(completions(&second).await, 0, "nothing to complete yet");
    let started = Instant::now();
    first
        .import(server::cli::ImportFormat::Govbr, "govbr")
        .await
        .expect("imports on the first instance");
    let written = started.elapsed();
    loop {
        let (_, body) = second.page("/pt/search?q=carteira").await;
        if body.contains("/services/emitir-carteira-de-trabalho-digital\"") {
            break;
        }
        assert!(
            started.elapsed() < written + Duration::from_secs(2),
            "not searchable on the second instance after 2 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        completions(&second).await > 0,
        "completions follow the change too"
    );
    println!(
        "searchable on the other instance {} ms after the import committed",
        (started.elapsed() - written).as_millis()
    );
}

async fn completions(app: &TestApp) -> usize {
    let response = app.get("/api/v1/suggest?q=carteira&lang=pt").await;
    let body: serde_json::Value = response.json().await.expect("JSON");
    body["suggestions"].as_array().map_or(0, Vec::len)
}

/// A full build reflects the changes committed before it: following the feed right after it
/// reindexes nothing, while a change made later is still followed.
async fn a_build_does_not_follow_again_the_changes_it_reflects(backend: Backend) {
    use sea_orm::EntityTrait;
    let app = TestApp::with_fixtures(backend).await;
    let mut built = server::search::rebuild(&app.index, &app.db)
        .await
        .expect("the index rebuilds");
    assert!(built.services > 0, "the fixtures are indexed");
    assert_eq!(built.services, app.index.document_count());
    let reindexed = server::search::catch_up(&app.index, &app.db, &mut built.applied)
        .await
        .expect("the index follows");
    assert_eq!(reindexed, 0, "every change is in the build already");
    assert!(
        app.follow_changes().await > 0,
        "without what the build reflects, the last changes would be reindexed"
    );
    let service = server::db::entities::service::Entity::find()
        .one(&app.db)
        .await
        .expect("reads")
        .expect("a service");
    server::search::record_changes(&app.db, &[service.id], chrono::Utc::now())
        .await
        .expect("records a change");
    let reindexed = server::search::catch_up(&app.index, &app.db, &mut built.applied)
        .await
        .expect("the index follows");
    assert_eq!(reindexed, 1, "a later change is followed");
}
crate::on_both_backends!(
    build_reflects,
    a_build_does_not_follow_again_the_changes_it_reflects
);
