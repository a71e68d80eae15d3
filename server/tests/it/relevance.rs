//! Search relevance over three real catalogues (gov.br in Portuguese, Tenerife in Spanish, Open211
//! Miami in English): the queries people type, each with the one service they mean, scored as the
//! mean reciprocal rank over the first three results. `--nocapture` prints the misses.

use std::collections::HashSet;
use std::time::Instant;

use crate::helpers::{Backend, TestApp, fixture};
use server::cli::ImportFormat;

/// Below this, search has become worse than the catalogue deserves.
const MIN_MRR: f64 = 0.8;
/// Only the first results count: people rarely look further on a phone.
const TOP: usize = 3;

struct Case {
    line: usize,
    lang: String,
    query: String,
    expected: String,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(fixture("relevance/queries.tsv")).expect("queries.tsv");
    let mut lines = text.lines().enumerate();
    let header = lines.next().map(|(_, l)| l).unwrap_or_default();
    assert_eq!(header, "lang\tquery\texpected_slug", "queries.tsv header");
    lines
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "queries.tsv line {}: {line:?}", index + 1);
            Case {
                line: index + 1,
                lang: fields[0].to_owned(),
                query: fields[1].to_owned(),
                expected: fields[2].to_owned(),
            }
        })
        .collect()
}

fn encode(query: &str) -> String {
    query
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// Service slugs in the order the results page links them, each once.
fn result_slugs(body: &str, lang: &str) -> Vec<String> {
    let marker = format!("href=\"/{lang}/services/");
    let mut slugs: Vec<String> = Vec::new();
    for part in body.split(&marker).skip(1) {
        let slug: String = part.chars().take_while(|c| *c != '"').collect();
        if !slugs.contains(&slug) {
            slugs.push(slug);
        }
    }
    slugs
}

async fn service_slugs(app: &TestApp) -> HashSet<String> {
    use sea_orm::{ConnectionTrait, Statement};
    app.db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT slug FROM services".to_owned(),
        ))
        .await
        .expect("slugs")
        .iter()
        .map(|row| row.try_get::<String>("", "slug").expect("a slug"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_queries_find_the_service_people_mean() {
    let started = Instant::now();
    let app = TestApp::empty(Backend::Sqlite).await;
    server::demo::load(&app.db).await.expect("gov.br demo catalogue");
    app.import(ImportFormat::Csv, "tenerife/services.csv")
        .await
        .expect("Tenerife catalogue");
    app.import(ImportFormat::Hsds, "miami")
        .await
        .expect("Miami catalogue");
    app.follow_changes().await;
    let loaded = started.elapsed();

    let cases = cases();
    assert!(cases.len() >= 60, "at least 60 queries, found {}", cases.len());
    let known = service_slugs(&app).await;
    let unknown: Vec<String> = cases
        .iter()
        .filter(|case| !known.contains(&case.expected))
        .map(|case| format!("line {}: {}", case.line, case.expected))
        .collect();
    assert!(
        unknown.is_empty(),
        "expected slugs that are no service:\n{}",
        unknown.join("\n")
    );

    let queried = Instant::now();
    let mut total = 0.0;
    let mut misses = Vec::new();
    for case in &cases {
        let path = format!("/{}/search?q={}", case.lang, encode(&case.query));
        let (status, body) = app.page(&path).await;
        assert_eq!(status, 200, "{path}");
        let slugs = result_slugs(&body, &case.lang);
        let rank = slugs.iter().take(TOP).position(|s| *s == case.expected);
        total += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        if rank != Some(0) {
            misses.push((case, rank, slugs.into_iter().take(TOP).collect::<Vec<_>>()));
        }
    }
    let mrr = total / cases.len() as f64;

    println!("\n{} queries, {} not ranked first:", cases.len(), misses.len());
    println!(
        "{:<4} {:<5} {:<34} {:<44} top {TOP}",
        "lang", "rank", "query", "expected"
    );
    for (case, rank, top) in &misses {
        let rank = rank.map_or("-".to_owned(), |r| (r + 1).to_string());
        println!(
            "{:<4} {:<5} {:<34} {:<44} {}",
            case.lang,
            rank,
            case.query,
            case.expected,
            top.join(", ")
        );
    }
    println!(
        "MRR@{TOP} = {mrr:.3} (catalogues loaded and indexed in {:.1} s, queries in {:.1} s)",
        loaded.as_secs_f64(),
        queried.elapsed().as_secs_f64()
    );
    assert!(mrr >= MIN_MRR, "MRR@{TOP} {mrr:.3} is below {MIN_MRR}");
}
