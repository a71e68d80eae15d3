//! The template's small value languages: levels, languages, yes/no, costs, processing times,
//! addresses and `|`-separated lists. Each refusal says what was expected.

use app::locale::Locale;
use app::model::{Level, TimeUnit};

use crate::import::record::{CostRecord, DurationRecord};

pub fn level(text: &str) -> Result<Level, String> {
    Level::from_code(&text.to_lowercase())
        .ok_or_else(|| format!("level {text:?} is not national, state or municipal"))
}

pub fn language(text: &str) -> Result<Locale, String> {
    Locale::from_code(&text.to_lowercase())
        .ok_or_else(|| format!("language {text:?} is not one of es, pt, en, fr"))
}

/// Blank is no; the words agencies type in the four languages are understood.
pub fn yes_no(text: &str) -> Result<bool, String> {
    match text.to_lowercase().as_str() {
        "" | "no" | "false" | "0" | "não" | "nao" | "non" => Ok(false),
        "yes" | "true" | "1" | "sí" | "si" | "sim" | "oui" => Ok(true),
        _ => Err(format!("fully_online {text:?} is not yes or no")),
    }
}

/// A web address people can open: `http(s)://` and no spaces.
pub fn web_address(column: &str, text: &str) -> Result<Option<String>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let plausible = (text.starts_with("https://") || text.starts_with("http://"))
        && text.len() > 10
        && !text.contains(char::is_whitespace);
    plausible
        .then(|| Some(text.to_owned()))
        .ok_or_else(|| format!("{column} {text:?} is not a web address (https://…)"))
}

/// `|`-separated items, trimmed, blanks dropped.
pub fn list(text: &str) -> Vec<String> {
    text.split('|')
        .map(|item| item.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|item| !item.is_empty())
        .collect()
}

/// `free`, `variable`, blank (unknown), or an amount and an ISO 4217 code in either order:
/// `12.50 EUR`, `EUR 12,50`. Zero is free.
pub fn cost(text: &str) -> Result<CostRecord, String> {
    let refuse =
        || format!("cost {text:?} is not free, variable or an amount with a currency code (12.50 EUR)");
    match text.to_lowercase().as_str() {
        "" => return Ok(CostRecord::Unknown),
        "free" => return Ok(CostRecord::Free),
        "variable" => return Ok(CostRecord::Variable),
        _ => {}
    }
    let parts: Vec<&str> = text.split_whitespace().collect();
    let (amount, currency) = match parts.as_slice() {
        [a, b] if is_currency(b) => (*a, *b),
        [a, b] if is_currency(a) => (*b, *a),
        _ => return Err(refuse()),
    };
    let amount_minor = amount_minor(amount).ok_or_else(refuse)?;
    if amount_minor == 0 {
        return Ok(CostRecord::Free);
    }
    Ok(CostRecord::Fixed {
        amount_minor,
        currency: currency.to_uppercase(),
    })
}

fn is_currency(text: &str) -> bool {
    text.len() == 3 && text.chars().all(|c| c.is_ascii_alphabetic())
}

/// `12`, `12.5`, `12,50` → cents. No thousands separators: `1.234` would be ambiguous.
fn amount_minor(text: &str) -> Option<i64> {
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 2 {
        return None;
    }
    let cents: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.parse::<i64>().ok()?.checked_mul(100)?.checked_add(cents)
}

fn time_unit(text: &str) -> Option<TimeUnit> {
    let unit = text.to_lowercase().replace(['-', ' '], "_");
    let unit = unit.strip_suffix('s').unwrap_or(&unit);
    TimeUnit::ALL
        .into_iter()
        .find(|u| u.code().strip_suffix('s').unwrap_or(u.code()) == unit)
}

/// `immediate`, `10 working_days` (at most), `5-10 days` (between), `about 3 days` (on average).
pub fn processing_time(text: &str) -> Result<Option<DurationRecord>, String> {
    let refuse = || {
        format!(
            "processing_time {text:?} is not immediate, \"10 days\", \"5-10 days\" or \"about 3 days\" \
             (units: minutes, hours, days, calendar_days, working_days, months, years)"
        )
    };
    let lower = text.to_lowercase();
    match lower.as_str() {
        "" => return Ok(None),
        "immediate" => {
            return Ok(Some(DurationRecord {
                kind: "immediate",
                min: None,
                max: None,
                unit: None,
            }));
        }
        _ => {}
    }
    let (kind, rest) = match lower.strip_prefix("about ") {
        Some(rest) => ("average", rest),
        None => ("up_to", lower.strip_prefix("up to ").unwrap_or(&lower)),
    };
    let (number, unit) = rest.trim().split_once(' ').ok_or_else(refuse)?;
    let unit = time_unit(unit.trim()).ok_or_else(refuse)?;
    let parse = |n: &str| n.trim().parse::<i32>().ok().filter(|n| *n >= 0);
    let (kind, min, max) = match number.split_once('-') {
        Some((min, max)) if kind == "up_to" => ("between", parse(min), parse(max)),
        Some(_) => return Err(refuse()),
        None => (kind, None, parse(number)),
    };
    match (min, max) {
        (Some(min), Some(max)) if min > max => Err(refuse()),
        (None, None) | (_, None) => Err(refuse()),
        (min, max) => Ok(Some(DurationRecord {
            kind,
            min,
            max,
            unit: Some(unit),
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs() {
        assert!(matches!(cost(""), Ok(CostRecord::Unknown)));
        assert!(matches!(cost("Free"), Ok(CostRecord::Free)));
        assert!(matches!(cost("0 EUR"), Ok(CostRecord::Free)));
        assert!(matches!(cost("variable"), Ok(CostRecord::Variable)));
        for (text, minor, code) in [
            ("12.50 EUR", 1250, "EUR"),
            ("eur 12,5", 1250, "EUR"),
            ("30 USD", 3000, "USD"),
            ("BRL 257,00", 25700, "BRL"),
        ] {
            match cost(text) {
                Ok(CostRecord::Fixed {
                    amount_minor,
                    currency,
                }) => assert_eq!((amount_minor, currency.as_str()), (minor, code), "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        for bad in [
            "12 euros",
            "€12",
            "1.234,50 EUR",
            "12.505 EUR",
            "-3 EUR",
            "gratis",
            "EUR",
        ] {
            assert!(cost(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn processing_times() {
        let p = |t| processing_time(t).unwrap().unwrap();
        let d = p("10 working_days");
        assert_eq!(
            (d.kind, d.min, d.max, d.unit),
            ("up_to", None, Some(10), Some(TimeUnit::WorkingDays))
        );
        let d = p("5-10 Days");
        assert_eq!(
            (d.kind, d.min, d.max, d.unit),
            ("between", Some(5), Some(10), Some(TimeUnit::Days))
        );
        let d = p("about 1 month");
        assert_eq!(
            (d.kind, d.max, d.unit),
            ("average", Some(1), Some(TimeUnit::Months))
        );
        assert_eq!(p("up to 2 working days").unit, Some(TimeUnit::WorkingDays));
        assert_eq!(p("immediate").kind, "immediate");
        assert!(processing_time("").unwrap().is_none());
        for bad in [
            "soon",
            "10",
            "10 fortnights",
            "10-5 days",
            "about 3-4 days",
            "x days",
        ] {
            assert!(processing_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn small_values() {
        assert_eq!(level("Municipal"), Ok(Level::Municipal));
        assert!(level("federal").is_err());
        assert_eq!(language("PT"), Ok(Locale::Pt));
        assert!(language("de").is_err());
        assert_eq!(yes_no("Sí"), Ok(true));
        assert_eq!(yes_no(""), Ok(false));
        assert!(yes_no("maybe").is_err());
        assert_eq!(list(" a | |b  c|"), vec!["a", "b c"]);
        assert!(web_address("start_url", "www.x.org").is_err());
        assert_eq!(web_address("start_url", ""), Ok(None));
    }
}
