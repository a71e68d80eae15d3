//! The owning agency's official answer to a published comment. Staff write in their own name
//! and the agency's: the answer is shown as the agency's, and the first one stops the clock.

use app::model::{CommentStatus, MAX_ANSWER_CHARS};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, TransactionSession, TransactionTrait};

use super::ModerationError;
use super::moderation::moderated_comment;
use super::text::clean;
use crate::auth::staff_access::StaffMember;
use crate::db::entities::{comment_reply, service_comment};

fn checked_answer(text: &str) -> Result<String, ModerationError> {
    let answer = clean(text);
    if answer.is_empty() {
        return Err(ModerationError::AnswerEmpty);
    }
    if answer.chars().count() > MAX_ANSWER_CHARS {
        return Err(ModerationError::AnswerTooLong);
    }
    Ok(answer)
}

/// Adds the agency's answer; `first_answer_at` is set by the first answer only, in the same
/// transaction.
pub async fn answer<C: TransactionTrait + sea_orm::ConnectionTrait>(
    db: &C,
    staff: &StaffMember,
    comment_id: i32,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(), ModerationError> {
    let (comment, service) = moderated_comment(db, staff, comment_id, "answer_comment").await?;
    if comment.status != CommentStatus::Published.code() {
        return Err(ModerationError::NotPublished);
    }
    let body = checked_answer(text)?;
    let txn = db.begin().await?;
    comment_reply::Entity::insert(comment_reply::ActiveModel {
        comment_id: Set(comment.id),
        agency_id: Set(service.agency_id),
        account_id: Set(Some(staff.account_id)),
        body: Set(body),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    service_comment::Entity::update_many()
        .col_expr(service_comment::Column::FirstAnswerAt, Expr::value(now))
        .filter(service_comment::Column::Id.eq(comment.id))
        .filter(service_comment::Column::FirstAnswerAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_needed_and_bounded() {
        assert!(matches!(
            checked_answer(" \r\n "),
            Err(ModerationError::AnswerEmpty)
        ));
        assert!(checked_answer(&"é".repeat(MAX_ANSWER_CHARS)).is_ok());
        assert!(matches!(
            checked_answer(&"é".repeat(MAX_ANSWER_CHARS + 1)),
            Err(ModerationError::AnswerTooLong)
        ));
    }
}
