//! "Last verified": editors confirm a service's facts are still right, and services not
//! confirmed for 12 months are listed for their agency. Confirming is not an edit: it changes
//! no content and no version, so it never conflicts with someone's save.

use chrono::{DateTime, Months, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde::Serialize;
use serde_json::json;

use super::access::{Action, authorize, authorize_agency};
use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::{Actor, EditorialError, Status};
use crate::db::entities::service;

/// How long a confirmation lasts.
const VALID_FOR: Months = Months::new(12);

/// Whether a service verified on `last` (or never) is due on `today`: 12 months or more ago.
pub fn is_due(last: Option<NaiveDate>, today: NaiveDate) -> bool {
    match (last, today.checked_sub_months(VALID_FOR)) {
        (Some(last), Some(cutoff)) => last <= cutoff,
        (None, _) => true,
        (Some(_), None) => false,
    }
}

/// Records that the actor checked the service today.
pub async fn confirm_verified(
    db: &DatabaseConnection,
    actor: &Actor,
    service_id: i32,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let row = authorize(db, actor, Action::ConfirmVerified, service_id, now).await?;
    let txn = db.begin().await?;
    service::Entity::update_many()
        .col_expr(service::Column::LastVerifiedOn, Expr::value(today))
        .filter(service::Column::Id.eq(service_id))
        .exec(&txn)
        .await?;
    // The page shows the date: the search index's copy follows.
    crate::search::record_changes(&txn, &[service_id], now).await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::ServiceVerified,
        record_kind: RecordKind::Service,
        record_id: Some(service_id),
        agency: Some(row.agency_id),
        detail: json!({ "verified_on": today.to_string() }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unverified {
    pub service_id: i32,
    pub slug: String,
    pub status: Status,
    pub last_verified_on: Option<NaiveDate>,
}

/// The agency's services (archived ones aside) not verified for 12 months, the oldest first.
pub async fn needs_verification(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<Unverified>, EditorialError> {
    authorize_agency(db, actor, Action::ReadVersions, agency, now).await?;
    let mut select = service::Entity::find()
        .filter(service::Column::AgencyId.eq(agency))
        .filter(service::Column::Status.ne(Status::Archived.code()));
    if let Some(cutoff) = today.checked_sub_months(VALID_FOR) {
        select = select.filter(
            service::Column::LastVerifiedOn
                .is_null()
                .or(service::Column::LastVerifiedOn.lte(cutoff)),
        );
    }
    Ok(select
        .order_by_asc(service::Column::LastVerifiedOn)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|row| is_due(row.last_verified_on, today))
        .map(|row| Unverified {
            service_id: row.id,
            status: Status::from_code(&row.status),
            slug: row.slug,
            last_verified_on: row.last_verified_on,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_confirmation_lasts_twelve_months() {
        let today = day(2026, 11, 28);
        assert!(is_due(None, today));
        assert!(is_due(Some(day(2025, 11, 28)), today), "exactly 12 months");
        assert!(is_due(Some(day(2024, 1, 1)), today));
        assert!(!is_due(Some(day(2025, 11, 29)), today));
        assert!(!is_due(Some(today), today));
        // 29 February: a year later the cutoff is the 28th.
        assert!(is_due(Some(day(2024, 2, 28)), day(2025, 2, 28)));
        assert!(!is_due(Some(day(2024, 2, 29)), day(2025, 2, 27)));
    }
}
