//! `server import`: reads a catalogue, checks every record, and writes them in one transaction
//! only if all are sound. Re-running an unchanged import writes nothing.

mod csv_template;
mod govbr;
mod hsds;
pub mod markup;
pub mod reasons;
mod record;
mod summary;
mod taxonomy;
mod to_snapshot;
pub mod unmarkdown;
mod upload;
mod writer;

use std::fmt;
use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use crate::cli::ImportFormat;
pub use record::{AgencyRecord, Batch, JurisdictionRecord, Problem, ServiceRecord};
pub use writer::{Counts, References, WriteSummary, references};

/// For the admin panel: uploads read by these importers, records as editorial snapshots, and
/// the agency export in the CSV template.
pub use csv_template::export as csv_export;
pub use taxonomy::Seed;
pub use to_snapshot::to_snapshot;
pub use upload::{UploadedFile, read_upload};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{} problem(s) found, nothing was imported:\n{}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
    #[error("database error, nothing was imported: {0}")]
    Database(#[from] DbErr),
}

#[derive(Debug)]
pub struct ImportSummary {
    pub write: WriteSummary,
    pub parse_seconds: f64,
    pub write_seconds: f64,
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = &self.write;
        writeln!(
            f,
            "agencies: {} created, {} updated, {} unchanged",
            w.agencies.created, w.agencies.updated, w.agencies.unchanged
        )?;
        writeln!(
            f,
            "services: {} created, {} updated, {} unchanged",
            w.services.created, w.services.updated, w.services.unchanged
        )?;
        writeln!(f, "old addresses redirected: {}", w.redirects)?;
        write!(
            f,
            "read in {:.2} s, written in {:.2} s",
            self.parse_seconds, self.write_seconds
        )
    }
}

/// Reads `path` in `format` into records, without touching the database.
pub fn read(format: ImportFormat, path: &Path) -> Result<Batch, ImportError> {
    match format {
        ImportFormat::Govbr => govbr::load(path),
        ImportFormat::Hsds => hsds::load(path),
        ImportFormat::Csv => csv_template::load(path),
    }
    .map_err(ImportError::Invalid)
}

pub async fn run(
    db: &DatabaseConnection,
    format: ImportFormat,
    path: &Path,
    show_progress: bool,
) -> Result<ImportSummary, ImportError> {
    let started = Instant::now();
    let batch = read(format, path)?;
    let parse_seconds = started.elapsed().as_secs_f64();
    let written = Instant::now();
    let write = write_batch(db, &batch, Utc::now(), show_progress).await?;
    Ok(ImportSummary {
        write,
        parse_seconds,
        write_seconds: written.elapsed().as_secs_f64(),
    })
}

/// Writes already-read records; `now` stamps what changes.
pub async fn write_batch(
    db: &DatabaseConnection,
    batch: &Batch,
    now: DateTime<Utc>,
    show_progress: bool,
) -> Result<WriteSummary, ImportError> {
    Ok(writer::write(db, batch, now, show_progress).await?)
}

/// Reads a gov.br bundle already in memory (the demo catalogue).
pub fn read_govbr_bundle(name: &str, xml: String) -> Result<Batch, ImportError> {
    govbr::parse_documents(&[govbr::Document {
        name: name.to_owned(),
        text: xml,
    }])
    .map_err(ImportError::Invalid)
}
