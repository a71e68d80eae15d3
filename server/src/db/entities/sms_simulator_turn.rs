//! One message a staff member typed into the SMS simulator and the reply it got.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_simulator_turns")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    pub gateway: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub sent: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub reply: Option<String>,
    pub reply_locale: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
