//! The wording of SMS replies that list things (search results, places to choose from), written
//! to fit one message when the names allow it, and the measures that decide what fits. Every
//! word comes from `locales/*/sms.ftl`.

use app::i18n::{tr, tr_args};
use app::locale::Locale;
use app::model::PlaceRef;

use super::gsm::{self, Coding, Policy};

/// Entries in one list: three fit a phone's screen and, with short names, one SMS.
pub const LIST_SIZE: usize = 3;
/// Names are not shortened below this: a list cut to unreadable stubs helps no one, so a list
/// with long names goes out in more parts instead.
const MIN_NAME_CHARS: usize = 24;

/// The short code people text for a service: its id, at least 3 digits (`42` → `042`).
pub fn short_code(id: i32) -> String {
    format!("{id:03}")
}

/// The service id a short code stands for; codes with letters are not ours.
pub fn id_of_code(code: &str) -> Option<i32> {
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    code.parse::<i32>().ok().filter(|id| *id > 0)
}

/// How many parts `text` goes out in under the gateway's encoding policy.
pub fn segments(text: &str, policy: &Policy) -> usize {
    if policy.transliterate {
        gsm::segment_count(&gsm::transliterate_to_gsm(text), Coding::Gsm7)
    } else {
        gsm::segment_count(text, gsm::coding_for(text))
    }
}

pub fn fits(text: &str, policy: &Policy, parts: usize) -> bool {
    segments(text, policy) <= parts
}

/// Spaces that typesetting puts in numbers ("9 672,00") are not in the GSM alphabet: a plain
/// space keeps the message in GSM-7 at no cost to the reader.
pub fn plain_spaces(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}', '\u{2009}'], " ")
}

/// `text` cut to at most `max` chars at a word boundary, "..." marking the cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep: String = text.chars().take(max.saturating_sub(3)).collect();
    let cut = match keep.rfind(' ') {
        Some(space) if space > keep.len() / 2 => &keep[..space],
        _ => keep.as_str(),
    };
    format!("{}...", cut.trim_end_matches([' ', ',', ';', '.', ':', '-']))
}

/// A Fluent argument from a count (generic so that this crate need not name Fluent's types).
pub fn number<V: From<u32>>(n: usize) -> V {
    V::from(u32::try_from(n).unwrap_or(u32::MAX))
}

pub fn text<V: From<String>>(value: impl Into<String>) -> V {
    V::from(value.into())
}

/// One service in a results list.
pub struct Entry {
    pub id: i32,
    pub name: String,
}

/// The numbered results with their codes and what to reply, in one message when names
/// shortened to a readable minimum allow it.
pub fn results(locale: Locale, entries: &[Entry], more: bool, policy: &Policy) -> String {
    let footer_key = if more {
        "sms-results-more"
    } else {
        "sms-results-end"
    };
    let footer = tr_args(locale, footer_key, &[("last", number(entries.len()))]);
    let render = |max_name: usize| {
        let mut lines: Vec<String> = entries
            .iter()
            .enumerate()
            .map(|(index, entry)| {
                tr_args(
                    locale,
                    "sms-results-item",
                    &[
                        ("number", number(index + 1)),
                        ("name", text(shorten(&entry.name, max_name))),
                        ("code", text(short_code(entry.id))),
                    ],
                )
            })
            .collect();
        lines.push(footer.clone());
        plain_spaces(&lines.join("\n"))
    };
    let longest = entries.iter().map(|e| e.name.chars().count()).max().unwrap_or(0);
    // Names are shortened only as far as that saves a message: the fewest parts the shortest
    // names allow, reached with names as long as possible.
    let target = segments(&render(MIN_NAME_CHARS.min(longest)), policy);
    let mut max_name = longest;
    loop {
        let message = render(max_name);
        if max_name <= MIN_NAME_CHARS || segments(&message, policy) <= target {
            return message;
        }
        max_name = max_name.saturating_sub(4).max(MIN_NAME_CHARS);
    }
}

/// Municipalities to choose from by number.
pub fn places(locale: Locale, places: &[PlaceRef], more: bool) -> String {
    let mut lines = vec![tr(locale, "sms-local-choose")];
    for (index, place) in places.iter().enumerate() {
        let line = match &place.parent {
            Some(parent) => tr_args(
                locale,
                "sms-local-item-parent",
                &[
                    ("number", number(index + 1)),
                    ("place", text(place.name.clone())),
                    ("parent", text(parent.clone())),
                ],
            ),
            None => tr_args(
                locale,
                "sms-local-item",
                &[("number", number(index + 1)), ("place", text(place.name.clone()))],
            ),
        };
        lines.push(line);
    }
    if more {
        lines.push(tr(locale, "sms-local-too-many"));
    }
    plain_spaces(&lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GSM: Policy = Policy {
        transliterate: true,
        max_segments: 3,
    };

    #[test]
    fn short_codes_round_trip() {
        assert_eq!(short_code(42), "042");
        assert_eq!(short_code(7), "007");
        assert_eq!(short_code(123_456), "123456");
        assert!(super::super::commands::is_short_code(&short_code(1)));
        assert_eq!(id_of_code("042"), Some(42));
        assert_eq!(id_of_code("A7K2"), None);
        assert_eq!(id_of_code("000"), None);
        assert_eq!(id_of_code(""), None);
    }

    #[test]
    fn shortening_cuts_at_words() {
        assert_eq!(shorten("Short name", 40), "Short name");
        assert_eq!(
            shorten("Emitir carteira de trabalho digital e segunda via", 24),
            "Emitir carteira de..."
        );
        assert!(shorten(&"x".repeat(100), 24).chars().count() <= 24);
    }

    #[test]
    fn lists_fit_one_message_when_names_allow() {
        let entries: Vec<Entry> = (1..=3)
            .map(|id| Entry {
                id,
                name: format!("A rather long service name number {id} with many extra words"),
            })
            .collect();
        let message = results(Locale::En, &entries, true, &GSM);
        assert_eq!(segments(&message, &GSM), 1, "{message}");
        assert!(message.starts_with("1) A rather long"), "{message}");
        assert!(message.contains("#001") && message.contains("#003"));
    }

    #[test]
    fn names_are_kept_whole_when_shortening_saves_no_part() {
        let ucs2 = Policy {
            transliterate: false,
            max_segments: 3,
        };
        let entries: Vec<Entry> = ["nacimiento", "matrimonio", "defunción"]
            .iter()
            .zip(1..)
            .map(|(kind, id)| Entry {
                id,
                name: format!("Certificado de {kind}"),
            })
            .collect();
        let message = results(Locale::Es, &entries, true, &ucs2);
        assert!(message.contains("Certificado de nacimiento #001"), "{message}");
        assert!(message.contains("Certificado de matrimonio #002"), "{message}");
    }

    #[test]
    fn typographic_spaces_become_plain() {
        assert_eq!(plain_spaces("9\u{202f}672,00 R$"), "9 672,00 R$");
        assert_eq!(gsm::coding_for(&plain_spaces("9\u{202f}672")), Coding::Gsm7);
    }
}
