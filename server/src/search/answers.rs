//! The searches and completions the catalogue asks: answered from the answer cache when the
//! same question was answered since the index last changed, else by the engine and kept.

use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

use app::locale::Locale;

use super::{Display, EngineQuery, EngineResults, SearchError, SearchIndex};

/// As many searches at a time as cores (each walks its segments on `search_threads`): the
/// engine's work is all CPU, so more at once only adds memory. Without a bound, a burst beyond what the cores answer filled tokio's blocking pool
/// (up to 512 threads), each holding a search's working memory: 3.4 GB at a million services.
pub fn engine_slots() -> usize {
    std::thread::available_parallelism().map_or(2, |cores| cores.get().max(2))
}

/// The threads a search's segments are walked on, one per core, shared by every index of the
/// process: a search over a million services walks each core's segment at once.
pub fn search_threads() -> tantivy::Executor {
    static THREADS: OnceLock<tantivy::Executor> = OnceLock::new();
    THREADS
        .get_or_init(|| {
            tantivy::Executor::multi_thread(engine_slots(), "search-").unwrap_or_else(|error| {
                tracing::warn!(%error, "search threads not started; searching on the caller's thread");
                tantivy::Executor::single_thread()
            })
        })
        .clone()
}

impl SearchIndex {
    /// Runs engine work on the blocking pool once a slot is free; waiting costs no thread.
    pub async fn off_thread<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&SearchIndex) -> Result<T, SearchError> + Send + 'static,
    ) -> Result<T, SearchError> {
        let _slot = self
            .engine_slots
            .acquire()
            .await
            .map_err(|error| SearchError::Task(error.to_string()))?;
        let index = Arc::clone(self);
        tokio::task::spawn_blocking(move || work(&index))
            .await
            .map_err(|error| SearchError::Task(error.to_string()))?
    }

    /// Counts the index's reloads: whatever was computed on one generation is stale on the next.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// The answer to a search asked since the index last changed, without searching.
    pub fn cached(&self, request: &EngineQuery) -> Option<Arc<EngineResults>> {
        self.answers.get(request, self.generation.load(Ordering::Acquire))
    }

    /// A search's answer, from the cache when the same search was answered on this index.
    pub fn search(&self, request: &EngineQuery) -> Result<Arc<EngineResults>, SearchError> {
        // Read before searching: an answer computed while the index changes is not kept.
        let generation = self.generation.load(Ordering::Acquire);
        if let Some(answer) = self.answers.get(request, generation) {
            return Ok(answer);
        }
        let answer = Arc::new(self.search_afresh(request)?);
        self.answers.put(request.clone(), Arc::clone(&answer), generation);
        Ok(answer)
    }

    /// Completions, from the cache when the same text was completed on this index.
    pub fn suggest(
        &self,
        text: &str,
        reader: Locale,
        limit: usize,
    ) -> Result<Arc<Vec<Display>>, SearchError> {
        let generation = self.generation.load(Ordering::Acquire);
        let question = (text.to_owned(), reader, limit);
        if let Some(answer) = self.suggestions.get(&question, generation) {
            return Ok(answer);
        }
        let answer = Arc::new(self.suggest_afresh(text, reader, limit)?);
        self.suggestions.put(question, Arc::clone(&answer), generation);
        Ok(answer)
    }

    /// "Did you mean", from the cache when the same text was corrected on this index: a search
    /// without results is asked again as often as one with (the misspelling is common).
    pub fn did_you_mean(&self, text: &str, reader: Locale) -> Result<Option<String>, SearchError> {
        let generation = self.generation.load(Ordering::Acquire);
        if let Some(answer) = self.cached_correction(text, reader) {
            return Ok(answer);
        }
        let question = (text.to_owned(), reader);
        let answer = self.did_you_mean_afresh(text, reader)?;
        self.corrections
            .put(question, Arc::new(answer.clone()), generation);
        Ok(answer)
    }

    /// A corrected query from the index's own words, when a word matches nothing.
    fn did_you_mean_afresh(&self, text: &str, reader: Locale) -> Result<Option<String>, SearchError> {
        super::spelling::correct(
            &self.reader.searcher(),
            self.fields.folded,
            &super::words::words(text, reader),
        )
    }

    /// The correction of this text found since the index last changed, without searching.
    pub fn cached_correction(&self, text: &str, reader: Locale) -> Option<Option<String>> {
        let question = (text.to_owned(), reader);
        let answer = self
            .corrections
            .get(&question, self.generation.load(Ordering::Acquire))?;
        Some((*answer).clone())
    }

    /// The names suggested for this text since the index last changed, without searching.
    pub fn cached_suggestions(&self, text: &str, reader: Locale, limit: usize) -> Option<Arc<Vec<Display>>> {
        let question = (text.to_owned(), reader, limit);
        self.suggestions
            .get(&question, self.generation.load(Ordering::Acquire))
    }
}
