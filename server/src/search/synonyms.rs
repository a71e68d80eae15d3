//! Synonym groups from `server/seed/synonyms/{locale}.txt`: a query that contains one member of
//! a group is also searched with each other member in its place.

use std::sync::OnceLock;

use app::locale::Locale;

use crate::text::fold;

/// More alternatives than this would only slow the query down.
const MAX_ALTERNATIVES: usize = 4;

type Groups = Vec<Vec<String>>;

fn parse(source: &str) -> Groups {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            line.split(',')
                .map(fold)
                .filter(|m| !m.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|group| group.len() > 1)
        .collect()
}

fn groups(locale: Locale) -> &'static Groups {
    static FILES: OnceLock<[Groups; 4]> = OnceLock::new();
    let files = FILES.get_or_init(|| {
        [
            parse(include_str!("../../seed/synonyms/es.txt")),
            parse(include_str!("../../seed/synonyms/pt.txt")),
            parse(include_str!("../../seed/synonyms/en.txt")),
            parse(include_str!("../../seed/synonyms/fr.txt")),
        ]
    });
    match locale {
        Locale::Es => &files[0],
        Locale::Pt => &files[1],
        Locale::En => &files[2],
        Locale::Fr => &files[3],
    }
}

/// Other ways to say a folded query, in the reader's language's synonym groups.
pub fn alternatives(locale: Locale, folded_query: &str) -> Vec<String> {
    let padded = format!(" {folded_query} ");
    let mut found = Vec::new();
    for group in groups(locale) {
        for member in group {
            let needle = format!(" {member} ");
            if !padded.contains(&needle) {
                continue;
            }
            for other in group.iter().filter(|o| *o != member) {
                let alternative = padded
                    .replacen(&needle, &format!(" {other} "), 1)
                    .trim()
                    .to_owned();
                if !found.contains(&alternative) && alternative != folded_query {
                    found.push(alternative);
                }
                if found.len() >= MAX_ALTERNATIVES {
                    return found;
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_replaced_by_the_others() {
        let alternatives = alternatives(Locale::Es, &fold("Pasaporte urgente"));
        assert!(
            alternatives.contains(&"passaporte urgente".to_owned()),
            "{alternatives:?}"
        );
        let alternatives = super::alternatives(Locale::Pt, "segunda via ctps");
        assert!(
            alternatives.contains(&"segunda via carteira de trabalho".to_owned()),
            "{alternatives:?}"
        );
    }

    #[test]
    fn parts_of_words_do_not_match() {
        assert!(alternatives(Locale::Pt, "impostos").is_empty());
        assert!(alternatives(Locale::En, "").is_empty());
    }

    #[test]
    fn every_file_parses_into_groups() {
        for locale in Locale::ALL {
            assert!(groups(locale).len() >= 10, "{locale}");
        }
    }
}
