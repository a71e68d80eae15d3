//! An agency's services, every status, as the CSV template the importer reads
//! (`import::csv_export`), so an export imports back unchanged. Each row is the service's
//! newest version (a pending one included), with its places, topics and offices' addresses.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::access::{Action, authorize_agency};
use super::version_store::current;
use super::{Actor, EditorialError};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{agency, jurisdiction, service, taxonomy_term, translation};
use crate::import::Seed;
use crate::import::csv_export::{AgencyCells, PlaceCells, RowContext, row as csv_row, to_csv};

/// Texts of one field of many owners: owner → locale → value.
async fn texts_of(
    db: &impl ConnectionTrait,
    kind: OwnerKind,
    field: &str,
    ids: Vec<i32>,
) -> Result<HashMap<i32, HashMap<String, String>>, DbErr> {
    let mut found: HashMap<i32, HashMap<String, String>> = HashMap::new();
    for chunk in ids.chunks(5_000) {
        for row in translation::Entity::find()
            .filter(translation::Column::OwnerKind.eq(kind.code()))
            .filter(translation::Column::Field.eq(field))
            .filter(translation::Column::OwnerId.is_in(chunk.to_vec()))
            .all(db)
            .await?
        {
            found
                .entry(row.owner_id)
                .or_default()
                .insert(row.locale, row.value);
        }
    }
    Ok(found)
}

/// The text in `locale`, or else in the first language that has it.
fn in_locale(texts: Option<&HashMap<String, String>>, locale: &str) -> String {
    let Some(texts) = texts else {
        return String::new();
    };
    let mut codes: Vec<&String> = texts.keys().collect();
    codes.sort();
    texts
        .get(locale)
        .or_else(|| codes.first().and_then(|code| texts.get(*code)))
        .cloned()
        .unwrap_or_default()
}

/// The place and the places it lies in, outermost first.
fn chain(id: i32, places: &HashMap<i32, jurisdiction::Model>) -> Vec<PlaceCells> {
    let mut cells = Vec::new();
    let mut next = Some(id);
    while let Some(place) = next.and_then(|id| places.get(&id)) {
        cells.insert(
            0,
            PlaceCells {
                kind: place.kind.clone(),
                code: place.code.clone(),
                name: place.name.clone(),
            },
        );
        next = place.parent_id.filter(|_| cells.len() < 4);
    }
    cells
}

/// `csv:villa-001` → `villa-001`; other sources keep their id; panel services get one.
fn source_id(row: &service::Model) -> String {
    match &row.source_id {
        Some(id) => id.strip_prefix("csv:").unwrap_or(id).to_owned(),
        None => format!("service-{}", row.id),
    }
}

pub async fn export(
    db: &DatabaseConnection,
    actor: &Actor,
    agency_id: i32,
    now: DateTime<Utc>,
) -> Result<String, EditorialError> {
    authorize_agency(db, actor, Action::ExportServices, agency_id, now).await?;
    let Some(agency) = agency::Entity::find_by_id(agency_id).one(db).await? else {
        return Err(EditorialError::NotFound);
    };
    let agency_names = texts_of(db, OwnerKind::Agency, FieldName::NAME, vec![agency_id]).await?;
    let cells = AgencyCells {
        id: agency
            .source_id
            .as_deref()
            .map(|id| id.strip_prefix("csv:org:").unwrap_or(id).to_owned())
            .unwrap_or_else(|| agency.slug.clone()),
        name: in_locale(agency_names.get(&agency_id), "es"),
        acronym: agency.acronym.clone().unwrap_or_default(),
        website: agency.website.clone().unwrap_or_default(),
    };
    let rows = service::Entity::find()
        .filter(service::Column::AgencyId.eq(agency_id))
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let mut versions = Vec::with_capacity(rows.len());
    for row in &rows {
        versions.push(current(db, row).await?.snapshot);
    }
    let places: HashMap<i32, jurisdiction::Model> = jurisdiction::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let term_ids: Vec<i32> = versions.iter().flat_map(|v| v.taxonomy.iter().copied()).collect();
    let topics: HashMap<i32, taxonomy_term::Model> = taxonomy_term::Entity::find()
        .filter(taxonomy_term::Column::Kind.eq("topic"))
        .filter(taxonomy_term::Column::Id.is_in(term_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let topic_labels = texts_of(db, OwnerKind::Term, FieldName::LABEL, term_ids).await?;
    let point_ids: Vec<i32> = versions
        .iter()
        .flat_map(|v| v.channels.iter().flat_map(|c| c.service_points.iter().copied()))
        .collect();
    let point_texts = texts_of(db, OwnerKind::ServicePoint, FieldName::ADDRESS, point_ids).await?;
    let seed = Seed::get();
    let mut lines = Vec::with_capacity(rows.len());
    for (row, snapshot) in rows.iter().zip(&versions) {
        let locale = snapshot.main_locale.as_str();
        let addresses: HashMap<i32, String> = point_texts
            .iter()
            .map(|(id, texts)| (*id, in_locale(Some(texts), locale)))
            .collect();
        // The importer reads a known topic by the label it was seeded from.
        let topic_names = snapshot
            .taxonomy
            .iter()
            .filter_map(|id| topics.get(id))
            .map(|term| match seed.topics.iter().find(|t| t.slug == term.slug) {
                Some(known) => known.source.clone(),
                None => in_locale(topic_labels.get(&term.id), locale),
            })
            .collect();
        let deepest = snapshot
            .jurisdictions
            .iter()
            .map(|id| chain(*id, &places))
            .max_by_key(Vec::len)
            .unwrap_or_else(|| chain(agency.jurisdiction_id, &places));
        let context = RowContext {
            source_id: source_id(row),
            slug: &row.slug,
            agency: &cells,
            places: deepest,
            topics: topic_names,
            addresses: &addresses,
        };
        lines.push(csv_row(snapshot, &context));
    }
    to_csv(&lines).map_err(|e| EditorialError::Database(DbErr::Custom(e.to_string())))
}
