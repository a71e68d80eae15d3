//! When a channel or a service point is open, one weekday at a time.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "opening_hours")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub channel_id: Option<i32>,
    pub service_point_id: Option<i32>,
    pub weekday: i16,
    pub opens: String,
    pub closes: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
