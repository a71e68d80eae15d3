//! The words of what people type: split on anything that is not a letter or digit, bounded in
//! number and length, lower-cased and folded, without stop words.

use app::locale::Locale;
use tantivy::tokenizer::TextAnalyzer;

use super::analyzers::{cached, tokens};
use crate::text::fold;

/// Words beyond these add cost, not precision.
pub const MAX_WORDS: usize = 12;
/// Characters of a word that count; longer runs are not words people search for.
const MAX_WORD_CHARS: usize = 30;

/// Typo tolerance: one edit from five letters, two from nine.
pub fn edit_distance_for(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
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

/// The meaningful words of `text`, as typed and folded, with the caller's analyzers.
pub fn words_with(analyzers: &mut [(Locale, TextAnalyzer)], text: &str, reader: Locale) -> Vec<Word> {
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
