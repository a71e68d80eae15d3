//! The languages the interface speaks, and how a request's language is chosen.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Locale {
    Es,
    Pt,
    En,
    Fr,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::Es, Locale::Pt, Locale::En, Locale::Fr];
    /// Used when neither a remembered choice nor the browser tells us anything.
    pub const DEFAULT: Locale = Locale::Es;

    pub fn code(self) -> &'static str {
        match self {
            Locale::Es => "es",
            Locale::Pt => "pt",
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }

    /// The language's own name, shown in the language switcher whatever the page language is.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Es => "Español",
            Locale::Pt => "Português",
            Locale::En => "English",
            Locale::Fr => "Français",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|locale| locale.code() == code)
    }

    /// Accepts full tags too: "pt-BR" → Portuguese.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::from_code(&primary)
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-weights.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(Locale, f32, usize)> = None;
        for (order, entry) in accept_language.split(',').enumerate() {
            let mut parts = entry.split(';');
            let tag = parts.next().unwrap_or_default();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .filter_map(|q| q.trim().parse::<f32>().ok())
                .next()
                .unwrap_or(1.0);
            if !(weight > 0.0 && weight <= 1.0) {
                continue;
            }
            let Some(locale) = Locale::from_tag(tag) else {
                continue;
            };
            let better = match best {
                None => true,
                Some((_, best_weight, _)) => weight > best_weight,
            };
            if better {
                best = Some((locale, weight, order));
            }
        }
        best.map(|(locale, _, _)| locale)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_honours_weights_and_order() {
        assert_eq!(Locale::negotiate("fr-CA,fr;q=0.9,en;q=0.8"), Some(Locale::Fr));
        assert_eq!(
            Locale::negotiate("de;q=1.0,pt-BR;q=0.5,en;q=0.7"),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate("en;q=0.5, pt-BR"), Some(Locale::Pt));
        assert_eq!(Locale::negotiate("es;q=0.9, pt;q=0.9"), Some(Locale::Es));
    }

    #[test]
    fn negotiation_ignores_garbage() {
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate("de, zh-CN"), None);
        assert_eq!(Locale::negotiate("pt;q=0, en;q=abc"), Some(Locale::En));
        assert_eq!(Locale::negotiate(";;;,,,q=1"), None);
        assert_eq!(Locale::negotiate("fr;q=7"), None);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
        assert_eq!(Locale::from_code("xx"), None);
        assert_eq!(Locale::from_tag("PT_br"), Some(Locale::Pt));
    }
}
