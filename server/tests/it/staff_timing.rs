//! A staff sign-in for an address that has no account takes as long as one for a real account
//! with a wrong password, and gets the same answer: neither the time nor the reply tells an
//! attacker which addresses are staff. The unknown address is checked against a dummy argon2id
//! hash; without it, its answer would come back in milliseconds instead of a whole hash's time.
//!
//! Medians over interleaved attempts, each from its own address (the site trusts the test as
//! its proxy), so rate limits never cut in and other tests running alongside weigh on both sides.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use server::auth::roles::{Grant, Role};

use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

const KNOWN: &str = "admin@gov.example";
const UNKNOWN: &str = "nobody@gov.example";
const PASSWORD: &str = "correct horse battery staple";
const ROUNDS: usize = 31;

async fn create_staff_account(app: &TestApp) {
    let grant = Grant {
        role: Role::PlatformAdmin,
        agency: None,
    };
    let token = server::auth::staff::invite(&app.db, KNOWN, &grant, None, chrono::Utc::now())
        .await
        .expect("invitation");
    let accepted = Browser::new(app)
        .post_form(
            &format!("/en/staff/invitation/{token}"),
            &[
                ("display_name", "Admin"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(accepted.location.as_deref(), Some("/en/account"));
}

/// One wrong-password attempt, from its own client address.
async fn attempt(app: &TestApp, email: &str, client: usize) -> (Duration, u16, Value) {
    let request = app
        .client
        .post(app.url("/api/v1/staff/sign-in/start?lang=es"))
        .header("sec-fetch-site", "same-origin")
        .header(
            "x-forwarded-for",
            format!("198.51.{}.{}", client / 250, client % 250),
        )
        .json(&json!({ "email": email, "password": "a wrong password, typed twice" }));
    let started = Instant::now();
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let body = response.json().await.expect("json body");
    (started.elapsed(), status, body)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

async fn unknown_and_known_staff_take_the_same_time(backend: Backend) {
    let app = TestApp::empty_behind_proxy(backend).await;
    create_staff_account(&app).await;

    // One hash on its own, for scale.
    let stored = server::auth::passwords::hash(PASSWORD.to_owned())
        .await
        .expect("hash");
    let mut hash_times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        assert!(!server::auth::passwords::verify("wrong".into(), Some(stored.clone())).await);
        hash_times.push(started.elapsed());
    }
    let one_hash = median(hash_times);

    let mut client = 0;
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS + 2 {
        // Alternate which goes first, so neither always meets a warmer cache.
        let order = if round % 2 == 0 {
            [KNOWN, UNKNOWN]
        } else {
            [UNKNOWN, KNOWN]
        };
        for email in order {
            client += 1;
            let (time, status, body) = attempt(&app, email, client).await;
            assert_eq!(status, 401, "{email}: {body}");
            assert_eq!(
                body["error"],
                app::i18n::tr(app::locale::Locale::Es, "auth-error-invalid-credentials").as_str(),
                "the same answer for both"
            );
            // The first two rounds warm connections and caches.
            if round >= 2 {
                if email == KNOWN { &mut known } else { &mut unknown }.push(time);
            }
        }
    }
    let (known, unknown) = (median(known), median(unknown));
    let ratio = unknown.as_secs_f64() / known.as_secs_f64();
    eprintln!(
        "{backend:?}: one argon2id hash {one_hash:?}; median wrong-password sign-in: known {known:?}, unknown {unknown:?} (unknown/known {ratio:.2})"
    );
    assert!(
        unknown >= one_hash / 2,
        "an unknown address must cost a whole hash: {unknown:?} against {one_hash:?}"
    );
    assert!(
        (0.67..=1.5).contains(&ratio),
        "known {known:?} and unknown {unknown:?} differ by more than noise"
    );
}
on_both_backends!(
    unknown_and_known_staff_sign_ins,
    unknown_and_known_staff_take_the_same_time
);
