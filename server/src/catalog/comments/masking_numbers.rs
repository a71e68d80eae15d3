//! The digit runs of a comment that are phone or ID numbers. A run is digits joined by single
//! spaces, dots, dashes or parentheses (`+55 (11) 91234-5678`, `12.345.678-K`); it is personal
//! data when its shape is a CPF, RUT, DNI-like number or phone number, and not when it reads as
//! years, a date, a price (after a currency sign, before decimals or a currency word), a
//! percentage, or part of a code glued to letters (`SRV-2024-00017`, `Lei 8.112/90`).

/// Words after an amount that say it is money, not an ID.
const CURRENCY_WORDS: &[&str] = &[
    "pesos",
    "peso",
    "reais",
    "real",
    "soles",
    "sol",
    "dólares",
    "dolares",
    "dólar",
    "dolar",
    "dollars",
    "dollar",
    "bolivianos",
    "guaraníes",
    "guaranies",
    "colones",
    "quetzales",
    "lempiras",
    "córdobas",
    "cordobas",
    "euros",
    "euro",
    "usd",
    "brl",
    "mxn",
    "cop",
    "clp",
    "pen",
    "ars",
    "uyu",
    "bob",
    "pyg",
];

struct Run {
    start: usize,
    end: usize,
    /// The digits of each group, in order.
    groups: Vec<String>,
    /// What joined each group to the next.
    seps: Vec<String>,
    international: bool,
    /// A Chilean RUT ending in `-K`.
    check_k: bool,
}

pub fn number_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        let opens = chars[i].is_ascii_digit() || (matches!(chars[i], '+' | '(') && next_is_digit);
        if !opens {
            i += 1;
            continue;
        }
        if glued_to_word(chars, i) {
            i = skip_token(chars, i);
            continue;
        }
        let run = read_run(chars, i);
        if is_personal(chars, &run) {
            spans.push((run.start, run.end));
        }
        i = run.end.max(i + 1);
    }
    spans
}

/// Digits right after letters (`abc123`, `SRV-2024`, `nº123`) are part of a code.
fn glued_to_word(chars: &[char], at: usize) -> bool {
    let Some(&before) = at.checked_sub(1).and_then(|b| chars.get(b)) else {
        return false;
    };
    before.is_alphanumeric()
        || (matches!(before, '-' | '/' | '.' | '_')
            && at
                .checked_sub(2)
                .and_then(|b| chars.get(b))
                .is_some_and(|c| c.is_alphanumeric()))
}

fn skip_token(chars: &[char], mut at: usize) -> usize {
    while at < chars.len() && (chars[at].is_alphanumeric() || matches!(chars[at], '-' | '/' | '.' | '_')) {
        at += 1;
    }
    at
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '.' | '-' | '(' | ')')
}

/// A full stop and a space end a sentence; two dots or two dashes join nothing.
fn joins_groups(sep: &str) -> bool {
    !(sep.contains('.') && sep.contains(char::is_whitespace))
        && sep.matches('.').count() <= 1
        && sep.matches('-').count() <= 1
}

fn read_run(chars: &[char], start: usize) -> Run {
    let mut start = start;
    let mut i = start;
    let international = chars[i] == '+';
    if international {
        i += 1;
    }
    let parenthesis = chars.get(i) == Some(&'(');
    if parenthesis {
        i += 1;
    }
    let mut groups = Vec::new();
    let mut seps = Vec::new();
    loop {
        let group_start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        groups.push(chars[group_start..i].iter().collect::<String>());
        let mut j = i;
        while j < chars.len() && j - i < 3 && is_separator(chars[j]) {
            j += 1;
        }
        let sep: String = chars[i..j].iter().collect();
        if j > i && chars.get(j).is_some_and(char::is_ascii_digit) && joins_groups(&sep) {
            seps.push(sep);
            i = j;
            continue;
        }
        // An opening parenthesis belongs to the number only around an area code: `(11) 9…`.
        if parenthesis && !international && !seps.first().is_some_and(|s: &String| s.starts_with(')')) {
            start += 1;
        }
        let check_k = chars.get(i) == Some(&'-')
            && chars.get(i + 1).is_some_and(|&c| matches!(c, 'k' | 'K'))
            && !chars.get(i + 2).is_some_and(|c| c.is_alphanumeric());
        return Run {
            start,
            end: if check_k { i + 2 } else { i },
            groups,
            seps,
            international,
            check_k,
        };
    }
}

fn is_personal(chars: &[char], run: &Run) -> bool {
    !looks_like_amount_or_code(chars, run) && shape_is_personal(run)
}

fn looks_like_amount_or_code(chars: &[char], run: &Run) -> bool {
    let after = |k: usize| chars.get(run.end + k).copied();
    let digit_after = |k: usize| after(k).is_some_and(|c| c.is_ascii_digit());
    let glued = after(0).is_some_and(|c| c.is_alphanumeric() || c == '%');
    let decimals = after(0) == Some(',') && digit_after(1) && digit_after(2);
    let date_or_time = matches!(after(0), Some('/' | ':')) && digit_after(1);
    let before: String = chars[run.start.saturating_sub(5)..run.start].iter().collect();
    let before = before.trim_end();
    let currency_sign = ['$', '€', '£'].iter().any(|s| before.ends_with(*s))
        || before.ends_with("S/")
        || before.ends_with("S/.");
    let word: String = chars[run.end..]
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphabetic())
        .collect();
    let currency_word = CURRENCY_WORDS.contains(&word.to_lowercase().as_str());
    glued || decimals || date_or_time || currency_sign || currency_word
}

fn lengths(run: &Run) -> Vec<usize> {
    run.groups.iter().map(String::len).collect()
}

fn seps_are(run: &Run, expected: &[&str]) -> bool {
    run.seps.len() == expected.len() && run.seps.iter().zip(expected).all(|(a, b)| a == b)
}

/// `12.345.678`, `1.020.304.050`: dots between thousands.
fn dotted_thousands(run: &Run) -> bool {
    let lens = lengths(run);
    lens.len() >= 3
        && (1..=3).contains(&lens[0])
        && lens[1..].iter().all(|&l| l == 3)
        && run.seps.iter().all(|s| s == ".")
}

fn is_year(group: &str) -> bool {
    group.len() == 4 && group.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

/// `27.11.2026`, `2026-11-27`, `27 11 2026`.
fn is_date(run: &Run) -> bool {
    let [a, b, c] = run.groups.as_slice() else {
        return false;
    };
    let same_seps = run.seps.iter().all(|s| s == &run.seps[0]);
    let number = |g: &str| g.parse::<u32>().unwrap_or(0);
    let day_month = |d: &str, m: &str| {
        d.len() <= 2 && m.len() <= 2 && (1..=31).contains(&number(d)) && (1..=12).contains(&number(m))
    };
    same_seps && ((is_year(c) && (day_month(a, b) || day_month(b, a))) || (is_year(a) && day_month(c, b)))
}

fn shape_is_personal(run: &Run) -> bool {
    let lens = lengths(run);
    let digits: usize = lens.iter().sum();
    if run.check_k {
        return (7..=8).contains(&digits) && (lens.len() == 1 || dotted_thousands(run));
    }
    if run.groups.iter().all(|g| is_year(g)) || is_date(run) {
        return false;
    }
    let cpf = digits == 11 && (lens.len() == 1 || (lens == [3, 3, 3, 2] && seps_are(run, &[".", ".", "-"])));
    let rut = (lens.len() == 4
        && (1..=2).contains(&lens[0])
        && lens[1..] == [3, 3, 1]
        && seps_are(run, &[".", ".", "-"]))
        || (lens.len() == 2 && (7..=8).contains(&lens[0]) && lens[1] == 1 && seps_are(run, &["-"]));
    let dni = dotted_thousands(run) && (7..=10).contains(&digits);
    let plain = lens.len() == 1 && (7..=13).contains(&digits);
    let international = run.international && (8..=15).contains(&digits);
    // Brazil's postal code (01310-100) names a street, not a person.
    let postal_code = lens == [5, 3] && seps_are(run, &["-"]);
    let phone = !postal_code
        && (7..=15).contains(&digits)
        && lens.len() >= 2
        && lens.iter().all(|&l| (1..=5).contains(&l))
        && lens.last().is_some_and(|&l| l >= 3);
    cpf || rut || dni || plain || international || phone
}
