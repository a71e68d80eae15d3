//! Lists of services and the pages built on them: home, search, agency, life event.

use serde::{Deserialize, Serialize};

use super::common::{Level, Paging, Text};
use super::service::{AgencyRef, TermRef};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub slug: String,
    pub name: Text,
    pub summary: Option<Text>,
    pub agency: AgencyRef,
    pub level: Level,
    pub fully_online: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermCount {
    pub term: TermRef,
    pub services: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelCount {
    pub level: Level,
    pub services: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    pub total_services: u64,
    pub life_events: Vec<TermCount>,
    pub levels: Vec<LevelCount>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    pub text: String,
    pub level: Option<Level>,
    pub page: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub query: SearchQuery,
    pub paging: Paging,
    pub results: Vec<ServiceSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgencyDetail {
    pub agency: AgencyRef,
    pub description_html: Option<Text>,
    pub level: Level,
    pub jurisdiction: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub paging: Paging,
    pub services: Vec<ServiceSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermDetail {
    pub term: TermRef,
    pub description: Option<Text>,
    pub paging: Paging,
    pub services: Vec<ServiceSummary>,
}
