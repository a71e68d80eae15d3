//! The search engine: an embedded tantivy index per instance, built from the database at start
//! and kept current by following the `catalog_changes` feed. It is a cache: the database is the
//! truth, and any instance can rebuild it.

mod analyzers;
mod answers;
pub mod cache;
mod completions;
mod doc_table;
mod documents;
mod facets;
mod follow;
mod query;
mod schema;
mod segments;
mod spelling;
mod synonyms;
mod words;

use std::cmp::Reverse;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use app::locale::Locale;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use cache::AnswerCache;
use doc_table::DocTables;
pub use documents::{Display, LanguageTexts, ServiceDocument, level_code};
pub use facets::{FacetCounts, Tally};
pub use follow::{Applied, Built, catch_up, follow_changes, rebuild, record_changes};
use query::QueryBuilder;
pub use query::{Filters, Scope};
use schema::Fields;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("the search index lock is poisoned")]
    Poisoned,
    #[error("search task: {0}")]
    Task(String),
}

/// One search, as the catalogue asks it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct EngineQuery {
    pub text: String,
    /// The reader's language first, then its fallback chain.
    pub chain: Vec<Locale>,
    pub filters: Filters,
    pub offset: usize,
    pub limit: usize,
    /// No facet counts and no snippets: for readers that show neither.
    pub brief: bool,
}

#[derive(Clone, Debug)]
pub struct Hit {
    pub id: u64,
    pub display: Display,
    /// The matching part of the summary, HTML-escaped with `<b>` around matched words.
    pub snippet: Option<(Locale, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct EngineResults {
    pub total: u64,
    pub hits: Vec<Hit>,
    pub facets: FacetCounts,
}

pub struct SearchIndex {
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    ready: AtomicBool,
    /// The last `catalog_changes` id reflected in the index.
    followed: AtomicI64,
    /// Bumped each time searches see a changed index: cached answers of older ones are stale.
    generation: AtomicU64,
    /// Facet values and ranking signals of each segment, read for every match.
    tables: Arc<DocTables>,
    answers: AnswerCache<EngineQuery, EngineResults>,
    /// Searches running on the blocking pool at once (see `answers::off_thread`).
    engine_slots: tokio::sync::Semaphore,
    suggestions: AnswerCache<(String, Locale, usize), Vec<Display>>,
    corrections: AnswerCache<(String, Locale), Option<String>>,
    _folder: Option<tempfile::TempDir>,
}

/// Memory the writer may use before flushing a segment.
const WRITER_HEAP_BYTES: usize = 120_000_000;
/// Memory for recent answers: a few thousand result pages, tens of thousands of SMS answers.
const ANSWER_CACHE_BYTES: usize = 32_000_000;
const SUGGESTION_CACHE_BYTES: usize = 8_000_000;

impl SearchIndex {
    /// An empty index in `folder`, or in a temporary folder removed when the process ends.
    pub fn open(folder: Option<PathBuf>) -> Result<Arc<SearchIndex>, SearchError> {
        let (schema, fields) = schema::build();
        let (path, temporary) = match folder {
            Some(path) => {
                std::fs::create_dir_all(&path)?;
                (path, None)
            }
            None => {
                let dir = tempfile::Builder::new().prefix("ventanilla-index-").tempdir()?;
                (dir.path().to_path_buf(), Some(dir))
            }
        };
        // A previous run's index in a fixed folder is stale by definition: start clean.
        for entry in std::fs::read_dir(&path)? {
            let entry = entry?;
            if entry.path().is_file() {
                std::fs::remove_file(entry.path())?;
            }
        }
        let mut index = Index::create_in_dir(&path, schema)?;
        index.set_executor(answers::search_threads());
        analyzers::register(&index);
        let writer = index.writer_with_num_threads(2, WRITER_HEAP_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Arc::new(SearchIndex {
            reader,
            writer: Mutex::new(writer),
            fields,
            ready: AtomicBool::new(false),
            followed: AtomicI64::new(0),
            generation: AtomicU64::new(0),
            tables: Arc::default(),
            answers: AnswerCache::new(ANSWER_CACHE_BYTES),
            engine_slots: tokio::sync::Semaphore::new(answers::engine_slots()),
            suggestions: AnswerCache::new(SUGGESTION_CACHE_BYTES),
            corrections: AnswerCache::new(SUGGESTION_CACHE_BYTES),
            _folder: temporary,
        }))
    }

    /// True once the first full build is searchable.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    /// The last catalogue change the index reflects: caches that follow the index compare it.
    pub fn followed(&self) -> i64 {
        self.followed.load(Ordering::Acquire)
    }

    pub fn document_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn with_writer<T>(
        &self,
        work: impl FnOnce(&mut IndexWriter) -> Result<T, SearchError>,
    ) -> Result<T, SearchError> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        work(&mut writer)
    }

    /// Replaces the documents of these services (removed when absent from `documents`).
    pub fn replace(&self, ids: &[i32], documents: &[documents::ServiceDocument]) -> Result<(), SearchError> {
        self.with_writer(|writer| {
            for id in ids {
                writer.delete_term(Term::from_field_u64(
                    self.fields.id,
                    u64::try_from(*id).unwrap_or_default(),
                ));
            }
            for document in documents {
                writer.add_document(document.to_document(&self.fields))?;
            }
            writer.commit()?;
            Ok(())
        })?;
        self.reload()
    }

    /// Makes the last commit searchable, retires the answers of the index before it, then
    /// builds the arrays of its new segments (a search builds any still missing itself).
    fn reload(&self) -> Result<(), SearchError> {
        self.reader.reload()?;
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.tables.follow(&self.reader.searcher())?;
        Ok(())
    }

    /// Asks the engine itself, as the engine benchmark does.
    pub fn search_afresh(&self, request: &EngineQuery) -> Result<EngineResults, SearchError> {
        let searcher = self.reader.searcher();
        let mut builder = QueryBuilder::new(&self.fields, &searcher);
        if request.brief {
            builder = builder.complete_words();
        }
        let reader = request.chain.first().copied().unwrap_or(Locale::DEFAULT);
        let (query, has_text) = builder.search_query(&request.text, reader, &request.filters);
        let municipality = request.filters.scope.as_ref().map(|s| s.municipality);
        let tables = Arc::clone(&self.tables);
        let ranking = move |segment: &tantivy::SegmentReader| {
            let table = tables.of(segment).ok();
            // Only a listing without text is in name order.
            let order = (!has_text)
                .then(|| segment.fast_fields().u64("name_order").ok())
                .flatten();
            move |doc: tantivy::DocId, score: tantivy::Score| {
                let Some(table) = &table else {
                    return (score, Reverse(0), Reverse(0));
                };
                let id = table.id(doc);
                if !has_text {
                    let order = order.as_ref().and_then(|o| o.first(doc)).unwrap_or_default();
                    return (0.0, Reverse(order), Reverse(id));
                }
                let mut adjusted = score;
                if table.online(doc) {
                    adjusted *= 1.15;
                }
                if municipality.is_some_and(|m| table.places(doc).iter().any(|p| u64::from(*p) == m)) {
                    adjusted *= 1.25;
                }
                adjusted *= rating_factor(table.rating(doc));
                (adjusted, Reverse(0), Reverse(id))
            }
        };
        // tantivy reserves room for `offset + limit` hits up front: `?page=4000000000` would ask
        // for terabytes and abort the process. Past the last document nothing is found anyway.
        let documents = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
        let top = TopDocs::with_limit(request.limit.clamp(1, documents.max(1)))
            .and_offset(request.offset.min(documents))
            .tweak_score(ranking);
        let (hits, total, facets) = if request.brief {
            let (hits, total) = searcher.search(&query, &(top, Count))?;
            (hits, total, FacetCounts::default())
        } else {
            searcher.search(
                &query,
                &(top, Count, facets::FacetCollector(Arc::clone(&self.tables))),
            )?
        };
        let snippets_wanted = has_text && !request.brief;
        let mut snippets: Vec<(Locale, SnippetGenerator)> = Vec::new();
        let mut results = Vec::with_capacity(hits.len());
        for (_, address) in hits {
            results.push(self.hit(
                &searcher,
                address,
                &*query,
                &request.chain,
                &mut snippets,
                snippets_wanted,
            )?);
        }
        Ok(EngineResults {
            total: total as u64,
            hits: results,
            facets,
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        address: DocAddress,
        query: &dyn Query,
        chain: &[Locale],
        snippets: &mut Vec<(Locale, SnippetGenerator)>,
        with_snippet: bool,
    ) -> Result<Hit, SearchError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let id = doc
            .get_first(self.fields.id)
            .and_then(|v| v.as_u64())
            .unwrap_or_default();
        let display: Display = doc
            .get_first(self.fields.display)
            .and_then(|v| v.as_bytes())
            .and_then(|bytes| serde_json::from_slice(bytes).ok())
            .unwrap_or_default();
        let mut snippet = None;
        if with_snippet
            && let Some((locale, summary)) = preferred(&display.summaries, chain)
            && let Some(fields) = self.fields.of(locale)
        {
            if !snippets.iter().any(|(l, _)| *l == locale) {
                snippets.push((locale, SnippetGenerator::create(searcher, query, fields.summary)?));
            }
            if let Some((_, generator)) = snippets.iter().find(|(l, _)| *l == locale) {
                let found = generator.snippet(summary);
                if !found.is_empty() {
                    snippet = Some((locale, found.to_html()));
                }
            }
        }
        Ok(Hit { id, display, snippet })
    }

    /// Names that complete what is being typed: whole words so far, the last one as a prefix.
    pub fn suggest_afresh(
        &self,
        text: &str,
        reader: Locale,
        limit: usize,
    ) -> Result<Vec<Display>, SearchError> {
        let searcher = self.reader.searcher();
        let mut builder = QueryBuilder::new(&self.fields, &searcher);
        let Some(query) = builder.text_query(text, reader) else {
            return Ok(Vec::new());
        };
        let top = TopDocs::with_limit(limit.max(1)).tweak_score(|segment: &tantivy::SegmentReader| {
            let ids = segment.fast_fields().u64("id");
            move |doc: tantivy::DocId, score: tantivy::Score| {
                let id = ids.as_ref().ok().and_then(|c| c.first(doc)).unwrap_or_default();
                (score, Reverse(id))
            }
        });
        let hits = searcher.search(&query, &top)?;
        let mut suggestions = Vec::with_capacity(hits.len());
        for (_, address) in hits {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(display) = doc
                .get_first(self.fields.display)
                .and_then(|v| v.as_bytes())
                .and_then(|bytes| serde_json::from_slice::<Display>(bytes).ok())
            {
                suggestions.push(display);
            }
        }
        Ok(suggestions)
    }
}

/// How much a service's ratings move it: at most 8 % (1 star) down, about 5 % (5 stars) up,
/// nothing at the prior, so ratings order services of similar relevance without burying a
/// better match. Unrated services sit at the prior.
fn rating_factor(milli_stars: Option<u64>) -> f32 {
    let Some(milli) = milli_stars else { return 1.0 };
    let stars = milli.min(5_000) as f32 / 1000.0;
    let prior = crate::catalog::ratings::PRIOR_MEAN as f32;
    1.0 + 0.08 * (stars - prior) / (5.0 - prior).max(prior - 1.0)
}

/// The text in the first language of the chain that has one, else any.
pub fn preferred<'a>(texts: &'a [(Locale, String)], chain: &[Locale]) -> Option<(Locale, &'a str)> {
    chain
        .iter()
        .find_map(|locale| texts.iter().find(|(l, _)| l == locale))
        .or_else(|| texts.first())
        .map(|(locale, text)| (*locale, text.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_nudge_the_score_around_the_prior() {
        let prior = (crate::catalog::ratings::PRIOR_MEAN * 1000.0) as u64;
        assert_eq!(rating_factor(Some(prior)), 1.0);
        assert_eq!(rating_factor(None), 1.0);
        assert!((rating_factor(Some(1_000)) - 0.92).abs() < 1e-6);
        assert!(rating_factor(Some(5_000)) > 1.04 && rating_factor(Some(5_000)) < 1.05);
        assert_eq!(rating_factor(Some(u64::MAX)), rating_factor(Some(5_000)));
        assert!(rating_factor(Some(4_600)) > rating_factor(Some(3_846)));
    }
}
