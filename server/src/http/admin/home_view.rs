//! The agency home's data: counts by status, services due for verification and waiting for
//! review, the latest audit rows, and one page of the agency's services. A member sees an
//! agency they hold a role in (asking for another is refused and logged, like any editorial
//! refusal); a platform administrator sees every agency, or one.

use app::admin::editorial::{AgencyChoice, HomeQuery, PAGE_SIZE, ServiceLine, ServicesHome, StatusCounts};
use app::catalog::CatalogError;
use app::locale::Locale;
use chrono::{Months, Utc};
use sea_orm::sea_query::Condition;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};

use super::editorial_view::{audit_lines, found, names, unavailable};
use crate::db::entities::{agency, service};
use crate::editorial::access::{Action, authorize_agency};
use crate::editorial::audit::{self, AuditFilter};
use crate::editorial::{Actor, Status, may};

/// How many services each short list (due, waiting) shows.
const SHORT_LIST: u64 = 10;
/// Audit rows under "recent activity".
const RECENT: u64 = 10;

/// The agencies a member may pick (a platform administrator: all of them), with names.
pub(super) async fn agency_choices(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    action: Action,
) -> Result<Vec<AgencyChoice>, DbErr> {
    let mut ids: Vec<i32> = if actor.is_platform_admin() {
        agency::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect()
    } else {
        actor
            .grants
            .iter()
            .filter_map(|g| g.agency)
            .filter(|a| may(&actor.grants, action, *a))
            .collect()
    };
    ids.sort_unstable();
    ids.dedup();
    let named = names(db, locale, "agency", &ids).await?;
    let mut choices: Vec<AgencyChoice> = ids
        .into_iter()
        .filter_map(|id| {
            named.get(&id).map(|name| AgencyChoice {
                id,
                name: name.clone(),
            })
        })
        .collect();
    choices.sort_by(|a, b| a.name.value.cmp(&b.name.value));
    Ok(choices)
}

fn in_agency(agency: Option<i32>) -> Select<service::Entity> {
    match agency {
        Some(id) => service::Entity::find().filter(service::Column::AgencyId.eq(id)),
        None => service::Entity::find(),
    }
}

async fn lines(
    db: &DatabaseConnection,
    locale: Locale,
    rows: Vec<service::Model>,
) -> Result<Vec<ServiceLine>, DbErr> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let named = names(db, locale, "service", &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| ServiceLine {
            id: row.id,
            name: named.get(&row.id).cloned(),
            slug: row.slug,
            status: row.status,
            last_verified: row.last_verified_on,
        })
        .collect())
}

pub(super) async fn home(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    query: HomeQuery,
) -> Result<Option<ServicesHome>, CatalogError> {
    let now = Utc::now();
    let agency = match query.agency {
        Some(id) => {
            if found(authorize_agency(db, actor, Action::ReadVersions, id, now).await)?.is_none() {
                return Ok(None);
            }
            Some(id)
        }
        None if actor.is_platform_admin() => None,
        None => match actor.grants.iter().filter_map(|g| g.agency).min() {
            Some(id) => Some(id),
            None => return Ok(None),
        },
    };
    let recent =
        if agency.is_some_and(|a| may(&actor.grants, Action::ReadAudit, a)) || actor.is_platform_admin() {
            let filter = AuditFilter {
                agency,
                limit: Some(RECENT),
                ..Default::default()
            };
            let rows = found(audit::list(db, actor, &filter).await)?.unwrap_or_default();
            Some(audit_lines(db, rows).await.map_err(unavailable)?)
        } else {
            None
        };
    read(db, locale, actor, agency, query.page, recent)
        .await
        .map(Some)
        .map_err(unavailable)
}

async fn read(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    agency: Option<i32>,
    page: u64,
    recent: Option<Vec<app::admin::editorial::AuditLine>>,
) -> Result<ServicesHome, DbErr> {
    let count = |status: Status| {
        in_agency(agency)
            .filter(service::Column::Status.eq(status.code()))
            .count(db)
    };
    let counts = StatusCounts {
        draft: count(Status::Draft).await?,
        in_review: count(Status::InReview).await?,
        published: count(Status::Published).await?,
        archived: count(Status::Archived).await?,
    };
    let today = Utc::now().date_naive();
    let mut due = in_agency(agency).filter(service::Column::Status.ne(Status::Archived.code()));
    if let Some(cutoff) = today.checked_sub_months(Months::new(12)) {
        due = due.filter(
            Condition::any()
                .add(service::Column::LastVerifiedOn.is_null())
                .add(service::Column::LastVerifiedOn.lte(cutoff)),
        );
    }
    let due_total = due.clone().count(db).await?;
    let due_rows = due
        .order_by_asc(service::Column::LastVerifiedOn)
        .order_by_asc(service::Column::Id)
        .limit(SHORT_LIST)
        .all(db)
        .await?;
    let waiting_rows = in_agency(agency)
        .filter(service::Column::Status.eq(Status::InReview.code()))
        .order_by_asc(service::Column::UpdatedAt)
        .limit(SHORT_LIST)
        .all(db)
        .await?;
    let paginator = in_agency(agency)
        .order_by_asc(service::Column::Slug)
        .paginate(db, PAGE_SIZE);
    let pages = paginator.num_pages().await?;
    let page = page.clamp(1, pages.max(1));
    let page_rows = paginator.fetch_page(page - 1).await?;
    Ok(ServicesHome {
        agencies: agency_choices(db, locale, actor, Action::ReadVersions).await?,
        agency,
        all_allowed: actor.is_platform_admin(),
        counts,
        due: lines(db, locale, due_rows).await?,
        due_total,
        waiting: lines(db, locale, waiting_rows).await?,
        recent,
        services: lines(db, locale, page_rows).await?,
        page,
        pages,
    })
}
