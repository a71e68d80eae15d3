//! The filters of a search, from the slugs in its address to the ids in the index. A slug that
//! names nothing is ignored and the page says so.

use app::model::{Level, PlaceRef, SearchNotice, SearchQuery};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::db::entities::{agency, jurisdiction, taxonomy_term};
use crate::search::{Filters, Scope, level_code};

#[derive(Clone, Debug, Default)]
pub struct Resolved {
    pub filters: Filters,
    pub notices: Vec<SearchNotice>,
    pub home_place: Option<PlaceRef>,
    pub agency_id: Option<i32>,
    pub term_id: Option<i32>,
    pub place_id: Option<i32>,
}

pub fn place_ref(place: &jurisdiction::Model, parent: Option<&jurisdiction::Model>) -> PlaceRef {
    PlaceRef {
        code: place.code.clone(),
        slug: place.slug.clone(),
        name: place.name.clone(),
        parent: parent.map(|p| p.name.clone()),
    }
}

fn id(value: i32) -> u64 {
    u64::try_from(value).unwrap_or_default()
}

pub async fn resolve(db: &DatabaseConnection, query: &SearchQuery) -> Result<Resolved, DbErr> {
    let mut resolved = Resolved {
        filters: Filters {
            online: query.online,
            ..Filters::default()
        },
        ..Resolved::default()
    };
    resolved.filters.level = query.level.map(level_code);
    if let Some(slug) = &query.agency {
        match agency::Entity::find()
            .filter(agency::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?
        {
            Some(row) => {
                resolved.filters.agency = Some(id(row.id));
                resolved.agency_id = Some(row.id);
            }
            None => resolved
                .notices
                .push(SearchNotice::UnknownFilter("agency".into())),
        }
    }
    if let Some(slug) = &query.topic {
        match taxonomy_term::Entity::find()
            .filter(taxonomy_term::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?
        {
            Some(row) => {
                resolved.filters.term = Some(id(row.id));
                resolved.term_id = Some(row.id);
            }
            None => resolved.notices.push(SearchNotice::UnknownFilter("topic".into())),
        }
    }
    if let Some(slug) = &query.place {
        match jurisdiction::Entity::find()
            .filter(jurisdiction::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?
        {
            Some(row) => {
                resolved.filters.place = Some(id(row.id));
                resolved.place_id = Some(row.id);
            }
            None => resolved.notices.push(SearchNotice::UnknownFilter("place".into())),
        }
    }
    if let Some(code) = &query.home_place
        && let Some(place) = jurisdiction::Entity::find()
            .filter(jurisdiction::Column::Code.eq(code.as_str()))
            .one(db)
            .await?
    {
        let parent = match place.parent_id {
            Some(parent) => jurisdiction::Entity::find_by_id(parent).one(db).await?,
            None => None,
        };
        let country = jurisdiction::Entity::find()
            .filter(jurisdiction::Column::Code.eq(place.country_code.as_str()))
            .one(db)
            .await?;
        resolved.filters.scope = Some(Scope {
            municipality: id(place.id),
            state: parent.as_ref().map(|p| id(p.id)),
            country: country.as_ref().map(|c| id(c.id)),
        });
        resolved.home_place = Some(place_ref(&place, parent.as_ref()));
    }
    Ok(resolved)
}

/// Level facet values in a fixed order.
pub fn level_values() -> [(Level, u64); 3] {
    Level::ALL.map(|level| (level, level_code(level)))
}
