//! A reader's report of a published comment: signed in, with a reason, once per person per
//! comment. Each report counts on the comment, and reports no moderator has seen bring it back
//! to the moderation queue.

use app::model::{CommentStatus, ReportReason};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set, SqlErr, TransactionSession,
    TransactionTrait,
};

use super::ReportError;
use crate::db::entities::{comment_report, service, service_comment};

/// Records the report; answers the slug of the comment's service, to go back to.
pub async fn report<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    reporter: Option<i32>,
    comment_id: i32,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<String, ReportError> {
    let comment = service_comment::Entity::find_by_id(comment_id)
        .one(db)
        .await?
        .filter(|c| c.status == CommentStatus::Published.code())
        .ok_or(ReportError::NotFound)?;
    let service = service::Entity::find_by_id(comment.service_id)
        .one(db)
        .await?
        .ok_or(ReportError::NotFound)?;
    let account_id = reporter.ok_or(ReportError::SignedOut)?;
    let reason = ReportReason::from_code(reason.trim()).ok_or(ReportError::Reason)?;
    let txn = db.begin().await?;
    let earlier = comment_report::Entity::find()
        .filter(comment_report::Column::CommentId.eq(comment.id))
        .filter(comment_report::Column::AccountId.eq(account_id))
        .count(&txn)
        .await?;
    if earlier > 0 {
        return Err(ReportError::AlreadyReported);
    }
    let inserted = comment_report::Entity::insert(comment_report::ActiveModel {
        comment_id: Set(comment.id),
        account_id: Set(Some(account_id)),
        reason: Set(reason.code().to_owned()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await;
    // Two reports sent at once: the unique index lets one through.
    if let Err(error) = inserted {
        return Err(match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => ReportError::AlreadyReported,
            _ => ReportError::Database(error),
        });
    }
    service_comment::Entity::update_many()
        .col_expr(
            service_comment::Column::ReportCount,
            Expr::col(service_comment::Column::ReportCount).add(1),
        )
        .filter(service_comment::Column::Id.eq(comment.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(service.slug)
}
