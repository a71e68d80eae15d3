//! The audit log: who did what to which record, and when. This module only inserts and reads
//! rows; nothing in the application updates or deletes them.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use serde_json::{Value, json};

use super::access::{Action, may};
use super::{Actor, EditorialError};
use crate::auth::roles::Grant;
use crate::db::entities::audit_event;

/// What happened. The codes are stored and exported; renaming one would split the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    ServiceCreated,
    ServiceSaved,
    ServiceSubmitted,
    ServiceRejected,
    ServicePublished,
    ServiceArchived,
    ServiceRestored,
    ServiceVerified,
    AuthorizationDenied,
    StaffSignedIn,
    RoleGranted,
    RoleRevoked,
    StaffInvited,
    StaffDeactivated,
    /// An invitation withdrawn before it was used: its link stops working.
    StaffInvitationCancelled,
    StaffReactivated,
    AgencyCreated,
    AgencyUpdated,
    /// One service written by an import from the admin panel.
    ServiceImported,
    /// An import from the admin panel finished, with its counts.
    ImportCompleted,
    TaxonomyCreated,
    TaxonomyUpdated,
    TaxonomyDeleted,
}

impl AuditAction {
    /// Every action, in the order the audit page offers them as filters.
    pub const ALL: [AuditAction; 23] = [
        AuditAction::ServiceCreated,
        AuditAction::ServiceSaved,
        AuditAction::ServiceSubmitted,
        AuditAction::ServiceRejected,
        AuditAction::ServicePublished,
        AuditAction::ServiceArchived,
        AuditAction::ServiceRestored,
        AuditAction::ServiceVerified,
        AuditAction::AuthorizationDenied,
        AuditAction::StaffSignedIn,
        AuditAction::RoleGranted,
        AuditAction::RoleRevoked,
        AuditAction::StaffInvited,
        AuditAction::StaffDeactivated,
        AuditAction::StaffInvitationCancelled,
        AuditAction::StaffReactivated,
        AuditAction::AgencyCreated,
        AuditAction::AgencyUpdated,
        AuditAction::ServiceImported,
        AuditAction::ImportCompleted,
        AuditAction::TaxonomyCreated,
        AuditAction::TaxonomyUpdated,
        AuditAction::TaxonomyDeleted,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::ServiceCreated => "service.create",
            AuditAction::ServiceSaved => "service.save",
            AuditAction::ServiceSubmitted => "service.submit",
            AuditAction::ServiceRejected => "service.reject",
            AuditAction::ServicePublished => "service.publish",
            AuditAction::ServiceArchived => "service.archive",
            AuditAction::ServiceRestored => "service.restore",
            AuditAction::ServiceVerified => "service.verify",
            AuditAction::AuthorizationDenied => "authorization.denied",
            AuditAction::StaffSignedIn => "staff.sign_in",
            AuditAction::RoleGranted => "staff.role_granted",
            AuditAction::RoleRevoked => "staff.role_revoked",
            AuditAction::StaffInvited => "staff.invited",
            AuditAction::StaffDeactivated => "staff.deactivated",
            AuditAction::StaffInvitationCancelled => "staff.invitation_cancelled",
            AuditAction::StaffReactivated => "staff.reactivated",
            AuditAction::AgencyCreated => "agency.created",
            AuditAction::AgencyUpdated => "agency.updated",
            AuditAction::ServiceImported => "service.imported",
            AuditAction::ImportCompleted => "import.completed",
            AuditAction::TaxonomyCreated => "taxonomy.created",
            AuditAction::TaxonomyUpdated => "taxonomy.updated",
            AuditAction::TaxonomyDeleted => "taxonomy.deleted",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Service,
    Agency,
    Account,
    /// A life event or topic.
    Term,
}

impl RecordKind {
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Service => "service",
            RecordKind::Agency => "agency",
            RecordKind::Account => "account",
            RecordKind::Term => "term",
        }
    }
}

/// An event to append. `detail` must never hold a secret (no tokens, hashes or passwords).
#[derive(Clone, Debug)]
pub struct NewEvent {
    pub actor: Option<i32>,
    pub action: AuditAction,
    pub record_kind: RecordKind,
    pub record_id: Option<i32>,
    pub agency: Option<i32>,
    pub detail: Value,
}

/// Appends one event, inside the caller's transaction when given one, so the log and the
/// change it describes are written together or not at all.
pub async fn record(db: &impl ConnectionTrait, event: NewEvent, now: DateTime<Utc>) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        occurred_at: Set(now),
        actor_account_id: Set(event.actor),
        action: Set(event.action.code().to_owned()),
        record_kind: Set(event.record_kind.code().to_owned()),
        record_id: Set(event.record_id),
        agency_id: Set(event.agency),
        detail: Set(event.detail.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// For the staff sign-in: a staff member opened a session on the panel.
pub async fn record_sign_in(
    db: &impl ConnectionTrait,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let event = NewEvent {
        actor: Some(account_id),
        action: AuditAction::StaffSignedIn,
        record_kind: RecordKind::Account,
        record_id: Some(account_id),
        agency: None,
        detail: json!({}),
    };
    record(db, event, now).await
}

/// For role management: `actor` granted (or revoked) `grant` to `account_id`.
pub async fn record_role_change(
    db: &impl ConnectionTrait,
    actor: i32,
    account_id: i32,
    grant: &Grant,
    granted: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let event = NewEvent {
        actor: Some(actor),
        action: if granted {
            AuditAction::RoleGranted
        } else {
            AuditAction::RoleRevoked
        },
        record_kind: RecordKind::Account,
        record_id: Some(account_id),
        agency: grant.agency,
        detail: json!({ "role": grant.role.code() }),
    };
    record(db, event, now).await
}

/// Which events to read; every criterion given must match.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub actor: Option<i32>,
    pub action: Option<String>,
    /// Required unless the reader is a platform administrator.
    pub agency: Option<i32>,
    pub record: Option<(String, i32)>,
    /// From this instant (inclusive)…
    pub from: Option<DateTime<Utc>>,
    /// …to this one (exclusive).
    pub until: Option<DateTime<Utc>>,
    /// At most this many, newest first (capped at [`MAX_ROWS`]).
    pub limit: Option<u64>,
}

/// The most rows one read returns, so an export stays a bounded response.
pub const MAX_ROWS: u64 = 10_000;

/// Reads events, newest first. Agency administrators read their agency's log; the whole log
/// (no agency in the filter) is for platform administrators.
pub async fn list(
    db: &impl ConnectionTrait,
    reader: &Actor,
    filter: &AuditFilter,
) -> Result<Vec<audit_event::Model>, EditorialError> {
    let allowed = match filter.agency {
        Some(agency) => may(&reader.grants, Action::ReadAudit, agency),
        None => reader.is_platform_admin(),
    };
    if !allowed {
        return Err(EditorialError::Forbidden);
    }
    Ok(read(db, filter).await?)
}

/// Reads events without checking who asks: for this module's callers that already did.
pub(super) async fn read(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
) -> Result<Vec<audit_event::Model>, DbErr> {
    let mut select = audit_event::Entity::find();
    if let Some(actor) = filter.actor {
        select = select.filter(audit_event::Column::ActorAccountId.eq(actor));
    }
    if let Some(action) = &filter.action {
        select = select.filter(audit_event::Column::Action.eq(action.as_str()));
    }
    if let Some(agency) = filter.agency {
        select = select.filter(audit_event::Column::AgencyId.eq(agency));
    }
    if let Some((kind, id)) = &filter.record {
        select = select
            .filter(audit_event::Column::RecordKind.eq(kind.as_str()))
            .filter(audit_event::Column::RecordId.eq(*id));
    }
    if let Some(from) = filter.from {
        select = select.filter(audit_event::Column::OccurredAt.gte(from));
    }
    if let Some(until) = filter.until {
        select = select.filter(audit_event::Column::OccurredAt.lt(until));
    }
    select
        .order_by_desc(audit_event::Column::OccurredAt)
        .order_by_desc(audit_event::Column::Id)
        .limit(filter.limit.unwrap_or(MAX_ROWS).min(MAX_ROWS))
        .all(db)
        .await
}
