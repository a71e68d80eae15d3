//! One SMS reply waiting to be sent, being sent, or what became of it: the outbox the sender
//! workers claim from. The destination number is cleared once nothing more will be sent.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub gateway: String,
    pub idempotency_key: String,
    pub reference: String,
    pub destination: Option<String>,
    pub phone_hash: String,
    pub locale: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub coding: String,
    pub segments: i32,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub lease_until: Option<DateTimeUtc>,
    pub gateway_message_id: Option<String>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    pub reported_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
