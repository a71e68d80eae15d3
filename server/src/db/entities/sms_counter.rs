//! A fixed-window counter shared by every instance: inbound messages per phone per minute,
//! requests to a gateway per second.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_counters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub counter_key: String,
    pub window_start: i64,
    pub hits: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
