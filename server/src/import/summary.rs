//! A one-line summary for lists, derived from a description when the source has none.

use super::markup::plain;

/// Longest summary shown in a list of results.
pub const MAX_SUMMARY_CHARS: usize = 200;

/// The first sentence of the plain text, or its first words up to the limit with an ellipsis.
pub fn summarize(source: &str) -> Option<String> {
    let text = plain(&strip_markdown(source));
    if text.is_empty() {
        return None;
    }
    let first_sentence = text
        .char_indices()
        .find(|(index, c)| matches!(c, '.' | '!' | '?') && text[index + 1..].starts_with(' '))
        .map(|(index, _)| &text[..=index]);
    if let Some(sentence) =
        first_sentence.filter(|s| s.chars().count() <= MAX_SUMMARY_CHARS && s.chars().count() > 20)
    {
        return Some(sentence.to_owned());
    }
    if text.chars().count() <= MAX_SUMMARY_CHARS {
        return Some(text);
    }
    let mut cut = String::new();
    for word in text.split(' ') {
        if cut.chars().count() + word.chars().count() + 1 > MAX_SUMMARY_CHARS - 1 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    Some(format!("{}…", cut.trim_end_matches([',', ';', ':'])))
}

/// Markdown marks that would show as symbols in plain text.
fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '_' | '#' | '`' => {}
            '[' => {
                // [label](url) keeps the label only.
                let label: String = chars.by_ref().take_while(|c| *c != ']').collect();
                out.push_str(&label);
                if chars.peek() == Some(&'(') {
                    for c in chars.by_ref() {
                        if c == ')' {
                            break;
                        }
                    }
                }
            }
            '<' => {
                for c in chars.by_ref() {
                    if c == '>' {
                        break;
                    }
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_when_short_enough() {
        let text = "O e-SIC permite que qualquer pessoa encaminhe pedidos. Por meio dele o cidadão recorre.";
        assert_eq!(
            summarize(text).as_deref(),
            Some("O e-SIC permite que qualquer pessoa encaminhe pedidos.")
        );
    }

    #[test]
    fn long_text_is_cut_at_a_word_with_an_ellipsis() {
        let text = "palavra ".repeat(60);
        let summary = summarize(&text).unwrap();
        assert!(summary.chars().count() <= MAX_SUMMARY_CHARS);
        assert!(summary.ends_with("palavra…"));
    }

    #[test]
    fn markdown_and_html_are_removed() {
        assert_eq!(
            summarize("**Atenção:** veja o [portal](http://x.gov.br) <b>hoje</b>").as_deref(),
            Some("Atenção: veja o portal hoje")
        );
        assert_eq!(summarize("  "), None);
    }
}
