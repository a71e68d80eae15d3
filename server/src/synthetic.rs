//! `server seed-synthetic`: a national-scale catalogue made from the real gov.br services,
//! copied to generated states, municipalities and secretariats, to measure search at 100k–1M
//! services. The same size and seed always give byte-identical records, written through the
//! importer's writer a batch (one transaction) at a time.

mod agencies;
mod apportion;
mod geography;
mod localize;
mod names;
mod plan;
mod rng;
mod services;
mod states;

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::time::Instant;

use app::model::Level;
use chrono::{DateTime, Utc};
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::DatabaseConnection;

use crate::import::{Batch, Counts, ImportError, WriteSummary, read_govbr_bundle, write_batch};
use services::{Catalogue, Generated};

/// The most services one run generates; a million is the target, five leaves headroom.
pub const MAX_SERVICES: u64 = 5_000_000;
/// Services per transaction: large enough to amortise the writer's reference lookups, small
/// enough that memory stays flat at a million.
const BATCH: usize = 5_000;

// The demo module keeps its copy private; the linker may fold the two identical constants.
const BUNDLE: &[u8] = include_bytes!("../demo/govbr-cartas.xml.gz");
const BUNDLE_NAME: &str = "server/demo/govbr-cartas.xml.gz";

#[derive(Debug, thiserror::Error)]
pub enum SyntheticError {
    #[error("{0}")]
    Import(#[from] ImportError),
    #[error("cannot decompress the bundled gov.br catalogue: {0}")]
    Bundle(#[from] std::io::Error),
    #[error("{requested} services cannot be placed: at most {most}")]
    TooMany { requested: u64, most: u64 },
}

#[derive(Debug, Default)]
pub struct SyntheticSummary {
    /// Country, states and municipalities.
    pub places: usize,
    pub agencies: Counts,
    pub services: Counts,
    pub national: u64,
    pub state: u64,
    pub municipal: u64,
    pub seconds: f64,
}

impl fmt::Display for SyntheticSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.national + self.state + self.municipal;
        writeln!(f, "places: {} (country, 27 states, municipalities)", self.places)?;
        writeln!(
            f,
            "agencies: {} created, {} updated",
            self.agencies.created, self.agencies.updated
        )?;
        writeln!(
            f,
            "services: {} created, {} updated, {} unchanged ({} national, {} state, {} municipal)",
            self.services.created,
            self.services.updated,
            self.services.unchanged,
            self.national,
            self.state,
            self.municipal
        )?;
        write!(
            f,
            "done in {:.1} s ({:.0} services/s)",
            self.seconds,
            total as f64 / self.seconds.max(0.001)
        )
    }
}

/// The real services every synthetic one copies, after the importer's merging of revisions.
pub fn read_templates() -> Result<Batch, SyntheticError> {
    let mut xml = String::new();
    flate2::read::GzDecoder::new(BUNDLE).read_to_string(&mut xml)?;
    Ok(read_govbr_bundle(BUNDLE_NAME, xml)?)
}

/// Generates `services` services from `seed` and writes them; `now` stamps what changes.
pub async fn run(
    db: &DatabaseConnection,
    services: u64,
    seed: u64,
    now: DateTime<Utc>,
    show_progress: bool,
) -> Result<SyntheticSummary, SyntheticError> {
    let started = Instant::now();
    let catalogue = Catalogue::new(seed, services, read_templates()?)?;
    let places = catalogue.jurisdictions();
    let mut summary = SyntheticSummary {
        places: places.len(),
        ..SyntheticSummary::default()
    };
    let reference = Batch {
        jurisdictions: places,
        ..Batch::default()
    };
    write_batch(db, &reference, now, false).await?;
    let progress = progress_bar(services, show_progress);
    let mut generated = catalogue.services();
    loop {
        let batch = next_batch(&catalogue, &mut generated, &mut summary);
        if batch.services.is_empty() {
            break;
        }
        let batch_started = Instant::now();
        let written = write_batch(db, &batch, now, false).await?;
        add(&mut summary, &written);
        progress.inc(batch.services.len() as u64);
        tracing::debug!(
            services = batch.services.len(),
            agencies = batch.agencies.len(),
            seconds = batch_started.elapsed().as_secs_f64(),
            "synthetic batch written"
        );
    }
    progress.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// The next services and the agencies they name (the writer looks agencies up per batch).
fn next_batch(
    catalogue: &Catalogue,
    generated: &mut impl Iterator<Item = Generated>,
    summary: &mut SyntheticSummary,
) -> Batch {
    let mut agencies = BTreeMap::new();
    let mut services = Vec::with_capacity(BATCH);
    for item in generated.take(BATCH) {
        if !agencies.contains_key(&item.service.agency_source_id)
            && let Some(agency) = catalogue.agency(&item)
        {
            agencies.insert(agency.source_id.clone(), agency);
        }
        match item.service.level {
            Level::National => summary.national += 1,
            Level::State => summary.state += 1,
            Level::Municipal => summary.municipal += 1,
        }
        services.push(item.service);
    }
    Batch {
        jurisdictions: Vec::new(),
        agencies: agencies.into_values().collect(),
        services,
    }
}

fn add(summary: &mut SyntheticSummary, written: &WriteSummary) {
    let sum = |total: &mut Counts, more: &Counts| {
        total.created += more.created;
        total.updated += more.updated;
        total.unchanged += more.unchanged;
    };
    sum(&mut summary.agencies, &written.agencies);
    sum(&mut summary.services, &written.services);
}

fn progress_bar(services: u64, show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(services);
    if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta})") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message("synthetic services");
    bar
}

#[cfg(test)]
mod tests;
