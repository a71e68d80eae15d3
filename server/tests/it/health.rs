//! Liveness and readiness.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn healthz_and_readyz_answer(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let (status, body) = app.page("/healthz").await;
    assert_eq!(status, 200);
    assert!(body.contains("ok"));
    let (status, body) = app.page("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("ready"));
}
on_both_backends!(healthz_and_readyz, healthz_and_readyz_answer);
