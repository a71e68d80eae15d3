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

/// What a search asks for: the words, the filters chosen on the results page, and the page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    pub text: String,
    pub level: Option<Level>,
    /// Slugs of an agency, a life event or topic, and a place to narrow to.
    pub agency: Option<String>,
    pub topic: Option<String>,
    pub place: Option<String>,
    pub online: bool,
    pub page: u32,
    /// The municipality the reader chose (its code, from a cookie): national and local services.
    pub home_place: Option<String>,
    /// Names only, for a reader that shows no facets or snippets (an SMS): cheaper to answer.
    #[serde(skip)]
    pub brief: bool,
    /// Results per page when the reader shows fewer than a web page (an SMS lists three).
    #[serde(skip)]
    pub per_page: Option<u32>,
}

/// A place a person can choose as theirs, or filter by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    pub code: String,
    pub slug: String,
    pub name: String,
    /// The state or department it belongs to, for telling same-named places apart.
    pub parent: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// The service's id, for channels that name services by it (the SMS short codes).
    #[serde(skip)]
    pub service_id: Option<i32>,
    pub service: ServiceSummary,
    /// Escaped HTML of the matching part of the summary, matched words in `<b>`.
    pub snippet_html: Option<Text>,
}

/// One value of a filter with how many results it has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacetOption {
    pub value: String,
    pub label: Option<Text>,
    pub count: u64,
    pub selected: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchFacets {
    pub levels: Vec<FacetOption>,
    pub agencies: Vec<FacetOption>,
    pub topics: Vec<FacetOption>,
    pub places: Vec<FacetOption>,
    /// Results that can be done entirely online.
    pub online: u64,
}

/// Things the results page tells the reader about their search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchNotice {
    /// The text was longer than the limit and was cut.
    Truncated,
    /// A filter named something that does not exist (the parameter's name); it was ignored.
    UnknownFilter(String),
    /// The page asked for was past the end: the last page is shown.
    PageOutOfRange,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub query: SearchQuery,
    pub paging: Paging,
    pub results: Vec<SearchHit>,
    pub facets: SearchFacets,
    pub did_you_mean: Option<String>,
    pub notices: Vec<SearchNotice>,
    pub home_place: Option<PlaceRef>,
}

/// A completion for what is being typed in the search box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub name: String,
    pub lang: String,
    pub url: String,
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
