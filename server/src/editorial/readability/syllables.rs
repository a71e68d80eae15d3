//! Syllables per word, counted as groups of vowels with each language's main exceptions. Good
//! enough for a readability score (an estimate anyway), not for hyphenation.

use app::locale::Locale;

pub fn count(word: &str, locale: Locale) -> usize {
    let lower: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if lower.is_empty() {
        return 0;
    }
    let count = match locale {
        Locale::Es => romance(&lower, is_vowel_es, strong_es, |_, _| false),
        Locale::Pt => romance(&lower, is_vowel_pt, strong_pt, nasal_glide_pt),
        Locale::En => english(&lower),
        Locale::Fr => french(&lower),
    };
    count.max(1)
}

fn is_vowel_es(c: char) -> bool {
    "aeiouáéíóúü".contains(c)
}

/// Strong vowels (and stressed weak ones) do not share a syllable: "le-er", "dí-a".
fn strong_es(c: char) -> bool {
    "aeoáéóíú".contains(c)
}

fn is_vowel_pt(c: char) -> bool {
    "aeiouáéíóúâêôãõàü".contains(c)
}

fn strong_pt(c: char) -> bool {
    "aeoáéóíúâêôãõà".contains(c)
}

/// The nasal diphthongs "ão", "ãe", "õe" are one syllable though both vowels are strong.
fn nasal_glide_pt(previous: char, current: char) -> bool {
    matches!((previous, current), ('ã', 'o' | 'e') | ('õ', 'e'))
}

/// Vowel groups, split where two strong vowels meet (hiatus), unless `glide` joins them. A
/// "u" after "q" or "g" before "e"/"i" is silent ("que", "guerra").
fn romance(
    word: &[char],
    is_vowel: fn(char) -> bool,
    strong: fn(char) -> bool,
    glide: fn(char, char) -> bool,
) -> usize {
    let mut count = 0;
    let mut previous: Option<char> = None;
    for (index, &c) in word.iter().enumerate() {
        let silent_u = c == 'u'
            && index > 0
            && matches!(word[index - 1], 'q' | 'g')
            && word.get(index + 1).is_some_and(|n| "eéêií".contains(*n));
        let vowel = is_vowel(c) && !silent_u;
        match (previous, vowel) {
            (_, false) => previous = None,
            (None, true) => {
                count += 1;
                previous = Some(c);
            }
            (Some(before), true) => {
                if strong(before) && strong(c) && !glide(before, c) {
                    count += 1;
                }
                previous = Some(c);
            }
        }
    }
    count
}

fn groups(word: &[char], is_vowel: impl Fn(char) -> bool) -> usize {
    let mut count = 0;
    let mut in_group = false;
    for &c in word {
        let vowel = is_vowel(c);
        if vowel && !in_group {
            count += 1;
        }
        in_group = vowel;
    }
    count
}

/// Vowel groups (y included), less a silent final "e" ("make", not "table") and a silent "-ed"
/// ("jumped", not "wanted").
fn english(word: &[char]) -> usize {
    let mut count = groups(word, |c| "aeiouy".contains(c));
    let n = word.len();
    let ends =
        |suffix: &str| word.iter().rev().zip(suffix.chars().rev()).all(|(a, b)| *a == b) && n >= suffix.len();
    let consonant_at = |i: usize| word.get(i).is_some_and(|c| !"aeiouy".contains(*c));
    let silent_e = ends("e") && !(ends("le") && n >= 3 && consonant_at(n - 3));
    let silent_ed = ends("ed") && n >= 3 && !matches!(word[n - 3], 't' | 'd');
    if count > 1 && (silent_e || silent_ed) {
        count -= 1;
    }
    count
}

/// Vowel groups, less the mute final "e" or "es" ("table", "portes"), as spoken French does.
fn french(word: &[char]) -> usize {
    let mut count = groups(word, |c| "aeiouyàâäéèêëîïôöùûüÿæœ".contains(c));
    let n = word.len();
    let mute = (n >= 2 && word[n - 1] == 'e') || (n >= 3 && word[n - 2] == 'e' && word[n - 1] == 's');
    let before = if word[n - 1] == 's' {
        n.saturating_sub(3)
    } else {
        n.saturating_sub(2)
    };
    if count > 1 && mute && word.get(before).is_some_and(|c| !"aeiouyéèêë".contains(*c)) {
        count -= 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(locale: Locale, cases: &[(&str, usize)]) {
        for (word, expected) in cases {
            assert_eq!(count(word, locale), *expected, "{word} in {locale:?}");
        }
    }

    #[test]
    fn spanish_splits_hiatus_and_keeps_diphthongs() {
        check(
            Locale::Es,
            &[
                ("casa", 2),
                ("pasaporte", 4),
                ("leer", 2),
                ("día", 2),
                ("ciudad", 2),
                ("que", 1),
                ("guerra", 2),
                ("y", 1),
                ("trámite", 3),
                ("solicitud", 4),
            ],
        );
    }

    #[test]
    fn portuguese_keeps_nasal_diphthongs_together() {
        check(
            Locale::Pt,
            &[
                ("cão", 1),
                ("mãe", 1),
                ("serviço", 3),
                ("documento", 4),
                ("poeta", 3),
                ("pães", 1),
                ("identidade", 5),
            ],
        );
    }

    #[test]
    fn english_drops_silent_endings() {
        check(
            Locale::En,
            &[
                ("cat", 1),
                ("make", 1),
                ("table", 2),
                ("jumped", 1),
                ("wanted", 2),
                ("passport", 2),
                ("application", 4),
                ("the", 1),
            ],
        );
    }

    #[test]
    fn french_drops_the_mute_e() {
        check(
            Locale::Fr,
            &[
                ("table", 1),
                ("portes", 1),
                ("carte", 1),
                ("demande", 2),
                ("été", 2),
                ("le", 1),
                ("formulaire", 3),
            ],
        );
    }
}
