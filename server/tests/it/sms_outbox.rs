//! The outbox end to end on both databases: retries back off and give up, a refusal for good is
//! not retried, a gateway down for a while gets every queued reply once when it recovers, two
//! racing workers send each row once, a new worker finishes what a dead one claimed, and the
//! gateway's requests per second are never exceeded. The clock and jitter are the test's.

use std::collections::BTreeSet;
use std::time::Duration;

use sea_orm::EntityTrait;
use server::sms::clock::Clock;
use server::sms::outbox::{self, Outcome};
use server::sms::send::Accepted;
use server::sms::worker::{DEFAULT_LEASE, Pass};

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::sms_fake_gateway::{FakeGateway, ManualClock, Mode};
use crate::sms_outbox_support::{kannel_to, queue, rows, sent_refs, worker};
use crate::sms_support::KannelPhone;

async fn retries_back_off_then_give_up(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let fake = FakeGateway::start().await;
    fake.set(Mode::Status(500));
    let clock = ManualClock::starting_now();
    let worker = worker(&app.db, &kannel_to(&fake, 50), &clock);
    queue(&app.db, "down", 1, clock.now()).await;
    let mut waits = Vec::new();
    for attempt in 1..=3 {
        assert_eq!(worker.run_once().await.unwrap().retrying, 1);
        let row = rows(&app.db).await.remove(0);
        assert_eq!((row.status.as_str(), row.attempts), ("queued", attempt));
        assert_eq!(row.last_error.as_deref(), Some("HTTP 500"));
        assert!(row.destination.is_some() && row.lease_until.is_none());
        let wait = row.next_attempt_at - clock.now();
        waits.push(wait.num_milliseconds());
        clock.advance(wait - chrono::Duration::milliseconds(1));
        assert_eq!(worker.run_once().await.unwrap(), Pass::default(), "not due yet");
        clock.advance(chrono::Duration::milliseconds(1));
    }
    assert_eq!(
        waits,
        vec![7_500, 15_000, 30_000],
        "¾ of 10, 20, 40 s with jitter 0.5"
    );
    assert_eq!(
        worker.run_once().await.unwrap().dead,
        1,
        "the fourth attempt was the last"
    );
    let dead = rows(&app.db).await.remove(0);
    assert_eq!((dead.status.as_str(), dead.attempts), ("dead", 4));
    assert_eq!(dead.destination, None, "the number is forgotten");
    assert_eq!(dead.last_error.as_deref(), Some("HTTP 500"));
    assert_eq!(fake.received().len(), 4);

    fake.set(Mode::Status(400));
    queue(&app.db, "refused", 1, clock.now()).await;
    assert_eq!(worker.run_once().await.unwrap().failed, 1);
    let failed = rows(&app.db).await.remove(1);
    assert_eq!((failed.status.as_str(), failed.attempts), ("failed", 1));
    assert_eq!(failed.destination, None);
    clock.advance(chrono::Duration::hours(1));
    assert_eq!(worker.run_once().await.unwrap(), Pass::default());
    assert_eq!(fake.received().len(), 5, "a refusal for good is not retried");
}
on_both_backends!(back_off, retries_back_off_then_give_up);

async fn a_gateway_down_for_a_while_gets_each_reply_once(backend: Backend) {
    let fake = FakeGateway::start().await;
    let gateways = kannel_to(&fake, 50);
    let app = TestApp::with_fixtures_and_sms(backend, gateways.clone()).await;
    let numbers: Vec<String> = (0..5).map(|i| format!("+5491166660{i:03}")).collect();
    for number in &numbers {
        let phone = KannelPhone::new(&app, "k", number);
        let answer = phone.send_with_id(&format!("mo-{number}"), "AYUDA").await;
        assert_eq!(
            (answer.status, answer.body.as_str()),
            (200, ""),
            "answered at once, empty"
        );
    }
    let retried = KannelPhone::new(&app, "k", &numbers[0])
        .send_with_id(&format!("mo-{}", numbers[0]), "AYUDA")
        .await;
    assert_eq!((retried.status, retried.body.as_str()), (200, ""));
    assert_eq!(
        count(&app.db, "sms_outbox").await,
        5,
        "a retried webhook queues nothing"
    );

    let clock = ManualClock::starting_now();
    let worker = worker(&app.db, &gateways, &clock);
    fake.set(Mode::Status(503));
    assert_eq!(worker.run_once().await.unwrap().retrying, 5);
    clock.advance(chrono::Duration::minutes(1));
    fake.set(Mode::Hang(Duration::from_secs(2)));
    assert_eq!(worker.run_once().await.unwrap().retrying, 5, "timeouts");
    assert!(
        rows(&app.db)
            .await
            .iter()
            .all(|r| r.last_error.as_deref() == Some("timeout"))
    );
    clock.advance(chrono::Duration::minutes(5));
    fake.set(Mode::Accept);
    assert_eq!(worker.run_once().await.unwrap().sent, 5);
    clock.advance(chrono::Duration::hours(1));
    assert_eq!(worker.run_once().await.unwrap(), Pass::default());

    let accepted = fake.accepted();
    assert_eq!(accepted.len(), 5, "each reply once");
    let to: BTreeSet<&str> = accepted.iter().map(|s| s.param("to").unwrap()).collect();
    assert_eq!(to.len(), 5);
    assert!(
        accepted
            .iter()
            .all(|s| s.param("text").unwrap().contains("CALIFICAR"))
    );
    let refs = sent_refs(&fake);
    assert_eq!(refs.iter().collect::<BTreeSet<_>>().len(), 5);
    for row in rows(&app.db).await {
        assert_eq!(
            (row.status.as_str(), row.attempts, row.destination),
            ("sent", 3, None)
        );
        assert!(row.sent_at.is_some() && row.last_error.is_none());
    }
    let logged = server::db::entities::sms_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    let out: Vec<_> = logged.iter().filter(|m| m.direction == "out").collect();
    assert_eq!(out.len(), 5, "logged when sent, not when queued");
    assert!(out.iter().all(|m| m.delivery_ref.is_some()));
}
on_both_backends!(gateway_recovers, a_gateway_down_for_a_while_gets_each_reply_once);

async fn two_racing_workers_send_each_row_once(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let fake = FakeGateway::start().await;
    fake.slow_down(Duration::from_millis(15));
    let gateways = kannel_to(&fake, 1000);
    let clock = ManualClock::starting_now();
    queue(&app.db, "race", 24, clock.now()).await;
    let (first, second) = (
        worker(&app.db, &gateways, &clock),
        worker(&app.db, &gateways, &clock),
    );
    let (mut by_first, mut by_second) = (0, 0);
    loop {
        let (a, b) = tokio::join!(first.run_once(), second.run_once());
        let (a, b) = (a.unwrap(), b.unwrap());
        by_first += a.sent;
        by_second += b.sent;
        if a.handled() + b.handled() == 0 {
            break;
        }
    }
    assert_eq!(by_first + by_second, 24);
    assert!(
        by_first > 0 && by_second > 0,
        "both took part: {by_first} + {by_second}"
    );
    let refs = sent_refs(&fake);
    assert_eq!(refs.len(), 24);
    assert_eq!(refs.iter().collect::<BTreeSet<_>>().len(), 24, "no row twice");
    assert!(
        rows(&app.db)
            .await
            .iter()
            .all(|r| r.status == "sent" && r.attempts == 1)
    );
}
on_both_backends!(racing_workers, two_racing_workers_send_each_row_once);

async fn a_new_worker_finishes_what_a_dead_one_claimed(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let fake = FakeGateway::start().await;
    let gateways = kannel_to(&fake, 50);
    let clock = ManualClock::starting_now();
    queue(&app.db, "restart", 3, clock.now()).await;
    // A worker claims a row and its instance dies before sending.
    let lost = outbox::claim(&app.db, "k", DEFAULT_LEASE, clock.now())
        .await
        .unwrap()
        .unwrap();
    let restarted = worker(&app.db, &gateways, &clock);
    assert_eq!(
        restarted.run_once().await.unwrap().sent,
        2,
        "the others go at once"
    );
    clock.advance(DEFAULT_LEASE - chrono::Duration::seconds(1));
    assert_eq!(
        restarted.run_once().await.unwrap(),
        Pass::default(),
        "the lease holds"
    );
    clock.advance(chrono::Duration::seconds(2));
    assert_eq!(restarted.run_once().await.unwrap().sent, 1);
    let row = rows(&app.db).await.into_iter().find(|r| r.id == lost.id).unwrap();
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 2));
    assert_eq!(sent_refs(&fake).len(), 3);
    // The dead worker's late word changes nothing.
    let late = outbox::record_sent(&app.db, &lost, &Accepted::default(), clock.now()).await;
    assert_eq!(late.unwrap(), Outcome::Superseded);
}
on_both_backends!(restart, a_new_worker_finishes_what_a_dead_one_claimed);

async fn the_gateway_throughput_is_never_exceeded(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let fake = FakeGateway::start().await;
    let gateways = kannel_to(&fake, 3);
    let clock = ManualClock::starting_now();
    queue(&app.db, "burst", 10, clock.now()).await;
    let (first, second) = (
        worker(&app.db, &gateways, &clock),
        worker(&app.db, &gateways, &clock),
    );
    let mut per_second = Vec::new();
    for _ in 0..5 {
        let mut sent = 0;
        for _ in 0..2 {
            let (a, b) = tokio::join!(first.run_once(), second.run_once());
            sent += a.unwrap().sent + b.unwrap().sent;
        }
        per_second.push(sent);
        clock.advance(chrono::Duration::seconds(1));
    }
    assert_eq!(
        per_second,
        vec![3, 3, 3, 1, 0],
        "3 a second, two workers together"
    );
    assert_eq!(sent_refs(&fake).len(), 10);
    assert!(
        rows(&app.db).await.iter().all(|r| r.attempts == 1),
        "throttling is no attempt"
    );
}
on_both_backends!(throughput, the_gateway_throughput_is_never_exceeded);
