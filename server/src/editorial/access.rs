//! Who may do what: one table of actions by role, and the check every editorial function runs
//! first. A refused attempt is logged (a tracing warning and an audit row) and answered as if
//! the service did not exist when the actor has no role in its agency.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait};

use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::{Actor, EditorialError};
use crate::auth::roles::{Grant, Role};
use crate::db::entities::service;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    CreateDraft,
    EditDraft,
    SubmitForReview,
    Reject,
    Publish,
    Archive,
    Restore,
    ConfirmVerified,
    /// See versions, differences, quality reports and the verification list.
    ReadVersions,
    ReadAudit,
    /// Invite staff and grant or revoke their roles in the agency.
    ManageStaff,
    /// Add an agency to the platform.
    CreateAgency,
    /// Change what places an agency on the platform: its address (slug), acronym, level and
    /// jurisdiction.
    EditAgencyFacts,
    /// Change an agency's names and contact details.
    EditAgencyContact,
    /// Import a file into the agency: services land as drafts or new draft versions.
    ImportServices,
    /// Download the agency's services (every status) as CSV.
    ExportServices,
    /// Add, change and delete the platform's life events and topics.
    ManageTaxonomy,
}

impl Action {
    pub const ALL: [Action; 17] = [
        Action::CreateDraft,
        Action::EditDraft,
        Action::SubmitForReview,
        Action::Reject,
        Action::Publish,
        Action::Archive,
        Action::Restore,
        Action::ConfirmVerified,
        Action::ReadVersions,
        Action::ReadAudit,
        Action::ManageStaff,
        Action::CreateAgency,
        Action::EditAgencyFacts,
        Action::EditAgencyContact,
        Action::ImportServices,
        Action::ExportServices,
        Action::ManageTaxonomy,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::CreateDraft => "create_draft",
            Action::EditDraft => "edit_draft",
            Action::SubmitForReview => "submit_for_review",
            Action::Reject => "reject",
            Action::Publish => "publish",
            Action::Archive => "archive",
            Action::Restore => "restore",
            Action::ConfirmVerified => "confirm_verified",
            Action::ReadVersions => "read_versions",
            Action::ReadAudit => "read_audit",
            Action::ManageStaff => "manage_staff",
            Action::CreateAgency => "create_agency",
            Action::EditAgencyFacts => "edit_agency_facts",
            Action::EditAgencyContact => "edit_agency_contact",
            Action::ImportServices => "import_services",
            Action::ExportServices => "export_services",
            Action::ManageTaxonomy => "manage_taxonomy",
        }
    }
}

/// What one role allows in its own agency. A platform administrator may do everything in
/// every agency; no agency role reaches another agency.
fn role_allows(role: Role, action: Action) -> bool {
    use Action::*;
    let editor = matches!(
        action,
        CreateDraft
            | EditDraft
            | SubmitForReview
            | Restore
            | ConfirmVerified
            | ReadVersions
            | ImportServices
            | ExportServices
    );
    match role {
        Role::PlatformAdmin => true,
        // Where an agency sits on the platform, and the taxonomy every agency classifies its
        // services under, are the platform's decisions, not one agency's.
        Role::AgencyAdmin => !matches!(action, CreateAgency | EditAgencyFacts | ManageTaxonomy),
        Role::Publisher => editor || matches!(action, Reject | Publish | Archive),
        Role::Editor => editor,
    }
}

/// The single decision: may someone holding `grants` do `action` on a record of `agency`?
pub fn may(grants: &[Grant], action: Action, agency: i32) -> bool {
    grants.iter().any(|grant| match grant.role {
        Role::PlatformAdmin => true,
        role => grant.agency == Some(agency) && role_allows(role, action),
    })
}

/// May someone holding `grants` do `action` outside every agency? Only the platform-wide
/// role can: an agency role (even one whose agency is missing) never does.
pub fn may_on_platform(grants: &[Grant], action: Action) -> bool {
    grants.iter().any(|grant| {
        grant.role == Role::PlatformAdmin && grant.agency.is_none() && role_allows(grant.role, action)
    })
}

/// Whether the actor holds any role in `agency` (and so may know its services exist).
fn works_in(actor: &Actor, agency: i32) -> bool {
    actor.is_platform_admin() || actor.grants.iter().any(|g| g.agency == Some(agency))
}

/// Checks `action` on an agency (no service yet, as when creating one); a refusal is logged.
pub async fn authorize_agency(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: Action,
    agency: i32,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    if may(&actor.grants, action, agency) {
        return Ok(());
    }
    Err(refuse(
        db,
        actor,
        action,
        RecordKind::Agency,
        Some(agency),
        Some(agency),
        now,
    )
    .await)
}

/// Checks an action on the platform itself, outside every agency (adding an agency): only a
/// platform-wide grant reaches there. A refusal is logged and answered `NotFound`.
pub async fn authorize_platform(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: Action,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    if may_on_platform(&actor.grants, action) {
        return Ok(());
    }
    Err(refuse(db, actor, action, RecordKind::Agency, None, None, now).await)
}

/// Checks an action on a platform-wide record that is not an agency (a taxonomy term): as
/// [`authorize_platform`], with the refusal naming the record.
pub async fn authorize_platform_record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: Action,
    (kind, record_id): (RecordKind, Option<i32>),
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    if may_on_platform(&actor.grants, action) {
        return Ok(());
    }
    Err(refuse(db, actor, action, kind, record_id, None, now).await)
}

/// Loads the service `action` is about and checks the actor may do it there. Unknown ids and
/// other agencies' services are the same `NotFound`; both refusals are logged.
pub async fn authorize(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: Action,
    service_id: i32,
    now: DateTime<Utc>,
) -> Result<service::Model, EditorialError> {
    let Some(found) = service::Entity::find_by_id(service_id).one(db).await? else {
        return Err(EditorialError::NotFound);
    };
    if may(&actor.grants, action, found.agency_id) {
        return Ok(found);
    }
    Err(refuse(
        db,
        actor,
        action,
        RecordKind::Service,
        Some(service_id),
        Some(found.agency_id),
        now,
    )
    .await)
}

/// Logs a refused attempt and says how to answer it: `Forbidden` to staff of the agency,
/// `NotFound` to everyone else.
async fn refuse(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: Action,
    kind: RecordKind,
    record_id: Option<i32>,
    agency: Option<i32>,
    now: DateTime<Utc>,
) -> EditorialError {
    tracing::warn!(
        account = actor.account_id,
        action = action.code(),
        record = kind.code(),
        record_id,
        agency,
        "editorial action refused"
    );
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::AuthorizationDenied,
        record_kind: kind,
        record_id,
        agency,
        detail: serde_json::json!({ "attempted": action.code() }),
    };
    if let Err(error) = audit::record(db, event, now).await {
        return error.into();
    }
    if agency.is_some_and(|agency| works_in(actor, agency)) {
        EditorialError::Forbidden
    } else {
        EditorialError::NotFound
    }
}

#[cfg(test)]
mod tests;
