//! Everything a service page shows, section by section.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::common::{Cost, Duration, Level, Money, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceStatus {
    Draft,
    Published,
    Archived,
}

impl ServiceStatus {
    pub fn code(self) -> &'static str {
        match self {
            ServiceStatus::Draft => "draft",
            ServiceStatus::Published => "published",
            ServiceStatus::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<ServiceStatus> {
        [
            ServiceStatus::Draft,
            ServiceStatus::Published,
            ServiceStatus::Archived,
        ]
        .into_iter()
        .find(|status| status.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    Web,
    Office,
    Phone,
    Sms,
    App,
    Mail,
    Email,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 7] = [
        ChannelKind::Web,
        ChannelKind::Office,
        ChannelKind::Phone,
        ChannelKind::Sms,
        ChannelKind::App,
        ChannelKind::Mail,
        ChannelKind::Email,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ChannelKind::Web => "web",
            ChannelKind::Office => "office",
            ChannelKind::Phone => "phone",
            ChannelKind::Sms => "sms",
            ChannelKind::App => "app",
            ChannelKind::Mail => "mail",
            ChannelKind::Email => "email",
        }
    }

    pub fn from_code(code: &str) -> Option<ChannelKind> {
        ChannelKind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgencyRef {
    pub slug: String,
    pub name: Text,
    pub acronym: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermRef {
    pub slug: String,
    pub label: Text,
}

/// Items that apply always (`condition: None`) or only in the named case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Grouped<T> {
    pub condition: Option<Text>,
    pub items: Vec<T>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostItem {
    pub description: Option<Text>,
    pub amount: Option<Money>,
    pub variable: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    pub opens: (u8, u8),
    pub closes: (u8, u8),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServicePoint {
    pub name: Option<Text>,
    pub address: Option<Text>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Vec<OpeningHours>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    pub kind: ChannelKind,
    pub purpose: Option<String>,
    pub description_html: Option<Text>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wait_minutes: Option<u32>,
    pub processing: Option<Duration>,
    pub cost: Option<Cost>,
    /// What to do when the online system is down.
    pub when_unavailable_html: Option<Text>,
    pub hours: Vec<OpeningHours>,
    pub points: Vec<ServicePoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub title: Option<Text>,
    pub description_html: Option<Text>,
    pub documents: Vec<Grouped<Text>>,
    pub costs: Vec<Grouped<CostItem>>,
    pub channels: Vec<Grouped<Channel>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceDetail {
    pub id: i32,
    pub slug: String,
    pub name: Text,
    pub acronym: Option<String>,
    pub summary: Option<Text>,
    pub description_html: Option<Text>,
    pub agency: AgencyRef,
    pub level: Level,
    pub jurisdictions: Vec<String>,
    pub status: ServiceStatus,
    pub fully_online: bool,
    pub start_url: Option<String>,
    pub cost: Cost,
    pub processing: Option<Duration>,
    pub processing_note: Option<Text>,
    pub validity: Option<Duration>,
    pub validity_note: Option<Text>,
    /// Who can ask for the service and what they must meet.
    pub eligibility_html: Option<Text>,
    pub life_events: Vec<TermRef>,
    pub topics: Vec<TermRef>,
    pub popular_names: Vec<String>,
    pub keywords: Vec<String>,
    pub languages: Vec<String>,
    pub steps: Vec<Step>,
    pub documents: Vec<Grouped<Text>>,
    pub costs: Vec<Grouped<CostItem>>,
    pub channels: Vec<Grouped<Channel>>,
    pub legal_basis_html: Option<Text>,
    pub contact_html: Option<Text>,
    pub last_verified_on: Option<NaiveDate>,
    pub updated_at: DateTime<Utc>,
    pub replacement: Option<TermRef>,
}

impl ServiceDetail {
    /// Every language other than the reader's that this page's content falls back to.
    pub fn fallback_languages(&self) -> Vec<crate::locale::Locale> {
        let mut found: Vec<crate::locale::Locale> = [Some(&self.name), self.description_html.as_ref()]
            .into_iter()
            .flatten()
            .filter(|text| text.fallback)
            .map(|text| text.lang)
            .collect();
        found.dedup();
        found
    }
}

/// What looking up a slug can give.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ServiceLookup {
    Found(Box<ServiceDetail>),
    /// The slug was renamed: answer with a permanent redirect to the current one.
    Moved(String),
    NotFound,
}
