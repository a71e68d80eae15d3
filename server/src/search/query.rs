//! Builds index queries from what people type, without a query parser: the text is split into
//! words, each word analyzed per language, and only term, fuzzy and prefix queries are built.
//! Quotes, `-`, `:`, `*`, `AND` and emoji are just characters; nothing can be a syntax error.

use app::locale::Locale;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery,
    Occur, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

use super::analyzers::{cached, tokens};
use super::completions::{MAX_COMPLETIONS, completions};
use super::schema::Fields;
use super::synonyms;
use super::words::{Word, edit_distance_for, words_with};

/// A word held by more than this share of the documents is common.
const COMMON_WORD_SHARE: f64 = 0.2;
/// In a smaller catalogue every word narrows, and walking its matches costs little.
const COMMON_WORDS_FROM: u64 = 20_000;

/// Field weights: a match in the name counts most, then popular names, keywords, summary, body.
const NAME: f32 = 4.0;
const POPULAR: f32 = 3.0;
const KEYWORDS: f32 = 2.0;
const SUMMARY: f32 = 1.5;
const BODY: f32 = 1.0;
const FUZZY: f32 = 1.6;
const PREFIX: f32 = 1.2;

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

/// A word's query, and how many documents hold its most common form.
struct WordQuery {
    query: Box<dyn Query>,
    /// The word in names only (each language's and the folded one): how a common word ranks.
    in_names: Option<Box<dyn Query>>,
    documents: u64,
}

pub struct QueryBuilder<'a> {
    fields: &'a Fields,
    analyzers: Vec<(Locale, TextAnalyzer)>,
    /// The index searched, to tell words spelled as indexed from typos.
    searcher: &'a Searcher,
    /// The text is a whole message, not typing in progress: no prefix match on the last word.
    complete_words: bool,
    /// From this many documents on, common words only rank (see `words_query`).
    common_words_from: u64,
}

impl<'a> QueryBuilder<'a> {
    pub fn new(fields: &'a Fields, searcher: &'a Searcher) -> Self {
        Self {
            fields,
            analyzers: Locale::ALL.into_iter().map(|l| (l, cached(l))).collect(),
            searcher,
            complete_words: false,
            common_words_from: COMMON_WORDS_FROM,
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

    /// Everything a word can match, the best match counting.
    fn word_query(&mut self, word: &Word, last: bool) -> WordQuery {
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        let mut in_names: Vec<Box<dyn Query>> = Vec::new();
        let mut documents = 0;
        let searcher = self.searcher;
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
                    // A word no document of this field holds would cost a lookup per segment
                    // and per word combination for nothing.
                    let term = Term::from_field_text(field, &token);
                    let holding = documents_with(searcher, &term);
                    if holding > 0 {
                        documents = documents.max(holding);
                        if field == fields.name {
                            in_names.push(boosted(term_query(term.clone()), weight));
                        }
                        alternatives.push(boosted(term_query(term), weight));
                    }
                }
            }
        }
        let folded = self.fields.folded;
        let word = word.folded.as_str();
        let term = Term::from_field_text(folded, word);
        let holding = documents_with(searcher, &term);
        if holding > 0 {
            documents = documents.max(holding);
            in_names.push(boosted(term_query(term.clone()), NAME));
            alternatives.push(boosted(term_query(term.clone()), NAME));
        }
        // A word some document holds as typed (folded) has no typo to tolerate: its fuzzy query,
        // the costliest part of a search, would only add near-spellings of a correct word.
        let distance = edit_distance_for(word);
        if distance > 0 && holding == 0 {
            let fuzzy = FuzzyTermQuery::new(term, distance, true);
            alternatives.push(boosted(Box::new(fuzzy), FUZZY));
        }
        if last
            && !self.complete_words
            && word.chars().count() >= 2
            && let Some(prefix) = self.completions_query(word)
        {
            alternatives.push(prefix);
        }
        let query: Box<dyn Query> = if alternatives.is_empty() {
            // Still a word of the query: one the index does not hold matches nothing.
            Box::new(EmptyQuery)
        } else {
            Box::new(DisjunctionMaxQuery::with_tie_breaker(alternatives, 0.1))
        };
        let in_names = (!in_names.is_empty())
            .then(|| Box::new(DisjunctionMaxQuery::with_tie_breaker(in_names, 0.1)) as Box<dyn Query>);
        WordQuery {
            query,
            in_names,
            documents,
        }
    }

    /// The likely completions of a word still being typed, each worth the same: a prefix says
    /// nothing about which completion is meant. An index that cannot be read here completes
    /// nothing; the search itself reports the error.
    fn completions_query(&mut self, prefix: &str) -> Option<Box<dyn Query>> {
        let analyzers = &mut self.analyzers;
        let mut is_stop_word = |word: &str| {
            analyzers
                .iter_mut()
                .any(|(_, analyzer)| tokens(analyzer, word).is_empty())
        };
        let terms = completions(
            self.searcher,
            self.fields.folded,
            prefix,
            MAX_COMPLETIONS,
            |word| !is_stop_word(word),
        )
        .ok()?;
        if terms.is_empty() {
            return None;
        }
        let any: Vec<(Occur, Box<dyn Query>)> = terms
            .into_iter()
            .map(|term| {
                let query: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, query)
            })
            .collect();
        Some(Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::new(any)),
            PREFIX,
        )))
    }

    /// All words must match, except that one may miss in queries of three words or more. In a
    /// large catalogue, a word most services hold ("obter" names half of them) narrows nothing
    /// and makes the engine walk through half the index: when the query has rarer words, those
    /// must match and the common ones only rank (as Lucene's common-terms query does).
    fn words_query(&mut self, words: &[Word]) -> Option<Box<dyn Query>> {
        let queries: Vec<WordQuery> = words
            .iter()
            .enumerate()
            .map(|(index, word)| self.word_query(word, index + 1 == words.len()))
            .collect();
        let total = self.searcher.num_docs();
        let common_above = if total >= self.common_words_from {
            (total as f64 * COMMON_WORD_SHARE) as u64
        } else {
            u64::MAX
        };
        let any_rare = queries.iter().any(|word| word.documents <= common_above);
        let (common, rare): (Vec<WordQuery>, Vec<WordQuery>) = queries
            .into_iter()
            .partition(|word| any_rare && word.documents > common_above);
        // Whatever matched all words but one still matches: one rare word may miss too.
        let one_may_miss = words.len() >= 3;
        let required = all_but_one_of(rare.into_iter().map(|word| word.query).collect(), one_may_miss)?;
        if common.is_empty() {
            return Some(required);
        }
        // A common word ranks by the names that hold it. Scoring it in every field would walk
        // its matches in each of them, for each match of the rare words: at a million
        // services, most of a search's time for a word that says little about relevance.
        let mut clauses = vec![(Occur::Must, required)];
        clauses.extend(
            common
                .into_iter()
                .filter_map(|word| word.in_names)
                .map(|query| (Occur::Should, query)),
        );
        Some(Box::new(BooleanQuery::new(clauses)))
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

/// Every clause, or every one but one.
fn all_but_one_of(clauses: Vec<Box<dyn Query>>, one_may_miss: bool) -> Option<Box<dyn Query>> {
    match clauses.len() {
        0 => None,
        1 => clauses.into_iter().next(),
        n => {
            let required = if one_may_miss { n - 1 } else { n };
            let should = clauses.into_iter().map(|q| (Occur::Should, q)).collect();
            Some(Box::new(BooleanQuery::with_minimum_required_clauses(
                should, required,
            )))
        }
    }
}

/// Documents holding a term; an index that cannot be read here holds nothing, and the search
/// itself reports the error.
fn documents_with(searcher: &Searcher, term: &Term) -> u64 {
    searcher.doc_freq(term).unwrap_or(0)
}

fn boosted(query: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, weight))
}

fn term_query(term: Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
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

    /// 24 services: 20 named "obter licença", 2 "obter passaporte", 2 "renovar passaporte".
    fn small_catalogue() -> tantivy::Result<(tantivy::Index, Fields)> {
        let (schema, fields) = super::super::schema::build();
        let index = tantivy::Index::create_in_ram(schema);
        super::super::analyzers::register(&index);
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000)?;
        let names = std::iter::repeat_n("obter licença", 20)
            .chain(std::iter::repeat_n("obter passaporte", 2))
            .chain(std::iter::repeat_n("renovar passaporte", 2));
        let name_pt = fields
            .of(Locale::Pt)
            .map(|f| f.name)
            .ok_or_else(|| tantivy::TantivyError::SchemaError("no Portuguese fields".into()))?;
        for name in names {
            let mut document = tantivy::TantivyDocument::default();
            document.add_text(name_pt, name);
            document.add_text(fields.folded, name);
            writer.add_document(document)?;
        }
        writer.commit()?;
        Ok((index, fields))
    }

    #[test]
    fn in_a_large_catalogue_a_common_word_only_ranks() -> tantivy::Result<()> {
        let (index, fields) = small_catalogue()?;
        let searcher = index.reader()?.searcher();
        let count = |common_words_from: u64| -> tantivy::Result<usize> {
            let mut builder = QueryBuilder::new(&fields, &searcher).complete_words();
            builder.common_words_from = common_words_from;
            let query = builder
                .text_query("obter passaporte", Locale::Pt)
                .ok_or_else(|| tantivy::TantivyError::InvalidArgument("no query".into()))?;
            searcher.search(&query, &tantivy::collector::Count)
        };
        assert_eq!(
            count(COMMON_WORDS_FROM)?,
            2,
            "a small catalogue: every word must match"
        );
        assert_eq!(
            count(10)?,
            4,
            "\"obter\" is in 22 of 24 services: \"passaporte\" must match, \"obter\" only ranks"
        );
        let mut builder = QueryBuilder::new(&fields, &searcher).complete_words();
        builder.common_words_from = 10;
        let query = builder
            .text_query("obter passaporte", Locale::Pt)
            .ok_or_else(|| tantivy::TantivyError::InvalidArgument("no query".into()))?;
        let top = searcher.search(
            &query,
            &tantivy::collector::TopDocs::with_limit(2).order_by_score(),
        )?;
        for (_, address) in top {
            assert!(
                address.doc_id >= 20 && address.doc_id < 22,
                "both words rank first"
            );
        }
        Ok(())
    }
}
