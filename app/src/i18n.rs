//! Every user-facing string comes from `locales/` through Fluent. Numbers, money and dates are
//! formatted here with separators, symbols and month names that are themselves Fluent messages.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

use crate::locale::Locale;
use crate::model::Money;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "es",
        // None of our languages is right-to-left: bidi isolation marks would only add bytes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(locale: Locale) -> LanguageIdentifier {
    // The four codes are valid language identifiers; the default is never reached.
    locale.code().parse().unwrap_or_default()
}

/// The message `key` in `locale`. A missing key is a bug the locale tests catch; at run time it
/// shows the key rather than failing the page.
pub fn tr(locale: Locale, key: &str) -> String {
    LOCALES
        .try_lookup(&langid(locale), key)
        .unwrap_or_else(|| missing(key))
}

pub fn tr_args(locale: Locale, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(&langid(locale), key, &args)
        .unwrap_or_else(|| missing(key))
}

fn missing(key: &str) -> String {
    tracing::warn!(key, "missing translation");
    key.to_owned()
}

/// The language of the page being rendered.
pub fn current_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or(Locale::DEFAULT)
}

/// The message `key` in the language of the page being rendered.
pub fn t(key: &str) -> String {
    tr(current_locale(), key)
}

pub fn t_args(key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    tr_args(current_locale(), key, args)
}

/// A plural message: `$count` selects the plural form, `$n` is the count formatted for display.
pub fn t_count(key: &str, count: u64) -> String {
    let locale = current_locale();
    tr_args(
        locale,
        key,
        &[
            ("count", FluentValue::from(count)),
            ("n", FluentValue::from(format_integer(locale, count))),
        ],
    )
}

pub fn format_integer(locale: Locale, value: u64) -> String {
    group_digits(&value.to_string(), &tr(locale, "number-group-separator"))
}

fn group_digits(digits: &str, separator: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// A non-negative number with one decimal, "4.3" or "4,3": averages of ratings.
pub fn format_one_decimal(locale: Locale, value: f64) -> String {
    let rounded = (value * 10.0).round();
    // Negative, infinite or NaN values are never averages of ratings; they show as zero.
    let tenths = if rounded.is_finite() && rounded >= 0.0 {
        rounded as u64
    } else {
        0
    };
    format!(
        "{}{}{}",
        format_integer(locale, tenths / 10),
        tr(locale, "number-decimal-separator"),
        tenths % 10
    )
}

/// "R$ 9.672,00" in Portuguese, "R$ 9,672.00" in English: currencies with two minor digits.
pub fn format_money(locale: Locale, money: &Money) -> String {
    let negative = money.amount_minor < 0;
    let minor = money.amount_minor.unsigned_abs();
    let whole = format_integer(locale, minor / 100);
    let decimal = tr(locale, "number-decimal-separator");
    let amount = format!(
        "{}{whole}{decimal}{:02}",
        if negative { "-" } else { "" },
        minor % 100
    );
    let symbol = match money.currency.as_str() {
        "BRL" => "R$",
        "USD" => "US$",
        "EUR" => "€",
        other => other,
    };
    tr_args(
        locale,
        "money-amount",
        &[
            ("amount", FluentValue::from(amount)),
            ("symbol", FluentValue::from(symbol.to_owned())),
        ],
    )
}

pub fn format_date(locale: Locale, date: NaiveDate) -> String {
    let month = tr(locale, &format!("month-{}", date.month()));
    tr_args(
        locale,
        "date-long",
        &[
            ("day", FluentValue::from(date.day().to_string())),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(date.year().to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_by_thousands() {
        assert_eq!(group_digits("0", "."), "0");
        assert_eq!(group_digits("999", "."), "999");
        assert_eq!(group_digits("1000", "."), "1.000");
        assert_eq!(group_digits("1234567", ","), "1,234,567");
    }

    #[test]
    fn money_follows_the_locale() {
        let money = Money {
            amount_minor: 967_200,
            currency: "BRL".into(),
        };
        assert_eq!(format_money(Locale::Pt, &money), "R$ 9.672,00");
        assert_eq!(format_money(Locale::En, &money), "R$ 9,672.00");
        assert_eq!(format_money(Locale::Es, &money), "R$ 9.672,00");
        assert_eq!(format_money(Locale::Fr, &money), "9\u{202f}672,00 R$");
    }

    #[test]
    fn averages_have_one_localized_decimal() {
        assert_eq!(format_one_decimal(Locale::En, 4.25), "4.3");
        assert_eq!(format_one_decimal(Locale::Pt, 4.0), "4,0");
        assert_eq!(format_one_decimal(Locale::Fr, 3.849), "3,8");
        assert_eq!(format_one_decimal(Locale::Es, f64::NAN), "0,0");
    }

    #[test]
    fn dates_use_localized_month_names() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(format_date(Locale::Es, date), "5 de marzo de 2026");
        assert_eq!(format_date(Locale::Pt, date), "5 de março de 2026");
        assert_eq!(format_date(Locale::En, date), "March 5, 2026");
        assert_eq!(format_date(Locale::Fr, date), "5 mars 2026");
    }
}
