//! Human-friendly casing for names the source wrote in capitals, and other cleaning.

const SMALL_WORDS: [&str; 14] = [
    "a", "an", "and", "at", "by", "de", "del", "for", "in", "la", "of", "on", "the", "to",
];
const KEEP_UPPER: [&str; 16] = [
    "AIDS", "HIV", "USA", "US", "FL", "LLC", "YMCA", "YWCA", "II", "III", "IV", "ADA", "VA", "PA", "DCF",
    "SNAP",
];

/// "GIRL SCOUTS COUNCIL OF TROPICAL FLORIDA, INC." → "Girl Scouts Council of Tropical Florida, Inc.";
/// names that already mix cases are kept as written.
pub fn readable_name(name: &str) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().any(char::is_lowercase) {
        return name;
    }
    name.split(' ')
        .enumerate()
        .map(|(index, word)| {
            let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            if KEEP_UPPER.contains(&bare.as_str()) {
                return word.to_owned();
            }
            let lower = word.to_lowercase();
            if index > 0 && SMALL_WORDS.contains(&lower.as_str()) {
                return lower;
            }
            capitalize_parts(&lower)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Capitalizes each part of a hyphenated or slashed word: "miami-dade" → "Miami-Dade".
fn capitalize_parts(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
            if matches!(c, '-' | '/' | '(' | '"') {
                start = true;
            }
        }
    }
    out
}

/// The source stores line breaks as the two characters `\n`.
pub fn unescape_newlines(text: &str) -> String {
    text.replace("\\r\\n", "\n")
        .replace("\\n", "\n")
        .replace("\\t", " ")
}

/// "www.example.org" → "https://www.example.org"; anything that is not a plausible address → None.
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.contains(char::is_whitespace) || !text.contains('.') || text.contains('@') {
        return None;
    }
    if text.starts_with("http://") || text.starts_with("https://") {
        Some(text.to_owned())
    } else {
        Some(format!("https://{}", text.trim_start_matches("//")))
    }
}

/// "9:00am" → "09:00", "5:30 PM" → "17:30", "17:00" → "17:00".
pub fn clock(text: &str) -> Option<String> {
    let text = text.trim().to_lowercase().replace(' ', "");
    let (time, offset) = if let Some(t) = text.strip_suffix("am") {
        (t, Some(0))
    } else if let Some(t) = text.strip_suffix("pm") {
        (t, Some(12))
    } else {
        (text.as_str(), None)
    };
    let (hour, minute) = time.split_once(':').unwrap_or((time, "0"));
    let mut hour: u32 = hour.parse().ok()?;
    let minute: u32 = minute.parse().ok()?;
    if let Some(offset) = offset {
        if hour == 0 || hour > 12 {
            return None;
        }
        hour = hour % 12 + offset;
    }
    (hour < 24 && minute < 60).then(|| format!("{hour:02}:{minute:02}"))
}

pub fn weekday(text: &str) -> Option<i16> {
    let day = text.trim().to_lowercase();
    let index = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|d| day.starts_with(d))?;
    i16::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_become_readable() {
        assert_eq!(
            readable_name("GIRL SCOUTS COUNCIL OF TROPICAL FLORIDA, INC."),
            "Girl Scouts Council of Tropical Florida, Inc."
        );
        assert_eq!(
            readable_name("MIAMI-DADE COUNTY HIV PROGRAM"),
            "Miami-Dade County HIV Program"
        );
        assert_eq!(readable_name("Already Mixed case"), "Already Mixed case");
    }

    #[test]
    fn messy_values_are_tolerated() {
        assert_eq!(unescape_newlines("a\\n\\nb"), "a\n\nb");
        assert_eq!(
            web_address("www.girlscoutsfl.org").as_deref(),
            Some("https://www.girlscoutsfl.org")
        );
        assert_eq!(web_address("http://x.gov/a").as_deref(), Some("http://x.gov/a"));
        assert_eq!(web_address("n/a"), None);
        assert_eq!(web_address("info@x.org"), None);
        assert_eq!(clock("9:00am").as_deref(), Some("09:00"));
        assert_eq!(clock("12:30pm").as_deref(), Some("12:30"));
        assert_eq!(clock("12:00am").as_deref(), Some("00:00"));
        assert_eq!(clock("5:30 PM").as_deref(), Some("17:30"));
        assert_eq!(clock("17:00").as_deref(), Some("17:00"));
        assert_eq!(clock("noon"), None);
        assert_eq!(clock("13:00pm"), None);
        assert_eq!(weekday("Wednesday"), Some(3));
        assert_eq!(weekday("someday"), None);
    }
}
