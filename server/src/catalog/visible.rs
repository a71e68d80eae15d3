//! Which services people may see, shared by every citizen-facing read: published ones, and
//! archived ones (answered as "no longer offered"). Drafts and services in review are not
//! public. Ratings, "is this page useful?" and comments all start from `visible_service`.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::db::entities::service;

/// The `services.status` values citizens may see.
pub(crate) const PUBLIC_STATUSES: [&str; 2] = ["published", "archived"];

pub(crate) fn is_public(status: &str) -> bool {
    PUBLIC_STATUSES.contains(&status)
}

pub(crate) async fn visible_service(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<service::Model>, DbErr> {
    let found = service::Entity::find()
        .filter(service::Column::Slug.eq(slug))
        .one(db)
        .await?;
    Ok(found.filter(|service| is_public(&service.status)))
}
