//! A way to reach a service: web, office, phone, SMS, app, mail or e-mail.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "service_channels")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    pub step_id: Option<i32>,
    pub condition_id: Option<i32>,
    pub position: i32,
    pub kind: String,
    pub purpose: Option<String>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wait_minutes: Option<i32>,
    pub processing_min: Option<i32>,
    pub processing_max: Option<i32>,
    pub processing_unit: Option<String>,
    pub cost_kind: Option<String>,
    pub cost_amount_minor: Option<i64>,
    pub cost_currency: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
