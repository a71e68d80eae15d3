//! Masking personal data in a comment before it is stored: e-mail addresses, phone numbers and
//! national ID numbers (Brazil's CPF, Mexico's CURP, Chile's RUT, DNI-like numbers) become
//! [`MASK`]. A plain character scan, no dictionary: it errs on the side of masking long digit
//! runs, and leaves alone what reads as a year, a date, a price, a percentage or a code.

use super::masking_numbers::number_spans;

/// What replaces each piece of personal data: neutral in every language.
pub const MASK: &str = "[…]";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Masked {
    pub text: String,
    /// How many pieces were masked.
    pub count: usize,
}

/// `text` with every e-mail address, phone number and ID number replaced by [`MASK`].
pub fn mask_personal_data(text: &str) -> Masked {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = email_spans(&chars);
    spans.extend(curp_spans(&chars));
    spans.extend(number_spans(&chars));
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut count = 0;
    for (start, end) in spans {
        if start < at {
            continue; // inside a span already masked (a number within an e-mail address)
        }
        out.extend(&chars[at..start]);
        out.push_str(MASK);
        at = end;
        count += 1;
    }
    out.extend(&chars[at..]);
    Masked { text: out, count }
}

fn is_local_part(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_part(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// `name@domain.tld`, the domain ending in a label of two letters or more.
fn email_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (at, _) in chars.iter().enumerate().filter(|(_, c)| **c == '@') {
        let mut start = at;
        while start > 0 && is_local_part(chars[start - 1]) {
            start -= 1;
        }
        while start < at && chars[start] == '.' {
            start += 1;
        }
        let mut end = at + 1;
        while end < chars.len() && is_domain_part(chars[end]) {
            end += 1;
        }
        // A sentence's full stop after the address is not part of it.
        while end > at + 1 && matches!(chars[end - 1], '.' | '-') {
            end -= 1;
        }
        let domain: String = chars[at + 1..end].iter().collect();
        let top = domain.rsplit('.').next().unwrap_or_default();
        let valid_domain =
            domain.contains('.') && top.chars().count() >= 2 && top.chars().all(char::is_alphabetic);
        if start < at && valid_domain {
            spans.push((start, end));
        }
    }
    spans
}

/// Mexico's CURP: 4 letters, birth date (6 digits), sex (H, M or X), 5 letters, a letter or
/// digit, a check digit; 18 characters standing alone.
fn curp_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        if !chars[start].is_ascii_alphanumeric() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < chars.len() && chars[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let starts_word = start == 0 || !chars[start - 1].is_alphanumeric();
        let ends_word = end == chars.len() || !chars[end].is_alphanumeric();
        if starts_word && ends_word && is_curp(&chars[start..end]) {
            spans.push((start, end));
        }
        start = end;
    }
    spans
}

fn is_curp(word: &[char]) -> bool {
    if word.len() != 18 {
        return false;
    }
    let letters = |range: std::ops::Range<usize>| word[range].iter().all(char::is_ascii_alphabetic);
    let digits = |range: std::ops::Range<usize>| word[range].iter().all(char::is_ascii_digit);
    letters(0..4)
        && digits(4..10)
        && matches!(word[10].to_ascii_uppercase(), 'H' | 'M' | 'X')
        && letters(11..16)
        && word[16].is_ascii_alphanumeric()
        && word[17].is_ascii_digit()
}

#[cfg(test)]
#[path = "masking_tests.rs"]
mod tests;
