//! What the pages read about ratings: a service's totals with the reader's own rating, and the
//! average and count of a page of search results in one query.

use std::collections::HashMap;

use app::accounts::SessionHandle;
use app::catalog::CatalogError;
use app::model::{OwnRating, RatingBrief, RatingDimension, RatingSummary};
use app::ratings::Ratings;
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::totals;
use crate::auth::sessions;
use crate::db::entities::{service, service_rating, service_rating_total};

pub struct SqlRatings {
    db: DatabaseConnection,
}

impl SqlRatings {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn unavailable(error: DbErr) -> CatalogError {
    tracing::error!(%error, "cannot read ratings");
    CatalogError::Unavailable
}

fn count(value: i32) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn summary_of(row: Option<service_rating_total::Model>) -> RatingSummary {
    let Some(row) = row else {
        return RatingSummary::default();
    };
    RatingSummary {
        count: count(row.rating_count),
        web_count: count(row.web_count),
        sms_count: count(row.sms_count),
        average: row.average.filter(|_| row.rating_count > 0),
        distribution: [row.stars_1, row.stars_2, row.stars_3, row.stars_4, row.stars_5].map(count),
        mine: None,
    }
}

impl SqlRatings {
    async fn own_rating(&self, service_id: i32, session: &SessionHandle) -> Result<Option<OwnRating>, DbErr> {
        let Some((_, account)) = sessions::find(&self.db, &session.0, Utc::now()).await? else {
            return Ok(None);
        };
        let found = service_rating::Entity::find()
            .filter(service_rating::Column::ServiceId.eq(service_id))
            .filter(service_rating::Column::AccountId.eq(account.id))
            .one(&self.db)
            .await?;
        Ok(found.and_then(|row| {
            Some(OwnRating {
                stars: u8::try_from(row.stars).ok()?,
                dimension: row.dimension.as_deref().and_then(RatingDimension::from_code),
            })
        }))
    }
}

#[async_trait::async_trait]
impl Ratings for SqlRatings {
    async fn summary(
        &self,
        service_id: i32,
        session: Option<&SessionHandle>,
    ) -> Result<RatingSummary, CatalogError> {
        let row = totals::of(&self.db, service_id).await.map_err(unavailable)?;
        let mut summary = summary_of(row);
        if let Some(session) = session {
            summary.mine = self.own_rating(service_id, session).await.map_err(unavailable)?;
        }
        Ok(summary)
    }

    async fn briefs(&self, slugs: &[String]) -> Result<HashMap<String, RatingBrief>, CatalogError> {
        if slugs.is_empty() {
            return Ok(HashMap::new());
        }
        let select = Query::select()
            .column((service::Entity, service::Column::Slug))
            .column((
                service_rating_total::Entity,
                service_rating_total::Column::Average,
            ))
            .column((
                service_rating_total::Entity,
                service_rating_total::Column::RatingCount,
            ))
            .from(service_rating_total::Entity)
            .inner_join(
                service::Entity,
                Expr::col((service::Entity, service::Column::Id)).equals((
                    service_rating_total::Entity,
                    service_rating_total::Column::ServiceId,
                )),
            )
            .and_where(Expr::col((service::Entity, service::Column::Slug)).is_in(slugs.iter().cloned()))
            .and_where(
                Expr::col((
                    service_rating_total::Entity,
                    service_rating_total::Column::RatingCount,
                ))
                .gt(0),
            )
            .to_owned();
        let rows = sea_orm::ConnectionTrait::query_all(&self.db, &select)
            .await
            .map_err(unavailable)?;
        let mut briefs = HashMap::new();
        for row in rows {
            let slug: String = row.try_get("", "slug").map_err(unavailable)?;
            let average: Option<f64> = row.try_get("", "average").map_err(unavailable)?;
            let ratings: i32 = row.try_get("", "rating_count").map_err(unavailable)?;
            if let Some(average) = average {
                briefs.insert(
                    slug,
                    RatingBrief {
                        average,
                        count: count(ratings),
                    },
                );
            }
        }
        Ok(briefs)
    }
}
