//! The service page: one service with everything it is made of.

use app::locale::Locale;
use app::model::{Cost, Duration, Money, ServiceDetail, ServiceLookup, ServiceStatus, TermRef, TimeUnit};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::listing::{agency_ref, level_of};
use super::owner::{FieldName, OwnerKind};
use super::parts::load_parts;
use super::translations::{Translations, fallback_chain};
use super::visible::is_public;
use crate::db::entities::{
    agency, jurisdiction, service, service_jurisdiction, service_language, service_taxonomy, service_term,
    slug_redirect, taxonomy_term,
};

pub async fn lookup(db: &DatabaseConnection, locale: Locale, slug: &str) -> Result<ServiceLookup, DbErr> {
    let found = service::Entity::find()
        .filter(service::Column::Slug.eq(slug))
        .one(db)
        .await?;
    let Some(service) = found else {
        let redirect = slug_redirect::Entity::find_by_id(slug.to_owned()).one(db).await?;
        return Ok(match redirect {
            Some(redirect) => match service::Entity::find_by_id(redirect.service_id).one(db).await? {
                Some(target) if is_public(&target.status) => ServiceLookup::Moved(target.slug),
                _ => ServiceLookup::NotFound,
            },
            None => ServiceLookup::NotFound,
        });
    };
    // Drafts and services in review do not exist for citizens.
    let status = match ServiceStatus::from_code(&service.status) {
        Some(status) if is_public(&service.status) => status,
        _ => return Ok(ServiceLookup::NotFound),
    };
    Ok(match detail_of(db, locale, service, status).await? {
        Some(detail) => ServiceLookup::Found(Box::new(detail)),
        None => ServiceLookup::NotFound,
    })
}

/// A service's page as its tables hold it now, whatever its status (the admin preview shows
/// drafts this way); `None` when its agency is gone.
pub async fn detail_of(
    db: &DatabaseConnection,
    locale: Locale,
    service: service::Model,
    status: ServiceStatus,
) -> Result<Option<ServiceDetail>, DbErr> {
    let Some(agency) = agency::Entity::find_by_id(service.agency_id).one(db).await? else {
        return Ok(None);
    };
    let chain = fallback_chain(db, locale).await?;
    let parts = load_parts(db, service.id).await?;
    let terms = taxonomy_terms(db, service.id).await?;
    let replacement = match service.replacement_id {
        Some(id) => service::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let mut owners = parts.owners();
    owners.push((
        OwnerKind::Service,
        [Some(service.id), replacement.as_ref().map(|r| r.id)]
            .into_iter()
            .flatten()
            .collect(),
    ));
    owners.push((OwnerKind::Agency, vec![agency.id]));
    owners.push((OwnerKind::Term, terms.iter().map(|t| t.id).collect()));
    let translations = Translations::load(db, &chain, &owners).await?;
    let names = ServiceTerms::load(db, service.id, &chain).await?;
    let detail = ServiceDetail {
        id: service.id,
        slug: service.slug.clone(),
        name: translations.text_or_empty(OwnerKind::Service, service.id, FieldName::NAME),
        acronym: translations
            .text(OwnerKind::Service, service.id, FieldName::ACRONYM)
            .map(|t| t.value),
        summary: translations.text(OwnerKind::Service, service.id, FieldName::SUMMARY),
        description_html: translations.text(OwnerKind::Service, service.id, FieldName::DESCRIPTION),
        agency: agency_ref(&translations, &agency),
        level: level_of(&service.level),
        jurisdictions: jurisdiction_names(db, service.id).await?,
        status,
        fully_online: service.fully_online,
        start_url: service.start_url.clone(),
        cost: cost_of(
            &service.cost_kind,
            service.cost_amount_minor,
            service.cost_currency.as_deref(),
        ),
        processing: duration_of(
            service.processing_kind.as_deref(),
            service.processing_min,
            service.processing_max,
            service.processing_unit.as_deref(),
        ),
        processing_note: translations.text(OwnerKind::Service, service.id, FieldName::PROCESSING_NOTE),
        validity: duration_of(
            Some("up_to"),
            None,
            service.validity_amount,
            service.validity_unit.as_deref(),
        ),
        validity_note: translations.text(OwnerKind::Service, service.id, FieldName::VALIDITY_NOTE),
        eligibility_html: translations.text(OwnerKind::Service, service.id, FieldName::ELIGIBILITY),
        life_events: term_refs(&terms, "life_event", &translations),
        topics: term_refs(&terms, "topic", &translations),
        popular_names: names.popular_names,
        keywords: names.keywords,
        languages: languages(db, service.id).await?,
        steps: parts.steps(&translations),
        documents: parts.documents(None, &translations),
        costs: parts.costs(None, &translations),
        channels: parts.channels(None, &translations),
        legal_basis_html: translations.text(OwnerKind::Service, service.id, FieldName::LEGAL_BASIS),
        contact_html: translations.text(OwnerKind::Service, service.id, FieldName::CONTACT),
        last_verified_on: service.last_verified_on,
        updated_at: service.updated_at,
        replacement: replacement.map(|r| TermRef {
            label: translations.text_or_empty(OwnerKind::Service, r.id, FieldName::NAME),
            slug: r.slug,
        }),
    };
    Ok(Some(detail))
}

pub fn cost_of(kind: &str, amount: Option<i64>, currency: Option<&str>) -> Cost {
    match (kind, amount, currency) {
        ("free", _, _) => Cost::Free,
        ("fixed", Some(amount_minor), Some(currency)) => Cost::Fixed(Money {
            amount_minor,
            currency: currency.to_owned(),
        }),
        ("variable", _, _) => Cost::Variable,
        _ => Cost::Unknown,
    }
}

pub fn duration_of(
    kind: Option<&str>,
    min: Option<i32>,
    max: Option<i32>,
    unit: Option<&str>,
) -> Option<Duration> {
    let unit = unit.and_then(TimeUnit::from_code);
    let positive = |value: Option<i32>| value.and_then(|v| u32::try_from(v).ok());
    match (kind?, positive(min), positive(max), unit) {
        ("immediate", _, _, _) => Some(Duration::Immediate),
        ("between", Some(min), Some(max), Some(unit)) if min < max => {
            Some(Duration::Between { min, max, unit })
        }
        ("between" | "up_to", _, Some(max), Some(unit)) if max > 0 => Some(Duration::UpTo { max, unit }),
        ("average", _, Some(value), Some(unit)) if value > 0 => Some(Duration::Average { value, unit }),
        _ => None,
    }
}

async fn taxonomy_terms(
    db: &DatabaseConnection,
    service_id: i32,
) -> Result<Vec<taxonomy_term::Model>, DbErr> {
    taxonomy_term::Entity::find()
        .filter(
            taxonomy_term::Column::Id.in_subquery(
                Query::select()
                    .column(service_taxonomy::Column::TermId)
                    .from(service_taxonomy::Entity)
                    .and_where(Expr::col(service_taxonomy::Column::ServiceId).eq(service_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(taxonomy_term::Column::Position)
        .order_by_asc(taxonomy_term::Column::Slug)
        .all(db)
        .await
}

fn term_refs(terms: &[taxonomy_term::Model], kind: &str, translations: &Translations) -> Vec<TermRef> {
    terms
        .iter()
        .filter(|term| term.kind == kind)
        .map(|term| TermRef {
            slug: term.slug.clone(),
            label: translations.text_or_empty(OwnerKind::Term, term.id, FieldName::LABEL),
        })
        .collect()
}

async fn jurisdiction_names(db: &DatabaseConnection, service_id: i32) -> Result<Vec<String>, DbErr> {
    let rows = jurisdiction::Entity::find()
        .filter(
            jurisdiction::Column::Id.in_subquery(
                Query::select()
                    .column(service_jurisdiction::Column::JurisdictionId)
                    .from(service_jurisdiction::Entity)
                    .and_where(Expr::col(service_jurisdiction::Column::ServiceId).eq(service_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(jurisdiction::Column::Name)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| row.name).collect())
}

async fn languages(db: &DatabaseConnection, service_id: i32) -> Result<Vec<String>, DbErr> {
    let rows = service_language::Entity::find()
        .filter(service_language::Column::ServiceId.eq(service_id))
        .order_by_asc(service_language::Column::Language)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| row.language).collect())
}

/// Popular names and keywords in the first language of the chain that has any.
struct ServiceTerms {
    popular_names: Vec<String>,
    keywords: Vec<String>,
}

impl ServiceTerms {
    async fn load(db: &DatabaseConnection, service_id: i32, chain: &[Locale]) -> Result<Self, DbErr> {
        let rows = service_term::Entity::find()
            .filter(service_term::Column::ServiceId.eq(service_id))
            .order_by_asc(service_term::Column::Position)
            .all(db)
            .await?;
        let pick = |kind: &str| -> Vec<String> {
            chain
                .iter()
                .map(|locale| {
                    rows.iter()
                        .filter(|row| row.kind == kind && row.locale == locale.code())
                        .map(|row| row.term.clone())
                        .collect::<Vec<_>>()
                })
                .find(|terms| !terms.is_empty())
                .unwrap_or_default()
        };
        Ok(Self {
            popular_names: pick("popular_name"),
            keywords: pick("keyword"),
        })
    }
}
