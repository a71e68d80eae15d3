//! Cleaning what people type before it is checked and stored: line breaks as browsers send them
//! (`\r\n`) count as one character, as the text area counted them; other control characters go.

use sha2::{Digest, Sha256};

/// Trimmed, `\r\n` turned into `\n`, control characters other than line breaks and tabs dropped.
pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// SHA-256 of the text in lower case with runs of white space as one space: the same comment
/// posted again, give or take spacing and case, has the same hash.
pub fn body_hash(text: &str) -> String {
    let normalized = text
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    hex::encode(Sha256::digest(normalized.as_bytes()))
}

fn is_link(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.contains("://") || lower.starts_with("www.")
}

/// Links with hardly any words around them, or many links: what spam looks like.
pub fn is_mostly_links(text: &str) -> bool {
    let links = text.split_whitespace().filter(|w| is_link(w)).count();
    let letters: usize = text
        .split_whitespace()
        .filter(|w| !is_link(w))
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    (links > 0 && letters < 20) || links > 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_line_breaks_count_once() {
        assert_eq!(clean("  a\r\nb\u{0}\u{7}\tc  "), "a\nb\tc");
    }

    #[test]
    fn the_same_text_hashes_the_same() {
        assert_eq!(body_hash("Muito  bom\nservico"), body_hash("muito bom servico "));
        assert_ne!(body_hash("muito bom"), body_hash("muito ruim"));
    }

    #[test]
    fn link_only_text_is_spotted() {
        assert!(is_mostly_links("https://spam.example/cheap"));
        assert!(is_mostly_links("veja www.spam.example agora"));
        assert!(is_mostly_links(
            "a http://a.b b http://c.d c http://e.f d http://g.h"
        ));
        assert!(!is_mostly_links(
            "O formulário em https://gov.example/form não abre no celular, só no computador."
        ));
        assert!(!is_mostly_links("Demorou 30 dias para ficar pronto."));
    }
}
