//! Importer for Open Referral HSDS tabular data packages (1.1 and the 3.0 field names it
//! shares): organizations, services, locations, addresses, phones, schedules, languages and
//! taxonomy, tolerating the usual mess (literal `\n`, addresses without scheme, `9:00am`).

mod casing;
mod mapping;
mod tables;

use std::path::Path;

use super::record::{Batch, Problem};

pub fn load(path: &Path) -> Result<Batch, Vec<Problem>> {
    let tables = tables::Tables::read(path)?;
    mapping::to_batch(&tables)
}

/// The sound records and the problems of the others (the admin panel may import the former).
pub fn load_valid(path: &Path) -> Result<(Batch, Vec<Problem>), Vec<Problem>> {
    let tables = tables::Tables::read(path)?;
    Ok(mapping::to_valid_batch(&tables))
}
