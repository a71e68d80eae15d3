//! The curated taxonomy shipped in `server/seed/taxonomy.json`: topics (with the source's own
//! labels, translated) and life events that group them.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct SeedTopic {
    pub slug: String,
    pub source: String,
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
pub struct SeedLifeEvent {
    pub slug: String,
    pub position: i32,
    pub labels: BTreeMap<String, String>,
    pub descriptions: BTreeMap<String, String>,
    pub topics: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Seed {
    pub topics: Vec<SeedTopic>,
    pub life_events: Vec<SeedLifeEvent>,
}

impl Seed {
    pub fn get() -> &'static Seed {
        static SEED: OnceLock<Seed> = OnceLock::new();
        SEED.get_or_init(|| {
            serde_json::from_str(include_str!("../../seed/taxonomy.json")).unwrap_or_else(|error| {
                // The seed is part of the source; its test below fails long before this can.
                tracing::error!(%error, "taxonomy seed is invalid; importing without it");
                Seed::default()
            })
        })
    }

    /// The seed topic a source label names, matched exactly.
    pub fn topic_by_source(&self) -> HashMap<&str, &SeedTopic> {
        self.topics
            .iter()
            .map(|topic| (topic.source.as_str(), topic))
            .collect()
    }

    /// Life events a topic belongs to.
    pub fn life_events_of(&self, topic_slug: &str) -> Vec<&str> {
        self.life_events
            .iter()
            .filter(|event| event.topics.iter().any(|t| t == topic_slug))
            .map(|event| event.slug.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Seed;
    use app::locale::Locale;

    #[test]
    fn seed_parses_and_is_complete_in_every_locale() {
        let seed: Seed = serde_json::from_str(include_str!("../../seed/taxonomy.json")).unwrap();
        assert!(seed.topics.len() > 90);
        assert!(seed.life_events.len() >= 12);
        for locale in Locale::ALL {
            for topic in &seed.topics {
                assert!(
                    topic.labels.get(locale.code()).is_some_and(|l| !l.is_empty()),
                    "{} {}",
                    topic.slug,
                    locale
                );
            }
            for event in &seed.life_events {
                assert!(
                    event.labels.get(locale.code()).is_some_and(|l| !l.is_empty()),
                    "{} {}",
                    event.slug,
                    locale
                );
                assert!(
                    event
                        .descriptions
                        .get(locale.code())
                        .is_some_and(|l| !l.is_empty())
                );
            }
        }
        let slugs: Vec<&str> = seed.topics.iter().map(|t| t.slug.as_str()).collect();
        for event in &seed.life_events {
            for topic in &event.topics {
                assert!(
                    slugs.contains(&topic.as_str()),
                    "{} names unknown topic {topic}",
                    event.slug
                );
            }
        }
    }
}
