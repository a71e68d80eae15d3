//! SMS text encoding and segmentation: which alphabet a message goes out in (GSM 03.38 7-bit or
//! UCS-2), how text outside GSM-7 is transliterated, and how a message is cut into the parts of a
//! concatenated SMS within a segment budget.
//!
//! Tests live in `gsm_tests.rs` and use `proptest`, a dev-dependency (`proptest = "1"`).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// GSM 03.38 basic table in code order, without 0x1B: that code is the escape into the extension
/// table, not a character anyone can type.
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                     ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// GSM 03.38 extension table: each is sent as escape + code, so it costs two septets.
const EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// How many septets `c` takes in GSM-7, or `None` when GSM-7 cannot carry it.
pub fn septets(c: char) -> Option<usize> {
    // Most text is plain ASCII letters and digits: skip the table scan for them.
    if c.is_ascii_alphanumeric() || c == ' ' || BASIC.contains(c) {
        Some(1)
    } else if EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coding {
    Gsm7,
    Ucs2,
}

impl Coding {
    /// Units (septets or UTF-16 code units) a message may use when it goes out as one SMS.
    pub fn single_limit(self) -> usize {
        match self {
            Coding::Gsm7 => 160,
            Coding::Ucs2 => 70,
        }
    }

    /// Units per part of a concatenated SMS: the concatenation header takes the rest.
    pub fn part_limit(self) -> usize {
        match self {
            Coding::Gsm7 => 153,
            Coding::Ucs2 => 67,
        }
    }

    /// A char GSM-7 cannot carry counts as one septet: the '?' a gateway would put in its place.
    pub fn units(self, c: char) -> usize {
        match self {
            Coding::Gsm7 => septets(c).unwrap_or(1),
            Coding::Ucs2 => c.len_utf16(),
        }
    }
}

/// GSM-7 only if every char is in the basic or the extension table.
pub fn coding_for(text: &str) -> Coding {
    if text.chars().all(|c| septets(c).is_some()) {
        Coding::Gsm7
    } else {
        Coding::Ucs2
    }
}

/// Rewrites `text` with GSM-7 characters only, keeping every letter the table has (é, Ç, ñ, ü…)
/// and bringing the rest to its closest plain form; what has none becomes '?'.
pub fn transliterate_to_gsm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // NFC first so that a letter typed as base + combining accent is judged as the one letter.
    for c in text.nfc() {
        if septets(c).is_some() {
            out.push(c);
        } else if let Some(plain) = punctuation(c) {
            out.push_str(plain);
        } else if is_combining_mark(c) || is_invisible(c) {
            // An accent with no precomposed letter, or a zero-width joiner: dropping it keeps the
            // base letter readable instead of adding a stray '?'.
        } else if c.is_whitespace() {
            out.push(' ');
        } else if c.is_alphanumeric() {
            match deunicode::deunicode_char(c) {
                Some(plain) if !plain.is_empty() && plain.chars().all(|d| septets(d).is_some()) => {
                    out.push_str(plain);
                }
                _ => out.push('?'),
            }
        } else {
            out.push('?');
        }
    }
    out
}

/// Typographic punctuation that phones and word processors insert for plain ASCII.
fn punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '´' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' | '‹' | '›' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '•' => "-",
        '\u{2026}' => "...",
        // "N°" and "25°C" read better with an 'o' than with a '?'.
        '°' => "o",
        '×' => "x",
        _ => return None,
    })
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// true: always send GSM-7, transliterating what it lacks (cheaper: 160 chars per SMS instead
    /// of 70). false: send UCS-2 whenever the text needs it, so nothing is altered.
    pub transliterate: bool,
    pub max_segments: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub coding: Coding,
    /// The parts in order; empty when there is nothing to send.
    pub segments: Vec<String>,
    /// The text was cut to fit `max_segments` and the continuation note appended.
    pub truncated: bool,
}

/// Number of parts `text` is sent in, split as [`plan`] splits it (at word boundaries, so it may
/// be one more than a split that cuts words). Empty text takes no part.
pub fn segment_count(text: &str, coding: Coding) -> usize {
    split(&cells(text, coding), coding).len()
}

/// Decides the coding and the parts of an outbound SMS. When the text needs more than
/// `policy.max_segments` parts it is cut at a word boundary and `continuation` (a localized note
/// from the caller, appended verbatim) is added so that both fit. A note that needs UCS-2 makes
/// the truncated message UCS-2; a note too long to fit even alone is left out.
pub fn plan(text: &str, policy: &Policy, continuation: &str) -> Plan {
    let (body, note) = if policy.transliterate {
        (transliterate_to_gsm(text), transliterate_to_gsm(continuation))
    } else {
        (text.to_owned(), continuation.to_owned())
    };
    let max = policy.max_segments;
    let body_coding = coding_for(&body);
    let body_cells = cells(&body, body_coding);
    let ranges = split(&body_cells, body_coding);
    if ranges.len() <= max {
        let segments = ranges
            .iter()
            .map(|&r| slice(&body, &body_cells, r).to_owned())
            .collect();
        return Plan {
            coding: body_coding,
            segments,
            truncated: false,
        };
    }
    let with_note = match (body_coding, coding_for(&note)) {
        (Coding::Gsm7, Coding::Gsm7) => Coding::Gsm7,
        _ => Coding::Ucs2,
    };
    let (coding, message) = match truncate(&body, &note, with_note, max) {
        Some(message) => (with_note, message),
        None => (
            body_coding,
            truncate(&body, "", body_coding, max).unwrap_or_default(),
        ),
    };
    Plan {
        coding,
        segments: segments(&message, coding),
        truncated: true,
    }
}

/// One char of a text being split: where it starts, what it costs, whether a line may break there.
#[derive(Clone, Copy)]
struct Cell {
    at: usize,
    units: usize,
    space: bool,
}

fn cells(text: &str, coding: Coding) -> Vec<Cell> {
    text.char_indices()
        .map(|(at, c)| Cell {
            at,
            units: coding.units(c),
            space: c.is_whitespace(),
        })
        .collect()
}

fn units(cells: &[Cell]) -> usize {
    cells.iter().map(|cell| cell.units).sum()
}

fn slice<'a>(text: &'a str, cells: &[Cell], (from, to): (usize, usize)) -> &'a str {
    let byte = |i: usize| cells.get(i).map_or(text.len(), |cell| cell.at);
    text.get(byte(from)..byte(to)).unwrap_or_default()
}

fn segments(text: &str, coding: Coding) -> Vec<String> {
    let cells = cells(text, coding);
    split(&cells, coding)
        .into_iter()
        .map(|r| slice(text, &cells, r).to_owned())
        .collect()
}

/// Char-index ranges of the parts. Whitespace stays inside a part (at its end, or at the start of
/// the next one) so that the parts concatenate back to the exact text.
fn split(cells: &[Cell], coding: Coding) -> Vec<(usize, usize)> {
    let n = cells.len();
    if n == 0 {
        return Vec::new();
    }
    if units(cells) <= coding.single_limit() {
        return vec![(0, n)];
    }
    let limit = coding.part_limit();
    let mut parts = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start;
        let mut used = 0;
        while let Some(cell) = cells.get(end) {
            if used + cell.units > limit {
                break;
            }
            used += cell.units;
            end += 1;
        }
        if end >= n {
            parts.push((start, n));
            break;
        }
        // A char always fits an empty part (limit ≥ 2 units); this only guards progress.
        let end = end.max(start + 1);
        let cut = word_break(cells, start, end).unwrap_or(end);
        parts.push((start, cut));
        start = cut;
    }
    parts
}

/// The latest cut in `start+1..=end` that falls next to whitespace.
fn word_break(cells: &[Cell], start: usize, end: usize) -> Option<usize> {
    if cells.get(end).is_some_and(|cell| cell.space) {
        return Some(end);
    }
    (start + 1..end)
        .rev()
        .find(|&p| cells.get(p - 1).is_some_and(|cell| cell.space))
}

/// The longest cut of `body` (at a word boundary, or inside a word too long for a part) that
/// still fits `max` parts with `note` appended; `None` when even the note alone does not fit.
fn truncate(body: &str, note: &str, coding: Coding, max: usize) -> Option<String> {
    let cells = cells(body, coding);
    let word_limit = if max == 1 {
        coding.single_limit()
    } else {
        coding.part_limit()
    };
    let capacity = if max == 1 {
        word_limit
    } else {
        max.saturating_mul(word_limit)
    };
    let note_units: usize = note.chars().map(|c| coding.units(c)).sum();
    let long = long_words(&cells, word_limit);
    let mut prefix = Vec::with_capacity(cells.len() + 1);
    prefix.push(0);
    for cell in &cells {
        prefix.push(prefix.last().copied().unwrap_or(0) + cell.units);
    }
    for p in (0..=cells.len()).rev() {
        let before = p.checked_sub(1).and_then(|i| cells.get(i));
        let after = cells.get(p);
        let boundary = match (before, after) {
            (None, _) | (_, None) => true,
            (Some(b), Some(a)) => b.space || a.space,
        };
        let hard = p > 0 && long.get(p - 1) == Some(&true) && long.get(p) == Some(&true);
        // Cheap pre-check; the cut just before a run of spaces is still tried, so trimming the
        // kept text's trailing spaces cannot make this skip a cut that would fit.
        let too_long = p > 0 && prefix.get(p).copied().unwrap_or(0) + note_units > capacity;
        if !(boundary || hard) || too_long {
            continue;
        }
        let kept = slice(body, &cells, (0, p)).trim_end();
        let message = if kept.is_empty() {
            note.trim_start().to_owned()
        } else {
            format!("{kept}{note}")
        };
        if segment_count(&message, coding) <= max {
            return Some(message);
        }
    }
    None
}

/// Marks the chars of every word costing more than `limit`: only those may be cut mid-word.
fn long_words(cells: &[Cell], limit: usize) -> Vec<bool> {
    let mut long = vec![false; cells.len()];
    let mut start = 0;
    while start < cells.len() {
        let end = (start..cells.len())
            .find(|&i| cells.get(i).is_none_or(|cell| cell.space))
            .unwrap_or(cells.len());
        if end > start && units(cells.get(start..end).unwrap_or_default()) > limit {
            for flag in long.iter_mut().take(end).skip(start) {
                *flag = true;
            }
        }
        start = end + 1;
    }
    long
}

#[cfg(test)]
#[path = "gsm_tests.rs"]
mod tests;
