//! What the editorial pages (`/{lang}/admin/services…` and `/{lang}/admin/audit`) need from the
//! server: plain data and the [`Editorial`] trait the server implements. Each read answers
//! `Ok(None)` when the member may not see it, and the page shows the same 404 as an unknown
//! address: other agencies' records are never confirmed to exist.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use super::StaffPass;
use crate::catalog::CatalogError;
use crate::locale::Locale;
use crate::model::Text;

/// Rows per page of the service list and of the audit log.
pub const PAGE_SIZE: u64 = 50;

#[derive(Clone, Debug, PartialEq)]
pub struct AgencyChoice {
    pub id: i32,
    pub name: Text,
}

/// A service in a list: its name in the reader's language (or the next one that has it).
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceLine {
    pub id: i32,
    pub slug: String,
    pub name: Option<Text>,
    /// `draft`, `in_review`, `published` or `archived` (`editorial-status-…`).
    pub status: String,
    pub last_verified: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub draft: u64,
    pub in_review: u64,
    pub published: u64,
    pub archived: u64,
}

/// One row of the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditLine {
    pub id: i32,
    pub at: DateTime<Utc>,
    pub actor: Option<i32>,
    pub actor_name: Option<String>,
    /// The stored code, such as `service.publish`.
    pub action: String,
    pub record_kind: String,
    pub record_id: Option<i32>,
    pub agency_id: Option<i32>,
    pub detail: String,
}

/// Which agency and page of the agency home.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HomeQuery {
    pub agency: Option<i32>,
    /// From 1.
    pub page: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServicesHome {
    /// The agencies the member may choose between (a platform administrator: all of them).
    pub agencies: Vec<AgencyChoice>,
    /// The agency shown; `None`: every agency (platform administrators only).
    pub agency: Option<i32>,
    pub all_allowed: bool,
    pub counts: StatusCounts,
    /// Not verified for 12 months or more, oldest first (the first ones).
    pub due: Vec<ServiceLine>,
    pub due_total: u64,
    /// In review, waiting for a publisher.
    pub waiting: Vec<ServiceLine>,
    /// The latest audit rows, for members who may read the audit log.
    pub recent: Option<Vec<AuditLine>>,
    pub services: Vec<ServiceLine>,
    pub page: u64,
    pub pages: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueLine {
    /// The message key (`editorial-quality-…`).
    pub key: String,
    pub field: Option<String>,
    pub locale: Option<Locale>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReadabilityLine {
    pub locale: Locale,
    pub score: f64,
    /// The sentences that score worst on their own, with their score.
    pub hardest: Vec<(String, f64)>,
}

/// Readability bands on the Flesch scale: 60 or more is plain language.
pub fn readability_band(score: f64) -> &'static str {
    if score >= 60.0 {
        "easy"
    } else if score >= 30.0 {
        "medium"
    } else {
        "hard"
    }
}

/// The workflow steps the member may take on this service now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeskActions {
    pub submit: bool,
    pub reject: bool,
    pub publish: bool,
    pub archive: bool,
    pub verify: bool,
    pub restore: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServiceHead {
    pub id: i32,
    pub slug: String,
    pub name: Option<Text>,
    pub status: String,
    pub version: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDesk {
    pub head: ServiceHead,
    /// A published service has saved changes that are not live yet.
    pub pending: bool,
    pub last_verified: Option<NaiveDate>,
    pub verification_due: bool,
    pub last_rejection: Option<String>,
    pub blocking: Vec<IssueLine>,
    pub warnings: Vec<IssueLine>,
    pub readability: Vec<ReadabilityLine>,
    pub actions: DeskActions,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionLine {
    pub number: i32,
    pub author: Option<String>,
    pub created_at: DateTime<Utc>,
    pub note: Option<String>,
    /// The version citizens see now.
    pub live: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeLine {
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub from: i32,
    pub to: i32,
    pub changes: Vec<ChangeLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VersionsView {
    pub head: ServiceHead,
    /// Newest first.
    pub versions: Vec<VersionLine>,
    pub may_restore: bool,
    pub comparison: Option<Comparison>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AuditView {
    pub rows: Vec<AuditLine>,
    /// Agencies whose log the member may read (a platform administrator: all of them).
    pub agencies: Vec<AgencyChoice>,
    pub all_allowed: bool,
    /// The action codes to filter by.
    pub actions: Vec<String>,
    pub page: u64,
    pub has_next: bool,
}

#[async_trait::async_trait]
pub trait Editorial: Send + Sync + 'static {
    async fn services_home(
        &self,
        locale: Locale,
        pass: &StaffPass,
        query: HomeQuery,
    ) -> Result<Option<ServicesHome>, CatalogError>;
    async fn service_desk(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
    ) -> Result<Option<ServiceDesk>, CatalogError>;
    /// The history, and the differences between two versions when asked.
    async fn versions(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
        compare: Option<(i32, i32)>,
    ) -> Result<Option<VersionsView>, CatalogError>;
    async fn audit(
        &self,
        locale: Locale,
        pass: &StaffPass,
        query: &super::audit_query::AuditQuery,
    ) -> Result<Option<AuditView>, CatalogError>;
    /// One section of the editor, in the `content` language.
    async fn editor(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
        section: super::editor::Section,
        content: Option<Locale>,
    ) -> Result<Option<super::editor::EditorView>, CatalogError>;
    /// The "new service" form; `None` when the member may create in no agency.
    async fn new_service(
        &self,
        locale: Locale,
        pass: &StaffPass,
    ) -> Result<Option<super::editor::NewServiceView>, CatalogError>;
    /// The newest version as citizens would see it, in `content`; with its workflow head.
    async fn preview(
        &self,
        pass: &StaffPass,
        id: i32,
        content: Locale,
    ) -> Result<Option<(ServiceHead, crate::model::ServiceDetail)>, CatalogError>;
}

pub type SharedEditorial = Arc<dyn Editorial>;

pub fn use_editorial() -> Result<SharedEditorial, CatalogError> {
    leptos::prelude::use_context::<SharedEditorial>().ok_or(CatalogError::Unavailable)
}
