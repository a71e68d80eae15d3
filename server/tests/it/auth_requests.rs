//! What bad or hostile requests to the account endpoints get: a localized refusal and no
//! change. Cross-site posts, malformed bodies, replayed or expired ceremonies, cloned
//! authenticators, floods, expired sessions.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use server::db::entities::{ceremony, passkey, session};

use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

fn english(key: &str) -> String {
    app::i18n::tr(app::locale::Locale::En, key)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_posts_are_refused_everywhere() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let paths = [
        "/en/account/sign-out",
        "/en/account/recover",
        "/en/account/delete",
        "/en/place",
        "/api/v1/passkeys/sign-in/start?lang=en",
        "/api/v1/passkeys/sign-up/start?lang=en",
    ];
    for path in paths {
        for (name, value) in [
            ("sec-fetch-site", "cross-site"),
            ("origin", "https://evil.example"),
        ] {
            let response = app
                .client
                .post(app.url(path))
                .header(name, value)
                .body("code=x")
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 403, "{path} with {name}: {value}");
            let body = response.text().await.unwrap();
            assert_eq!(
                body,
                app::i18n::tr(app::locale::Locale::En, "error-403-body"),
                "{path}"
            );
        }
    }
    assert_eq!(count(&app.db, "webauthn_ceremonies").await, 0, "nothing started");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_bodies_get_localized_errors() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    let not_json = browser
        .post_raw(
            "/api/v1/passkeys/sign-up/start?lang=pt",
            "application/json",
            "{not json",
        )
        .await;
    assert_eq!(not_json.status, 400);
    assert_eq!(
        not_json.body["error"],
        app::i18n::tr(app::locale::Locale::Pt, "auth-error-rejected").as_str()
    );
    let wrong_shape = browser
        .post_json(
            "/api/v1/passkeys/sign-in/finish?lang=en",
            json!({ "ceremony": 5 }),
        )
        .await;
    assert_eq!(wrong_shape.status, 400);
    assert_eq!(wrong_shape.body["error"], english("auth-error-rejected").as_str());
    let too_long = browser
        .post_json(
            "/api/v1/passkeys/sign-up/start?lang=en",
            json!({ "display_name": "x".repeat(61) }),
        )
        .await;
    assert_eq!(too_long.status, 400);
    assert_eq!(
        too_long.body["error"],
        english("account-error-name-too-long").as_str()
    );
    let signed_out = browser
        .post_json("/api/v1/passkeys/add/start?lang=en", json!({}))
        .await;
    assert_eq!(signed_out.status, 400);
    assert_eq!(
        signed_out.body["error"],
        english("auth-error-signed-out").as_str()
    );
    let form_as_json = browser
        .post_raw("/en/account/recover", "application/json", "{}")
        .await;
    assert_eq!(
        form_as_json.location.as_deref(),
        Some("/en/account/recover?error=auth-error-rejected")
    );
    let (status, body) = post_declaring_length(&app, "/pt/account/recover", 120_000).await;
    assert_eq!(status, 413, "bodies over 64 KiB are refused before any work");
    assert!(
        body.ends_with(&app::i18n::tr(app::locale::Locale::Pt, "error-413-body")),
        "{body}"
    );
    let unknown = browser
        .post_form("/en/account/passkeys/abc/rename", &[("name", "x")])
        .await;
    assert_eq!(
        unknown.location.as_deref(),
        Some("/en/account/sign-in?error=auth-error-signed-out")
    );
    let bad_lang = browser.post_form("/xx/account/sign-out", &[]).await;
    assert_eq!(bad_lang.status, 404);
    assert_eq!(count(&app.db, "accounts").await, 0);
    assert_eq!(count(&app.db, "webauthn_ceremonies").await, 0);
}

async fn ceremonies_are_single_use_and_expire(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let mut browser = Browser::new(&app);
    let start = browser
        .post_json("/api/v1/passkeys/sign-up/start?lang=en", json!({}))
        .await;
    let credential = browser.register(&start.body["options"]);
    let body = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    assert_eq!(
        browser
            .post_json("/api/v1/passkeys/sign-up/finish?lang=en", body.clone())
            .await
            .status,
        200
    );
    let replay = Browser::new(&app)
        .post_json("/api/v1/passkeys/sign-up/finish?lang=en", body)
        .await;
    assert_eq!(replay.status, 400, "a ceremony is consumed by its first answer");
    assert_eq!(count(&app.db, "accounts").await, 1);
    assert_eq!(count(&app.db, "webauthn_ceremonies").await, 0);

    // A sign-in whose ceremony is older than five minutes.
    let start = browser
        .post_json("/api/v1/passkeys/sign-in/start?lang=en", json!({}))
        .await;
    ceremony::Entity::update_many()
        .col_expr(
            ceremony::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let credential = browser.authenticate(&start.body["options"]);
    let late = browser
        .post_json(
            "/api/v1/passkeys/sign-in/finish?lang=en",
            json!({ "ceremony": start.body["ceremony"], "credential": credential }),
        )
        .await;
    assert_eq!(late.status, 400);
    assert_eq!(late.body["error"], english("auth-error-rejected").as_str());
    assert_eq!(
        count(&app.db, "webauthn_ceremonies").await,
        0,
        "expired ceremonies are removed too"
    );
}
on_both_backends!(ceremonies, ceremonies_are_single_use_and_expire);

/// A signature counter that goes backwards means a copied authenticator: refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decreasing_counter_is_refused() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    browser.sign_up("").await;
    browser.post_form("/en/account/sign-out", &[]).await;
    assert_eq!(
        browser.sign_in().await.status,
        200,
        "the soft token counts up from 1"
    );
    let row = passkey::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut stored: serde_json::Value = serde_json::from_str(&row.passkey).unwrap();
    let counter = &mut stored["cred"]["counter"];
    assert!(
        counter.as_u64().unwrap() >= 1,
        "the counter is kept current: {counter}"
    );
    *counter = json!(1_000);
    passkey::Entity::update_many()
        .col_expr(passkey::Column::Passkey, Expr::value(stored.to_string()))
        .filter(passkey::Column::Id.eq(row.id))
        .exec(&app.db)
        .await
        .unwrap();
    browser.post_form("/en/account/sign-out", &[]).await;
    let refused = browser.sign_in().await;
    assert_eq!(refused.status, 400);
    assert!(browser.cookie.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ceremony_starts_are_rate_limited_with_retry_after() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    let mut statuses = Vec::new();
    for _ in 0..22 {
        statuses.push(
            browser
                .post_json("/api/v1/passkeys/sign-in/start?lang=es", json!({}))
                .await,
        );
    }
    assert!(statuses[..20].iter().all(|answer| answer.status == 200));
    let limited = &statuses[21];
    assert_eq!(limited.status, 429);
    assert_eq!(
        limited.body["error"],
        app::i18n::tr(app::locale::Locale::Es, "auth-error-rate-limited").as_str()
    );
    let retry: u64 = limited
        .retry_after
        .as_deref()
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(
        count(&app.db, "webauthn_ceremonies").await,
        20,
        "refused starts store nothing"
    );
}

async fn idle_sessions_end(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let mut browser = Browser::new(&app);
    browser.sign_up("Idle").await;
    browser.get("/en/account").await;
    let old = chrono::Utc::now() - chrono::Duration::minutes(31);
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(old))
        .exec(&app.db)
        .await
        .unwrap();
    let page = browser.get("/en/account").await;
    let body = page.body.as_str().unwrap();
    assert!(
        !body.contains("Signed in as Idle"),
        "30 minutes idle signs a citizen out: {body}"
    );
    assert!(browser.cookie.is_none(), "the stale cookie is cleared");
    assert_eq!(count(&app.db, "sessions").await, 0);
}
on_both_backends!(idle_sessions, idle_sessions_end);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn session_cookies_are_host_only_secure_and_not_cached() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    let request = app
        .client
        .post(app.url("/api/v1/passkeys/sign-up/start?lang=en"))
        .json(&json!({}));
    let start: serde_json::Value = request.send().await.unwrap().json().await.unwrap();
    let credential = browser.register(&start["options"]);
    let response = app
        .client
        .post(app.url("/api/v1/passkeys/sign-up/finish?lang=en"))
        .json(&json!({ "ceremony": start["ceremony"], "credential": credential }))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-session="), "{cookie}");
    for attribute in ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
        assert!(cookie.contains(attribute), "{attribute} in {cookie}");
    }
    assert!(!cookie.contains("Domain"), "{cookie}");
    browser.cookie = cookie
        .split(';')
        .next()
        .and_then(|pair| pair.split_once('='))
        .map(|(_, token)| token.to_owned());
    let page = browser.get("/en/").await;
    assert_eq!(page.status, 200);
    let response = app
        .client
        .get(app.url("/en/"))
        .header(
            "cookie",
            format!("__Host-session={}", browser.cookie.clone().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["cache-control"], "private, no-store");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_recovery_attempts_get_a_localized_429_page() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    for _ in 0..10 {
        let wrong = browser
            .post_form("/fr/account/recover", &[("code", "0000-0000-0000-0000")])
            .await;
        assert_eq!(wrong.status, 303);
    }
    let limited = browser
        .post_form("/fr/account/recover", &[("code", "0000-0000-0000-0000")])
        .await;
    assert_eq!(limited.status, 429);
    assert!(
        limited.retry_after.is_some(),
        "Retry-After says when to come back"
    );
    let page = limited.body.as_str().unwrap();
    assert!(page.contains("<html lang=\"fr\">"), "{page}");
    let message = app::i18n::tr(app::locale::Locale::Fr, "auth-error-rate-limited");
    assert!(page.contains(&*html_escape::encode_text(&message)), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_cookies_are_anonymous_and_cleared() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    browser.sign_up("Real").await;
    for forged in [
        "AAAAAAAAAAAAAAAAAAAAAA",
        "not-even-the-right-length",
        "' OR 1=1 --",
    ] {
        browser.cookie = Some(forged.to_owned());
        let page = browser.get("/en/account").await;
        assert_eq!(page.status, 200);
        assert!(!page.body.as_str().unwrap().contains("Signed in as"), "{forged}");
        assert!(browser.cookie.is_none(), "{forged}: the cookie is cleared");
    }
}

/// A passkey answer made for another origin (here another port) does not verify.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_for_another_origin_are_rejected() {
    use webauthn_authenticator_rs::WebauthnAuthenticator;
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    let start = browser
        .post_json("/api/v1/passkeys/sign-up/start?lang=en", json!({}))
        .await;
    let mut options: webauthn_rs::prelude::CreationChallengeResponse =
        serde_json::from_value(start.body["options"].clone()).unwrap();
    if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
        selection.require_resident_key = false;
        selection.resident_key = None;
    }
    let elsewhere = webauthn_rs::prelude::Url::parse("http://localhost:4000").unwrap();
    let credential = browser.passkey.do_registration(elsewhere, options).unwrap();
    let finish = browser
        .post_json(
            "/api/v1/passkeys/sign-up/finish?lang=en",
            json!({ "ceremony": start.body["ceremony"], "credential": credential }),
        )
        .await;
    assert_eq!(finish.status, 400);
    assert_eq!(count(&app.db, "accounts").await, 0);
}

/// Sends only the head of a request whose `Content-Length` says `length`, and reads the answer:
/// the server must refuse from the header alone, without waiting for a byte of the body (a real
/// client sending the whole body could see the connection closed under it).
async fn post_declaring_length(app: &TestApp, path: &str, length: usize) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(app.address).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nOrigin: http://{}\r\nSec-Fetch-Site: same-origin\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n\r\n",
        app.address, app.address
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    )
    .await
    .expect("the server answers and closes without the body")
    .unwrap();
    let text = String::from_utf8(answer).unwrap();
    let status = text.get(9..12).and_then(|code| code.parse().ok()).unwrap_or(0);
    (status, text)
}
