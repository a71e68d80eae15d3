//! Importer for Brazil's federal service catalogue ("cartas de serviço", XML v3): a folder with
//! `servicos/*.xml` and `conteudo/orgaos/*.xml`, one XML file, or a gzip-compressed bundle.

mod agency;
mod parts;
mod service;
mod xml;

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::record::{Batch, JurisdictionRecord, Problem, ServiceRecord};

/// The whole catalogue is national: one jurisdiction, Brazil (ISO 3166-1).
pub const COUNTRY_CODE: &str = "BR";

/// One XML document and the name it is reported under.
pub struct Document {
    pub name: String,
    pub text: String,
}

pub fn load(path: &Path) -> Result<Batch, Vec<Problem>> {
    let documents = read_documents(path)?;
    parse_documents(&documents)
}

/// The sound records and the problems of the others (the admin panel may import the former).
pub fn load_valid(path: &Path) -> Result<(Batch, Vec<Problem>), Vec<Problem>> {
    let documents = read_documents(path)?;
    Ok(parse_valid(&documents))
}

fn problem(file: &str, record: &str, reason: impl Into<String>) -> Problem {
    Problem {
        file: file.to_owned(),
        record: record.to_owned(),
        reason: reason.into(),
    }
}

fn read_documents(path: &Path) -> Result<Vec<Document>, Vec<Problem>> {
    let shown = path.display().to_string();
    if path.is_dir() {
        let mut files = xml_files(&path.join("conteudo").join("orgaos"));
        let services = xml_files(&path.join("servicos"));
        if services.is_empty() {
            return Err(vec![problem(
                &shown,
                "-",
                "no servicos/*.xml files in this folder",
            )]);
        }
        files.extend(services);
        return files
            .into_iter()
            .map(|file| read_text(&file))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|p| vec![p]);
    }
    let bytes = std::fs::read(path).map_err(|e| vec![problem(&shown, "-", format!("cannot read: {e}"))])?;
    let text = if shown.ends_with(".gz") {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_string(&mut text)
            .map_err(|e| {
                vec![problem(
                    &shown,
                    "-",
                    format!("not a gzip-compressed UTF-8 file: {e}"),
                )]
            })?;
        text
    } else {
        String::from_utf8(bytes).map_err(|_| vec![problem(&shown, "-", "not UTF-8 text")])?
    };
    Ok(vec![Document { name: shown, text }])
}

fn xml_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn read_text(path: &Path) -> Result<Document, Problem> {
    let name = path.display().to_string();
    std::fs::read_to_string(path)
        .map(|text| Document {
            name: name.clone(),
            text,
        })
        .map_err(|e| problem(&name, "-", format!("cannot read as UTF-8 text: {e}")))
}

/// Parses every document, reporting every problem found rather than the first.
pub fn parse_documents(documents: &[Document]) -> Result<Batch, Vec<Problem>> {
    let (batch, problems) = parse_valid(documents);
    if problems.is_empty() {
        Ok(batch)
    } else {
        Err(problems)
    }
}

fn parse_valid(documents: &[Document]) -> (Batch, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut agencies = agency::Agencies::default();
    let mut candidates = Vec::new();
    for document in documents {
        let tree = match roxmltree::Document::parse(&document.text) {
            Ok(tree) => tree,
            Err(error) => {
                problems.push(problem(&document.name, "-", format!("malformed XML: {error}")));
                continue;
            }
        };
        let root = tree.root_element();
        let elements: Vec<roxmltree::Node> = match root.tag_name().name() {
            "servico" | "orgao" => vec![root],
            "servicos" | "cartas" => root.children().filter(roxmltree::Node::is_element).collect(),
            other => {
                problems.push(problem(
                    &document.name,
                    "-",
                    format!("unexpected root element <{other}>"),
                ));
                continue;
            }
        };
        for element in elements {
            match element.tag_name().name() {
                "servico" => match service::parse(element) {
                    Ok(parsed) => {
                        agencies.note_service_agency(&parsed.agency);
                        candidates.push(parsed);
                    }
                    Err((record, reason)) => problems.push(problem(&document.name, &record, reason)),
                },
                "orgao" => {
                    if let Err((record, reason)) = agencies.add_content(element) {
                        problems.push(problem(&document.name, &record, reason));
                    }
                }
                other => problems.push(problem(
                    &document.name,
                    "-",
                    format!("unexpected element <{other}>"),
                )),
            }
        }
    }
    let services = keep_newest(candidates);
    let batch = Batch {
        jurisdictions: vec![JurisdictionRecord {
            code: COUNTRY_CODE.to_owned(),
            kind: "country",
            parent_code: None,
            country_code: COUNTRY_CODE.to_owned(),
            name: "Brasil".to_owned(),
        }],
        agencies: agencies.into_records(),
        services,
    };
    (batch, problems)
}

/// Records that share a database id are revisions of one service, renamed over time: the one
/// with the highest nested record ids is the newest. The others' slugs redirect to it.
fn keep_newest(candidates: Vec<service::Parsed>) -> Vec<ServiceRecord> {
    let mut groups: HashMap<String, Vec<service::Parsed>> = HashMap::new();
    for candidate in candidates {
        groups
            .entry(candidate.record.source_id.clone())
            .or_default()
            .push(candidate);
    }
    let mut services: Vec<ServiceRecord> = groups
        .into_values()
        .filter_map(|mut group| {
            group.sort_by(|a, b| (a.revision, &a.record.slug).cmp(&(b.revision, &b.record.slug)));
            let newest = group.pop()?;
            let mut record = newest.record;
            let mut old: Vec<String> = group
                .into_iter()
                .map(|older| older.record.slug)
                .filter(|slug| *slug != record.slug)
                .collect();
            old.sort();
            old.dedup();
            record.old_slugs = old;
            Some(record)
        })
        .collect();
    services.sort_by(|a, b| a.source_id.cmp(&b.source_id));
    services
}
