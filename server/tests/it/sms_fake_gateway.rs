//! A stand-in for the gateways' send APIs, on port 0: it records every request exactly as it came
//! (method, path, query, headers, body) and answers as the test says: taken (Kannel's 202, Twilio's
//! 201 with a SID, the aggregator's 200 with an id), an error status, or no answer at all. Only
//! requests it answered with success count as accepted, as a real gateway's would. Also the
//! clock and jitter the sender worker is given in tests.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, DurationRound, Utc};
use server::sms::clock::{Clock, Jitter};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Accept,
    Status(u16),
    /// Answers only after this long: longer than the sender's timeout.
    Hang(Duration),
}

#[derive(Clone, Debug)]
pub struct Seen {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: String,
}

impl Seen {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// A form field of the body.
    pub fn field(&self, name: &str) -> Option<String> {
        pairs(&self.body)
            .into_iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_default()
    }
}

/// Decodes `a=1&b=%2B2` (a query string or a form body) as axum does.
pub fn pairs(encoded: &str) -> Vec<(String, String)> {
    let uri: axum::http::Uri = format!("/?{encoded}").parse().unwrap();
    axum::extract::Query::<Vec<(String, String)>>::try_from_uri(&uri)
        .map(|query| query.0)
        .unwrap_or_default()
}

#[derive(Default)]
struct Inner {
    mode: Option<Mode>,
    received: Vec<Seen>,
    accepted: Vec<Seen>,
    delay: Duration,
}

#[derive(Clone)]
pub struct FakeGateway {
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

impl FakeGateway {
    pub async fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = axum::Router::new()
            .fallback(answer)
            .with_state(Arc::clone(&inner));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { base, inner }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn set(&self, mode: Mode) {
        self.inner.lock().unwrap().mode = Some(mode);
    }

    /// Every accepted request takes this long (to let racing workers overlap).
    pub fn slow_down(&self, delay: Duration) {
        self.inner.lock().unwrap().delay = delay;
    }

    pub fn received(&self) -> Vec<Seen> {
        self.inner.lock().unwrap().received.clone()
    }

    pub fn accepted(&self) -> Vec<Seen> {
        self.inner.lock().unwrap().accepted.clone()
    }
}

async fn answer(State(inner): State<Arc<Mutex<Inner>>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body: Bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap_or_default();
    let seen = Seen {
        method: parts.method,
        path: parts.uri.path().to_owned(),
        query: pairs(parts.uri.query().unwrap_or_default()),
        headers: parts.headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let (mode, delay, n) = {
        let mut inner = inner.lock().unwrap();
        inner.received.push(seen.clone());
        (
            inner.mode.unwrap_or(Mode::Accept),
            inner.delay,
            inner.received.len(),
        )
    };
    match mode {
        Mode::Status(code) => {
            let status = StatusCode::from_u16(code).unwrap();
            (status, "refused").into_response()
        }
        Mode::Hang(wait) => {
            tokio::time::sleep(wait).await;
            (StatusCode::OK, "too late").into_response()
        }
        Mode::Accept => {
            tokio::time::sleep(delay).await;
            let path = seen.path.clone();
            inner.lock().unwrap().accepted.push(seen);
            if path.ends_with("/Messages.json") {
                let sid = format!("SM{n:032}");
                (StatusCode::CREATED, axum::Json(serde_json::json!({ "sid": sid }))).into_response()
            } else if path.contains("sendsms") {
                (StatusCode::ACCEPTED, "0: Accepted for delivery").into_response()
            } else {
                axum::Json(serde_json::json!({ "id": format!("agg-{n}") })).into_response()
            }
        }
    }
}

/// A clock the test moves by hand; it starts on a whole second.
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    /// A second or two after now, so rows queued by webhooks just before are due.
    pub fn starting_now() -> Arc<Self> {
        let start =
            Utc::now().duration_trunc(chrono::Duration::seconds(1)).unwrap() + chrono::Duration::seconds(2);
        Arc::new(Self(Mutex::new(start)))
    }

    pub fn advance(&self, by: chrono::Duration) {
        *self.0.lock().unwrap() += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

pub struct FixedJitter(pub f64);

impl Jitter for FixedJitter {
    fn unit(&self) -> f64 {
        self.0
    }
}
