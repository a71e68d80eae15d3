//! Text helpers shared by the importers and the catalogue: accent folding for search, slugs.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-case, accents removed, everything but letters and digits turned into single spaces:
/// "Aposentadoria por Invalidez!" → "aposentadoria por invalidez". The result holds no LIKE
/// wildcards, so it can go into a pattern as it is.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'ß' => 's',
            'ø' | 'Ø' => 'o',
            'æ' | 'Æ' => 'a',
            'œ' | 'Œ' => 'o',
            'đ' | 'Đ' => 'd',
            'ł' | 'Ł' => 'l',
            other => other,
        };
        if c.is_alphanumeric() {
            if pending_space && !folded.is_empty() {
                folded.push(' ');
            }
            pending_space = false;
            folded.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    folded
}

/// A URL slug: folded words joined by hyphens, at most `max` bytes, cut at a word boundary.
pub fn slugify(text: &str, max: usize) -> String {
    let mut slug = String::new();
    for word in fold(text).split(' ').filter(|w| !w.is_empty()) {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() {
            continue;
        }
        if !slug.is_empty() && slug.len() + 1 + word.len() > max {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    slug.truncate(max);
    slug
}

/// `base`, or `base-2`, `base-3`… whichever is free; the chosen slug is marked as taken.
pub fn unique_slug(base: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let mut slug = base.to_owned();
    let mut n = 2;
    while taken.contains(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(slug.clone());
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_case_and_punctuation() {
        assert_eq!(
            fold("Aposentadoria por Invalidez!"),
            "aposentadoria por invalidez"
        );
        assert_eq!(fold("  Carteira de   TRABALHO  "), "carteira de trabalho");
        assert_eq!(fold("Naturalização — São Paulo"), "naturalizacao sao paulo");
        assert_eq!(fold("100% on-line_now"), "100 on line now");
        assert_eq!(fold("Ñandú ÇA"), "nandu ca");
        assert_eq!(fold(""), "");
        assert_eq!(fold("🙂 *** \"\""), "");
    }

    #[test]
    fn slugs_are_ascii_and_bounded() {
        assert_eq!(slugify("Obter Passaporte Comum", 200), "obter-passaporte-comum");
        assert_eq!(slugify("Ministério da Saúde (MS)", 200), "ministerio-da-saude-ms");
        assert_eq!(slugify("uma frase bem longa", 9), "uma-frase");
        assert_eq!(slugify("日本", 20), "");
    }
}

/// The text of an HTML fragment without its tags, for search: "<p>a <b>b</b></p>" → "a b".
pub fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            other if !in_tag => text.push(other),
            _ => {}
        }
    }
    html_escape::decode_html_entities(&text).into_owned()
}

#[cfg(test)]
mod strip_tests {
    use super::strip_tags;

    #[test]
    fn tags_go_and_entities_are_decoded() {
        assert_eq!(fold_spaces(&strip_tags("<p>a <b>b</b> &amp; c</p>")), "a b & c");
    }

    fn fold_spaces(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
