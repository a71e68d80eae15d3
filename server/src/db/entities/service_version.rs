//! One saved state of a service's editable content (see `editorial::snapshot`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "service_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    pub version: i32,
    /// JSON of `editorial::ServiceSnapshot`.
    #[sea_orm(column_type = "Text")]
    pub snapshot: String,
    /// `None` once the author's account is deleted.
    pub author_account_id: Option<i32>,
    pub created_at: DateTimeUtc,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    /// When this version went live.
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
