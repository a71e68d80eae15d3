//! Files uploaded through the admin panel, read by the very importers the CLI runs: written to
//! a private temporary folder laid out as each importer expects, then read keeping the sound
//! records beside the problems of the others. The folder is removed when reading ends.

use std::path::{Path, PathBuf};

use super::record::{Batch, Problem};
use super::{csv_template, govbr, hsds};
use crate::cli::ImportFormat;

/// One uploaded file: the name the browser gave it and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Reason given when the files do not fit the format (mapped to a message by `reasons`).
pub const ONE_FILE: &str = "expected exactly one file";

fn refuse(reason: impl Into<String>) -> Vec<Problem> {
    vec![Problem {
        file: "-".into(),
        record: "-".into(),
        reason: reason.into(),
    }]
}

/// The records of `files` read as `format`: the sound ones, and the problems of the others.
/// `Err` when nothing could be read (a missing column, malformed XML, no file).
pub fn read_upload(
    format: ImportFormat,
    files: &[UploadedFile],
) -> Result<(Batch, Vec<Problem>), Vec<Problem>> {
    let folder = tempfile::tempdir().map_err(|e| refuse(format!("cannot read: {e}")))?;
    let path = lay_out(format, folder.path(), files)?;
    let read = match format {
        ImportFormat::Govbr => govbr::load_valid(&path),
        ImportFormat::Hsds => hsds::load_valid(&path),
        ImportFormat::Csv => csv_template::load_valid(&path),
    };
    // Problems name the temporary path; people know the file by the name they uploaded.
    let shown = |mut problem: Problem| {
        problem.file = shown_name(folder.path(), &problem.file);
        problem
    };
    match read {
        Ok((batch, problems)) => Ok((batch, problems.into_iter().map(shown).collect())),
        Err(problems) => Err(problems.into_iter().map(shown).collect()),
    }
}

/// Where each importer looks: one CSV file; one gov.br XML (or `.gz`) file, or several XML
/// files as a bundle's `servicos/`; an HSDS package's tables in `data/`.
fn lay_out(format: ImportFormat, folder: &Path, files: &[UploadedFile]) -> Result<PathBuf, Vec<Problem>> {
    let write = |dir: &Path, index: usize, file: &UploadedFile| {
        let path = dir.join(safe_name(&file.name, index));
        std::fs::write(&path, &file.bytes)
            .map(|()| path)
            .map_err(|e| refuse(format!("cannot read: {e}")))
    };
    match (format, files) {
        (_, []) => Err(refuse(ONE_FILE)),
        (ImportFormat::Csv, [file]) | (ImportFormat::Govbr, [file]) => write(folder, 0, file),
        (ImportFormat::Csv, _) => Err(refuse(ONE_FILE)),
        (ImportFormat::Govbr, many) => {
            let dir = folder.join("servicos");
            std::fs::create_dir(&dir).map_err(|e| refuse(format!("cannot read: {e}")))?;
            for (index, file) in many.iter().enumerate() {
                write(&dir, index, file)?;
            }
            Ok(folder.to_path_buf())
        }
        (ImportFormat::Hsds, many) => {
            let dir = folder.join("data");
            std::fs::create_dir(&dir).map_err(|e| refuse(format!("cannot read: {e}")))?;
            for (index, file) in many.iter().enumerate() {
                write(&dir, index, file)?;
            }
            Ok(folder.to_path_buf())
        }
    }
}

/// The browser's file name without any folder, in letters, digits, `.`, `-` and `_` only, so
/// it can never point outside the temporary folder.
fn safe_name(name: &str, index: usize) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    let clean = clean.trim_start_matches('.');
    if clean.is_empty() {
        format!("upload-{index}")
    } else {
        clean.to_owned()
    }
}

fn shown_name(folder: &Path, file: &str) -> String {
    Path::new(file)
        .strip_prefix(folder)
        .ok()
        .and_then(|rest| rest.file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_the_folder() {
        assert_eq!(safe_name("../../etc/passwd", 0), "passwd");
        assert_eq!(safe_name("C:\\Users\\ana\\servicios.csv", 0), "servicios.csv");
        assert_eq!(safe_name("..", 3), "upload-3");
        assert_eq!(safe_name("año 2026.csv", 0), "ao2026.csv");
    }

    #[test]
    fn a_csv_upload_is_read_with_its_problems() {
        let text =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv/services.csv"))
                .unwrap();
        let file = UploadedFile {
            name: "services.csv".into(),
            bytes: text,
        };
        let (batch, problems) = read_upload(ImportFormat::Csv, &[file]).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert!(!batch.services.is_empty());
        let two = vec![
            UploadedFile {
                name: "a.csv".into(),
                bytes: Vec::new(),
            };
            2
        ];
        assert_eq!(
            read_upload(ImportFormat::Csv, &two).unwrap_err()[0].reason,
            ONE_FILE
        );
    }
}
