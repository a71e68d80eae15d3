//! What every importer produces, whatever the source format: plain records the writer turns
//! into rows. A service record is hashed to skip unchanged services on a re-import.

use app::locale::Locale;
use app::model::{ChannelKind, Level, TimeUnit};
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct JurisdictionRecord {
    pub code: String,
    pub kind: &'static str,
    pub parent_code: Option<String>,
    pub country_code: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgencyRecord {
    pub source_id: String,
    pub slug: String,
    pub level: Level,
    pub jurisdiction_code: String,
    pub acronym: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub locale: Locale,
    pub name: String,
    pub description_html: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub enum CostRecord {
    Free,
    Fixed { amount_minor: i64, currency: String },
    Variable,
    Unknown,
}

#[derive(Clone, Debug, Serialize)]
pub struct DurationRecord {
    /// between | up_to | average | immediate
    pub kind: &'static str,
    pub min: Option<i32>,
    pub max: Option<i32>,
    pub unit: Option<TimeUnit>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StepRecord {
    pub title: Option<String>,
    pub description_html: Option<String>,
}

/// Where a part belongs: the service (`step: None`) or a step, always or under a condition.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct PartPlace {
    pub step: Option<usize>,
    pub condition: Option<usize>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DocumentRecord {
    pub place: PartPlace,
    pub description: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CostItemRecord {
    pub place: PartPlace,
    pub description: Option<String>,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HoursRecord {
    pub weekday: i16,
    pub opens: String,
    pub closes: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct PointRecord {
    pub source_id: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub postal_code: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub hours: Vec<HoursRecord>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChannelRecord {
    pub place: PartPlace,
    pub kind: ChannelKind,
    pub purpose: Option<&'static str>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wait_minutes: Option<i32>,
    pub description_html: Option<String>,
    pub when_unavailable_html: Option<String>,
    pub hours: Vec<HoursRecord>,
    pub points: Vec<PointRecord>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ServiceRecord {
    pub source_id: String,
    pub slug: String,
    /// Slugs of older records this one replaces; they keep answering with a redirect.
    pub old_slugs: Vec<String>,
    pub agency_source_id: String,
    pub level: Level,
    pub locale: Locale,
    pub fully_online: bool,
    pub start_url: Option<String>,
    pub cost: CostRecord,
    pub processing: Option<DurationRecord>,
    pub validity: Option<DurationRecord>,
    /// (field, text) pairs in `locale`: name, summary, description, eligibility…
    pub texts: Vec<(&'static str, String)>,
    /// Topic labels exactly as the source spells them.
    pub topics: Vec<String>,
    pub keywords: Vec<String>,
    pub popular_names: Vec<String>,
    pub languages: Vec<String>,
    pub jurisdiction_codes: Vec<String>,
    pub conditions: Vec<String>,
    pub steps: Vec<StepRecord>,
    pub documents: Vec<DocumentRecord>,
    pub costs: Vec<CostItemRecord>,
    pub channels: Vec<ChannelRecord>,
    /// published | archived
    pub status: &'static str,
}

impl ServiceRecord {
    pub fn text(&self, field: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, value)| value.as_str())
    }
}

/// Everything one import run writes.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    pub jurisdictions: Vec<JurisdictionRecord>,
    pub agencies: Vec<AgencyRecord>,
    pub services: Vec<ServiceRecord>,
}

/// A record the importer refused, named so a person can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub record: String,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: record {}: {}", self.file, self.record, self.reason)
    }
}
