//! The staff tools' form posts and downloads: the SMS simulator (send a message, start over),
//! the SMS statistics as CSV, the editorial workflow's forms and the audit log as CSV. The pages
//! themselves are leptos routes reading [`view::SqlAdmin`] and [`editorial_view::SqlEditorial`].
//! Every handler decides access on the server first: signed out → 303 to the staff sign-in;
//! anyone else without the role → the same 404 as an unknown address.

mod agencies;
pub mod agencies_view;
mod audit;
mod audit_view;
mod desk_view;
mod editor;
mod editor_choices;
mod editor_form;
mod editor_form_lists;
mod editor_form_parts;
mod editor_parse;
mod editor_preview;
mod editor_rows;
mod editor_view;
pub mod editorial_view;
mod form_post;
mod home_view;
mod import;
mod import_store;
pub mod import_view;
mod services;
mod simulator;
mod staff;
mod staff_view;
mod taxonomy;
pub mod taxonomy_view;
pub mod view;

use app::admin::parse_range;
use app::locale::Locale;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::Utc;
use serde::Deserialize;

use super::AppState;
use super::body_size::UPLOAD_BODY_BYTES;
use super::ratings::pages;
use crate::auth::accounts::Current;
use crate::auth::staff_access::{self, Access, StaffMember};
use crate::sms::stats_report;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/admin/taxonomy/new", post(taxonomy::create))
        .route("/{lang}/admin/taxonomy/{id}/edit", post(taxonomy::update))
        .route("/{lang}/admin/taxonomy/{id}/delete", post(taxonomy::delete))
        .route("/{lang}/admin/sms/simulator", post(simulator::send))
        .route("/{lang}/admin/sms/simulator/reset", post(simulator::reset))
        .route("/{lang}/admin/sms/stats.csv", get(stats_csv))
        .route("/{lang}/admin/audit.csv", get(audit::csv))
        .route("/{lang}/admin/services/new", post(editor::create))
        .route("/{lang}/admin/services/{id}/edit", post(editor::save))
        .route("/{lang}/admin/services/{id}/submit", post(services::submit))
        .route("/{lang}/admin/services/{id}/reject", post(services::reject))
        .route("/{lang}/admin/services/{id}/publish", post(services::publish))
        .route("/{lang}/admin/services/{id}/archive", post(services::archive))
        .route("/{lang}/admin/services/{id}/verify", post(services::verify))
        .route(
            "/{lang}/admin/services/{id}/versions/{number}/restore",
            post(services::restore),
        )
        .route(
            "/{lang}/admin/agencies/{id}/import",
            post(import::upload).layer(DefaultBodyLimit::max(UPLOAD_BODY_BYTES)),
        )
        .route(
            "/{lang}/admin/agencies/{id}/import/{upload}",
            post(import::confirm),
        )
        .route("/{lang}/admin/agencies/{id}/services.csv", get(import::export))
        .route("/{lang}/admin/agencies/new", post(agencies::create))
        .route("/{lang}/admin/agencies/{id}/edit", post(agencies::update))
        .route("/{lang}/admin/agencies/{id}/staff", post(staff::invite))
        .route(
            "/{lang}/admin/agencies/{id}/staff/{account}/role",
            post(staff::change_role),
        )
        .route(
            "/{lang}/admin/agencies/{id}/staff/{account}/revoke",
            post(staff::revoke),
        )
        .route(
            "/{lang}/admin/agencies/{id}/staff/{account}/deactivate",
            post(staff::deactivate),
        )
        .route(
            "/{lang}/admin/agencies/{id}/staff/{account}/reactivate",
            post(staff::reactivate),
        )
        .route(
            "/{lang}/admin/agencies/{id}/staff/invitations/{invitation}/cancel",
            post(staff::cancel_invitation),
        )
}

/// What a staff tool needs of the person asking.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    AnyStaff,
    PlatformAdmin,
}

/// The staff member, or the response to send instead.
pub async fn gate(
    state: &AppState,
    locale: Locale,
    current: Option<&Current>,
    needs: Needs,
) -> Result<StaffMember, Response> {
    match staff_access::access(&state.db, current).await {
        Ok(Access::SignedOut) => Err(see_other(&format!("/{}/staff/sign-in", locale.code()))),
        Ok(Access::Staff(member)) if needs == Needs::AnyStaff || member.is_platform_admin() => Ok(member),
        Ok(_) => Err(pages::message(locale, StatusCode::NOT_FOUND, "error-404-title")),
        Err(error) => {
            tracing::error!(%error, "cannot check staff access");
            Err(pages::message(
                locale,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-503-title",
            ))
        }
    }
}

pub fn see_other(location: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location.to_owned())]).into_response()
}

#[derive(Deserialize, Default)]
pub struct RangeParams {
    from: Option<String>,
    to: Option<String>,
}

async fn stats_csv(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    current: Option<Extension<Current>>,
    Query(params): Query<RangeParams>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    if let Err(refusal) = gate(&state, locale, current.as_ref(), Needs::PlatformAdmin).await {
        return refusal;
    }
    let today = Utc::now().date_naive();
    let range = match parse_range(params.from.as_deref(), params.to.as_deref(), today) {
        Ok(range) => range,
        Err(error) => return pages::message(locale, StatusCode::BAD_REQUEST, error.message_key()),
    };
    let body = match stats_report::report(&state.db, range).await {
        Ok(stats) => stats_report::daily_csv(&stats).map_err(|error| error.to_string()),
        Err(error) => Err(error.to_string()),
    };
    match body {
        Ok(body) => {
            let name = format!(
                "attachment; filename=\"sms-{}-{}.csv\"",
                range.from.format("%Y-%m-%d"),
                range.to.format("%Y-%m-%d")
            );
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                    (header::CONTENT_DISPOSITION, name),
                ],
                body,
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(%error, "cannot write the SMS statistics CSV");
            pages::message(locale, StatusCode::SERVICE_UNAVAILABLE, "error-503-title")
        }
    }
}
