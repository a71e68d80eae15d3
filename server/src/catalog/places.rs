//! Completions for the search box, and the municipalities a reader can choose as theirs.

use std::sync::Arc;

use app::locale::Locale;
use app::model::{PlaceRef, Suggestion};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::labels::LabelCache;
use super::search::summary_of;
use super::search_filters::place_ref;
use crate::db::entities::jurisdiction;
use crate::search::SearchIndex;
use crate::text::fold;

/// Completions offered at once: enough to choose, few enough to read on a phone.
pub const SUGGESTIONS: usize = 8;

pub async fn suggest(
    db: &DatabaseConnection,
    index: &Arc<SearchIndex>,
    labels: &LabelCache,
    locale: Locale,
    text: &str,
) -> Result<Vec<Suggestion>, DbErr> {
    if !index.is_ready() || fold(text).is_empty() {
        return Ok(Vec::new());
    }
    let chain = labels.get(db, index.followed()).await?.chain(locale);
    // A suggestion already made needs no trip through the blocking pool.
    let found = match index.cached_suggestions(text, locale, SUGGESTIONS) {
        Some(found) => found,
        None => {
            let typed = text.to_owned();
            index
                .off_thread(move |index| index.suggest(&typed, locale, SUGGESTIONS))
                .await
                .map_err(|e| DbErr::Custom(format!("suggest: {e}")))?
        }
    };
    Ok(found
        .iter()
        .map(|display| {
            let summary = summary_of(display, &chain);
            Suggestion {
                name: summary.name.value,
                lang: summary.name.lang.code().to_owned(),
                url: format!("/{}/services/{}", locale.code(), display.slug),
            }
        })
        .collect())
}

/// Municipalities whose name contains every typed word, at most 30, by name.
pub async fn find_places(db: &DatabaseConnection, text: &str) -> Result<Vec<PlaceRef>, DbErr> {
    let words: Vec<String> = fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    // Names are few and short: folding them here keeps the database query portable.
    let candidates = jurisdiction::Entity::find()
        .filter(jurisdiction::Column::Kind.eq("municipality"))
        .order_by_asc(jurisdiction::Column::Name)
        .limit(50_000)
        .all(db)
        .await?;
    let matching: Vec<jurisdiction::Model> = candidates
        .into_iter()
        .filter(|place| {
            let name = fold(&place.name);
            words
                .iter()
                .all(|word| name.split(' ').any(|part| part.starts_with(word.as_str())))
        })
        .take(30)
        .collect();
    let parent_ids: Vec<i32> = matching.iter().filter_map(|p| p.parent_id).collect();
    let parents = jurisdiction::Entity::find()
        .filter(jurisdiction::Column::Id.is_in(parent_ids))
        .all(db)
        .await?;
    Ok(matching
        .iter()
        .map(|place| place_ref(place, parents.iter().find(|p| Some(p.id) == place.parent_id)))
        .collect())
}

pub async fn place(db: &DatabaseConnection, code: &str) -> Result<Option<PlaceRef>, DbErr> {
    let Some(place) = jurisdiction::Entity::find()
        .filter(jurisdiction::Column::Code.eq(code))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let parent = match place.parent_id {
        Some(id) => jurisdiction::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    Ok(Some(place_ref(&place, parent.as_ref())))
}
