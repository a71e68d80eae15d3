//! Turning a member's account off and on again. Deactivated, it can no longer sign in and its
//! sessions end; its roles stay, so reactivating gives the same access back. Both follow the
//! same rules: the member holds a role the actor manages here, nobody acts on their own
//! account, and someone who also works where the actor may not manage staff is left to a
//! platform administrator.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
    TransactionTrait,
};
use serde_json::json;

use super::{ACTIVE, DEACTIVATED, StaffError, authorize, member_grants, other_platform_admins};
use crate::auth::roles::{self, Grant, Role};
use crate::db::entities::{account, session};
use crate::editorial::Actor;
use crate::editorial::access::{Action, may};
use crate::editorial::audit::{self, AuditAction, NewEvent, RecordKind};

/// Every role of a member the actor may turn off or on from `agency`'s page; refusals as the
/// module says.
async fn reachable(
    db: &impl ConnectionTrait,
    actor: &Actor,
    agency: i32,
    member: i32,
    now: DateTime<Utc>,
) -> Result<Vec<Grant>, StaffError> {
    authorize(db, actor, agency, now).await?;
    member_grants(db, actor, agency, member).await?;
    if member == actor.account_id {
        return Err(StaffError::OwnAccount);
    }
    let all = roles::of(db, member).await?;
    let elsewhere = all.iter().any(|g| match g.agency {
        Some(other) => !may(&actor.grants, Action::ManageStaff, other),
        None => !actor.is_platform_admin(),
    });
    if elsewhere {
        return Err(StaffError::RolesElsewhere);
    }
    Ok(all)
}

/// Sets the account's status from `from` to `to`; whether it changed.
async fn set_status(
    db: &impl ConnectionTrait,
    member: i32,
    from: &str,
    to: &str,
) -> Result<bool, StaffError> {
    let changed = account::Entity::update_many()
        .col_expr(account::Column::Status, Expr::value(to))
        .filter(account::Column::Id.eq(member))
        .filter(account::Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(changed.rows_affected > 0)
}

/// Logs the change on the member's account and commits it with its row.
async fn log_and_commit(
    txn: DatabaseTransaction,
    actor: &Actor,
    action: AuditAction,
    (agency, member): (i32, i32),
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    let event = NewEvent {
        actor: Some(actor.account_id),
        action,
        record_kind: RecordKind::Account,
        record_id: Some(member),
        agency: Some(agency),
        detail: json!({}),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Deactivates the member's account: it can no longer sign in and its sessions end. Its roles
/// stay, so the history of who did what keeps its names.
pub async fn deactivate(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    member: i32,
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    let all = reachable(db, actor, agency, member, now).await?;
    let txn = db.begin().await?;
    let is_platform_admin = all.iter().any(|g| g.role == Role::PlatformAdmin);
    if is_platform_admin && other_platform_admins(&txn, member).await? == 0 {
        return Err(StaffError::LastPlatformAdmin);
    }
    if !set_status(&txn, member, ACTIVE, DEACTIVATED).await? {
        // Already deactivated: nothing to do, nothing to log.
        return Ok(());
    }
    session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(member))
        .exec(&txn)
        .await?;
    log_and_commit(txn, actor, AuditAction::StaffDeactivated, (agency, member), now).await
}

/// Reactivates a deactivated account: it may sign in again with its password and passkeys,
/// and holds the roles it kept.
pub async fn reactivate(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    member: i32,
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    reachable(db, actor, agency, member, now).await?;
    let txn = db.begin().await?;
    if !set_status(&txn, member, DEACTIVATED, ACTIVE).await? {
        // Already active (or in another state this page does not lift): nothing to log.
        return Ok(());
    }
    log_and_commit(txn, actor, AuditAction::StaffReactivated, (agency, member), now).await
}
