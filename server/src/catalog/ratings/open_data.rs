//! The per-service totals as open data: counts and averages only, never a single rating, a
//! comment or anything about who gave them. Drafts are left out.

use sea_orm::sea_query::{Expr, ExprTrait, Order, Query};
use sea_orm::{ConnectionTrait, DbErr, IdenStatic};
use serde::Serialize;

use crate::db::entities::{service, service_rating_total};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenDataRow {
    pub service: String,
    pub ratings: u64,
    pub web_ratings: u64,
    pub sms_ratings: u64,
    /// The plain mean; `None` with no ratings.
    pub average: Option<f64>,
    pub bayesian_average: f64,
    /// Ratings of 1, 2, 3, 4 and 5 stars.
    pub stars: [u64; 5],
    pub useful_yes: u64,
    pub useful_no: u64,
}

/// Three decimals are more than any reader needs and keep the files stable between runs.
fn rounded(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

pub async fn open_data(db: &impl ConnectionTrait) -> Result<Vec<OpenDataRow>, DbErr> {
    use service_rating_total::Column as T;
    let totals = service_rating_total::Entity;
    let mut select = Query::select();
    select.column((service::Entity, service::Column::Slug));
    for column in [
        T::RatingCount,
        T::WebCount,
        T::SmsCount,
        T::Average,
        T::BayesianAverage,
        T::Stars1,
        T::Stars2,
        T::Stars3,
        T::Stars4,
        T::Stars5,
        T::UsefulYes,
        T::UsefulNo,
    ] {
        select.column((totals, column));
    }
    select
        .from(totals)
        .inner_join(
            service::Entity,
            Expr::col((service::Entity, service::Column::Id)).equals((totals, T::ServiceId)),
        )
        .and_where(
            Expr::col((service::Entity, service::Column::Status))
                .is_in(crate::catalog::visible::PUBLIC_STATUSES),
        )
        .order_by((service::Entity, service::Column::Slug), Order::Asc);
    let rows = db.query_all(&select).await?;
    let count = |row: &sea_orm::QueryResult, column: T| -> Result<u64, DbErr> {
        let value: i32 = row.try_get("", column.as_str())?;
        Ok(u64::try_from(value).unwrap_or(0))
    };
    rows.iter()
        .map(|row| {
            Ok(OpenDataRow {
                service: row.try_get("", "slug")?,
                ratings: count(row, T::RatingCount)?,
                web_ratings: count(row, T::WebCount)?,
                sms_ratings: count(row, T::SmsCount)?,
                average: row.try_get::<Option<f64>>("", "average")?.map(rounded),
                bayesian_average: rounded(row.try_get("", "bayesian_average")?),
                stars: [
                    count(row, T::Stars1)?,
                    count(row, T::Stars2)?,
                    count(row, T::Stars3)?,
                    count(row, T::Stars4)?,
                    count(row, T::Stars5)?,
                ],
                useful_yes: count(row, T::UsefulYes)?,
                useful_no: count(row, T::UsefulNo)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::rounded;

    #[test]
    fn averages_keep_three_decimals() {
        assert_eq!(rounded(4.0 / 3.0), 1.333);
        assert_eq!(rounded(3.5), 3.5);
    }
}
