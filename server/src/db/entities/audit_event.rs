//! One line of the admin panel's audit log: inserted and read, never changed.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub occurred_at: DateTimeUtc,
    /// `None` for the system, or once the account is deleted.
    pub actor_account_id: Option<i32>,
    pub action: String,
    pub record_kind: String,
    pub record_id: Option<i32>,
    pub agency_id: Option<i32>,
    /// JSON; never holds a secret.
    #[sea_orm(column_type = "Text")]
    pub detail: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
