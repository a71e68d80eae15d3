//! An agency's official answer to a published comment.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "comment_replies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub comment_id: i32,
    pub agency_id: i32,
    pub account_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
