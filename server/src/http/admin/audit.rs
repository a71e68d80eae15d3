//! `GET /{lang}/admin/audit.csv`: the audit log with the page's filters, as CSV (at most
//! `audit::MAX_ROWS` rows). Signed out → the staff sign-in; members who read no log (editors,
//! publishers) → the same 404 as an unknown address; unreadable filters → 400 with the reason.

use app::admin::audit_query::AuditParams;
use app::locale::Locale;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{Needs, audit_view, gate};
use crate::auth::accounts::Current;
use crate::editorial::audit::MAX_ROWS;
use crate::editorial::audit_csv;
use crate::http::AppState;
use crate::http::ratings::pages;

#[derive(Deserialize, Default)]
pub struct Params {
    actor: Option<String>,
    action: Option<String>,
    agency: Option<String>,
    record: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

pub async fn csv(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
    Query(params): Query<Params>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    let actor = match gate(&state, locale, current.as_ref(), Needs::AnyStaff).await {
        Ok(member) => member,
        Err(refusal) => return refusal,
    };
    let typed = AuditParams {
        actor: params.actor,
        action: params.action,
        agency: params.agency,
        record: params.record,
        from: params.from,
        to: params.to,
        page: None,
    };
    let query = match typed.read() {
        Ok(query) => query,
        Err(key) => {
            // Only those who read some log learn what was wrong with the filters.
            let empty = app::admin::audit_query::AuditQuery::default();
            return match audit_view::rows(&state.db, &actor, &empty, 1).await {
                Ok(Some(_)) => pages::message(locale, StatusCode::BAD_REQUEST, key),
                Ok(None) => pages::message(locale, StatusCode::NOT_FOUND, "error-404-title"),
                Err(error) => unavailable(locale, error),
            };
        }
    };
    match audit_view::rows(&state.db, &actor, &query, MAX_ROWS).await {
        Ok(Some(rows)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\""),
            ],
            audit_csv::to_csv(&rows),
        )
            .into_response(),
        Ok(None) => pages::message(locale, StatusCode::NOT_FOUND, "error-404-title"),
        Err(error) => unavailable(locale, error),
    }
}

fn unavailable(locale: Locale, error: crate::editorial::EditorialError) -> Response {
    tracing::error!(%error, "cannot export the audit log");
    pages::message(locale, StatusCode::SERVICE_UNAVAILABLE, "error-503-title")
}
