//! Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers and
//! every migration is applied, and the search index is built), for load balancers.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::json;

use super::AppState;
use crate::db::{Readiness, readiness};

pub async fn healthz() -> (StatusCode, Json<serde_json::Value>) {
    (StatusCode::OK, Json(json!({ "status": "ok" })))
}

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    match readiness(&state.db).await {
        Readiness::Ready if !state.index.is_ready() => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "search index building" })),
        ),
        Readiness::Ready => (StatusCode::OK, Json(json!({ "status": "ready" }))),
        Readiness::Unreachable => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "database unreachable" })),
        ),
        Readiness::MigrationsPending => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "migrations pending" })),
        ),
    }
}
