//! Names for the facet values the engine counted: the largest few of each, labelled in the
//! reader's language, with the chosen value always kept.

use std::collections::HashMap;

use app::locale::Locale;
use app::model::{FacetOption, SearchFacets, SearchQuery, Text};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::owner::{FieldName, OwnerKind};
use super::search_filters::{Resolved, level_values};
use super::translations::Translations;
use crate::db::entities::{agency, jurisdiction, taxonomy_term};
use crate::search::FacetCounts;

/// Values shown per facet; the rest are reachable by searching.
const SHOWN: usize = 8;

/// The `SHOWN` largest counts, plus the selected value if it is not among them.
fn top(counts: &HashMap<u64, u64>, selected: Option<i32>) -> Vec<(i32, u64)> {
    let mut entries: Vec<(i32, u64)> = counts
        .iter()
        .filter_map(|(id, count)| Some((i32::try_from(*id).ok()?, *count)))
        .collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut shown: Vec<(i32, u64)> = entries.iter().take(SHOWN).copied().collect();
    if let Some(selected) = selected
        && !shown.iter().any(|(id, _)| *id == selected)
    {
        shown.push((
            selected,
            counts
                .get(&u64::try_from(selected).unwrap_or_default())
                .copied()
                .unwrap_or(0),
        ));
    }
    shown
}

pub async fn label_facets(
    db: &DatabaseConnection,
    chain: &[Locale],
    counts: &FacetCounts,
    query: &SearchQuery,
    resolved: &Resolved,
) -> Result<SearchFacets, DbErr> {
    let levels = level_values()
        .into_iter()
        .filter_map(|(level, code)| {
            let count = counts.levels.get(&code).copied().unwrap_or(0);
            (count > 0 || query.level == Some(level)).then(|| FacetOption {
                value: level.code().to_owned(),
                label: None,
                count,
                selected: query.level == Some(level),
            })
        })
        .collect();
    let agency_top = top(&counts.agencies, resolved.agency_id);
    // Life events and topics share one filter; life events (the citizen's words) come first.
    let term_top = top(&counts.terms, resolved.term_id);
    let place_top = top(&counts.places, resolved.place_id);
    let agencies: HashMap<i32, agency::Model> = agency::Entity::find()
        .filter(agency::Column::Id.is_in(agency_top.iter().map(|(id, _)| *id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let terms: HashMap<i32, taxonomy_term::Model> = taxonomy_term::Entity::find()
        .filter(taxonomy_term::Column::Id.is_in(term_top.iter().map(|(id, _)| *id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let places: HashMap<i32, jurisdiction::Model> = jurisdiction::Entity::find()
        .filter(jurisdiction::Column::Id.is_in(place_top.iter().map(|(id, _)| *id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let translations = Translations::load(
        db,
        chain,
        &[
            (OwnerKind::Agency, agency_top.iter().map(|(id, _)| *id).collect()),
            (OwnerKind::Term, term_top.iter().map(|(id, _)| *id).collect()),
        ],
    )
    .await?;
    let reader = chain.first().copied().unwrap_or(Locale::DEFAULT);
    let agency_options = agency_top
        .iter()
        .filter_map(|(id, count)| {
            let row = agencies.get(id)?;
            Some(FacetOption {
                value: row.slug.clone(),
                label: translations.text(OwnerKind::Agency, *id, FieldName::NAME),
                count: *count,
                selected: resolved.agency_id == Some(*id),
            })
        })
        .collect();
    let mut topic_options: Vec<(bool, FacetOption)> = term_top
        .iter()
        .filter_map(|(id, count)| {
            let row = terms.get(id)?;
            Some((
                row.kind == "life_event",
                FacetOption {
                    value: row.slug.clone(),
                    label: translations.text(OwnerKind::Term, *id, FieldName::LABEL),
                    count: *count,
                    selected: resolved.term_id == Some(*id),
                },
            ))
        })
        .collect();
    topic_options.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.count.cmp(&a.1.count)));
    let place_options = place_top
        .iter()
        .filter_map(|(id, count)| {
            let row = places.get(id)?;
            Some(FacetOption {
                value: row.slug.clone(),
                // Place names are proper names: the same in every language.
                label: Some(Text::new(row.name.clone(), reader, false)),
                count: *count,
                selected: resolved.place_id == Some(*id),
            })
        })
        .collect();
    Ok(SearchFacets {
        levels,
        agencies: agency_options,
        topics: topic_options.into_iter().map(|(_, option)| option).collect(),
        places: place_options,
        online: counts.online,
    })
}
