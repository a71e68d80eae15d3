//! Checks run on a service before it is published. Blocking issues stop publishing: a name and
//! a summary in the main locale, at least one step, at least one channel. Warnings are shown
//! but do not stop it: a text of the main locale missing in another locale, no online channel
//! (citizens will have to travel). Readability per locale is advice only.

use app::locale::Locale;
use serde::Serialize;

use super::readability::{self, Readability};
use super::snapshot::{ServiceSnapshot, Texts};
use crate::catalog::FieldName;
use crate::text::strip_tags;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Severity {
    Blocking,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub severity: Severity,
    /// The message key (`locales/*/editorial.ftl`).
    pub key: &'static str,
    /// The field concerned, as a path into the snapshot, when there is one.
    pub field: Option<String>,
    pub locale: Option<&'static str>,
}

impl Issue {
    fn blocking(key: &'static str, field: &str) -> Self {
        Issue {
            severity: Severity::Blocking,
            key,
            field: Some(field.to_owned()),
            locale: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QualityReport {
    pub issues: Vec<Issue>,
    pub readability: Vec<Readability>,
}

impl QualityReport {
    pub fn blocking(&self) -> Vec<Issue> {
        self.issues
            .iter()
            .filter(|issue| issue.severity == Severity::Blocking)
            .cloned()
            .collect()
    }
}

/// Channels a person can use without going anywhere.
const ONLINE_CHANNELS: [&str; 3] = ["web", "app", "email"];
/// The service texts whose translations are checked.
const TRANSLATED_FIELDS: [&str; 4] = [
    FieldName::NAME,
    FieldName::SUMMARY,
    FieldName::DESCRIPTION,
    FieldName::ELIGIBILITY,
];

pub fn check(snapshot: &ServiceSnapshot) -> QualityReport {
    let main = snapshot.main_locale.as_str();
    let mut issues = Vec::new();
    if snapshot.text(FieldName::NAME, main).is_none() {
        issues.push(Issue::blocking("editorial-quality-missing-name", "texts.name"));
    }
    if snapshot.text(FieldName::SUMMARY, main).is_none() {
        issues.push(Issue::blocking(
            "editorial-quality-missing-summary",
            "texts.summary",
        ));
    }
    if snapshot.steps.is_empty() {
        issues.push(Issue::blocking("editorial-quality-no-steps", "steps"));
    }
    if snapshot.channels.is_empty() {
        issues.push(Issue::blocking("editorial-quality-no-channels", "channels"));
    } else if !snapshot
        .channels
        .iter()
        .any(|c| ONLINE_CHANNELS.contains(&c.kind.as_str()))
    {
        issues.push(Issue {
            severity: Severity::Warning,
            key: "editorial-quality-no-online-channel",
            field: Some("channels".to_owned()),
            locale: None,
        });
    }
    for locale in Locale::ALL.into_iter().filter(|l| l.code() != main) {
        for field in TRANSLATED_FIELDS {
            if snapshot.text(field, main).is_some() && snapshot.text(field, locale.code()).is_none() {
                issues.push(Issue {
                    severity: Severity::Warning,
                    key: "editorial-quality-missing-translation",
                    field: Some(format!("texts.{field}")),
                    locale: Some(locale.code()),
                });
            }
        }
    }
    let readability = Locale::ALL
        .into_iter()
        .filter_map(|locale| readability::analyse(&reading_text(snapshot, locale), locale))
        .collect();
    QualityReport { issues, readability }
}

/// What a citizen reads in `locale`: summary, description, eligibility and the steps, as
/// plain text, one block per line.
fn reading_text(snapshot: &ServiceSnapshot, locale: Locale) -> String {
    let pick = |texts: &Texts, field: &str| -> Option<String> {
        texts
            .get(field)
            .and_then(|by_locale| by_locale.get(locale.code()))
            .map(|value| strip_tags(value).trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let mut blocks: Vec<String> = [FieldName::SUMMARY, FieldName::DESCRIPTION, FieldName::ELIGIBILITY]
        .iter()
        .filter_map(|field| pick(&snapshot.texts, field))
        .collect();
    for step in &snapshot.steps {
        blocks.extend(pick(step, FieldName::TITLE));
        blocks.extend(pick(step, FieldName::DESCRIPTION));
    }
    blocks.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editorial::snapshot::ChannelPart;

    fn set(texts: &mut Texts, field: &str, locale: &str, value: &str) {
        texts
            .entry(field.to_owned())
            .or_default()
            .insert(locale.to_owned(), value.to_owned());
    }

    fn channel(kind: &str) -> ChannelPart {
        ChannelPart {
            kind: kind.to_owned(),
            ..Default::default()
        }
    }

    #[test]
    fn an_empty_service_is_blocked_on_every_mandatory_field() {
        let snapshot = ServiceSnapshot {
            main_locale: "pt".to_owned(),
            ..Default::default()
        };
        let keys: Vec<&str> = check(&snapshot).blocking().iter().map(|i| i.key).collect();
        assert_eq!(
            keys,
            [
                "editorial-quality-missing-name",
                "editorial-quality-missing-summary",
                "editorial-quality-no-steps",
                "editorial-quality-no-channels"
            ]
        );
    }

    #[test]
    fn a_complete_service_only_warns_about_translations_and_travel() {
        let mut snapshot = ServiceSnapshot {
            main_locale: "es".to_owned(),
            ..Default::default()
        };
        set(&mut snapshot.texts, "name", "es", "Renovar el pasaporte");
        set(
            &mut snapshot.texts,
            "summary",
            "es",
            "Pida un pasaporte nuevo. Es fácil.",
        );
        for locale in ["pt", "en"] {
            set(&mut snapshot.texts, "name", locale, "Passport");
            set(&mut snapshot.texts, "summary", locale, "Renew it.");
        }
        set(&mut snapshot.texts, "name", "fr", "Passeport");
        let mut step = Texts::new();
        set(&mut step, "title", "es", "Pida cita en la oficina.");
        snapshot.steps.push(step);
        snapshot.channels.push(channel("office"));
        let report = check(&snapshot);
        assert!(report.blocking().is_empty());
        let warnings: Vec<(&str, Option<&str>)> = report.issues.iter().map(|i| (i.key, i.locale)).collect();
        assert_eq!(
            warnings,
            [
                ("editorial-quality-no-online-channel", None),
                ("editorial-quality-missing-translation", Some("fr")),
            ]
        );
        assert_eq!(report.issues[1].field.as_deref(), Some("texts.summary"));
        let locales: Vec<&str> = report.readability.iter().map(|r| r.locale).collect();
        assert_eq!(locales, ["es", "pt", "en"]);
        assert_eq!(report.readability[0].sentences, 3);
        snapshot.channels.push(channel("web"));
        assert!(
            !check(&snapshot)
                .issues
                .iter()
                .any(|i| i.key == "editorial-quality-no-online-channel")
        );
    }
}
