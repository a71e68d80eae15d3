//! Reads the package's CSV files (or their gzip-compressed `.csv.gz` form) into rows keyed by
//! column name.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
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
    let data = path.join("data");
    if data.join("services.csv").exists() || data.join("services.csv.gz").exists() {
        data
    } else {
        path.to_path_buf()
    }
}

/// `name`, or else `name.gz`, which packages shipped compressed hold instead.
fn find(folder: &Path, name: &str) -> Option<PathBuf> {
    let plain = folder.join(name);
    let compressed = folder.join(format!("{name}.gz"));
    [plain, compressed].into_iter().find(|path| path.exists())
}

fn open(path: &Path) -> std::io::Result<Box<dyn Read>> {
    let file = File::open(path)?;
    Ok(if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// Reads one CSV file. `required` columns must be in the header; in the core tables (not
/// `optional`) they must also be filled in every row, while rows of optional tables with an
/// empty key are skipped, as the source has many.
fn read_table(folder: &Path, name: &str, required: &[&str], optional: bool) -> Result<Table, Vec<Problem>> {
    let found = find(folder, name);
    let file = found
        .as_deref()
        .unwrap_or(&folder.join(name))
        .display()
        .to_string();
    let problem = |record: String, reason: String| Problem {
        file: file.clone(),
        record,
        reason,
    };
    let Some(path) = found else {
        return if optional {
            Ok(Table {
                file,
                rows: Vec::new(),
            })
        } else {
            Err(vec![problem("-".into(), "required file is missing".into())])
        };
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(open(&path).map_err(|e| vec![problem("-".into(), format!("cannot read: {e}"))])?);
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

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn compressed_tables_are_read_like_plain_ones() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        let mut gz = flate2::write::GzEncoder::new(
            File::create(data.join("services.csv.gz")).unwrap(),
            flate2::Compression::default(),
        );
        gz.write_all(b"id,organization_id,name\n1,9,Food bank\n").unwrap();
        gz.finish().unwrap();
        std::fs::write(data.join("organizations.csv"), "id,name\n9,Helpers\n").unwrap();
        let tables = Tables::read(dir.path()).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(tables.services.rows[0]["name"], "Food bank");
        assert!(tables.services.file.ends_with("services.csv.gz"));
        assert_eq!(tables.organizations.rows.len(), 1);
    }
}
