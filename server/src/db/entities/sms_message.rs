//! One SMS in or out: the log behind statistics; for inbound messages the reply given, so that a
//! gateway retrying a webhook gets the same answer; for outbound ones what the delivery report said.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub gateway: String,
    pub gateway_message_id: Option<String>,
    pub direction: String,
    pub phone_hash: String,
    pub locale: Option<String>,
    pub text_chars: i32,
    pub segments: i32,
    pub coding: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub reply_text: Option<String>,
    pub created_at: DateTimeUtc,
    /// Outbound only: the reference the gateway's delivery report carries.
    pub delivery_ref: Option<String>,
    /// Outbound only: delivered | failed | accepted, once a delivery report said so.
    pub delivery_status: Option<String>,
    pub delivery_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
