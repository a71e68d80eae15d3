//! The moderation queue of one moderator: comments on the services of the agencies they answer
//! for (every agency for a platform administrator), in three lists: waiting for a decision,
//! published and not answered yet, answered lately.

use std::collections::HashMap;

use app::locale::Locale;
use app::model::{AgencyAnswer, CommentStatus, HeldReason, ModerationQueue, QueueComment};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::MODERATORS;
use super::working_days::working_days_between;
use crate::auth::staff_access::StaffMember;
use crate::catalog::translations::{Translations, fallback_chain};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{comment_reply, service, service_comment};

/// Longest list shown; the oldest come first, so nothing waits unseen for long.
const LIST_LIMIT: u64 = 100;
const ANSWERED_LIMIT: u64 = 20;

fn status_is(status: CommentStatus) -> Condition {
    Condition::all().add(service_comment::Column::Status.eq(status.code()))
}

/// Comments on services of the moderator's agencies.
fn in_scope(staff: &StaffMember) -> Condition {
    if staff.is_platform_admin() {
        return Condition::all();
    }
    let services = Query::select()
        .column(service::Column::Id)
        .from(service::Entity)
        .and_where(Expr::col(service::Column::AgencyId).is_in(staff.agencies_with(&MODERATORS)))
        .to_owned();
    Condition::all().add(service_comment::Column::ServiceId.in_subquery(services))
}

pub async fn queue(
    db: &DatabaseConnection,
    staff: &StaffMember,
    locale: Locale,
    target_days: u32,
    now: DateTime<Utc>,
) -> Result<ModerationQueue, DbErr> {
    let reported_again = Condition::all().add(status_is(CommentStatus::Published)).add(
        Expr::col(service_comment::Column::ReportCount)
            .gt(Expr::col(service_comment::Column::ReportsReviewed)),
    );
    let to_review = service_comment::Entity::find()
        .filter(in_scope(staff))
        .filter(
            Condition::any()
                .add(status_is(CommentStatus::Pending))
                .add(reported_again),
        )
        .order_by_asc(service_comment::Column::CreatedAt)
        .order_by_asc(service_comment::Column::Id)
        .limit(LIST_LIMIT)
        .all(db)
        .await?;
    let awaiting = service_comment::Entity::find()
        .filter(in_scope(staff))
        .filter(status_is(CommentStatus::Published))
        .filter(service_comment::Column::FirstAnswerAt.is_null())
        .order_by_asc(service_comment::Column::AnswerDueAt)
        .order_by_asc(service_comment::Column::Id)
        .limit(LIST_LIMIT)
        .all(db)
        .await?;
    let answered = service_comment::Entity::find()
        .filter(in_scope(staff))
        .filter(status_is(CommentStatus::Published))
        .filter(service_comment::Column::FirstAnswerAt.is_not_null())
        .order_by_desc(service_comment::Column::FirstAnswerAt)
        .limit(ANSWERED_LIMIT)
        .all(db)
        .await?;
    let all: Vec<&service_comment::Model> = to_review.iter().chain(&awaiting).chain(&answered).collect();
    let details = Details::load(db, locale, &all).await?;
    Ok(ModerationQueue {
        to_review: to_review.iter().map(|c| details.view(c)).collect(),
        awaiting_answer: awaiting.iter().map(|c| details.view(c)).collect(),
        answered: answered.iter().map(|c| details.view(c)).collect(),
        target_days,
        now,
    })
}

/// Services, their names and the answers of the comments listed, each loaded in one query.
struct Details {
    services: HashMap<i32, service::Model>,
    names: Translations,
    answers: HashMap<i32, Vec<AgencyAnswer>>,
}

impl Details {
    async fn load(
        db: &DatabaseConnection,
        locale: Locale,
        comments: &[&service_comment::Model],
    ) -> Result<Self, DbErr> {
        let service_ids: Vec<i32> = comments.iter().map(|c| c.service_id).collect();
        let services: HashMap<i32, service::Model> = service::Entity::find()
            .filter(service::Column::Id.is_in(service_ids.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        let agency_ids: Vec<i32> = services.values().map(|s| s.agency_id).collect();
        let chain = fallback_chain(db, locale).await?;
        let names = Translations::load(
            db,
            &chain,
            &[(OwnerKind::Service, service_ids), (OwnerKind::Agency, agency_ids)],
        )
        .await?;
        let answers = answers_of(db, comments.iter().map(|c| c.id).collect()).await?;
        Ok(Details {
            services,
            names,
            answers,
        })
    }

    fn view(&self, comment: &service_comment::Model) -> QueueComment {
        let service = self.services.get(&comment.service_id);
        let count = |n: i32| u32::try_from(n).unwrap_or(0);
        QueueComment {
            id: comment.id,
            service_slug: service.map(|s| s.slug.clone()).unwrap_or_default(),
            service_name: self
                .names
                .text_or_empty(OwnerKind::Service, comment.service_id, FieldName::NAME),
            agency_name: self.names.text_or_empty(
                OwnerKind::Agency,
                service.map(|s| s.agency_id).unwrap_or_default(),
                FieldName::NAME,
            ),
            body: comment.body.clone(),
            lang: Locale::from_code(&comment.locale).unwrap_or(Locale::DEFAULT),
            status: CommentStatus::from_code(&comment.status).unwrap_or(CommentStatus::Pending),
            created: comment.created_at,
            masked_count: count(comment.masked_count),
            held: comment.held_reason.as_deref().and_then(HeldReason::from_code),
            report_count: count(comment.report_count),
            new_reports: count(comment.report_count - comment.reports_reviewed),
            published: comment.published_at,
            answer_due: comment.answer_due_at,
            first_answer: comment.first_answer_at,
            answer_working_days: comment
                .published_at
                .zip(comment.first_answer_at)
                .map(|(published, answered)| working_days_between(published, answered)),
            answers: self.answers.get(&comment.id).cloned().unwrap_or_default(),
        }
    }
}

/// The answers to these comments, oldest first, by comment.
pub(super) async fn answers_of(
    db: &DatabaseConnection,
    ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<AgencyAnswer>>, DbErr> {
    let mut answers: HashMap<i32, Vec<AgencyAnswer>> = HashMap::new();
    if ids.is_empty() {
        return Ok(answers);
    }
    let rows = comment_reply::Entity::find()
        .filter(comment_reply::Column::CommentId.is_in(ids))
        .order_by_asc(comment_reply::Column::CreatedAt)
        .order_by_asc(comment_reply::Column::Id)
        .all(db)
        .await?;
    for row in rows {
        answers.entry(row.comment_id).or_default().push(AgencyAnswer {
            body: row.body,
            answered: row.created_at,
        });
    }
    Ok(answers)
}
