//! A service's whole editable content as one value: the facts of its row, its parts (steps,
//! conditions, documents, costs, channels with their hours and service points), its terms,
//! classification, places and languages, and every text in every locale. Versions store it as
//! JSON; the diff compares two of them; the writer puts one back into the tables.
//!
//! Left out on purpose: the slug (renaming needs a redirect, a separate action), the workflow
//! status, the version, the verification date and the replacement (set by archiving), and the
//! service points themselves (shared between services; only the links are the service's).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::snapshot_read::read;

/// Text per field, then per locale: `texts["name"]["es"]`.
pub type Texts = BTreeMap<String, BTreeMap<String, String>>;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceSnapshot {
    /// The language the service is written in first (its original texts). Mandatory fields
    /// are checked in it; the other locales are translations.
    pub main_locale: String,
    pub level: String,
    pub fully_online: bool,
    pub start_url: Option<String>,
    pub cost_kind: String,
    pub cost_amount_minor: Option<i64>,
    pub cost_currency: Option<String>,
    pub processing_kind: Option<String>,
    pub processing_min: Option<i32>,
    pub processing_max: Option<i32>,
    pub processing_unit: Option<String>,
    pub validity_amount: Option<i32>,
    pub validity_unit: Option<String>,
    pub texts: Texts,
    /// Each step's texts (title, description), in order.
    pub steps: Vec<Texts>,
    /// Each condition's label, in order.
    pub conditions: Vec<Texts>,
    pub documents: Vec<DocumentPart>,
    pub costs: Vec<CostPart>,
    pub channels: Vec<ChannelPart>,
    pub terms: Vec<Term>,
    pub taxonomy: Vec<i32>,
    pub jurisdictions: Vec<i32>,
    pub languages: Vec<String>,
}

/// Where a part belongs: the service (no step) or one step, always or under one condition.
/// Indexes into `steps` and `conditions`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    pub step: Option<usize>,
    pub condition: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocumentPart {
    pub place: Place,
    pub texts: Texts,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostPart {
    pub place: Place,
    pub kind: String,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub texts: Texts,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChannelPart {
    pub place: Place,
    pub kind: String,
    pub purpose: Option<String>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wait_minutes: Option<i32>,
    pub processing_min: Option<i32>,
    pub processing_max: Option<i32>,
    pub processing_unit: Option<String>,
    pub cost_kind: Option<String>,
    pub cost_amount_minor: Option<i64>,
    pub cost_currency: Option<String>,
    pub texts: Texts,
    pub hours: Vec<Hours>,
    pub service_points: Vec<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours {
    pub weekday: i16,
    pub opens: String,
    pub closes: String,
}

/// A keyword or popular name in one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub locale: String,
    /// keyword | popular_name
    pub kind: String,
    pub term: String,
}

impl ServiceSnapshot {
    /// The form the tables give back: blank texts dropped, id lists sorted without repeats.
    /// Versions store this, so comparing them shows only real changes.
    pub fn normalized(&self) -> ServiceSnapshot {
        fn clean(texts: &Texts) -> Texts {
            texts
                .iter()
                .map(|(field, by_locale)| {
                    let kept = by_locale
                        .iter()
                        .filter(|(_, value)| !value.trim().is_empty())
                        .map(|(locale, value)| (locale.clone(), value.clone()))
                        .collect::<BTreeMap<_, _>>();
                    (field.clone(), kept)
                })
                .filter(|(_, by_locale)| !by_locale.is_empty())
                .collect()
        }
        fn sorted<T: Ord + Clone>(items: &[T]) -> Vec<T> {
            let mut items = items.to_vec();
            items.sort();
            items.dedup();
            items
        }
        let mut copy = self.clone();
        copy.texts = clean(&self.texts);
        copy.steps = self.steps.iter().map(clean).collect();
        copy.conditions = self.conditions.iter().map(clean).collect();
        for part in &mut copy.documents {
            part.texts = clean(&part.texts);
        }
        for part in &mut copy.costs {
            part.texts = clean(&part.texts);
        }
        for part in &mut copy.channels {
            part.texts = clean(&part.texts);
            part.service_points = sorted(&part.service_points);
        }
        copy.taxonomy = sorted(&self.taxonomy);
        copy.jurisdictions = sorted(&self.jurisdictions);
        copy.languages = sorted(&self.languages);
        copy
    }

    /// The service's own text of `field` in `locale`, when it is not blank.
    pub fn text(&self, field: &str, locale: &str) -> Option<&str> {
        self.texts
            .get(field)
            .and_then(|by_locale| by_locale.get(locale))
            .map(String::as_str)
            .filter(|value| !value.trim().is_empty())
    }
}
