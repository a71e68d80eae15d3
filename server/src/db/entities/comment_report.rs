//! A citizen's report of a published comment: one per person per comment.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "comment_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub comment_id: i32,
    pub account_id: Option<i32>,
    /// spam | personal_data | offensive | other
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
