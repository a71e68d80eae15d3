//! One row of totals per service: ratings from both channels (each channel's count kept), the
//! distribution, the plain and Bayesian averages, and "is this page useful?" answers. Recounted
//! from the ratings themselves inside the transaction that changes one, while that transaction
//! holds the row, so the totals always match the committed ratings.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Set, Unchanged};

use super::score::{PRIOR_MEAN, bayesian_average};
use crate::db::entities::{service_rating, service_rating_total, sms_rating};

fn empty(service_id: i32, now: DateTime<Utc>) -> service_rating_total::ActiveModel {
    service_rating_total::ActiveModel {
        service_id: Set(service_id),
        rating_count: Set(0),
        web_count: Set(0),
        sms_count: Set(0),
        stars_sum: Set(0),
        stars_1: Set(0),
        stars_2: Set(0),
        stars_3: Set(0),
        stars_4: Set(0),
        stars_5: Set(0),
        average: Set(None),
        bayesian_average: Set(PRIOR_MEAN),
        useful_yes: Set(0),
        useful_no: Set(0),
        updated_at: Set(now),
    }
}

/// Creates the service's totals row if needed and locks it until the transaction ends: an
/// upsert that always updates takes the row lock on PostgreSQL, and any write takes SQLite's
/// single writer lock. Ratings of one service are therefore recorded one at a time.
pub async fn hold(txn: &impl ConnectionTrait, service_id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    service_rating_total::Entity::insert(empty(service_id, now))
        .on_conflict(
            OnConflict::column(service_rating_total::Column::ServiceId)
                .update_column(service_rating_total::Column::UpdatedAt)
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// How many ratings gave 1…5 stars, from one channel's table.
async fn distribution<E, C>(
    txn: &impl ConnectionTrait,
    service_column: C,
    stars_column: C,
    service_id: i32,
) -> Result<[u64; 5], DbErr>
where
    E: EntityTrait<Column = C>,
    C: ColumnTrait,
{
    let rows: Vec<(i16, i64)> = E::find()
        .select_only()
        .column(stars_column)
        .column_as(Expr::col(stars_column).count(), "n")
        .filter(service_column.eq(service_id))
        .group_by(stars_column)
        .into_tuple()
        .all(txn)
        .await?;
    let mut counts = [0u64; 5];
    for (stars, n) in rows {
        if let Some(slot) = usize::try_from(stars - 1).ok().and_then(|i| counts.get_mut(i)) {
            *slot = u64::try_from(n).unwrap_or(0);
        }
    }
    Ok(counts)
}

/// Recounts the service's ratings from both channels into its (held) totals row.
pub async fn recount(txn: &impl ConnectionTrait, service_id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    let web = distribution::<service_rating::Entity, _>(
        txn,
        service_rating::Column::ServiceId,
        service_rating::Column::Stars,
        service_id,
    )
    .await?;
    let sms = distribution::<sms_rating::Entity, _>(
        txn,
        sms_rating::Column::ServiceId,
        sms_rating::Column::Stars,
        service_id,
    )
    .await?;
    let both: Vec<u64> = web.iter().zip(&sms).map(|(w, s)| w + s).collect();
    let count: u64 = both.iter().sum();
    let sum: u64 = both.iter().zip(1u64..).map(|(n, stars)| n * stars).sum();
    let int = |value: u64| i32::try_from(value).unwrap_or(i32::MAX);
    let at = |stars: usize| int(both.get(stars - 1).copied().unwrap_or(0));
    let average = if count > 0 {
        Some(sum as f64 / count as f64)
    } else {
        None
    };
    let row = service_rating_total::ActiveModel {
        service_id: Unchanged(service_id),
        rating_count: Set(int(count)),
        web_count: Set(int(web.iter().sum())),
        sms_count: Set(int(sms.iter().sum())),
        stars_sum: Set(int(sum)),
        stars_1: Set(at(1)),
        stars_2: Set(at(2)),
        stars_3: Set(at(3)),
        stars_4: Set(at(4)),
        stars_5: Set(at(5)),
        average: Set(average),
        bayesian_average: Set(bayesian_average(sum, count)),
        updated_at: Set(now),
        ..Default::default()
    };
    service_rating_total::Entity::update(row).exec(txn).await?;
    Ok(())
}

/// Counts one answer to "is this page useful?" in a single statement (no lock needed: it only
/// adds one, whatever else is happening to the row).
pub async fn count_useful(
    txn: &impl ConnectionTrait,
    service_id: i32,
    useful: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let column = if useful {
        service_rating_total::Column::UsefulYes
    } else {
        service_rating_total::Column::UsefulNo
    };
    let mut row = empty(service_id, now);
    if useful {
        row.useful_yes = Set(1);
    } else {
        row.useful_no = Set(1);
    }
    service_rating_total::Entity::insert(row)
        .on_conflict(
            OnConflict::column(service_rating_total::Column::ServiceId)
                .value(column, Expr::col((service_rating_total::Entity, column)).add(1))
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// The totals of one service, if it has any.
pub async fn of(
    db: &impl ConnectionTrait,
    service_id: i32,
) -> Result<Option<service_rating_total::Model>, DbErr> {
    service_rating_total::Entity::find()
        .filter(service_rating_total::Column::ServiceId.eq(service_id))
        .one(db)
        .await
}
