//! Turns service rows into the summaries every list shows, with their agencies, in few queries.

use std::collections::HashMap;

use app::locale::Locale;
use app::model::{AgencyRef, Level, Paging, ServiceSummary};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Select,
};

use super::PAGE_SIZE;
use super::owner::{FieldName, OwnerKind};
use super::translations::Translations;
use crate::db::entities::{agency, service};

pub fn level_of(code: &str) -> Level {
    Level::from_code(code).unwrap_or(Level::National)
}

pub fn agency_ref(translations: &Translations, agency: &agency::Model) -> AgencyRef {
    AgencyRef {
        slug: agency.slug.clone(),
        name: translations.text_or_empty(OwnerKind::Agency, agency.id, FieldName::NAME),
        acronym: agency.acronym.clone(),
    }
}

pub async fn summaries(
    db: &DatabaseConnection,
    chain: &[Locale],
    services: Vec<service::Model>,
) -> Result<Vec<ServiceSummary>, DbErr> {
    if services.is_empty() {
        return Ok(Vec::new());
    }
    let agency_ids: Vec<i32> = services.iter().map(|s| s.agency_id).collect();
    let agencies: HashMap<i32, agency::Model> = agency::Entity::find()
        .filter(agency::Column::Id.is_in(agency_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|agency| (agency.id, agency))
        .collect();
    let service_ids = services.iter().map(|s| s.id).collect();
    let translations = Translations::load(
        db,
        chain,
        &[(OwnerKind::Service, service_ids), (OwnerKind::Agency, agency_ids)],
    )
    .await?;
    Ok(services
        .into_iter()
        .filter_map(|service| {
            let agency = agencies.get(&service.agency_id)?;
            Some(ServiceSummary {
                name: translations.text_or_empty(OwnerKind::Service, service.id, FieldName::NAME),
                summary: translations.text(OwnerKind::Service, service.id, FieldName::SUMMARY),
                agency: agency_ref(&translations, agency),
                level: level_of(&service.level),
                fully_online: service.fully_online,
                slug: service.slug,
            })
        })
        .collect())
}

/// Published services matching `select`, one page of them in name order, and the paging.
pub async fn published_page(
    db: &DatabaseConnection,
    chain: &[Locale],
    select: Select<service::Entity>,
    page: u32,
) -> Result<(Vec<ServiceSummary>, Paging), DbErr> {
    let select = select.filter(service::Column::Status.eq("published"));
    let total = select.clone().count(db).await?;
    let paging = clamp_page(page, PAGE_SIZE, total);
    let rows = select
        .order_by_asc(service::Column::SearchName)
        .order_by_asc(service::Column::Id)
        .paginate(db, u64::from(PAGE_SIZE))
        .fetch_page(u64::from(paging.page - 1))
        .await?;
    Ok((summaries(db, chain, rows).await?, paging))
}

/// A page number past the end shows the last page.
pub fn clamp_page(page: u32, per_page: u32, total: u64) -> Paging {
    let mut paging = Paging {
        page: page.max(1),
        per_page: per_page.max(1),
        total,
    };
    paging.page = paging.page.min(paging.last_page());
    paging
}
