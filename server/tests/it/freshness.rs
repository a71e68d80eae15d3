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
