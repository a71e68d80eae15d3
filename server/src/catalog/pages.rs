//! Home, agency and life-event pages.

use app::locale::Locale;
use app::model::{AgencyDetail, HomeData, LevelCount, TermCount, TermDetail, TermRef};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::listing::{agency_ref, level_of, published_page};
use super::owner::{FieldName, OwnerKind};
use super::translations::{Translations, fallback_chain};
use crate::db::entities::{agency, jurisdiction, service, service_taxonomy, taxonomy_term};

#[derive(FromQueryResult)]
struct GroupCount {
    key: String,
    count: i64,
}

#[derive(FromQueryResult)]
struct TermUse {
    term_id: i32,
    count: i64,
}

pub async fn home(db: &DatabaseConnection, locale: Locale) -> Result<HomeData, DbErr> {
    let chain = fallback_chain(db, locale).await?;
    let published = service::Column::Status.eq("published");
    let total_services = service::Entity::find()
        .filter(published.clone())
        .count(db)
        .await?;
    let level_rows = service::Entity::find()
        .select_only()
        .column_as(service::Column::Level, "key")
        .column_as(service::Column::Id.count(), "count")
        .filter(published)
        .group_by(service::Column::Level)
        .into_model::<GroupCount>()
        .all(db)
        .await?;
    let levels = app::model::Level::ALL
        .into_iter()
        .filter_map(|level| {
            let row = level_rows.iter().find(|row| row.key == level.code())?;
            Some(LevelCount {
                level,
                services: u64::try_from(row.count).unwrap_or(0),
            })
        })
        .collect();
    let terms = taxonomy_term::Entity::find()
        .filter(taxonomy_term::Column::Kind.eq("life_event"))
        .order_by_asc(taxonomy_term::Column::Position)
        .all(db)
        .await?;
    let term_ids: Vec<i32> = terms.iter().map(|term| term.id).collect();
    let uses = service_taxonomy::Entity::find()
        .select_only()
        .column(service_taxonomy::Column::TermId)
        .column_as(service_taxonomy::Column::ServiceId.count(), "count")
        .filter(service_taxonomy::Column::TermId.is_in(term_ids.clone()))
        .filter(
            service_taxonomy::Column::ServiceId.in_subquery(
                Query::select()
                    .column(service::Column::Id)
                    .from(service::Entity)
                    .and_where(Expr::col(service::Column::Status).eq("published"))
                    .to_owned(),
            ),
        )
        .group_by(service_taxonomy::Column::TermId)
        .into_model::<TermUse>()
        .all(db)
        .await?;
    let translations = Translations::load(db, &chain, &[(OwnerKind::Term, term_ids)]).await?;
    let life_events = terms
        .into_iter()
        .filter_map(|term| {
            let count = uses.iter().find(|u| u.term_id == term.id)?.count;
            Some(TermCount {
                term: TermRef {
                    label: translations.text_or_empty(OwnerKind::Term, term.id, FieldName::LABEL),
                    slug: term.slug,
                },
                services: u64::try_from(count).unwrap_or(0),
            })
        })
        .collect();
    Ok(HomeData {
        total_services,
        life_events,
        levels,
    })
}

pub async fn agency(
    db: &DatabaseConnection,
    locale: Locale,
    slug: &str,
    page: u32,
) -> Result<Option<AgencyDetail>, DbErr> {
    let Some(agency) = agency::Entity::find()
        .filter(agency::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let chain = fallback_chain(db, locale).await?;
    let select = service::Entity::find().filter(service::Column::AgencyId.eq(agency.id));
    let (services, paging) = published_page(db, &chain, select, page).await?;
    let translations = Translations::load(db, &chain, &[(OwnerKind::Agency, vec![agency.id])]).await?;
    let jurisdiction = jurisdiction::Entity::find_by_id(agency.jurisdiction_id)
        .one(db)
        .await?
        .map(|j| j.name)
        .unwrap_or_default();
    Ok(Some(AgencyDetail {
        agency: agency_ref(&translations, &agency),
        description_html: translations.text(OwnerKind::Agency, agency.id, FieldName::DESCRIPTION),
        level: level_of(&agency.level),
        jurisdiction,
        website: agency.website,
        email: agency.email,
        phone: agency.phone,
        paging,
        services,
    }))
}

pub async fn life_event(
    db: &DatabaseConnection,
    locale: Locale,
    slug: &str,
    page: u32,
) -> Result<Option<TermDetail>, DbErr> {
    let term = taxonomy_term::Entity::find()
        .filter(taxonomy_term::Column::Slug.eq(slug))
        .filter(taxonomy_term::Column::Kind.eq("life_event"))
        .one(db)
        .await?;
    let Some(term) = term else { return Ok(None) };
    let chain = fallback_chain(db, locale).await?;
    let select = service::Entity::find().filter(
        service::Column::Id.in_subquery(
            Query::select()
                .column(service_taxonomy::Column::ServiceId)
                .from(service_taxonomy::Entity)
                .and_where(Expr::col(service_taxonomy::Column::TermId).eq(term.id))
                .to_owned(),
        ),
    );
    let (services, paging) = published_page(db, &chain, select, page).await?;
    let translations = Translations::load(db, &chain, &[(OwnerKind::Term, vec![term.id])]).await?;
    Ok(Some(TermDetail {
        term: TermRef {
            label: translations.text_or_empty(OwnerKind::Term, term.id, FieldName::LABEL),
            slug: term.slug.clone(),
        },
        description: translations.text(OwnerKind::Term, term.id, FieldName::DESCRIPTION),
        paging,
        services,
    }))
}
