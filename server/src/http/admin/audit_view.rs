//! The audit log's page data and CSV rows, from the same filters. Whose log: the agency asked
//! for when the member may read it; without one, a platform administrator reads the whole
//! log and an agency administrator their (first) agency's. Anyone else: not found.

use app::admin::audit_query::AuditQuery;
use app::admin::editorial::{AuditView, PAGE_SIZE};
use app::catalog::CatalogError;
use app::locale::Locale;
use chrono::{Duration, NaiveDate, NaiveTime};
use sea_orm::DatabaseConnection;

use super::editorial_view::{audit_lines, found, unavailable};
use super::home_view::agency_choices;
use crate::db::entities::audit_event;
use crate::editorial::audit::{self, AuditAction, AuditFilter, MAX_ROWS, RecordKind};
use crate::editorial::{Action, Actor, EditorialError, may};

/// Which agency's log (`None`: the whole log), or `None` when the member reads none.
fn scope(actor: &Actor, asked: Option<i32>) -> Option<Option<i32>> {
    match asked {
        Some(agency) => may(&actor.grants, Action::ReadAudit, agency).then_some(Some(agency)),
        None if actor.is_platform_admin() => Some(None),
        None => {
            let mut readable: Vec<i32> = actor
                .grants
                .iter()
                .filter_map(|g| g.agency)
                .filter(|a| may(&actor.grants, Action::ReadAudit, *a))
                .collect();
            readable.sort_unstable();
            readable.first().map(|a| Some(*a))
        }
    }
}

fn start_of(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    day.and_time(NaiveTime::MIN).and_utc()
}

/// The rows matching `query`, newest first, at most `limit`; `None` when the member may not
/// read that log.
pub(super) async fn rows(
    db: &DatabaseConnection,
    actor: &Actor,
    query: &AuditQuery,
    limit: u64,
) -> Result<Option<Vec<audit_event::Model>>, EditorialError> {
    let Some(agency) = scope(actor, query.agency) else {
        return Ok(None);
    };
    let filter = AuditFilter {
        actor: query.actor,
        action: query.action.clone(),
        agency,
        record: query.record.map(|id| (RecordKind::Service.code().to_owned(), id)),
        from: query.from.map(start_of),
        until: query.to.map(|to| start_of(to) + Duration::days(1)),
        limit: Some(limit),
    };
    match audit::list(db, actor, &filter).await {
        Ok(rows) => Ok(Some(rows)),
        Err(EditorialError::Forbidden | EditorialError::NotFound) => Ok(None),
        Err(error) => Err(error),
    }
}

pub(super) async fn view(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    query: &AuditQuery,
) -> Result<Option<AuditView>, CatalogError> {
    let page = query.page.max(1);
    let limit = page.saturating_mul(PAGE_SIZE).saturating_add(1).min(MAX_ROWS);
    let Some(found_rows) = found(rows(db, actor, query, limit).await)?.flatten() else {
        return Ok(None);
    };
    let skip = usize::try_from((page - 1).saturating_mul(PAGE_SIZE)).unwrap_or(usize::MAX);
    let has_next = found_rows.len() > skip.saturating_add(PAGE_SIZE as usize);
    let shown: Vec<audit_event::Model> = found_rows
        .into_iter()
        .skip(skip)
        .take(PAGE_SIZE as usize)
        .collect();
    Ok(Some(AuditView {
        rows: audit_lines(db, shown).await.map_err(unavailable)?,
        agencies: agency_choices(db, locale, actor, Action::ReadAudit)
            .await
            .map_err(unavailable)?,
        all_allowed: actor.is_platform_admin(),
        actions: AuditAction::ALL.iter().map(|a| a.code().to_owned()).collect(),
        page,
        has_next,
    }))
}
