//! "Did you mean": each word the index does not know is replaced by the most common indexed
//! word within two edits (one for short words), found with a Levenshtein automaton.

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use super::SearchError;

struct Automaton(DFA);

impl tantivy_fst::Automaton for Automaton {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

fn doc_freq(searcher: &Searcher, field: Field, word: &str) -> Result<u64, SearchError> {
    Ok(searcher.doc_freq(&Term::from_field_text(field, word))?)
}

/// The closest indexed word: fewest edits first, then the most documents.
fn closest(searcher: &Searcher, field: Field, word: &str) -> Result<Option<String>, SearchError> {
    let distance = if word.chars().count() >= 7 { 2 } else { 1 };
    let builder = LevenshteinAutomatonBuilder::new(distance, true);
    let dfa = builder.build_dfa(word);
    let mut best: Option<(u8, Reverse<u64>, String)> = None;
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted
            .terms()
            .search(Automaton(builder.build_dfa(word)))
            .into_stream()?;
        while stream.advance() {
            let Ok(candidate) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            let edits = match dfa.eval(candidate) {
                Distance::Exact(edits) => edits,
                Distance::AtLeast(_) => continue,
            };
            let frequency = u64::from(stream.value().doc_freq);
            let key = (edits, Reverse(frequency), candidate.to_owned());
            if best.as_ref().is_none_or(|current| key < *current) {
                best = Some(key);
            }
        }
    }
    Ok(best.map(|(_, _, word)| word))
}

use std::cmp::Reverse;

pub fn correct(searcher: &Searcher, field: Field, words: &[String]) -> Result<Option<String>, SearchError> {
    let mut changed = false;
    let mut corrected = Vec::with_capacity(words.len());
    for word in words {
        if word.chars().count() < 3 || doc_freq(searcher, field, word)? > 0 {
            corrected.push(word.clone());
            continue;
        }
        match closest(searcher, field, word)? {
            Some(replacement) if replacement != *word => {
                changed = true;
                corrected.push(replacement);
            }
            _ => corrected.push(word.clone()),
        }
    }
    Ok(changed.then(|| corrected.join(" ")))
}
