//! Reads a template CSV file as spreadsheets save it: UTF-8 checked, byte-order mark dropped,
//! `,` `;` or tab delimiter detected, header matched to the template's columns, each row kept
//! with the line it starts on.

use std::collections::HashMap;
use std::path::Path;

use crate::import::record::Problem;

/// One data row: values by template column, trimmed, and the line a spreadsheet shows it on.
pub struct Row {
    pub line: u64,
    values: HashMap<&'static str, String>,
}

impl Row {
    /// The value of `column`, empty when the column is absent or the cell blank.
    pub fn get(&self, column: &str) -> &str {
        self.values.get(column).map(String::as_str).unwrap_or_default()
    }
}

pub struct Table {
    pub file: String,
    pub rows: Vec<Row>,
}

/// The columns a file may have, and those it must have.
pub struct Columns {
    pub known: &'static [&'static str],
    pub required: &'static [&'static str],
}

pub fn read(path: &Path, columns: &Columns) -> Result<Table, Vec<Problem>> {
    let file = path.display().to_string();
    let problem = |record: String, reason: String| Problem {
        file: file.clone(),
        record,
        reason,
    };
    if path.is_dir() {
        return Err(vec![problem(
            "-".into(),
            "expected a .csv file, found a folder".into(),
        )]);
    }
    let bytes = std::fs::read(path).map_err(|e| vec![problem("-".into(), format!("cannot read: {e}"))])?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        vec![problem(
            format!("line {line}"),
            "not UTF-8 text: save the spreadsheet as \"CSV UTF-8\"".into(),
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| vec![problem("header".into(), format!("malformed header: {e}"))])?
        .iter()
        .map(normalize_column)
        .collect();
    let slots = match_header(&header, columns).map_err(|reason| vec![problem("header".into(), reason)])?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line()).unwrap_or_default();
                problems.push(problem(format!("line {line}"), format!("malformed CSV: {error}")));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or_default();
        if record.iter().all(str::is_empty) {
            continue;
        }
        let mut values = HashMap::new();
        for (index, value) in record.iter().enumerate() {
            match slots.get(index).copied().flatten() {
                Some(column) => {
                    values.insert(column, unguarded(value));
                }
                None if value.is_empty() => {}
                None => problems.push(problem(
                    format!("line {line}"),
                    format!("value {value:?} in column {} has no column name", index + 1),
                )),
            }
        }
        rows.push(Row { line, values });
    }
    if problems.is_empty() {
        Ok(Table { file, rows })
    } else {
        Err(problems)
    }
}

/// The apostrophe spreadsheets (and the admin panel's export) put before a leading `=`, `+`,
/// `-` or `@` so the cell is not run as a formula: a guard, not part of the value.
fn unguarded(value: &str) -> String {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => value.to_owned(),
    }
}

/// Spreadsheets in many locales save with `;`, because `,` is their decimal mark: the header
/// line tells which delimiter this file uses.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut quoted = false;
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    for byte in header.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == byte) {
            entry.1 += 1;
        }
    }
    // Ties go to the first, the comma.
    counts
        .iter()
        .fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best })
        .0
}

/// "Source ID" and "source-id" are read as `source_id`.
fn normalize_column(name: &str) -> String {
    name.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// Each header cell's template column; nameless (trailing) columns map to nothing.
fn match_header(header: &[String], columns: &Columns) -> Result<Vec<Option<&'static str>>, String> {
    let mut slots = Vec::with_capacity(header.len());
    let mut unknown = Vec::new();
    let mut repeated = Vec::new();
    for name in header {
        if name.is_empty() {
            slots.push(None);
            continue;
        }
        match columns.known.iter().find(|known| **known == name) {
            Some(known) if slots.contains(&Some(*known)) => {
                repeated.push(name.as_str());
                slots.push(None);
            }
            Some(known) => slots.push(Some(*known)),
            None => {
                unknown.push(name.as_str());
                slots.push(None);
            }
        }
    }
    let missing: Vec<&str> = columns
        .required
        .iter()
        .filter(|required| !slots.contains(&Some(**required)))
        .copied()
        .collect();
    let mut reasons = Vec::new();
    if !missing.is_empty() {
        reasons.push(format!("missing column(s): {}", missing.join(", ")));
    }
    if !unknown.is_empty() {
        reasons.push(format!(
            "unknown column(s): {} (see docs/import-csv.md for the template's columns)",
            unknown.join(", ")
        ));
    }
    if !repeated.is_empty() {
        reasons.push(format!("repeated column(s): {}", repeated.join(", ")));
    }
    if reasons.is_empty() {
        Ok(slots)
    } else {
        Err(reasons.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: Columns = Columns {
        known: &["source_id", "name", "level"],
        required: &["source_id", "name"],
    };

    fn read_text(text: &[u8]) -> Result<Table, Vec<Problem>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.csv");
        std::fs::write(&path, text).unwrap();
        read(&path, &COLUMNS)
    }

    #[test]
    fn delimiter_is_detected_from_the_header() {
        assert_eq!(delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(delimiter("a,b,c\n1;2"), b',');
        assert_eq!(delimiter("\"a;x\",b\n"), b',');
        assert_eq!(delimiter("a\tb\n"), b'\t');
        assert_eq!(delimiter("a\n"), b',');
    }

    #[test]
    fn bom_spaces_and_semicolons_are_tolerated() {
        let table = read_text("\u{feff} Source ID ; name ;\n x1 ;  Un nombre ; \n;;\n".as_bytes()).unwrap();
        assert_eq!(table.rows.len(), 1, "blank rows are skipped");
        assert_eq!(table.rows[0].get("source_id"), "x1");
        assert_eq!(table.rows[0].get("name"), "Un nombre");
        assert_eq!(table.rows[0].get("level"), "");
        assert_eq!(table.rows[0].line, 2);
    }

    #[test]
    fn the_formula_guard_is_dropped() {
        let table = read_text(b"source_id,name\na,'=1+2\nb,'quoted\n").unwrap();
        assert_eq!(table.rows[0].get("name"), "=1+2");
        assert_eq!(table.rows[1].get("name"), "'quoted");
    }

    #[test]
    fn multi_line_cells_keep_the_line_they_start_on() {
        let table = read_text(b"source_id,name\na,\"one\ntwo\"\nb,three\n").unwrap();
        assert_eq!(table.rows[1].line, 4);
    }

    #[test]
    fn header_problems_are_named() {
        let problems = read_text(b"source_id,nmae,name,name\n").err().unwrap();
        assert_eq!(problems[0].record, "header");
        assert!(
            problems[0].reason.contains("unknown column(s): nmae"),
            "{problems:?}"
        );
        assert!(
            problems[0].reason.contains("repeated column(s): name"),
            "{problems:?}"
        );
        let problems = read_text(b"source_id\n").err().unwrap();
        assert!(problems[0].reason.contains("missing column(s): name"));
    }

    #[test]
    fn other_encodings_are_refused_with_their_line() {
        let problems = read_text(b"source_id,name\na,ok\nb,Jos\xe9\n").err().unwrap();
        assert_eq!(problems[0].record, "line 3");
        assert!(problems[0].reason.contains("UTF-8"));
    }
}
