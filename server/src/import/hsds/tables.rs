//! Reads the package's CSV files into rows keyed by column name.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::import::record::Problem;

pub type Row = HashMap<String, String>;

pub struct Table {
    pub file: String,
    pub rows: Vec<Row>,
}

impl Table {
    /// Rows whose `column` equals `value`.
    pub fn index_by(&self, column: &str) -> HashMap<String, Vec<&Row>> {
        let mut index: HashMap<String, Vec<&Row>> = HashMap::new();
        for row in &self.rows {
            if let Some(key) = row.get(column).map(|v| v.trim()).filter(|v| !v.is_empty()) {
                index.entry(key.to_owned()).or_default().push(row);
            }
        }
        index
    }
}

pub struct Tables {
    pub organizations: Table,
    pub services: Table,
    pub locations: Table,
    pub services_at_location: Table,
    pub physical_addresses: Table,
    pub phones: Table,
    pub regular_schedules: Table,
    pub languages: Table,
    pub services_taxonomy: Table,
    pub taxonomy: Table,
}

fn data_folder(path: &Path) -> PathBuf {
    if path.join("data").join("services.csv").exists() {
        path.join("data")
    } else {
        path.to_path_buf()
    }
}

/// Reads one CSV file. `required` columns must be in the header; in the core tables (not
/// `optional`) they must also be filled in every row, while rows of optional tables with an
/// empty key are skipped, as the source has many.
fn read_table(folder: &Path, name: &str, required: &[&str], optional: bool) -> Result<Table, Vec<Problem>> {
    let path = folder.join(name);
    let file = path.display().to_string();
    let problem = |record: String, reason: String| Problem {
        file: file.clone(),
        record,
        reason,
    };
    if !path.exists() {
        return if optional {
            Ok(Table {
                file,
                rows: Vec::new(),
            })
        } else {
            Err(vec![problem("-".into(), "required file is missing".into())])
        };
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&path)
        .map_err(|e| vec![problem("-".into(), format!("cannot read: {e}"))])?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| vec![problem("header".into(), format!("malformed header: {e}"))])?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
        .collect();
    let missing: Vec<&&str> = required
        .iter()
        .filter(|column| !headers.iter().any(|h| h == *column))
        .collect();
    if !missing.is_empty() {
        return Err(vec![problem(
            "header".into(),
            format!("missing column(s): {missing:?}"),
        )]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        // Line numbers as a spreadsheet shows them: the header is line 1.
        let line = format!("line {}", index + 2);
        match record {
            Ok(record) => {
                let row: Row = headers
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_owned))
                    .collect();
                let empty: Vec<&&str> = required
                    .iter()
                    .filter(|column| row.get(**column).is_none_or(|v| v.trim().is_empty()))
                    .collect();
                match (empty.first(), optional) {
                    (None, _) => rows.push(row),
                    (Some(_), true) => {}
                    (Some(column), false) => {
                        problems.push(problem(line, format!("empty required field `{column}`")))
                    }
                }
            }
            Err(error) => problems.push(problem(line, format!("malformed CSV: {error}"))),
        }
    }
    if problems.is_empty() {
        Ok(Table { file, rows })
    } else {
        Err(problems)
    }
}

impl Tables {
    pub fn read(path: &Path) -> Result<Self, Vec<Problem>> {
        if !path.is_dir() {
            return Err(vec![Problem {
                file: path.display().to_string(),
                record: "-".into(),
                reason: "an HSDS data package is a folder of CSV files".into(),
            }]);
        }
        let folder = data_folder(path);
        let mut problems = Vec::new();
        let mut take = |name: &str, required: &[&str], optional: bool| match read_table(
            &folder, name, required, optional,
        ) {
            Ok(table) => table,
            Err(mut found) => {
                problems.append(&mut found);
                Table {
                    file: name.to_owned(),
                    rows: Vec::new(),
                }
            }
        };
        let tables = Tables {
            organizations: take("organizations.csv", &["id", "name"], false),
            services: take("services.csv", &["id", "organization_id", "name"], false),
            locations: take("locations.csv", &["id"], true),
            services_at_location: take("services_at_location.csv", &["service_id", "location_id"], true),
            physical_addresses: take("physical_addresses.csv", &["location_id"], true),
            phones: take("phones.csv", &["number"], true),
            regular_schedules: take("regular_schedules.csv", &["weekday"], true),
            languages: take("languages.csv", &["language"], true),
            services_taxonomy: take("services_taxonomy.csv", &["service_id", "taxonomy_id"], true),
            taxonomy: take("taxonomy.csv", &["id", "name"], true),
        };
        if problems.is_empty() {
            Ok(tables)
        } else {
            Err(problems)
        }
    }
}
