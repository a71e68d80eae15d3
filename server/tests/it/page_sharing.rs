//! Search pages anonymous readers share for a few seconds: the second reader gets the first
//! one's rendering with a nonce of their own; nobody signed in, no search without results and
//! no page of an older index is shared.

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

const PAGE: &str = "/pt/search?q=carteira";
const HIT: &str = "x-page-cache";

struct Answer {
    hit: bool,
    policy: String,
    body: String,
}

async fn ask(app: &TestApp, path: &str, cookie: Option<&str>) -> Answer {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.expect("request");
    assert_eq!(response.status(), 200, "{path}");
    let hit = response.headers().get(HIT).is_some_and(|value| value == "hit");
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .expect("policy")
        .to_owned();
    Answer {
        hit,
        policy,
        body: response.text().await.expect("body"),
    }
}

fn nonce_of(policy: &str) -> &str {
    let start = policy.find("'nonce-").expect("a nonce") + "'nonce-".len();
    let length = policy[start..].find('\'').expect("closed");
    &policy[start..start + length]
}

async fn a_second_reader_shares_the_page_with_a_nonce_of_their_own(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let first = ask(&app, PAGE, None).await;
    assert!(!first.hit, "nothing kept yet");
    assert!(
        first
            .body
            .contains("/services/emitir-carteira-de-trabalho-digital\"")
    );
    let second = ask(&app, PAGE, Some("lang=pt")).await;
    assert!(second.hit, "the same address, anonymous: shared");
    let (old, new) = (nonce_of(&first.policy), nonce_of(&second.policy));
    assert_ne!(old, new, "every reader gets a fresh nonce");
    assert!(
        second.body.contains(&format!("nonce=\"{new}\"")),
        "scripts carry the new nonce"
    );
    assert!(!second.body.contains(old), "the first reader's nonce is gone");
    assert_eq!(
        second.body.replace(new, old),
        first.body,
        "otherwise the same bytes"
    );
    assert!(
        !ask(&app, PAGE, Some("place=br-3550308")).await.hit,
        "another municipality"
    );
    let signed_in = ask(&app, PAGE, Some("__Host-session=not-a-session")).await;
    assert!(!signed_in.hit, "a session cookie is served afresh");
    assert!(
        !ask(&app, PAGE, Some("other=1")).await.hit,
        "so is any unknown cookie"
    );

    // A catalogue change reaches the index: pages of the older index are not shared.
    app.import(server::cli::ImportFormat::Hsds, "hsds")
        .await
        .expect("imports");
    app.follow_changes().await;
    assert!(!ask(&app, PAGE, None).await.hit, "the index changed");
    assert!(
        ask(&app, PAGE, None).await.hit,
        "and the new page is shared again"
    );
}
on_both_backends!(
    shared_pages,
    a_second_reader_shares_the_page_with_a_nonce_of_their_own
);

async fn searches_without_results_are_never_shared_and_always_counted(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for _ in 0..3 {
        let answer = ask(&app, "/pt/search?q=trabbalo", None).await;
        assert!(!answer.hit);
        assert!(answer.body.contains("Nenhum serviço encontrado"));
        // Asked again, the correction comes from the index's cache of corrections.
        assert!(
            answer.body.contains(">trabalho</a>"),
            "the same correction each time"
        );
    }
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT count FROM search_misses WHERE query = 'trabbalo'".to_owned(),
        ))
        .await
        .expect("query")
        .expect("the miss is recorded");
    assert_eq!(
        row.try_get::<i32>("", "count").expect("count"),
        3,
        "each asking counted"
    );
    assert_eq!(count(&app.db, "search_misses").await, 1);
}
on_both_backends!(
    misses_not_shared,
    searches_without_results_are_never_shared_and_always_counted
);
