//! A public service: the facts that are the same in every language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "services")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    #[sea_orm(unique)]
    pub source_id: Option<String>,
    pub source_hash: Option<String>,
    pub agency_id: i32,
    pub level: String,
    pub status: String,
    pub fully_online: bool,
    pub start_url: Option<String>,
    pub cost_kind: String,
    pub cost_amount_minor: Option<i64>,
    pub cost_currency: Option<String>,
    pub processing_kind: Option<String>,
    pub processing_min: Option<i32>,
    pub processing_max: Option<i32>,
    pub processing_unit: Option<String>,
    pub validity_amount: Option<i32>,
    pub validity_unit: Option<String>,
    pub last_verified_on: Option<Date>,
    pub replacement_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    #[sea_orm(column_type = "Text")]
    pub search_name: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
