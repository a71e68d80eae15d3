//! What the outbox tests share: a Kannel gateway sending to the fake, a sender worker on the test's
//! clock with a short retry schedule, replies queued as webhooks would queue them, and what the
//! fake gateway was sent.

use std::sync::Arc;
use std::time::Duration;

use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};
use server::db::entities::sms_outbox;
use server::sms::backoff::RetryPolicy;
use server::sms::gateways::{GatewayKind, SmsGateways};
use server::sms::gsm::{self, Policy};
use server::sms::outbox::{self, NewReply};
use server::sms::worker::SenderWorker;

use crate::sms_fake_gateway::{FakeGateway, FixedJitter, ManualClock};
use crate::sms_send::{QUICK, sending};

/// The test app's `PUBLIC_URL`: delivery reports come back to it.
pub const SITE: &str = "http://localhost:3000";

/// 10 s, 20 s, 40 s, 4 attempts: the default schedule's shape, quicker to read.
pub const SHORT: RetryPolicy = RetryPolicy {
    first: Duration::from_secs(10),
    cap: Duration::from_secs(40),
    max_attempts: 4,
};

/// One Kannel gateway named "k" sending to the fake, with this throughput.
pub fn kannel_to(fake: &FakeGateway, max_per_second: u32) -> SmsGateways {
    let mut gateway = sending(GatewayKind::Kannel, fake, "k");
    gateway.max_per_second = max_per_second;
    SmsGateways::new(vec![gateway]).unwrap()
}

pub fn worker(db: &DatabaseConnection, gateways: &SmsGateways, clock: &Arc<ManualClock>) -> SenderWorker {
    SenderWorker::new(db.clone(), gateways, SITE, QUICK)
        .unwrap()
        .with_clock(clock.clone())
        .with_jitter(Arc::new(FixedJitter(0.5)))
        .with_policy(SHORT)
}

/// Queues `n` replies through gateway "k", as webhooks `{prefix}-1…n` would.
pub async fn queue(db: &DatabaseConnection, prefix: &str, n: usize, now: DateTime<Utc>) {
    queue_on(db, "k", prefix, n, now).await;
}

pub async fn queue_on(db: &DatabaseConnection, gateway: &str, prefix: &str, n: usize, now: DateTime<Utc>) {
    let policy = Policy {
        transliterate: true,
        max_segments: 3,
    };
    for i in 1..=n {
        let plan = gsm::plan(&format!("Reply {prefix} {i}"), &policy, "");
        let reply = NewReply {
            gateway,
            inbound_id: &format!("{prefix}-{i}"),
            destination: &format!("+54911000{i:05}"),
            phone_hash: "0123456789abcdef01234567",
            locale: Locale::Es,
            plan: &plan,
        };
        assert!(outbox::enqueue(db, &reply, now).await.unwrap());
    }
}

pub async fn rows(db: &DatabaseConnection) -> Vec<sms_outbox::Model> {
    sms_outbox::Entity::find()
        .order_by_asc(sms_outbox::Column::Id)
        .all(db)
        .await
        .unwrap()
}

pub fn sent_refs(fake: &FakeGateway) -> Vec<String> {
    let mut refs: Vec<String> = fake
        .accepted()
        .iter()
        .map(|seen| {
            let url = seen.param("dlr-url").unwrap();
            url.split("ref=")
                .nth(1)
                .unwrap()
                .split('&')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    refs.sort();
    refs
}
