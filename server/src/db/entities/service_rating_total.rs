//! A service's ratings from every channel and its "is this page useful?" answers, counted.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "service_rating_totals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub service_id: i32,
    pub rating_count: i32,
    pub web_count: i32,
    pub sms_count: i32,
    pub stars_sum: i32,
    pub stars_1: i32,
    pub stars_2: i32,
    pub stars_3: i32,
    pub stars_4: i32,
    pub stars_5: i32,
    pub average: Option<f64>,
    pub bayesian_average: f64,
    pub useful_yes: i32,
    pub useful_no: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
