//! A service point a channel sends people to.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "channel_service_points")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub channel_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub service_point_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
