//! One template row to the records it describes: the service, its agency and its places. Every
//! reason a row is wrong is collected, so one run shows all of them.

use app::locale::Locale;
use app::model::Level;

use super::channels::channels;
use super::table::{Columns, Row};
use super::values::{cost, language, level, list, processing_time, web_address, yes_no};
use crate::catalog::FieldName;
use crate::import::markup::{markdown, plain};
use crate::import::record::{
    AgencyRecord, CostItemRecord, CostRecord, JurisdictionRecord, PartPlace, ServiceRecord, StepRecord,
};
use crate::import::summary::summarize;
use crate::text::slugify;

pub const COLUMNS: Columns = Columns {
    known: &[
        "source_id",
        "slug",
        "language",
        "name",
        "summary",
        "description",
        "agency_id",
        "agency_name",
        "agency_acronym",
        "agency_website",
        "level",
        "country_code",
        "country_name",
        "state_code",
        "state_name",
        "municipality_code",
        "municipality_name",
        "fully_online",
        "start_url",
        "cost",
        "cost_note",
        "processing_time",
        "processing_note",
        "eligibility",
        "documents",
        "steps",
        "channels",
        "keywords",
        "popular_names",
        "topics",
        "legal_basis",
    ],
    required: REQUIRED,
};

const REQUIRED: &[&str] = &[
    "source_id",
    "language",
    "name",
    "agency_id",
    "agency_name",
    "level",
    "country_code",
    "country_name",
];

/// Longest code the jurisdictions table holds.
const MAX_CODE: usize = 32;
/// Longest source id, leaving room for the `csv:` prefix in a 255-character column.
const MAX_SOURCE_ID: usize = 200;

/// What one row holds; slugs are settled later, across the whole file.
pub struct Parsed {
    pub line: u64,
    pub source_id: String,
    pub explicit_slug: Option<String>,
    pub service: ServiceRecord,
    pub agency: AgencyRecord,
    pub places: Vec<JurisdictionRecord>,
}

fn keep<T>(reasons: &mut Vec<String>, result: Result<T, String>) -> Option<T> {
    result.map_err(|reason| reasons.push(reason)).ok()
}

/// Country → state → municipality, as far down as the row goes; the last is the service's.
fn places(row: &Row, level: Option<Level>, reasons: &mut Vec<String>) -> Vec<JurisdictionRecord> {
    let country = row.get("country_code").to_uppercase();
    if country.is_empty() {
        return Vec::new();
    }
    if !(country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic())) {
        reasons.push(format!(
            "country_code {country:?} is not an ISO 3166-1 code (ES, BR, US…)"
        ));
        return Vec::new();
    }
    let mut places = vec![JurisdictionRecord {
        code: country.clone(),
        kind: "country",
        parent_code: None,
        country_code: country.clone(),
        name: plain(row.get("country_name")),
    }];
    for (prefix, kind) in [("state", "state"), ("municipality", "municipality")] {
        let code = row.get(&format!("{prefix}_code")).to_uppercase();
        let name = plain(row.get(&format!("{prefix}_name")));
        if code.is_empty() && name.is_empty() {
            continue;
        }
        let parent = places.last().map(|p| p.code.clone());
        if !code.starts_with(&format!("{country}-"))
            || code.len() > MAX_CODE
            || code.contains(char::is_whitespace)
        {
            reasons.push(format!(
                "{prefix}_code {code:?} must start with the country code and a hyphen ({country}-…), \
                 without spaces, at most {MAX_CODE} characters"
            ));
        } else if name.is_empty() {
            reasons.push(format!("{prefix}_code {code} has no {prefix}_name"));
        } else {
            places.push(JurisdictionRecord {
                code,
                kind,
                parent_code: parent,
                country_code: country.clone(),
                name,
            });
        }
    }
    let deepest = places.last().map(|p| p.kind);
    match (level, deepest) {
        (Some(Level::State), Some("country")) => {
            reasons.push("a state service needs state_code and state_name".into())
        }
        (Some(Level::Municipal), Some(kind)) if kind != "municipality" => {
            reasons.push("a municipal service needs municipality_code and municipality_name".into())
        }
        _ => {}
    }
    places
}

fn agency(
    row: &Row,
    level: Level,
    locale: Locale,
    places: &[JurisdictionRecord],
    reasons: &mut Vec<String>,
) -> AgencyRecord {
    let kind = match level {
        Level::National => "country",
        Level::State => "state",
        Level::Municipal => "municipality",
    };
    let jurisdiction = places
        .iter()
        .find(|p| p.kind == kind)
        .map(|p| p.code.clone())
        .unwrap_or_default();
    AgencyRecord {
        source_id: format!("csv:org:{}", row.get("agency_id")),
        slug: String::new(),
        level,
        jurisdiction_code: jurisdiction,
        acronym: Some(plain(row.get("agency_acronym"))).filter(|a| !a.is_empty()),
        website: keep(reasons, web_address("agency_website", row.get("agency_website"))).flatten(),
        email: None,
        phone: None,
        locale,
        name: plain(row.get("agency_name")),
        description_html: None,
    }
}

pub fn parse(row: &Row) -> Result<Parsed, Vec<String>> {
    let mut reasons: Vec<String> = REQUIRED
        .iter()
        .filter(|column| row.get(column).is_empty())
        .map(|column| format!("empty required field `{column}`"))
        .collect();
    let source_id = row.get("source_id").to_owned();
    if source_id.chars().count() > MAX_SOURCE_ID {
        reasons.push(format!("source_id is longer than {MAX_SOURCE_ID} characters"));
    }
    let locale = (!row.get("language").is_empty())
        .then(|| keep(&mut reasons, language(row.get("language"))))
        .flatten();
    let level = (!row.get("level").is_empty())
        .then(|| keep(&mut reasons, level(row.get("level"))))
        .flatten();
    let places = places(row, level, &mut reasons);
    let explicit_slug = match row.get("slug") {
        "" => None,
        given => {
            let slug = slugify(given, 200);
            if slug.is_empty() {
                reasons.push(format!("slug {given:?} has no letters or digits"));
            }
            Some(slug)
        }
    };
    let fully_online = keep(&mut reasons, yes_no(row.get("fully_online"))).unwrap_or_default();
    let start_url = keep(&mut reasons, web_address("start_url", row.get("start_url"))).flatten();
    let cost = keep(&mut reasons, cost(row.get("cost"))).unwrap_or(CostRecord::Unknown);
    let processing = keep(&mut reasons, processing_time(row.get("processing_time"))).flatten();
    let channels = channels(row.get("channels")).unwrap_or_else(|found| {
        reasons.extend(found);
        Vec::new()
    });
    let (Some(locale), Some(level)) = (locale, level) else {
        return Err(reasons);
    };
    let agency = agency(row, level, locale, &places, &mut reasons);
    if !reasons.is_empty() {
        return Err(reasons);
    }
    let description = row.get("description");
    let name = plain(row.get("name"));
    let summary = Some(plain(row.get("summary")))
        .filter(|s| !s.is_empty())
        .or_else(|| summarize(description));
    let mut texts = vec![(FieldName::NAME, name)];
    let optional = [
        (FieldName::SUMMARY, summary),
        (FieldName::DESCRIPTION, markdown(description)),
        (FieldName::ELIGIBILITY, markdown(row.get("eligibility"))),
        (FieldName::PROCESSING_NOTE, markdown(row.get("processing_note"))),
        (FieldName::LEGAL_BASIS, markdown(row.get("legal_basis"))),
    ];
    texts.extend(optional.into_iter().filter_map(|(f, v)| Some((f, v?))));
    let costs = Some(plain(row.get("cost_note")))
        .filter(|note| !note.is_empty())
        .map(|note| {
            let (amount_minor, currency) = match &cost {
                CostRecord::Fixed {
                    amount_minor,
                    currency,
                } => (Some(*amount_minor), Some(currency.clone())),
                _ => (None, None),
            };
            CostItemRecord {
                place: PartPlace::default(),
                description: Some(note),
                amount_minor,
                currency,
            }
        })
        .into_iter()
        .collect();
    let service = ServiceRecord {
        source_id: format!("csv:{source_id}"),
        slug: String::new(),
        old_slugs: Vec::new(),
        agency_source_id: agency.source_id.clone(),
        level,
        locale,
        fully_online,
        start_url,
        cost,
        processing,
        validity: None,
        texts,
        topics: list(row.get("topics")),
        keywords: list(row.get("keywords")),
        popular_names: list(row.get("popular_names")),
        languages: vec![locale.code().to_owned()],
        jurisdiction_codes: places.last().map(|p| p.code.clone()).into_iter().collect(),
        conditions: Vec::new(),
        steps: list(row.get("steps"))
            .iter()
            .map(|step| StepRecord {
                title: None,
                description_html: markdown(step),
            })
            .collect(),
        documents: list(row.get("documents"))
            .into_iter()
            .map(|description| crate::import::record::DocumentRecord {
                place: PartPlace::default(),
                description,
            })
            .collect(),
        costs,
        channels,
        status: "published",
    };
    Ok(Parsed {
        line: row.line,
        source_id,
        explicit_slug,
        service,
        agency,
        places,
    })
}
