//! The list a phone was sent last (search results or places to choose from), for 30 minutes.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub phone_hash: String,
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub query: String,
    /// JSON array of ids.
    #[sea_orm(column_type = "Text")]
    pub results: String,
    pub list_offset: i32,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
