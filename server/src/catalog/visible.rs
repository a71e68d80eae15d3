//! The service a citizen's form names by slug, when people may see it (not a draft): ratings,
//! "is this page useful?" and comments all start here.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::db::entities::service;

pub(crate) async fn visible_service(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<service::Model>, DbErr> {
    let found = service::Entity::find()
        .filter(service::Column::Slug.eq(slug))
        .one(db)
        .await?;
    Ok(found.filter(|service| service.status != "draft"))
}
