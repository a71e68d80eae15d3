//! HSDS rows to records. Open211 Miami lists services of every level of government and of
//! non-profits; the level is read from the organization's name (see `level_of`).

use std::collections::{HashMap, HashSet};

use app::locale::Locale;
use app::model::{ChannelKind, Level};

use super::casing::{clock, readable_name, unescape_newlines, web_address, weekday};
use super::tables::{Row, Tables};
use crate::catalog::FieldName;
use crate::import::markup::{markdown, plain};
use crate::import::record::{
    AgencyRecord, Batch, ChannelRecord, CostItemRecord, CostRecord, HoursRecord, JurisdictionRecord,
    PartPlace, PointRecord, Problem, ServiceRecord, StepRecord,
};
use crate::import::summary::summarize;
use crate::text::{slugify, unique_slug};

const COUNTRY: &str = "US";
const STATE: &str = "US-FL";
/// Miami-Dade County, by its FIPS code.
const COUNTY: &str = "US-FL-12086";

fn field<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).map(|v| v.trim()).unwrap_or_default()
}

fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// Government level from the organization's name; organizations that are not government
/// (most 211 entries) serve locally and are filed as local.
fn level_of(name: &str) -> Level {
    let upper = name.to_uppercase();
    let national = [
        "U.S. ",
        "UNITED STATES",
        "FEDERAL",
        "SOCIAL SECURITY ADMINISTRATION",
        "INTERNAL REVENUE",
    ];
    let state = [
        "STATE OF FLORIDA",
        "FLORIDA DEPARTMENT",
        "FLORIDA DIVISION",
        "ATTORNEY GENERAL",
        "FLORIDA OFFICE",
    ];
    if national.iter().any(|n| upper.contains(n)) {
        Level::National
    } else if state.iter().any(|s| upper.contains(s)) {
        Level::State
    } else {
        Level::Municipal
    }
}

fn jurisdiction_of(level: Level) -> &'static str {
    match level {
        Level::National => COUNTRY,
        Level::State => STATE,
        Level::Municipal => COUNTY,
    }
}

fn language_code(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    let known = [
        ("english", "en"),
        ("spanish", "es"),
        ("creole", "ht"),
        ("haitian creole", "ht"),
        ("french", "fr"),
        ("portuguese", "pt"),
        ("hebrew", "he"),
        ("russian", "ru"),
        ("arabic", "ar"),
        ("american sign language", "ase"),
        ("italian", "it"),
        ("german", "de"),
        ("chinese", "zh"),
        ("mandarin", "zh"),
        ("vietnamese", "vi"),
    ];
    known
        .iter()
        .find(|(known, _)| name == *known || name.starts_with(&format!("{known} (")))
        .map(|(_, code)| *code)
}

fn jurisdictions() -> Vec<JurisdictionRecord> {
    let place = |code: &str, kind, parent: Option<&str>, name: &str| JurisdictionRecord {
        code: code.to_owned(),
        kind,
        parent_code: parent.map(str::to_owned),
        country_code: COUNTRY.to_owned(),
        name: name.to_owned(),
    };
    vec![
        place(COUNTRY, "country", None, "United States"),
        place(STATE, "state", Some(COUNTRY), "Florida"),
        place(COUNTY, "municipality", Some(STATE), "Miami-Dade County"),
    ]
}

fn agency(id: &str, row: &Row, slugs: &mut HashSet<String>) -> AgencyRecord {
    let name = readable_name(field(row, "name"));
    let level = level_of(&name);
    AgencyRecord {
        source_id: format!("hsds:org:{id}"),
        slug: unique_slug(&slugify(&name, 120), slugs),
        level,
        jurisdiction_code: jurisdiction_of(level).to_owned(),
        acronym: None,
        website: web_address(field(row, "url")),
        email: non_empty(field(row, "email")).filter(|e| e.contains('@')),
        phone: None,
        locale: Locale::En,
        name,
        description_html: markdown(&unescape_newlines(field(row, "description"))),
    }
}

pub fn to_batch(tables: &Tables) -> Result<Batch, Vec<Problem>> {
    let (batch, problems) = to_valid_batch(tables);
    if problems.is_empty() {
        Ok(batch)
    } else {
        Err(problems)
    }
}

/// The sound records, and the problems of the others.
pub fn to_valid_batch(tables: &Tables) -> (Batch, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut agencies = Vec::new();
    let mut org_ids = HashSet::new();
    let mut agency_slugs = HashSet::new();
    for row in &tables.organizations.rows {
        let id = field(row, "id");
        if !org_ids.insert(id.to_owned()) {
            problems.push(Problem {
                file: tables.organizations.file.clone(),
                record: format!("id {id}"),
                reason: "duplicate id".into(),
            });
            continue;
        }
        agencies.push(agency(id, row, &mut agency_slugs));
    }
    // Open211 Miami names some providers only in locations.csv: services point to them by the
    // location's id. Such a provider becomes an agency with the location's name and description.
    let locations = tables.locations.index_by("id");
    for row in &tables.services.rows {
        let organization = field(row, "organization_id");
        if org_ids.contains(organization) {
            continue;
        }
        if let Some(location) = locations.get(organization).and_then(|rows| rows.first()) {
            org_ids.insert(organization.to_owned());
            agencies.push(agency(organization, location, &mut agency_slugs));
        }
    }
    let levels: HashMap<String, Level> = agencies
        .iter()
        .map(|agency| (agency.source_id.clone(), agency.level))
        .collect();
    let lookups = Lookups::new(tables);
    let mut services = Vec::new();
    let mut service_slugs = HashSet::new();
    let mut service_ids = HashSet::new();
    for row in &tables.services.rows {
        let id = field(row, "id");
        let record = format!("id {id}");
        if !service_ids.insert(id.to_owned()) {
            problems.push(Problem {
                file: tables.services.file.clone(),
                record,
                reason: "duplicate id".into(),
            });
            continue;
        }
        let organization = field(row, "organization_id");
        if !org_ids.contains(organization) {
            problems.push(Problem {
                file: tables.services.file.clone(),
                record,
                reason: format!(
                    "organization_id {organization} is neither in organizations.csv nor in locations.csv"
                ),
            });
            continue;
        }
        let level = levels
            .get(&format!("hsds:org:{organization}"))
            .copied()
            .unwrap_or(Level::Municipal);
        services.push(lookups.service(row, id, organization, level, &mut service_slugs));
    }
    let batch = Batch {
        jurisdictions: jurisdictions(),
        agencies,
        services,
    };
    (batch, problems)
}

struct Lookups<'a> {
    locations: HashMap<String, Vec<&'a Row>>,
    at_location: HashMap<String, Vec<&'a Row>>,
    addresses: HashMap<String, Vec<&'a Row>>,
    phones_by_service: HashMap<String, Vec<&'a Row>>,
    phones_by_location: HashMap<String, Vec<&'a Row>>,
    schedules_by_service: HashMap<String, Vec<&'a Row>>,
    schedules_by_location: HashMap<String, Vec<&'a Row>>,
    languages: HashMap<String, Vec<&'a Row>>,
    taxonomy_links: HashMap<String, Vec<&'a Row>>,
    taxonomy: HashMap<String, Vec<&'a Row>>,
}

fn hours_of(rows: Option<&Vec<&Row>>) -> Vec<HoursRecord> {
    let mut hours: Vec<HoursRecord> = rows
        .into_iter()
        .flatten()
        .filter_map(|row| {
            Some(HoursRecord {
                weekday: weekday(field(row, "weekday"))?,
                opens: clock(field(row, "opens_at"))?,
                closes: clock(field(row, "closes_at"))?,
            })
        })
        .collect();
    hours.sort_by(|a, b| (a.weekday, &a.opens).cmp(&(b.weekday, &b.opens)));
    hours.dedup_by(|a, b| a.weekday == b.weekday && a.opens == b.opens && a.closes == b.closes);
    hours
}

fn phone_number(row: &Row) -> Option<String> {
    let number = non_empty(field(row, "number"))?;
    Some(match non_empty(field(row, "extension")) {
        Some(extension) => format!("{number} ext. {extension}"),
        None => number,
    })
}

impl<'a> Lookups<'a> {
    fn new(t: &'a Tables) -> Self {
        Self {
            locations: t.locations.index_by("id"),
            at_location: t.services_at_location.index_by("service_id"),
            addresses: t.physical_addresses.index_by("location_id"),
            phones_by_service: t.phones.index_by("service_id"),
            phones_by_location: t.phones.index_by("location_id"),
            schedules_by_service: t.regular_schedules.index_by("service_id"),
            schedules_by_location: t.regular_schedules.index_by("location_id"),
            languages: t.languages.index_by("service_id"),
            taxonomy_links: t.services_taxonomy.index_by("service_id"),
            taxonomy: t.taxonomy.index_by("id"),
        }
    }

    fn point(&self, location_id: &str) -> Option<PointRecord> {
        let location = self.locations.get(location_id)?.first()?;
        let address = self.addresses.get(location_id).and_then(|rows| rows.first());
        let address_text = address.map(|a| {
            let city_line = [
                field(a, "city"),
                field(a, "state_province"),
                field(a, "postal_code"),
            ]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
            [field(a, "address_1"), field(a, "address_2"), city_line.as_str()]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        });
        Some(PointRecord {
            source_id: format!("hsds:loc:{location_id}"),
            name: non_empty(&readable_name(field(location, "name"))),
            address: address_text.filter(|a| !a.is_empty()),
            phone: self
                .phones_by_location
                .get(location_id)
                .and_then(|rows| rows.first())
                .and_then(|r| phone_number(r)),
            email: None,
            postal_code: address.and_then(|a| non_empty(field(a, "postal_code"))),
            latitude: field(location, "latitude")
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite()),
            longitude: field(location, "longitude")
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite()),
            hours: hours_of(self.schedules_by_location.get(location_id)),
        })
    }

    fn channels(&self, row: &Row, id: &str) -> Vec<ChannelRecord> {
        let channel = |kind| ChannelRecord {
            place: PartPlace::default(),
            kind,
            purpose: None,
            url: None,
            phone: None,
            email: None,
            wait_minutes: None,
            description_html: None,
            when_unavailable_html: None,
            hours: Vec::new(),
            points: Vec::new(),
        };
        let mut channels = Vec::new();
        let points: Vec<PointRecord> = self
            .at_location
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|link| self.point(field(link, "location_id")))
            .collect();
        let hours = hours_of(self.schedules_by_service.get(id));
        if !points.is_empty() {
            channels.push(ChannelRecord {
                points,
                hours: hours.clone(),
                ..channel(ChannelKind::Office)
            });
        }
        let mut numbers: Vec<String> = self
            .phones_by_service
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|r| phone_number(r))
            .collect();
        numbers.dedup();
        let office_has_hours = channels.iter().any(|c| !c.hours.is_empty());
        for number in numbers {
            let hours = if office_has_hours {
                Vec::new()
            } else {
                hours.clone()
            };
            channels.push(ChannelRecord {
                phone: Some(number),
                hours,
                ..channel(ChannelKind::Phone)
            });
        }
        if let Some(url) = web_address(field(row, "url")) {
            channels.push(ChannelRecord {
                url: Some(url),
                ..channel(ChannelKind::Web)
            });
        }
        if let Some(email) = non_empty(field(row, "email")).filter(|e| e.contains('@') && !e.contains(' ')) {
            channels.push(ChannelRecord {
                email: Some(email),
                ..channel(ChannelKind::Email)
            });
        }
        channels
    }

    /// Top-level taxonomy categories of the service ("Basic Needs", "Health Care").
    fn topics(&self, id: &str) -> Vec<String> {
        let mut topics: Vec<String> = self
            .taxonomy_links
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|link| self.taxonomy.get(field(link, "taxonomy_id"))?.first().copied())
            .map(|term| {
                non_empty(field(term, "parent_name")).unwrap_or_else(|| field(term, "name").to_owned())
            })
            .filter(|topic| !topic.is_empty())
            .collect();
        topics.sort();
        topics.dedup();
        topics
    }

    /// A service takes its agency's level of government.
    fn service(
        &self,
        row: &Row,
        id: &str,
        organization: &str,
        level: Level,
        slugs: &mut HashSet<String>,
    ) -> ServiceRecord {
        let name = readable_name(field(row, "name"));
        let description = unescape_newlines(field(row, "description"));
        let mut texts = vec![(FieldName::NAME, name.clone())];
        let optional = [
            (
                FieldName::ACRONYM,
                non_empty(field(row, "alternate_name")).map(|a| readable_name(&a)),
            ),
            (FieldName::SUMMARY, summarize(&description)),
            (FieldName::DESCRIPTION, markdown(&description)),
            (
                FieldName::PROCESSING_NOTE,
                markdown(&unescape_newlines(field(row, "wait_time"))),
            ),
        ];
        texts.extend(optional.into_iter().filter_map(|(f, v)| Some((f, v?))));
        let fees = plain(&unescape_newlines(field(row, "fees")));
        let lower = fees.to_lowercase();
        let (cost, costs) = if fees.is_empty() {
            (CostRecord::Unknown, Vec::new())
        } else if lower == "none"
            || lower.starts_with("free")
            || lower.starts_with("no fee")
            || lower == "no charge"
        {
            (CostRecord::Free, Vec::new())
        } else {
            let item = CostItemRecord {
                place: PartPlace::default(),
                description: Some(fees),
                amount_minor: None,
                currency: None,
            };
            (CostRecord::Variable, vec![item])
        };
        let steps: Vec<StepRecord> = markdown(&unescape_newlines(field(row, "application_process")))
            .map(|html| StepRecord {
                title: None,
                description_html: Some(html),
            })
            .into_iter()
            .collect();
        let mut languages: Vec<String> = self
            .languages
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|r| language_code(field(r, "language")).map(str::to_owned))
            .collect();
        languages.sort();
        languages.dedup();
        let status = field(row, "status").to_lowercase();
        ServiceRecord {
            source_id: format!("hsds:{id}"),
            slug: unique_slug(&slugify(&name, 150), slugs),
            old_slugs: Vec::new(),
            agency_source_id: format!("hsds:org:{organization}"),
            level,
            locale: Locale::En,
            fully_online: false,
            start_url: None,
            cost,
            processing: None,
            validity: None,
            texts,
            topics: self.topics(id),
            keywords: Vec::new(),
            popular_names: Vec::new(),
            languages,
            jurisdiction_codes: vec![jurisdiction_of(level).to_owned()],
            conditions: Vec::new(),
            steps,
            documents: Vec::new(),
            costs,
            channels: self.channels(row, id),
            // HSDS statuses other than active (inactive, defunct) are kept but shown as no longer offered.
            status: if status.is_empty() || status == "active" {
                "published"
            } else {
                "archived"
            },
        }
    }
}
