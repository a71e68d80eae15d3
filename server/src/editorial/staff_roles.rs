//! An agency's staff as its administrators manage them: who holds which role, invitations
//! (made, listed, cancelled), changing or revoking a role, and deactivating or reactivating an
//! account (deactivated, it can no longer sign in and its sessions end). Agency administrators
//! act in their own agency, platform administrators everywhere; nobody deactivates or
//! reactivates themselves, and the last platform administrator stays. Every change writes its
//! audit row in the same transaction.

mod account_status;
mod invitations;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, TransactionTrait,
};

use super::access::{Action, authorize_agency};
use super::audit;
use super::{Actor, EditorialError, FieldError};
use crate::auth::roles::{self, Grant, Role};
use crate::db::entities::{account, account_role};

pub use account_status::{deactivate, reactivate};
pub use invitations::{cancel_invitation, invite, pending_invitations};

/// The account status that keeps someone out: sign-in and sessions only accept `active`.
pub const DEACTIVATED: &str = "deactivated";
/// The status of an account that may sign in.
pub const ACTIVE: &str = "active";

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// No such agency or member, or one the actor may not manage: the same answer for both.
    #[error("not found")]
    NotFound,
    #[error("invalid fields: {0:?}")]
    Invalid(Vec<FieldError>),
    /// Removing the role or account would leave the platform without an administrator.
    #[error("the last platform administrator")]
    LastPlatformAdmin,
    #[error("deactivating or reactivating one's own account")]
    OwnAccount,
    /// The member also holds roles the actor may not manage (another agency, the platform).
    #[error("roles elsewhere")]
    RolesElsewhere,
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl StaffError {
    /// The message key the staff page shows.
    pub fn key(&self) -> &'static str {
        match self {
            StaffError::NotFound => "editorial-error-not-found",
            StaffError::Invalid(_) => "editorial-error-invalid",
            StaffError::LastPlatformAdmin => "admin-agencies-error-last-platform-admin",
            StaffError::OwnAccount => "admin-agencies-error-own-account",
            StaffError::RolesElsewhere => "admin-agencies-error-roles-elsewhere",
            StaffError::Database(_) => "editorial-error-unavailable",
        }
    }
}

impl From<EditorialError> for StaffError {
    fn from(error: EditorialError) -> Self {
        match error {
            EditorialError::Database(error) => StaffError::Database(error),
            EditorialError::Invalid(errors) => StaffError::Invalid(errors),
            // A role of the agency that may not manage staff sees the same 404 as a stranger.
            _ => StaffError::NotFound,
        }
    }
}

/// The roles that can be given in an agency, and the platform-wide one for those who hold it.
pub fn grantable(actor: &Actor) -> Vec<Role> {
    let mut roles = vec![Role::Editor, Role::Publisher, Role::AgencyAdmin];
    if actor.is_platform_admin() {
        roles.push(Role::PlatformAdmin);
    }
    roles
}

/// Checks the actor manages `agency`'s staff; refusals are logged and answered `NotFound`.
pub async fn authorize(
    db: &impl ConnectionTrait,
    actor: &Actor,
    agency: i32,
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    Ok(authorize_agency(db, actor, Action::ManageStaff, agency, now).await?)
}

/// The grant a role code means in `agency`; an unknown code or one the actor may not give is
/// an invalid `role` field.
fn grant_of(actor: &Actor, code: &str, agency: i32) -> Result<Grant, StaffError> {
    let role = Role::from_code(code.trim())
        .filter(|role| grantable(actor).contains(role))
        .ok_or_else(|| StaffError::Invalid(vec![FieldError::new("role", "editorial-field-unknown-value")]))?;
    Ok(Grant {
        role,
        agency: role.needs_agency().then_some(agency),
    })
}

/// The member's roles the actor sees on `agency`'s page: those in the agency, and the
/// platform-wide one for platform administrators.
async fn member_grants(
    db: &impl ConnectionTrait,
    actor: &Actor,
    agency: i32,
    member: i32,
) -> Result<Vec<Grant>, StaffError> {
    let grants: Vec<Grant> = roles::of(db, member)
        .await?
        .into_iter()
        .filter(|g| g.agency == Some(agency) || (actor.is_platform_admin() && g.agency.is_none()))
        .collect();
    if grants.is_empty() {
        return Err(StaffError::NotFound);
    }
    Ok(grants)
}

async fn remove_grant(
    db: &impl ConnectionTrait,
    actor: &Actor,
    member: i32,
    grant: &Grant,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut delete = account_role::Entity::delete_many()
        .filter(account_role::Column::AccountId.eq(member))
        .filter(account_role::Column::Role.eq(grant.role.code()));
    delete = match grant.agency {
        Some(agency) => delete.filter(account_role::Column::AgencyId.eq(agency)),
        None => delete.filter(account_role::Column::AgencyId.is_null()),
    };
    delete.exec(db).await?;
    audit::record_role_change(db, actor.account_id, member, grant, false, now).await
}

/// Active platform administrators other than `except`, their role rows locked until the
/// transaction ends so two administrators removing each other cannot both succeed.
async fn other_platform_admins(db: &impl ConnectionTrait, except: i32) -> Result<u64, DbErr> {
    let holders: Vec<i32> = account_role::Entity::find()
        .filter(account_role::Column::Role.eq(Role::PlatformAdmin.code()))
        .lock_exclusive()
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.account_id)
        .filter(|id| *id != except)
        .collect();
    if holders.is_empty() {
        return Ok(0);
    }
    account::Entity::find()
        .filter(account::Column::Id.is_in(holders))
        .filter(account::Column::Status.eq(ACTIVE))
        .count(db)
        .await
}

/// Gives the member `role` in the agency in place of the agency roles they hold there.
pub async fn change_role(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    member: i32,
    role: &str,
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    authorize(db, actor, agency, now).await?;
    let held = member_grants(db, actor, agency, member).await?;
    let wanted = grant_of(actor, role, agency)?;
    if wanted.agency.is_none() {
        // The platform-wide role is given by invitation, not swapped for an agency role.
        return Err(StaffError::Invalid(vec![FieldError::new(
            "role",
            "editorial-field-unknown-value",
        )]));
    }
    let txn = db.begin().await?;
    for grant in held.iter().filter(|g| g.agency.is_some() && **g != wanted) {
        remove_grant(&txn, actor, member, grant, now).await?;
    }
    if !held.contains(&wanted) {
        roles::grant(&txn, member, &wanted, now).await?;
        audit::record_role_change(&txn, actor.account_id, member, &wanted, true, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Takes one role from the member; the platform-wide one only while another remains.
pub async fn revoke(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    member: i32,
    role: &str,
    now: DateTime<Utc>,
) -> Result<(), StaffError> {
    authorize(db, actor, agency, now).await?;
    let held = member_grants(db, actor, agency, member).await?;
    let grant = grant_of(actor, role, agency)?;
    if !held.contains(&grant) {
        return Err(StaffError::NotFound);
    }
    let txn = db.begin().await?;
    if grant.role == Role::PlatformAdmin && other_platform_admins(&txn, member).await? == 0 {
        return Err(StaffError::LastPlatformAdmin);
    }
    remove_grant(&txn, actor, member, &grant, now).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use app::i18n::tr;
    use app::locale::Locale;

    use super::audit::AuditAction;
    use super::*;

    /// The keys the staff page shows for refusals, and the audit log's names of the changes.
    #[test]
    fn every_message_key_is_translated_in_every_locale() {
        let errors = [
            StaffError::NotFound,
            StaffError::Invalid(Vec::new()),
            StaffError::LastPlatformAdmin,
            StaffError::OwnAccount,
            StaffError::RolesElsewhere,
            StaffError::Database(DbErr::Custom(String::new())),
        ];
        let mut keys: Vec<String> = errors.iter().map(|e| e.key().to_owned()).collect();
        let actions = [
            AuditAction::StaffInvited,
            AuditAction::StaffDeactivated,
            AuditAction::StaffInvitationCancelled,
            AuditAction::StaffReactivated,
            AuditAction::AgencyCreated,
            AuditAction::AgencyUpdated,
        ];
        keys.extend(actions.map(|a| format!("editorial-audit-{}", a.code().replace('.', "-"))));
        keys.push("admin-agencies-error-email-taken".to_owned());
        // The page's notices of the changes answered with a redirect.
        for done in [
            "role-changed",
            "role-revoked",
            "deactivated",
            "reactivated",
            "invitation-cancelled",
        ] {
            keys.push(format!("admin-agencies-done-{done}"));
        }
        for locale in Locale::ALL {
            for key in &keys {
                let text = tr(locale, key);
                assert!(!text.is_empty() && text != *key, "{key} in {locale:?}");
            }
        }
    }
}
