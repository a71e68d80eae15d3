//! An agency's invitations: making one (the one-time link's token goes back to the page only),
//! listing those not used yet with who made them, and cancelling one so its link stops
//! working at once. Platform-wide invitations (the platform administrator's role) belong to
//! no agency: only platform administrators see and cancel them.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use super::{StaffError, authorize, grant_of};
use crate::auth::AuthError;
use crate::auth::staff::normalize_email;
use crate::db::entities::{account, staff_invitation};
use crate::editorial::access::{Action, authorize_platform};
use crate::editorial::audit::{self, AuditAction, NewEvent, RecordKind};
use crate::editorial::{Actor, FieldError};

/// Invites `email` to `role` in `agency`; returns the token of the one-time link.
pub async fn invite(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    email: &str,
    role: &str,
    now: DateTime<Utc>,
) -> Result<String, StaffError> {
    authorize(db, actor, agency, now).await?;
    let mut errors = Vec::new();
    let grant = grant_of(actor, role, agency).map_err(|e| {
        if let StaffError::Invalid(found) = e {
            errors.extend(found);
        }
    });
    match normalize_email(email) {
        None => errors.push(FieldError::new("email", "editorial-field-invalid-email")),
        Some(email) => {
            let taken = account::Entity::find()
                .filter(account::Column::Email.eq(email.as_str()))
                .count(db)
                .await?;
            if taken > 0 {
                errors.push(FieldError::new("email", "admin-agencies-error-email-taken"));
            }
        }
    }
    let grant = match grant {
        Ok(grant) if errors.is_empty() => grant,
        _ => return Err(StaffError::Invalid(errors)),
    };
    let txn = db.begin().await?;
    let token = crate::auth::staff::invite(&txn, email, &grant, Some(actor.account_id), now)
        .await
        .map_err(|error| match error {
            AuthError::Database(error) => StaffError::Database(error),
            _ => StaffError::Invalid(vec![FieldError::new("email", "editorial-field-invalid-email")]),
        })?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::StaffInvited,
        record_kind: RecordKind::Agency,
        record_id: Some(agency),
        agency: Some(agency),
        // The address says who was invited; the token never leaves this function but to the page.
        detail: json!({ "email": normalize_email(email), "role": grant.role.code() }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(token)
}

/// Invitations not used yet, newest first: the agency's, and the platform-wide ones when the
/// reader is a platform administrator. Expired ones stay listed (the page marks them) until
/// cancelled, so an administrator sees who never accepted.
pub async fn pending_invitations(
    db: &impl ConnectionTrait,
    actor: &Actor,
    agency: i32,
) -> Result<Vec<staff_invitation::Model>, DbErr> {
    let mut whose = Condition::any().add(staff_invitation::Column::AgencyId.eq(agency));
    if actor.is_platform_admin() {
        whose = whose.add(staff_invitation::Column::AgencyId.is_null());
    }
    staff_invitation::Entity::find()
        .filter(whose)
        .filter(staff_invitation::Column::UsedAt.is_null())
        .order_by_desc(staff_invitation::Column::CreatedAt)
        .order_by_desc(staff_invitation::Column::Id)
        .all(db)
        .await
}

/// Cancels an invitation not used yet, from `agency`'s page: the row goes (only its hash was
/// stored), so its link stops working at once. Another agency's invitation is refused (and
/// logged) like another agency's page; a platform-wide one needs a platform administrator.
pub async fn cancel_invitation(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    invitation: i32,
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    authorize(db, actor, agency, now).await?;
    let found = staff_invitation::Entity::find_by_id(invitation)
        .filter(staff_invitation::Column::UsedAt.is_null())
        .one(db)
        .await?
        .ok_or(StaffError::NotFound)?;
    match found.agency_id {
        Some(theirs) => authorize(db, actor, theirs, now).await?,
        None => authorize_platform(db, actor, Action::ManageStaff, now).await?,
    }
    if found.agency_id.is_some_and(|theirs| theirs != agency) {
        return Err(StaffError::NotFound);
    }
    let txn = db.begin().await?;
    let removed = staff_invitation::Entity::delete_many()
        .filter(staff_invitation::Column::Id.eq(found.id))
        .filter(staff_invitation::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        // Accepted in the meantime: there is nothing left to cancel.
        return Err(StaffError::NotFound);
    }
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::StaffInvitationCancelled,
        record_kind: RecordKind::Agency,
        record_id: Some(agency),
        agency: Some(agency),
        detail: json!({ "invitation": found.id, "email": found.email, "role": found.role }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(())
}
