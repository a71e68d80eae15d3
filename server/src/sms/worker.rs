//! The sender worker: claims due outbox rows gateway by gateway, takes one of the gateway's
//! request slots for the current second (shared by every instance), sends, and records the
//! outcome. Several workers, in one instance or many, can run against one database: claims,
//! slots and fenced writes keep each row sent once and each gateway under its `max_per_second`.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, DurationRound, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::backoff::RetryPolicy;
use super::clock::{Clock, Jitter, RandomJitter, SystemClock};
use super::counters::take_send_slot;
use super::delivery::report_url;
use super::gateways::{Gateway, SmsGateways};
use super::gsm::Coding;
use super::log::{self, OutboundRecord};
use super::outbox::{self, Outcome};
use super::send::{OutboundSms, SendError, SharedSender, Timeouts, sender_for};
use crate::db::entities::sms_outbox;

/// How long a claim holds a row: well beyond a send's total timeout, so a live worker never
/// loses its row, and short enough that a dead instance's rows go out again soon.
pub const DEFAULT_LEASE: Duration = Duration::seconds(60);
/// How often an idle worker looks for due rows.
pub const POLL: std::time::Duration = std::time::Duration::from_millis(500);

struct Route {
    gateway: Gateway,
    sender: SharedSender,
}

/// What one pass did, for logs and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    pub dead: usize,
    /// Rows handed back because the gateway's slots for this second were taken.
    pub throttled: usize,
}

impl Pass {
    pub fn handled(&self) -> usize {
        self.sent + self.retrying + self.failed + self.dead
    }
}

#[derive(Clone)]
pub struct SenderWorker {
    db: DatabaseConnection,
    routes: Arc<BTreeMap<String, Route>>,
    public_url: String,
    clock: Arc<dyn Clock>,
    jitter: Arc<dyn Jitter>,
    policy: RetryPolicy,
    lease: Duration,
}

impl SenderWorker {
    /// A worker for every gateway that has sending settings. `public_url` is where gateways
    /// report delivery unless a gateway names its own `callback_url`.
    pub fn new(
        db: DatabaseConnection,
        gateways: &SmsGateways,
        public_url: &str,
        timeouts: Timeouts,
    ) -> Result<Self, SendError> {
        let mut routes = BTreeMap::new();
        for gateway in gateways.iter() {
            if let Some(sender) = sender_for(gateway, timeouts)? {
                routes.insert(
                    gateway.name.clone(),
                    Route {
                        gateway: gateway.clone(),
                        sender,
                    },
                );
            }
        }
        Ok(Self {
            db,
            routes: Arc::new(routes),
            public_url: public_url.trim_end_matches('/').to_owned(),
            clock: Arc::new(SystemClock),
            jitter: Arc::new(RandomJitter),
            policy: RetryPolicy::default(),
            lease: DEFAULT_LEASE,
        })
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    pub fn with_jitter(mut self, jitter: Arc<dyn Jitter>) -> Self {
        self.jitter = jitter;
        self
    }

    pub fn with_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Whether any gateway can be sent through.
    pub fn has_routes(&self) -> bool {
        !self.routes.is_empty()
    }

    /// Sends what is due now, at most `max_per_second` rows per gateway.
    pub async fn run_once(&self) -> Result<Pass, DbErr> {
        let mut pass = Pass::default();
        for route in self.routes.values() {
            self.drain(route, &mut pass).await?;
        }
        Ok(pass)
    }

    async fn drain(&self, route: &Route, pass: &mut Pass) -> Result<(), DbErr> {
        let gateway = &route.gateway;
        for _ in 0..gateway.max_per_second {
            let now = self.clock.now();
            let Some(row) = outbox::claim(&self.db, &gateway.name, self.lease, now).await? else {
                return Ok(());
            };
            if !take_send_slot(&self.db, &gateway.name, gateway.max_per_second, now).await? {
                outbox::release(&self.db, &row, next_second(now)).await?;
                pass.throttled += 1;
                return Ok(());
            }
            let outcome = self.send(route, &row).await?;
            match outcome {
                Outcome::Sent => pass.sent += 1,
                Outcome::Retrying(_) => pass.retrying += 1,
                Outcome::Failed => pass.failed += 1,
                Outcome::Dead => pass.dead += 1,
                Outcome::Superseded => {}
            }
        }
        Ok(())
    }

    async fn send(&self, route: &Route, row: &sms_outbox::Model) -> Result<Outcome, DbErr> {
        let now = self.clock.now();
        // Claimed this often only if workers kept dying holding it: stop sending it.
        if row.attempts > i32::try_from(self.policy.max_attempts).unwrap_or(i32::MAX) {
            return outbox::give_up(&self.db, row, "claimed too many times", now).await;
        }
        let Some(destination) = row.destination.as_deref() else {
            return outbox::give_up(&self.db, row, "no destination", now).await;
        };
        let coding = if row.coding == log::coding_code(Coding::Ucs2) {
            Coding::Ucs2
        } else {
            Coding::Gsm7
        };
        let report_url = report_url(&route.gateway, &self.public_url, &row.reference);
        let sms = OutboundSms {
            to: destination,
            text: &row.text,
            coding,
            reference: &row.reference,
            idempotency_key: &row.idempotency_key,
            report_url: &report_url,
            now,
        };
        let result = route.sender.send(&sms).await;
        let now = self.clock.now();
        match result {
            Ok(accepted) => {
                let outcome = outbox::record_sent(&self.db, row, &accepted, now).await?;
                if outcome == Outcome::Sent {
                    self.log_sent(row, coding, now).await;
                }
                Ok(outcome)
            }
            Err(error) => {
                let outcome =
                    outbox::record_failure(&self.db, row, &error, &self.policy, self.jitter.unit(), now)
                        .await?;
                tracing::warn!(
                    gateway = %row.gateway,
                    phone = %row.phone_hash,
                    attempt = row.attempts,
                    %error,
                    ?outcome,
                    "SMS not taken by the gateway"
                );
                Ok(outcome)
            }
        }
    }

    /// The message log's outbound row, carrying the reference its delivery report will name.
    async fn log_sent(&self, row: &sms_outbox::Model, coding: Coding, now: DateTime<Utc>) {
        let locale = row
            .locale
            .as_deref()
            .and_then(app::locale::Locale::from_code)
            .unwrap_or(app::locale::Locale::DEFAULT);
        let record = OutboundRecord {
            gateway: &row.gateway,
            phone_hash: &row.phone_hash,
            locale,
            chars: row.text.chars().count(),
            segments: usize::try_from(row.segments).unwrap_or(1),
            coding,
            delivery_ref: Some(&row.reference),
        };
        if let Err(error) = log::record_outbound(&self.db, &record, now).await {
            tracing::warn!(%error, phone = %row.phone_hash, "cannot log an outbound SMS");
        }
    }

    /// Runs `tasks` workers until the process ends; a database error pauses that worker briefly.
    pub async fn run_forever(self, tasks: usize) {
        let mut handles = Vec::new();
        for _ in 0..tasks.max(1) {
            let worker = self.clone();
            handles.push(tokio::spawn(async move {
                loop {
                    match worker.run_once().await {
                        Ok(pass) if pass.handled() > 0 => tokio::task::yield_now().await,
                        Ok(_) => tokio::time::sleep(POLL).await,
                        Err(error) => {
                            tracing::warn!(%error, "SMS sender: database unavailable");
                            tokio::time::sleep(POLL * 4).await;
                        }
                    }
                }
            }));
        }
        for handle in handles {
            let _ = handle.await;
        }
    }
}

/// The start of the second after `now`, when the gateway's slots refill.
fn next_second(now: DateTime<Utc>) -> DateTime<Utc> {
    now.duration_trunc(Duration::seconds(1)).unwrap_or(now) + Duration::seconds(1)
}
