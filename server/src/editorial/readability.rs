//! Readability scores, one formula per language, all on the Flesch scale (higher is easier,
//! about 0–100), shown to editors as advice with the sentences that pull the score down most.
//! Formulas and sources are in `docs/admin.md`:
//!
//! - es, Fernández Huerta (1959): `206.84 − 0.60·P − 1.02·F`, P syllables and F sentences per
//!   100 words;
//! - pt, Flesch adapted by Martins et al. (1996): `248.835 − 1.015·W/S − 84.6·Sy/W`;
//! - en, Flesch reading ease (1948): `206.835 − 1.015·W/S − 84.6·Sy/W`;
//! - fr, Kandel & Moles (1958): `207 − 1.015·W/S − 73.6·Sy/W`.

mod syllables;

use app::locale::Locale;
use serde::Serialize;

/// What the formulas count in a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

/// The formula's value for these counts; `None` for a text without words.
pub fn formula(locale: Locale, counts: Counts) -> Option<f64> {
    if counts.words == 0 || counts.sentences == 0 {
        return None;
    }
    let words = counts.words as f64;
    let words_per_sentence = words / counts.sentences as f64;
    let syllables_per_word = counts.syllables as f64 / words;
    Some(match locale {
        Locale::Es => {
            let p = 100.0 * syllables_per_word;
            let f = 100.0 * counts.sentences as f64 / words;
            206.84 - 0.60 * p - 1.02 * f
        }
        Locale::Pt => 248.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        Locale::En => 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        Locale::Fr => 207.0 - 1.015 * words_per_sentence - 73.6 * syllables_per_word,
    })
}

/// One sentence and its own score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceScore {
    pub text: String,
    pub score: f64,
}

/// The score of a text in one language, with the (at most three) sentences that hurt it most.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Readability {
    pub locale: &'static str,
    pub score: f64,
    pub words: usize,
    pub sentences: usize,
    pub hardest: Vec<SentenceScore>,
}

/// How many of the worst sentences are shown.
const HARDEST: usize = 3;

/// Sentences end at `.`, `!`, `?` or `…` followed by a space or the end, and at line breaks;
/// "1.5" or "gov.br" do not end one.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next_is_break = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let end = c == '\n' || (matches!(c, '.' | '!' | '?' | '…') && next_is_break);
        if end {
            let stop = index + c.len_utf8();
            found.push(text[start..stop].trim());
            start = stop;
        }
    }
    found.push(text[start..].trim());
    found.retain(|sentence| !words(sentence).is_empty());
    found
}

/// Tokens holding at least one letter, without surrounding punctuation.
pub fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|token| token.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|token| token.chars().any(char::is_alphabetic))
        .collect()
}

pub fn counts(text: &str, locale: Locale) -> Counts {
    let found = sentences(text);
    let all: Vec<&str> = found.iter().flat_map(|s| words(s)).collect();
    Counts {
        words: all.len(),
        sentences: found.len(),
        syllables: all.iter().map(|w| syllables::count(w, locale)).sum(),
    }
}

/// The score of a plain text (tags already removed); `None` when it has no words.
pub fn analyse(text: &str, locale: Locale) -> Option<Readability> {
    let total = counts(text, locale);
    let score = formula(locale, total)?;
    let mut scored: Vec<SentenceScore> = sentences(text)
        .into_iter()
        .filter_map(|sentence| {
            let score = formula(locale, counts(sentence, locale))?;
            Some(SentenceScore {
                text: sentence.to_owned(),
                score,
            })
        })
        .collect();
    scored.sort_by(|a, b| a.score.total_cmp(&b.score));
    scored.truncate(HARDEST);
    Some(Readability {
        locale: locale.code(),
        score,
        words: total.words,
        sentences: total.sentences,
        hardest: scored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: Option<f64>, expected: f64) {
        let actual = actual.expect("a score");
        assert!((actual - expected).abs() < 0.001, "{actual} ≠ {expected}");
    }

    fn counts_of(words: usize, sentences: usize, syllables: usize) -> Counts {
        Counts {
            words,
            sentences,
            syllables,
        }
    }

    #[test]
    fn each_formula_gives_its_worked_example() {
        // 100 words, 5 sentences, 150 or 200 syllables, computed by hand from each formula.
        close(
            formula(Locale::En, counts_of(100, 5, 150)),
            206.835 - 20.3 - 126.9,
        );
        close(formula(Locale::Fr, counts_of(100, 5, 150)), 207.0 - 20.3 - 110.4);
        close(
            formula(Locale::Pt, counts_of(100, 5, 200)),
            248.835 - 20.3 - 169.2,
        );
        // Fernández Huerta: P = 200 syllables and F = 5 sentences per 100 words.
        close(formula(Locale::Es, counts_of(100, 5, 200)), 206.84 - 120.0 - 5.1);
        assert_eq!(formula(Locale::Es, counts_of(0, 0, 0)), None);
    }

    #[test]
    fn flesch_on_a_whole_english_sentence() {
        // 6 words, 1 sentence, 6 syllables: 206.835 − 1.015·6 − 84.6·1.
        let found = counts("The cat sat on the mat.", Locale::En);
        assert_eq!(found, counts_of(6, 1, 6));
        close(formula(Locale::En, found), 116.145);
    }

    #[test]
    fn fernandez_huerta_on_a_whole_spanish_text() {
        // el(1) pe-rro(2) co-me(2) · la(1) ca-sa(2) es(1) gran-de(2): 7 words, 2 sentences,
        // 11 syllables; P = 1100/7, F = 200/7.
        let found = counts("El perro come. La casa es grande.", Locale::Es);
        assert_eq!(found, counts_of(7, 2, 11));
        close(
            formula(Locale::Es, found),
            206.84 - 0.60 * 1100.0 / 7.0 - 1.02 * 200.0 / 7.0,
        );
    }

    #[test]
    fn sentences_end_at_stops_and_line_breaks_but_not_inside_numbers() {
        assert_eq!(
            sentences("Pague 1.5 euros en gov.br. ¿Listo? Sí!\nOtra línea"),
            vec!["Pague 1.5 euros en gov.br.", "¿Listo?", "Sí!", "Otra línea"]
        );
        assert_eq!(words("«Hola», dijo — 42 veces."), vec!["Hola", "dijo", "veces"]);
    }

    #[test]
    fn the_hardest_sentences_come_first_and_are_at_most_three() {
        let text = "Go now. Sit here. Eat it. \
                    Administrative regularisation necessitates comprehensive documentation verification. \
                    Bring your passport.";
        let result = analyse(text, Locale::En).expect("scored");
        assert_eq!(result.hardest.len(), 3);
        assert!(result.hardest[0].text.starts_with("Administrative"));
        assert!(result.hardest[0].score <= result.hardest[1].score);
        assert!(result.hardest[1].score <= result.hardest[2].score);
        assert_eq!(result.sentences, 5);
        assert_eq!(analyse("  ", Locale::En), None);
    }
}
