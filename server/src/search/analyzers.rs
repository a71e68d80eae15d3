//! Per-language analyzers: words lower-cased, accents folded (so "aposentadoria" and
//! "APOSENTADORÍA" meet), stop words dropped and stems kept, so "documentos" finds "documento".
//!
//! Snowball stemmers need accents ("autorizações" → "autoriz"), but people often type without
//! them. So each word yields two terms at the same position: stemmed-then-folded and
//! folded-then-stemmed. A query typed either way meets a document written either way.

use std::collections::HashMap;

use app::locale::Locale;
use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

use crate::text::fold;

/// Folded but not stemmed: for prefixes and spelling suggestions, which need whole words.
pub const FOLDED: &str = "folded";

pub fn analyzer_name(locale: Locale) -> String {
    format!("text_{}", locale.code())
}

fn language(locale: Locale) -> (Language, frostem::Algorithm) {
    match locale {
        Locale::Es => (Language::Spanish, frostem::Algorithm::Spanish),
        Locale::Pt => (Language::Portuguese, frostem::Algorithm::Portuguese),
        Locale::En => (Language::English, frostem::Algorithm::English),
        Locale::Fr => (Language::French, frostem::Algorithm::French),
    }
}

/// Stop words are removed before folding (the lists are accented), then both stems are made.
pub fn analyzer(locale: Locale) -> TextAnalyzer {
    let (language, algorithm) = language(locale);
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match StopWordFilter::new(language) {
        Some(stop_words) => builder.filter(stop_words).filter(DualStem { algorithm }).build(),
        None => builder.filter(DualStem { algorithm }).build(),
    }
}

/// Emits, for each word, its stem folded and (when different) the stem of its folded form.
#[derive(Clone, Copy)]
pub struct DualStem {
    algorithm: frostem::Algorithm,
}

impl TokenFilter for DualStem {
    type Tokenizer<T: Tokenizer> = DualStemFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> DualStemFilter<T> {
        DualStemFilter {
            algorithm: self.algorithm,
            inner,
            memo: StemMemo::default(),
        }
    }
}

#[derive(Clone)]
pub struct DualStemFilter<T> {
    algorithm: frostem::Algorithm,
    inner: T,
    memo: StemMemo,
}

/// Words this analyzer has already stemmed. Text repeats its words, and stemming with the
/// folding around it was a fifth of the index build; an analyzer indexes one segment's
/// documents, so the memo lives as long as that.
#[derive(Clone, Default)]
struct StemMemo {
    stems: HashMap<String, (String, Option<String>)>,
}

/// Enough for a language's common vocabulary; past it the memo starts again.
const MEMO_WORDS: usize = 50_000;

impl StemMemo {
    /// The word's folded stem and, when different, the stem of its folded form.
    fn stems(&mut self, stemmer: &frostem::Stemmer, word: &str) -> (String, Option<String>) {
        if let Some(known) = self.stems.get(word) {
            return known.clone();
        }
        let accented = fold(&stemmer.stem(word)).replace(' ', "");
        let plain = stemmer.stem(&fold(word).replace(' ', "")).into_owned();
        let second = (plain != accented && !plain.is_empty()).then_some(plain);
        if self.stems.len() >= MEMO_WORDS {
            self.stems.clear();
        }
        self.stems
            .insert(word.to_owned(), (accented.clone(), second.clone()));
        (accented, second)
    }
}

impl<T: Tokenizer> Tokenizer for DualStemFilter<T> {
    type TokenStream<'a> = DualStemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DualStemStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.algorithm),
            memo: &mut self.memo,
            current: Token::default(),
            pending: None,
        }
    }
}

pub struct DualStemStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    memo: &'a mut StemMemo,
    current: Token,
    /// The second form of the current word, emitted at the same position.
    pending: Option<String>,
}

impl<T: TokenStream> TokenStream for DualStemStream<'_, T> {
    fn advance(&mut self) -> bool {
        if let Some(text) = self.pending.take() {
            self.current.text = text;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let (accented, plain) = self.memo.stems(&self.stemmer, &self.tail.token().text);
        self.current = self.tail.token().clone();
        self.current.text = accented;
        self.pending = plain;
        !self.current.text.is_empty() || self.advance()
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

/// A ready analyzer for `locale`, cloned from one built once (stop-word lists are not small).
pub fn cached(locale: Locale) -> TextAnalyzer {
    static PROTOTYPES: std::sync::OnceLock<Vec<(Locale, TextAnalyzer)>> = std::sync::OnceLock::new();
    let prototypes = PROTOTYPES.get_or_init(|| Locale::ALL.into_iter().map(|l| (l, analyzer(l))).collect());
    prototypes
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| analyzer(locale))
}

pub fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    for locale in Locale::ALL {
        tokenizers.register(&analyzer_name(locale), analyzer(locale));
    }
    tokenizers.register(FOLDED, folded_analyzer());
}

/// The tokens an analyzer makes of a text, in order.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut tokens = Vec::new();
    while stream.advance() {
        tokens.push(stream.token().text.clone());
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Some term of the query must be a term of the document.
    fn meet(analyzer: &mut TextAnalyzer, query: &str, document: &str) -> bool {
        let document = tokens(analyzer, document);
        tokens(analyzer, query).iter().any(|t| document.contains(t))
    }

    #[test]
    fn accents_case_and_stems_meet() {
        let mut pt = analyzer(Locale::Pt);
        assert!(meet(&mut pt, "Aposentadoria", "aposentadória"));
        assert!(meet(&mut pt, "documentos", "documento"));
        assert!(
            meet(&mut pt, "autorizações", "autorização"),
            "plural with accents"
        );
        assert!(
            meet(&mut pt, "autorizacoes", "autorizações"),
            "typed without accents"
        );
        assert!(meet(&mut pt, "autorizacao", "Autorização"));
        assert_eq!(
            tokens(&mut pt, "carteira de trabalho"),
            tokens(&mut pt, "Carteira  TRABALHO"),
            "stop words go"
        );
        let mut es = analyzer(Locale::Es);
        assert!(meet(&mut es, "jubilacion", "jubilación"));
        assert!(meet(&mut es, "pensiones", "pensión"));
        let mut fr = analyzer(Locale::Fr);
        assert!(meet(&mut fr, "identite", "Carte d’identité"));
    }

    #[test]
    fn a_remembered_word_stems_as_the_first_time() {
        let mut pt = analyzer(Locale::Pt);
        let once = tokens(&mut pt, "autorizações");
        assert_eq!(once.len(), 2, "stemmed with accents and without");
        assert_eq!(
            tokens(&mut pt, "autorizações autorizações"),
            [once.clone(), once].concat()
        );
    }

    #[test]
    fn folded_keeps_whole_words() {
        assert_eq!(
            tokens(&mut folded_analyzer(), "Naturalização Brasileira"),
            vec!["naturalizacao", "brasileira"]
        );
    }
}
