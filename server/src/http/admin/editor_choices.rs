//! What the editor's choosing sections offer: the names of the places a service serves (with
//! their parent, to tell same-named places apart), places found by name for the page's
//! "find" button, and every life event and topic labelled in the reader's language.

use std::collections::HashMap;

use app::admin::editor::Section;
use app::locale::Locale;
use app::model::Text;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::editorial_view::texts_in;
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{jurisdiction, taxonomy_term};
use crate::editorial::ServiceSnapshot;
use crate::text::fold;

/// Places listed per search: enough to choose from, few enough to read.
pub const FOUND: usize = 30;

#[derive(Clone, Debug)]
pub struct TermChoice {
    pub id: i32,
    pub life_event: bool,
    pub label: Text,
}

#[derive(Clone, Debug, Default)]
pub struct Choices {
    /// The chosen places' names, by id.
    pub places: HashMap<i32, String>,
    /// Every life event and topic, in their order.
    pub terms: Vec<TermChoice>,
}

/// What the section of `snapshot` needs named; nothing for sections that name nothing.
pub async fn choices(
    db: &DatabaseConnection,
    locale: Locale,
    section: Section,
    snapshot: &ServiceSnapshot,
) -> Result<Choices, DbErr> {
    Ok(match section {
        Section::Places => Choices {
            places: place_names(db, &snapshot.jurisdictions).await?,
            ..Choices::default()
        },
        Section::Topics => Choices {
            terms: terms(db, locale).await?,
            ..Choices::default()
        },
        _ => Choices::default(),
    })
}

fn display(place: &jurisdiction::Model, parents: &HashMap<i32, String>) -> String {
    match place.parent_id.and_then(|p| parents.get(&p)) {
        Some(parent) => format!("{} ({parent})", place.name),
        None => place.name.clone(),
    }
}

async fn places_by_id(db: &DatabaseConnection, ids: &[i32]) -> Result<Vec<jurisdiction::Model>, DbErr> {
    let mut places = Vec::new();
    for chunk in ids.chunks(5_000) {
        places.extend(
            jurisdiction::Entity::find()
                .filter(jurisdiction::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?,
        );
    }
    Ok(places)
}

/// The names of the parents of `places`, by id.
async fn parents_of(
    db: &DatabaseConnection,
    places: &[jurisdiction::Model],
) -> Result<HashMap<i32, String>, DbErr> {
    let mut ids: Vec<i32> = places.iter().filter_map(|p| p.parent_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let parents = places_by_id(db, &ids).await?;
    Ok(parents.into_iter().map(|p| (p.id, p.name)).collect())
}

async fn place_names(db: &DatabaseConnection, ids: &[i32]) -> Result<HashMap<i32, String>, DbErr> {
    let places = places_by_id(db, ids).await?;
    let parents = parents_of(db, &places).await?;
    Ok(places.iter().map(|p| (p.id, display(p, &parents))).collect())
}

/// Places of any kind whose name has every typed word at the start of one of its words
/// (accents and case aside), leaving out those already chosen; by name, at most [`FOUND`].
pub async fn find_places(
    db: &DatabaseConnection,
    text: &str,
    chosen: &[i32],
) -> Result<Vec<(i32, String)>, DbErr> {
    let words: Vec<String> = fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    // Place names are few and short: folding them here keeps the query portable.
    let matching: Vec<jurisdiction::Model> = jurisdiction::Entity::find()
        .order_by_asc(jurisdiction::Column::Name)
        .order_by_asc(jurisdiction::Column::Id)
        .limit(100_000)
        .all(db)
        .await?
        .into_iter()
        .filter(|place| !chosen.contains(&place.id))
        .filter(|place| {
            let name = fold(&place.name);
            words
                .iter()
                .all(|word| name.split(' ').any(|part| part.starts_with(word.as_str())))
        })
        .take(FOUND)
        .collect();
    let parents = parents_of(db, &matching).await?;
    Ok(matching.iter().map(|p| (p.id, display(p, &parents))).collect())
}

/// Every life event and topic with its label in `locale` (or the first language that has one).
async fn terms(db: &DatabaseConnection, locale: Locale) -> Result<Vec<TermChoice>, DbErr> {
    let rows = taxonomy_term::Entity::find()
        .order_by_asc(taxonomy_term::Column::Position)
        .order_by_asc(taxonomy_term::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|t| t.id).collect();
    let mut labels = texts_in(db, locale, OwnerKind::Term.code(), FieldName::LABEL, &ids).await?;
    let mut terms: Vec<TermChoice> = rows
        .into_iter()
        .map(|row| TermChoice {
            id: row.id,
            life_event: row.kind == "life_event",
            label: labels
                .remove(&row.id)
                .unwrap_or_else(|| Text::new(row.slug, locale, false)),
        })
        .collect();
    // Position orders terms within their parent; across the list, the label reads best.
    terms.sort_by_cached_key(|t| fold(&t.label.value));
    Ok(terms)
}
