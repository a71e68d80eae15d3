//! The indexed words a last, unfinished word may become. tantivy's prefix query matches every
//! word that starts with it and reads all their documents into a bitset: at a million services
//! "pa" is most of the index, and a finished "obter" reads its own long list a second time.
//! Here a prefix stands for its most common completions only, never for the word itself (its
//! own term query matches it already), and never for a stop word.

use std::collections::HashMap;

use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use super::SearchError;

/// Completions one prefix stands for: the likely ones for what is being typed, few enough that
/// matching them stays cheap.
pub const MAX_COMPLETIONS: usize = 16;

/// The `limit` indexed words of `field` that start with `prefix` and are longer than it, most
/// documents first (then alphabetical, for ties), skipping those `keep` rejects.
pub fn completions(
    searcher: &Searcher,
    field: Field,
    prefix: &str,
    limit: usize,
    mut keep: impl FnMut(&str) -> bool,
) -> Result<Vec<Term>, SearchError> {
    let mut frequencies: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().range().gt(prefix.as_bytes()).into_stream()?;
        while stream.advance() {
            let key = stream.key();
            if !key.starts_with(prefix.as_bytes()) {
                break;
            }
            if let Ok(word) = std::str::from_utf8(key) {
                *frequencies.entry(word.to_owned()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut ranked: Vec<(String, u64)> = frequencies.into_iter().collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(ranked
        .into_iter()
        .filter(|(word, _)| keep(word))
        .take(limit)
        .map(|(word, _)| Term::from_field_text(field, &word))
        .collect())
}
