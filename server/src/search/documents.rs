//! Services as the index sees them: read from the database in batches, turned into documents.

use std::collections::HashMap;

use app::locale::Locale;
use app::model::Level;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use tantivy::TantivyDocument;

use super::schema::Fields;
use crate::catalog::ratings::PRIOR_MEAN;
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{
    agency, service, service_jurisdiction, service_rating_total, service_taxonomy, service_term, translation,
};
use crate::text::{fold, strip_tags};

/// What a result shows, kept in the index so a results page needs no extra query.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Display {
    pub slug: String,
    pub names: Vec<(Locale, String)>,
    pub summaries: Vec<(Locale, String)>,
    pub agency_slug: String,
    pub agency_acronym: Option<String>,
    pub agency_names: Vec<(Locale, String)>,
    pub level: Option<String>,
    pub online: bool,
}

#[derive(Clone, Debug, Default)]
pub struct LanguageTexts {
    pub name: String,
    pub popular: Vec<String>,
    pub keywords: Vec<String>,
    pub summary: String,
    pub body: String,
}

#[derive(Clone, Debug)]
pub struct ServiceDocument {
    pub id: i32,
    pub level: Level,
    pub online: bool,
    pub agency_id: i32,
    pub term_ids: Vec<i32>,
    pub place_ids: Vec<i32>,
    pub texts: Vec<(Locale, LanguageTexts)>,
    pub display: Display,
    /// The Bayesian average of the service's ratings, in thousandths of a star.
    pub rating: u64,
}

/// Thousandths of a star: a fast field holds integers.
pub fn rating_milli(bayesian_average: f64) -> u64 {
    (bayesian_average.clamp(0.0, 5.0) * 1000.0).round() as u64
}

pub fn level_code(level: Level) -> u64 {
    match level {
        Level::National => 1,
        Level::State => 2,
        Level::Municipal => 3,
    }
}

/// The first eight bytes of the folded name, big-endian: ordering by it is ordering by name.
fn name_order(name: &str) -> u64 {
    let folded = fold(name);
    let mut bytes = [0u8; 8];
    for (slot, byte) in bytes.iter_mut().zip(folded.bytes()) {
        *slot = byte;
    }
    u64::from_be_bytes(bytes)
}

impl ServiceDocument {
    pub fn to_document(&self, fields: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_u64(fields.id, u64::try_from(self.id).unwrap_or_default());
        let mut first_name = None;
        for (locale, texts) in &self.texts {
            let Some(f) = fields.of(*locale) else { continue };
            doc.add_text(f.name, &texts.name);
            for popular in &texts.popular {
                doc.add_text(f.popular, popular);
                doc.add_text(fields.folded, popular);
            }
            for keyword in &texts.keywords {
                doc.add_text(f.keywords, keyword);
            }
            doc.add_text(f.summary, &texts.summary);
            doc.add_text(f.body, &texts.body);
            doc.add_text(fields.folded, &texts.name);
            first_name.get_or_insert(texts.name.as_str());
        }
        doc.add_u64(fields.level, level_code(self.level));
        doc.add_u64(fields.online, u64::from(self.online));
        doc.add_u64(fields.agency, u64::try_from(self.agency_id).unwrap_or_default());
        for term in &self.term_ids {
            doc.add_u64(fields.terms, u64::try_from(*term).unwrap_or_default());
        }
        for place in &self.place_ids {
            doc.add_u64(fields.places, u64::try_from(*place).unwrap_or_default());
        }
        doc.add_u64(fields.name_order, name_order(first_name.unwrap_or_default()));
        doc.add_u64(fields.rating, self.rating);
        doc.add_bytes(
            fields.display,
            &serde_json::to_vec(&self.display).unwrap_or_default(),
        );
        doc
    }
}

#[derive(Clone, Debug)]
struct AgencyInfo {
    slug: String,
    acronym: Option<String>,
    names: Vec<(Locale, String)>,
}

/// Agencies seen so far, so a full rebuild reads each agency once.
#[derive(Default)]
pub struct AgencyCache {
    agencies: HashMap<i32, AgencyInfo>,
}

impl AgencyCache {
    async fn fill(&mut self, db: &DatabaseConnection, ids: &[i32]) -> Result<(), DbErr> {
        let missing: Vec<i32> = ids
            .iter()
            .copied()
            .filter(|id| !self.agencies.contains_key(id))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let rows = agency::Entity::find()
            .filter(agency::Column::Id.is_in(missing.clone()))
            .all(db)
            .await?;
        let names = translation::Entity::find()
            .filter(translation::Column::OwnerKind.eq(OwnerKind::Agency.code()))
            .filter(translation::Column::Field.eq(FieldName::NAME))
            .filter(translation::Column::OwnerId.is_in(missing))
            .all(db)
            .await?;
        for row in rows {
            let names = names
                .iter()
                .filter(|t| t.owner_id == row.id)
                .filter_map(|t| Some((Locale::from_code(&t.locale)?, t.value.clone())))
                .collect();
            self.agencies.insert(
                row.id,
                AgencyInfo {
                    slug: row.slug,
                    acronym: row.acronym,
                    names,
                },
            );
        }
        Ok(())
    }
}

/// Index documents for the given service rows (only published ones become documents).
pub async fn load(
    db: &DatabaseConnection,
    services: Vec<service::Model>,
    agencies: &mut AgencyCache,
) -> Result<Vec<ServiceDocument>, DbErr> {
    let services: Vec<service::Model> = services.into_iter().filter(|s| s.status == "published").collect();
    if services.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = services.iter().map(|s| s.id).collect();
    let agency_ids: Vec<i32> = services.iter().map(|s| s.agency_id).collect();
    agencies.fill(db, &agency_ids).await?;
    let texts = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Service.code()))
        .filter(translation::Column::OwnerId.is_in(ids.clone()))
        .filter(translation::Column::Field.is_in([
            FieldName::NAME,
            FieldName::ACRONYM,
            FieldName::SUMMARY,
            FieldName::DESCRIPTION,
        ]))
        .all(db)
        .await?;
    let terms = service_term::Entity::find()
        .filter(service_term::Column::ServiceId.is_in(ids.clone()))
        .all(db)
        .await?;
    let taxonomy = service_taxonomy::Entity::find()
        .filter(service_taxonomy::Column::ServiceId.is_in(ids.clone()))
        .all(db)
        .await?;
    let places = service_jurisdiction::Entity::find()
        .filter(service_jurisdiction::Column::ServiceId.is_in(ids.clone()))
        .all(db)
        .await?;
    let ratings: HashMap<i32, f64> = service_rating_total::Entity::find()
        .filter(service_rating_total::Column::ServiceId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.service_id, row.bayesian_average))
        .collect();

    let mut by_service: HashMap<i32, HashMap<Locale, LanguageTexts>> = HashMap::new();
    for text in &texts {
        let Some(locale) = Locale::from_code(&text.locale) else {
            continue;
        };
        let entry = by_service
            .entry(text.owner_id)
            .or_default()
            .entry(locale)
            .or_default();
        match text.field.as_str() {
            FieldName::NAME => entry.name = text.value.clone(),
            FieldName::ACRONYM => entry.popular.push(text.value.clone()),
            FieldName::SUMMARY => entry.summary = text.value.clone(),
            FieldName::DESCRIPTION => entry.body = strip_tags(&text.value),
            _ => {}
        }
    }
    for term in &terms {
        let Some(locale) = Locale::from_code(&term.locale) else {
            continue;
        };
        let entry = by_service
            .entry(term.service_id)
            .or_default()
            .entry(locale)
            .or_default();
        match term.kind.as_str() {
            "popular_name" => entry.popular.push(term.term.clone()),
            _ => entry.keywords.push(term.term.clone()),
        }
    }
    let mut term_ids: HashMap<i32, Vec<i32>> = HashMap::new();
    for row in taxonomy {
        term_ids.entry(row.service_id).or_default().push(row.term_id);
    }
    let mut place_ids: HashMap<i32, Vec<i32>> = HashMap::new();
    for row in places {
        place_ids
            .entry(row.service_id)
            .or_default()
            .push(row.jurisdiction_id);
    }
    let mut documents = Vec::with_capacity(services.len());
    for service in services {
        let Some(agency) = agencies.agencies.get(&service.agency_id) else {
            continue;
        };
        let mut texts: Vec<(Locale, LanguageTexts)> = by_service
            .remove(&service.id)
            .unwrap_or_default()
            .into_iter()
            .collect();
        texts.sort_by_key(|(locale, _)| *locale);
        let level = Level::from_code(&service.level).unwrap_or(Level::National);
        let display = Display {
            slug: service.slug.clone(),
            names: texts
                .iter()
                .filter(|(_, t)| !t.name.is_empty())
                .map(|(l, t)| (*l, t.name.clone()))
                .collect(),
            summaries: texts
                .iter()
                .filter(|(_, t)| !t.summary.is_empty())
                .map(|(l, t)| (*l, t.summary.clone()))
                .collect(),
            agency_slug: agency.slug.clone(),
            agency_acronym: agency.acronym.clone(),
            agency_names: agency.names.clone(),
            level: Some(level.code().to_owned()),
            online: service.fully_online,
        };
        documents.push(ServiceDocument {
            id: service.id,
            level,
            online: service.fully_online,
            agency_id: service.agency_id,
            term_ids: term_ids.remove(&service.id).unwrap_or_default(),
            place_ids: place_ids.remove(&service.id).unwrap_or_default(),
            texts,
            display,
            rating: rating_milli(ratings.get(&service.id).copied().unwrap_or(PRIOR_MEAN)),
        });
    }
    Ok(documents)
}
