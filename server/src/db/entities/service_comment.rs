//! A citizen's public comment on a service: masked before storage, public once approved.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "service_comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    /// `None` once the account is deleted: the comment stays, unlinked.
    pub account_id: Option<i32>,
    pub locale: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub masked_count: i32,
    pub body_hash: String,
    /// pending | published | rejected
    pub status: String,
    /// links | repeated: why the anti-spam rules flagged it for the moderator.
    pub held_reason: Option<String>,
    /// spam | personal_data | offensive | off_topic | other
    pub rejection_reason: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub rejection_note: Option<String>,
    pub moderated_by: Option<i32>,
    pub moderated_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    pub answer_due_at: Option<DateTimeUtc>,
    pub first_answer_at: Option<DateTimeUtc>,
    pub report_count: i32,
    /// Reports a moderator has looked at; more than this brings the comment back to the queue.
    pub reports_reviewed: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
