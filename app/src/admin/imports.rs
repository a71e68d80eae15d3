//! What the import pages (`/{lang}/admin/agencies/{id}/import…`) need from the server: plain
//! data and the [`Imports`] trait the server implements. A read answers `Ok(None)` when the
//! member may not import into the agency, and the page shows the same 404 as an unknown address.

use std::sync::Arc;

use super::StaffPass;
use crate::catalog::CatalogError;
use crate::locale::Locale;
use crate::model::Text;

/// Largest file (or set of files) an import accepts: 5 MiB.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;

/// The formats the importers read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Csv,
    Govbr,
    Hsds,
}

impl ImportFormat {
    pub const ALL: [ImportFormat; 3] = [ImportFormat::Csv, ImportFormat::Govbr, ImportFormat::Hsds];

    pub fn code(self) -> &'static str {
        match self {
            ImportFormat::Csv => "csv",
            ImportFormat::Govbr => "govbr",
            ImportFormat::Hsds => "hsds",
        }
    }

    pub fn from_code(code: &str) -> Option<ImportFormat> {
        ImportFormat::ALL.into_iter().find(|f| f.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportForm {
    pub agency_id: i32,
    pub agency_name: Option<Text>,
}

/// Put in the request's extensions by a form post answered 422: the message key and, for the
/// upload form, the format chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportNotice {
    pub error: &'static str,
    pub format: Option<ImportFormat>,
}

/// The notice a post put in this request, if any.
pub fn notice() -> Option<ImportNotice> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ImportNotice>().cloned())
}

/// A reason a record was refused: a message key (`import-reason-…`, `editorial-field-…`), what
/// it names, and the English text when no message fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonLine {
    pub key: String,
    pub field: Option<String>,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedLine {
    /// The uploaded file it is in, when the format has several.
    pub file: String,
    /// The record's identifier in the file, when it has one.
    pub record: String,
    /// Its line, as a spreadsheet numbers them (the header is line 1).
    pub line: Option<u64>,
    pub reasons: Vec<ReasonLine>,
}

/// What happens to one service: `created`, `draft_updated`, `back_to_draft`,
/// `pending_version` or `unchanged` (`admin-import-effect-…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedLine {
    pub record: String,
    pub slug: String,
    pub name: String,
    pub effect: String,
    pub fields: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub created: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub rejected: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DryRun {
    pub upload: String,
    pub format: ImportFormat,
    pub files: Vec<String>,
    pub counts: ImportCounts,
    pub planned: Vec<PlannedLine>,
    pub rejected: Vec<RejectedLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewState {
    /// Not imported yet: what would happen.
    Ready(DryRun),
    /// Imported: the counts of the real run.
    Done(ImportCounts),
    /// Unknown, expired, or another member's upload.
    Gone,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportReview {
    pub agency_id: i32,
    pub agency_name: Option<Text>,
    pub state: ReviewState,
}

#[async_trait::async_trait]
pub trait Imports: Send + Sync + 'static {
    /// The upload form of the agency.
    async fn import_form(
        &self,
        locale: Locale,
        pass: &StaffPass,
        agency: i32,
    ) -> Result<Option<ImportForm>, CatalogError>;
    /// A stored upload: its dry run, or the summary once imported.
    async fn review(
        &self,
        locale: Locale,
        pass: &StaffPass,
        agency: i32,
        upload: &str,
    ) -> Result<Option<ImportReview>, CatalogError>;
}

pub type SharedImports = Arc<dyn Imports>;

pub fn use_imports() -> Result<SharedImports, CatalogError> {
    leptos::prelude::use_context::<SharedImports>().ok_or(CatalogError::Unavailable)
}
