//! What the pages read about comments: a page of a service's published comments with their
//! answers, the comment form's stamp, and the moderation queue of whoever is signed in.

use std::sync::Arc;

use app::accounts::SessionHandle;
use app::catalog::CatalogError;
use app::comments::Comments;
use app::locale::Locale;
use app::model::{COMMENTS_PER_PAGE, CommentStatus, CommentsPage, PublicComment, QueueAccess};
use chrono::Utc;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::queue::{answers_of, queue};
use super::{MODERATORS, form_stamp};
use crate::auth::accounts::Current;
use crate::auth::sessions;
use crate::auth::staff_access::{self, Access};
use crate::db::entities::service_comment;

pub struct SqlComments {
    db: DatabaseConnection,
    secret: Arc<Vec<u8>>,
    answer_days: u32,
}

impl SqlComments {
    pub fn new(db: DatabaseConnection, secret: Arc<Vec<u8>>, answer_days: u32) -> Self {
        Self {
            db,
            secret,
            answer_days,
        }
    }

    async fn published_page(&self, service_id: i32, page: u32) -> Result<CommentsPage, DbErr> {
        let published = || {
            service_comment::Entity::find()
                .filter(service_comment::Column::ServiceId.eq(service_id))
                .filter(service_comment::Column::Status.eq(CommentStatus::Published.code()))
        };
        let total = published().count(&self.db).await?;
        let last_page = u32::try_from(total.div_ceil(COMMENTS_PER_PAGE).max(1)).unwrap_or(u32::MAX);
        let page = page.clamp(1, last_page);
        let rows = published()
            .order_by_desc(service_comment::Column::PublishedAt)
            .order_by_desc(service_comment::Column::Id)
            .offset(u64::from(page - 1) * COMMENTS_PER_PAGE)
            .limit(COMMENTS_PER_PAGE)
            .all(&self.db)
            .await?;
        let mut answers = answers_of(&self.db, rows.iter().map(|c| c.id).collect()).await?;
        let comments = rows
            .into_iter()
            .map(|row| PublicComment {
                id: row.id,
                lang: Locale::from_code(&row.locale).unwrap_or(Locale::DEFAULT),
                published: row.published_at.unwrap_or(row.created_at),
                answers: answers.remove(&row.id).unwrap_or_default(),
                body: row.body,
            })
            .collect();
        Ok(CommentsPage {
            total,
            page,
            last_page,
            comments,
        })
    }

    async fn access(&self, locale: Locale, session: Option<&SessionHandle>) -> Result<QueueAccess, DbErr> {
        let now = Utc::now();
        let current = match session {
            Some(handle) => sessions::find(&self.db, &handle.0, now)
                .await?
                .map(|(session, account)| Current {
                    session,
                    account,
                    token: handle.0.clone(),
                }),
            None => None,
        };
        let staff = match staff_access::access(&self.db, current.as_ref()).await? {
            Access::SignedOut => return Ok(QueueAccess::SignedOut),
            Access::NotStaff => return Ok(QueueAccess::NotFound),
            Access::Staff(staff) => staff,
        };
        if !staff.is_platform_admin() && staff.agencies_with(&MODERATORS).is_empty() {
            return Ok(QueueAccess::NotFound);
        }
        Ok(QueueAccess::Queue(
            queue(&self.db, &staff, locale, self.answer_days, now).await?,
        ))
    }
}

fn unavailable(error: DbErr) -> CatalogError {
    tracing::error!(%error, "cannot read comments");
    CatalogError::Unavailable
}

#[async_trait::async_trait]
impl Comments for SqlComments {
    async fn page(&self, service_id: i32, page: u32) -> Result<CommentsPage, CatalogError> {
        self.published_page(service_id, page).await.map_err(unavailable)
    }

    fn form_stamp(&self, service_id: i32) -> String {
        form_stamp::stamp(&self.secret, service_id, Utc::now())
    }

    async fn queue(
        &self,
        locale: Locale,
        session: Option<&SessionHandle>,
    ) -> Result<QueueAccess, CatalogError> {
        self.access(locale, session).await.map_err(unavailable)
    }
}
