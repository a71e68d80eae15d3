//! A moderator's decisions: approve a pending comment (it becomes public and the agency's answer
//! falls due), reject one with a reason (pending, or published and reported), or keep a reported
//! comment published. Only for comments on services of an agency the moderator answers for: any
//! other comment is answered as unknown, and the attempt logged.

use app::model::{CommentStatus, MAX_NOTE_CHARS, RejectionReason};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::text::clean;
use super::working_days::add_working_days;
use super::{MODERATORS, ModerationError};
use crate::auth::events;
use crate::auth::staff_access::StaffMember;
use crate::db::entities::{service, service_comment};

/// The comment and its service, when `staff` moderates the service's agency.
pub(super) async fn moderated_comment(
    db: &impl ConnectionTrait,
    staff: &StaffMember,
    comment_id: i32,
    action: &'static str,
) -> Result<(service_comment::Model, service::Model), ModerationError> {
    let comment = service_comment::Entity::find_by_id(comment_id)
        .one(db)
        .await?
        .ok_or(ModerationError::NotFound)?;
    let service = service::Entity::find_by_id(comment.service_id)
        .one(db)
        .await?
        .ok_or(ModerationError::NotFound)?;
    if !staff.holds_in(&MODERATORS, service.agency_id) {
        events::forbidden(Some(staff.account_id), action);
        return Err(ModerationError::NotFound);
    }
    Ok((comment, service))
}

fn status_is(status: CommentStatus) -> sea_orm::Condition {
    sea_orm::Condition::all().add(service_comment::Column::Status.eq(status.code()))
}

/// Publishes a pending comment; the agency's answer is due `answer_days` working days later.
/// The status is checked in the same statement that changes it: approving twice fails.
pub async fn approve(
    db: &impl ConnectionTrait,
    staff: &StaffMember,
    comment_id: i32,
    answer_days: u32,
    now: DateTime<Utc>,
) -> Result<(), ModerationError> {
    moderated_comment(db, staff, comment_id, "approve_comment").await?;
    let updated = service_comment::Entity::update_many()
        .col_expr(
            service_comment::Column::Status,
            Expr::value(CommentStatus::Published.code()),
        )
        .col_expr(service_comment::Column::PublishedAt, Expr::value(now))
        .col_expr(
            service_comment::Column::AnswerDueAt,
            Expr::value(add_working_days(now, answer_days)),
        )
        .col_expr(
            service_comment::Column::ModeratedBy,
            Expr::value(staff.account_id),
        )
        .col_expr(service_comment::Column::ModeratedAt, Expr::value(now))
        .filter(service_comment::Column::Id.eq(comment_id))
        .filter(status_is(CommentStatus::Pending))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(ModerationError::AlreadyModerated);
    }
    Ok(())
}

fn checked_note(note: &str) -> Result<Option<String>, ModerationError> {
    let note = clean(note);
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(ModerationError::NoteTooLong);
    }
    Ok((!note.is_empty()).then_some(note))
}

/// Rejects a pending comment, or takes a published one down; its reports count as seen.
pub async fn reject(
    db: &impl ConnectionTrait,
    staff: &StaffMember,
    comment_id: i32,
    reason: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<(), ModerationError> {
    moderated_comment(db, staff, comment_id, "reject_comment").await?;
    let reason = RejectionReason::from_code(reason.trim()).ok_or(ModerationError::Reason)?;
    let note = checked_note(note)?;
    let updated = service_comment::Entity::update_many()
        .col_expr(
            service_comment::Column::Status,
            Expr::value(CommentStatus::Rejected.code()),
        )
        .col_expr(
            service_comment::Column::RejectionReason,
            Expr::value(reason.code()),
        )
        .col_expr(service_comment::Column::RejectionNote, Expr::value(note))
        .col_expr(
            service_comment::Column::ModeratedBy,
            Expr::value(staff.account_id),
        )
        .col_expr(service_comment::Column::ModeratedAt, Expr::value(now))
        .col_expr(
            service_comment::Column::ReportsReviewed,
            Expr::col(service_comment::Column::ReportCount),
        )
        .filter(service_comment::Column::Id.eq(comment_id))
        .filter(
            sea_orm::Condition::any()
                .add(status_is(CommentStatus::Pending))
                .add(status_is(CommentStatus::Published)),
        )
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(ModerationError::AlreadyModerated);
    }
    Ok(())
}

/// Keeps a reported comment published: its reports so far count as seen, and only new ones
/// bring it back to the queue.
pub async fn keep(
    db: &impl ConnectionTrait,
    staff: &StaffMember,
    comment_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ModerationError> {
    moderated_comment(db, staff, comment_id, "keep_comment").await?;
    let updated = service_comment::Entity::update_many()
        .col_expr(
            service_comment::Column::ReportsReviewed,
            Expr::col(service_comment::Column::ReportCount),
        )
        .col_expr(
            service_comment::Column::ModeratedBy,
            Expr::value(staff.account_id),
        )
        .col_expr(service_comment::Column::ModeratedAt, Expr::value(now))
        .filter(service_comment::Column::Id.eq(comment_id))
        .filter(status_is(CommentStatus::Published))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(ModerationError::NotPublished);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_optional_and_bounded() {
        assert_eq!(checked_note("  ").ok(), Some(None));
        assert_eq!(
            checked_note(" spam link ").ok(),
            Some(Some("spam link".to_owned()))
        );
        assert!(matches!(
            checked_note(&"x".repeat(MAX_NOTE_CHARS + 1)),
            Err(ModerationError::NoteTooLong)
        ));
    }
}
