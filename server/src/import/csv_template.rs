//! Importer for the CSV template agencies keep in a spreadsheet (`docs/import-csv.md`): one row
//! per service, naming its agency and places on the row. Rows are checked one by one, then
//! across the file: ids and slugs are unique, an agency or place is named the same everywhere.

mod channels;
pub mod export;
mod row;
mod table;
mod values;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::record::{AgencyRecord, Batch, JurisdictionRecord, Problem};
use crate::catalog::FieldName;
use crate::text::{slugify, unique_slug};
use row::Parsed;

pub fn load(path: &Path) -> Result<Batch, Vec<Problem>> {
    let (batch, problems) = load_valid(path)?;
    if problems.is_empty() {
        Ok(batch)
    } else {
        Err(problems)
    }
}

/// The sound rows and the problems of the others (the admin panel may import the former);
/// a file that cannot be read at all is only problems.
pub fn load_valid(path: &Path) -> Result<(Batch, Vec<Problem>), Vec<Problem>> {
    let table = table::read(path, &row::COLUMNS)?;
    let problem = |id: &str, line: u64, reason: String| Problem {
        file: table.file.clone(),
        record: format!("{} (line {line})", if id.is_empty() { "-" } else { id }),
        reason,
    };
    let mut problems = Vec::new();
    let mut parsed = Vec::new();
    for row in &table.rows {
        match row::parse(row) {
            Ok(found) => parsed.push(found),
            Err(reasons) => problems.extend(
                reasons
                    .into_iter()
                    .map(|reason| problem(row.get("source_id"), row.line, reason)),
            ),
        }
    }
    let mut consistency = Consistency::default();
    let mut sound = Vec::new();
    for found in parsed {
        let reasons = consistency.check(&found);
        if reasons.is_empty() {
            sound.push(found);
            continue;
        }
        for reason in reasons {
            problems.push(problem(&found.source_id, found.line, reason));
        }
    }
    Ok((consistency.into_batch(sound), problems))
}

/// What earlier rows said, to catch later rows that say it differently.
#[derive(Default)]
struct Consistency {
    ids: HashMap<String, u64>,
    slugs: HashMap<String, u64>,
    agencies: Vec<AgencyRecord>,
    agency_lines: HashMap<String, (usize, u64)>,
    places: Vec<JurisdictionRecord>,
    place_lines: HashMap<String, (usize, u64)>,
}

impl Consistency {
    fn check(&mut self, found: &Parsed) -> Vec<String> {
        let mut reasons = Vec::new();
        if let Some(line) = self.ids.get(&found.source_id) {
            reasons.push(format!("source_id {} is also on line {line}", found.source_id));
        } else {
            self.ids.insert(found.source_id.clone(), found.line);
        }
        if let Some(slug) = &found.explicit_slug {
            match self.slugs.get(slug) {
                Some(line) => reasons.push(format!("slug {slug} is also on line {line}")),
                None => {
                    self.slugs.insert(slug.clone(), found.line);
                }
            }
        } else if slugify(found.service.text(FieldName::NAME).unwrap_or_default(), 150).is_empty() {
            reasons.push("the name gives no slug (no Latin letters or digits): fill in `slug`".into());
        }
        let agency = &found.agency;
        match self.agency_lines.get(&agency.source_id) {
            Some(&(index, line)) => {
                let first = &self.agencies[index];
                if (&first.name, first.level, &first.acronym, &first.website)
                    != (&agency.name, agency.level, &agency.acronym, &agency.website)
                {
                    reasons.push(format!(
                        "agency_id {} is described differently on line {line} \
                         (name, level, acronym and website must match)",
                        agency.source_id.trim_start_matches("csv:org:")
                    ));
                }
            }
            None => {
                self.agency_lines
                    .insert(agency.source_id.clone(), (self.agencies.len(), found.line));
                self.agencies.push(agency.clone());
            }
        }
        for place in &found.places {
            match self.place_lines.get(&place.code) {
                Some(&(index, line)) => {
                    let first = &self.places[index];
                    if first.name != place.name || first.kind != place.kind {
                        reasons.push(format!(
                            "place {} is named {:?} on line {line}, {:?} here",
                            place.code, first.name, place.name
                        ));
                    }
                }
                None => {
                    self.place_lines
                        .insert(place.code.clone(), (self.places.len(), found.line));
                    self.places.push(place.clone());
                }
            }
        }
        reasons
    }

    /// Slugs chosen (given ones first, so generated ones step aside) and places ordered
    /// parents first, as the writer links each place to one it has already written.
    fn into_batch(self, parsed: Vec<Parsed>) -> Batch {
        let mut taken: HashSet<String> = self.slugs.into_keys().collect();
        let services = parsed
            .into_iter()
            .map(|found| {
                let mut service = found.service;
                service.slug = match found.explicit_slug {
                    Some(slug) => slug,
                    None => {
                        let name = service.text(FieldName::NAME).unwrap_or_default();
                        unique_slug(&slugify(name, 150), &mut taken)
                    }
                };
                service
            })
            .collect();
        let mut agency_slugs = HashSet::new();
        let agencies = self
            .agencies
            .into_iter()
            .map(|mut agency| {
                let base = Some(slugify(&agency.name, 120))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| slugify(&agency.source_id, 120));
                agency.slug = unique_slug(&base, &mut agency_slugs);
                agency
            })
            .collect();
        let mut jurisdictions = self.places;
        jurisdictions.sort_by_key(|place| match place.kind {
            "country" => 0,
            "state" => 1,
            _ => 2,
        });
        Batch {
            jurisdictions,
            agencies,
            services,
        }
    }
}
