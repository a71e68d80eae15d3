//! Which address a rate limit counts: the TCP peer, or — behind a trusted reverse proxy — the
//! client the proxy names in `X-Forwarded-For`. Measured through the staff sign-in limit
//! (5 attempts a minute per address).

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp};

const ATTEMPTS_ALLOWED: usize = 5;

/// A wrong staff password, sent as if through a proxy that saw `client`.
async fn wrong_password(app: &TestApp, client: &str) -> (u16, Value) {
    let response = app
        .client
        .post(app.url("/api/v1/staff/sign-in/start?lang=pt"))
        .header("sec-fetch-site", "same-origin")
        .header("x-forwarded-for", client)
        .json(&json!({ "email": "ninguem@gov.example", "password": "not the password" }))
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.expect("json body"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    let app = TestApp::empty_behind_proxy(Backend::Sqlite).await;
    for _ in 0..ATTEMPTS_ALLOWED {
        assert_eq!(wrong_password(&app, "198.51.100.7").await.0, 401);
    }
    let (status, body) = wrong_password(&app, "198.51.100.7").await;
    assert_eq!(status, 429, "the sixth attempt from one client");
    assert_eq!(
        body["error"],
        app::i18n::tr(app::locale::Locale::Pt, "auth-error-rate-limited").as_str()
    );
    // Another client behind the same proxy is not held back by the first one's attempts.
    assert_eq!(wrong_password(&app, "203.0.113.20").await.0, 401);
    // A client that writes its own header first: the proxy's appended entry still counts.
    assert_eq!(wrong_password(&app, "203.0.113.99, 198.51.100.7").await.0, 429);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_trusted_proxies_a_forged_header_does_not_escape_the_limit() {
    let app = TestApp::empty(Backend::Sqlite).await;
    for attempt in 0..ATTEMPTS_ALLOWED {
        let forged = format!("198.51.100.{attempt}");
        assert_eq!(wrong_password(&app, &forged).await.0, 401);
    }
    let (status, _) = wrong_password(&app, "192.0.2.250").await;
    assert_eq!(
        status, 429,
        "every attempt came from the same peer, whatever the header said"
    );
}
