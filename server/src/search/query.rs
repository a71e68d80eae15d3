//! Builds index queries from what people type, without a query parser: the text is split into
//! words, each word analyzed per language, and only term, fuzzy and prefix queries are built.
//! Quotes, `-`, `:`, `*`, `AND` and emoji are just characters; nothing can be a syntax error.

use app::locale::Locale;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

use super::analyzers::{cached, tokens};
use super::schema::Fields;
use super::synonyms;
use crate::text::fold;

/// Words beyond these add cost, not precision.
pub const MAX_WORDS: usize = 12;
/// Characters of a word that count; longer runs are not words people search for.
const MAX_WORD_CHARS: usize = 30;

/// Field weights: a match in the name counts most, then popular names, keywords, summary, body.
const NAME: f32 = 4.0;
const POPULAR: f32 = 3.0;
const KEYWORDS: f32 = 2.0;
const SUMMARY: f32 = 1.5;
const BODY: f32 = 1.0;
const FUZZY: f32 = 1.6;
const PREFIX: f32 = 1.2;

/// Typo tolerance: one edit from five letters, two from nine.
pub fn edit_distance_for(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Restrictions chosen on the results page, as index values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    pub level: Option<u64>,
    pub agency: Option<u64>,
    pub term: Option<u64>,
    pub place: Option<u64>,
    pub online: bool,
    /// The reader's municipality: national services and those of its state and itself.
    pub scope: Option<Scope>,
}

/// Where a reader lives: services of their country (national ones), state and municipality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope {
    pub municipality: u64,
    pub state: Option<u64>,
    pub country: Option<u64>,
}

/// A word as typed (lower-cased, accents kept: the stemmers need them) and folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub typed: String,
    pub folded: String,
}

/// The folded words of a query that carry meaning: no stop words, bounded in number and length.
pub fn words(text: &str, reader: Locale) -> Vec<String> {
    let mut analyzers: Vec<(Locale, TextAnalyzer)> =
        Locale::ALL.into_iter().map(|l| (l, cached(l))).collect();
    words_with(&mut analyzers, text, reader)
        .into_iter()
        .map(|w| w.folded)
        .collect()
}

fn words_with(analyzers: &mut [(Locale, TextAnalyzer)], text: &str, reader: Locale) -> Vec<Word> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            word.chars()
                .take(MAX_WORD_CHARS)
                .collect::<String>()
                .to_lowercase()
        })
        .filter_map(|typed| {
            let folded = fold(&typed).replace(' ', "");
            (!folded.is_empty()).then_some(Word { typed, folded })
        })
        .filter(|word| !is_stop_word(analyzers, &word.typed, reader))
        .take(MAX_WORDS)
        .collect()
}

/// A stop word of the reader's language, or of most languages ("de", "la", "a").
fn is_stop_word(analyzers: &mut [(Locale, TextAnalyzer)], word: &str, reader: Locale) -> bool {
    let mut dropped_by_reader = false;
    let mut dropped = 0;
    for (locale, analyzer) in analyzers.iter_mut() {
        if tokens(analyzer, word).is_empty() {
            dropped += 1;
            dropped_by_reader |= *locale == reader;
        }
    }
    dropped_by_reader || dropped >= 2
}

pub struct QueryBuilder<'a> {
    fields: &'a Fields,
    analyzers: Vec<(Locale, TextAnalyzer)>,
    /// The index searched, to tell words spelled as indexed from typos.
    searcher: &'a Searcher,
    /// The text is a whole message, not typing in progress: no prefix match on the last word.
    complete_words: bool,
}

impl<'a> QueryBuilder<'a> {
    pub fn new(fields: &'a Fields, searcher: &'a Searcher) -> Self {
        Self {
            fields,
            analyzers: Locale::ALL.into_iter().map(|l| (l, cached(l))).collect(),
            searcher,
            complete_words: false,
        }
    }

    /// For text sent whole (an SMS): its last word is not a prefix of what is still being typed,
    /// and a short one ("de", "rg") would otherwise expand to thousands of terms.
    pub fn complete_words(self) -> Self {
        Self {
            complete_words: true,
            ..self
        }
    }

    /// A word some document holds as typed (folded) has no typo to tolerate: its fuzzy query,
    /// the costliest part of a search, would only add near-spellings of a correct word.
    fn is_indexed(&self, term: &Term) -> bool {
        self.searcher.doc_freq(term).is_ok_and(|count| count > 0)
    }

    /// Everything a word can match, the best match counting.
    fn word_query(&mut self, word: &Word, last: bool) -> Option<Box<dyn Query>> {
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        for (locale, analyzer) in &mut self.analyzers {
            let Some(fields) = self.fields.of(*locale) else {
                continue;
            };
            for token in tokens(analyzer, &word.typed) {
                for (field, weight) in [
                    (fields.name, NAME),
                    (fields.popular, POPULAR),
                    (fields.keywords, KEYWORDS),
                    (fields.summary, SUMMARY),
                    (fields.body, BODY),
                ] {
                    alternatives.push(boosted(term_query(field, &token), weight));
                }
            }
        }
        let folded = self.fields.folded;
        let word = word.folded.as_str();
        let term = Term::from_field_text(folded, word);
        alternatives.push(boosted(term_query(folded, word), NAME));
        let distance = edit_distance_for(word);
        if distance > 0 && !self.is_indexed(&term) {
            let fuzzy = FuzzyTermQuery::new(term.clone(), distance, true);
            alternatives.push(boosted(Box::new(fuzzy), FUZZY));
        }
        if last && !self.complete_words && word.chars().count() >= 2 {
            let prefix = FuzzyTermQuery::new_prefix(term, 0, true);
            alternatives.push(boosted(Box::new(prefix), PREFIX));
        }
        (!alternatives.is_empty())
            .then(|| Box::new(DisjunctionMaxQuery::with_tie_breaker(alternatives, 0.1)) as Box<dyn Query>)
    }

    /// All words must match, except that one may miss in queries of three words or more.
    fn words_query(&mut self, words: &[Word]) -> Option<Box<dyn Query>> {
        let clauses: Vec<Box<dyn Query>> = words
            .iter()
            .enumerate()
            .filter_map(|(index, word)| self.word_query(word, index + 1 == words.len()))
            .collect();
        match clauses.len() {
            0 => None,
            1 => clauses.into_iter().next(),
            n => {
                let required = if n >= 3 { n - 1 } else { n };
                let should = clauses.into_iter().map(|q| (Occur::Should, q)).collect();
                Some(Box::new(BooleanQuery::with_minimum_required_clauses(
                    should, required,
                )))
            }
        }
    }

    /// The text part of a search: the words, or any of their synonym forms.
    pub fn text_query(&mut self, text: &str, reader: Locale) -> Option<Box<dyn Query>> {
        let words = words_with(&mut self.analyzers, text, reader);
        let main = self.words_query(&words)?;
        let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
        let alternatives: Vec<Box<dyn Query>> = synonyms::alternatives(reader, &folded.join(" "))
            .iter()
            .filter_map(|alternative| {
                let alternative_words = words_with(&mut self.analyzers, alternative, reader);
                self.words_query(&alternative_words).map(|q| boosted(q, 0.9))
            })
            .collect();
        if alternatives.is_empty() {
            return Some(main);
        }
        let mut should = vec![(Occur::Should, main)];
        should.extend(alternatives.into_iter().map(|q| (Occur::Should, q)));
        Some(Box::new(BooleanQuery::new(should)))
    }

    /// Text (or everything, when nothing was typed) narrowed by the filters.
    pub fn search_query(&mut self, text: &str, reader: Locale, filters: &Filters) -> (Box<dyn Query>, bool) {
        let text_query = self.text_query(text, reader);
        let has_text = text_query.is_some();
        let mut must: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, text_query.unwrap_or_else(|| Box::new(AllQuery)))];
        let fields = self.fields;
        for (field, value) in [
            (fields.level, filters.level),
            (fields.agency, filters.agency),
            (fields.terms, filters.term),
            (fields.places, filters.place),
            (fields.online, filters.online.then_some(1)),
        ] {
            if let Some(value) = value {
                must.push((Occur::Must, u64_query(field, value)));
            }
        }
        if let Some(scope) = &filters.scope {
            let reachable = [Some(scope.municipality), scope.state, scope.country]
                .into_iter()
                .flatten()
                .map(|place| (Occur::Should, u64_query(fields.places, place)))
                .collect();
            must.push((Occur::Must, Box::new(BooleanQuery::new(reachable))));
        }
        (Box::new(BooleanQuery::new(must)), has_text)
    }
}

fn boosted(query: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, weight))
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

pub fn u64_query(field: Field, value: u64) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_u64(field, value),
        IndexRecordOption::Basic,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_bounded_and_stripped_of_stop_words() {
        assert_eq!(
            words("Carteira de Trabalho", Locale::Pt),
            vec!["carteira", "trabalho"]
        );
        assert_eq!(
            words("\"AND\" -passaporte: (urgente)*", Locale::Es),
            vec!["and", "passaporte", "urgente"]
        );
        assert_eq!(
            words("\"AND\" -passport", Locale::En),
            vec!["passport"],
            "a stop word of the reader's language"
        );
        assert_eq!(words("🙂🙂", Locale::En), Vec::<String>::new());
        assert_eq!(words(&"palavra ".repeat(100), Locale::Pt).len(), MAX_WORDS);
        assert_eq!(words(&"x".repeat(5_000), Locale::Pt)[0].chars().count(), 30);
    }

    #[test]
    fn longer_words_tolerate_more_typos() {
        assert_eq!(edit_distance_for("cpf"), 0);
        assert_eq!(edit_distance_for("passe"), 1);
        assert_eq!(edit_distance_for("passaporte"), 2);
    }
}
