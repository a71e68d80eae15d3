//! Recording a rating, from the web (signed-in citizens) or by SMS (a phone's keyed hash): the
//! input checked first, then the rating and the service's totals written in one transaction that
//! holds the totals row. One rating per person per service: a new one replaces the old.

use app::model::RatingDimension;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, TransactionSession,
    TransactionTrait,
};

use super::{RatingError, totals};
use crate::catalog::visible::visible_service;
use crate::db::entities::{service, service_rating, sms_rating};

/// The rating form as posted: every field a string, as browsers send them.
#[derive(Clone, Copy, Debug, Default)]
pub struct RatingForm<'a> {
    /// The service's slug.
    pub service: &'a str,
    pub stars: &'a str,
    /// A [`RatingDimension`] code, or empty for none.
    pub dimension: &'a str,
}

/// The signed-in person rating, as the session knows them.
#[derive(Clone, Copy, Debug)]
pub struct WebRater {
    pub account_id: i32,
    pub staff: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recorded {
    New,
    /// This person had rated the service before: the old rating is gone.
    Replaced,
}

enum Rater<'a> {
    Account(i32),
    Phone(&'a str),
}

fn parse_stars(text: &str) -> Result<u8, RatingError> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|stars| (1..=5).contains(stars))
        .ok_or(RatingError::Stars)
}

fn parse_dimension(text: &str) -> Result<Option<RatingDimension>, RatingError> {
    let code = text.trim();
    if code.is_empty() {
        return Ok(None);
    }
    RatingDimension::from_code(code)
        .map(Some)
        .ok_or(RatingError::Dimension)
}

/// A published service: drafts are unknown, archived services are no longer rated.
fn rateable(found: Option<service::Model>) -> Result<service::Model, RatingError> {
    match found {
        None => Err(RatingError::UnknownService),
        Some(service) if service.status == "archived" => Err(RatingError::Archived),
        Some(service) => Ok(service),
    }
}

/// A rating from the web form. Checked in the order the page can explain: which service, who is
/// rating, then the stars and the dimension.
pub async fn rate_on_web<C>(
    db: &C,
    rater: Option<WebRater>,
    form: RatingForm<'_>,
    now: DateTime<Utc>,
) -> Result<Recorded, RatingError>
where
    C: ConnectionTrait + TransactionTrait,
{
    let slug = form.service.trim();
    if slug.is_empty() {
        return Err(RatingError::MissingService);
    }
    let service = rateable(visible_service(db, slug).await?)?;
    let rater = rater.ok_or(RatingError::SignedOut)?;
    if rater.staff {
        return Err(RatingError::Staff);
    }
    let stars = parse_stars(form.stars)?;
    let dimension = parse_dimension(form.dimension)?;
    Ok(record(
        db,
        service.id,
        Rater::Account(rater.account_id),
        stars,
        dimension,
        now,
    )
    .await?)
}

/// A rating sent by SMS for a service's short code (its id). Archived services are accepted:
/// the code was sent to the phone before, perhaps while the person was using the service.
pub async fn rate_by_phone<C>(
    db: &C,
    service_id: i32,
    phone_hash: &str,
    stars: u8,
    now: DateTime<Utc>,
) -> Result<Recorded, RatingError>
where
    C: ConnectionTrait + TransactionTrait,
{
    let found = service::Entity::find_by_id(service_id).one(db).await?;
    let service = found
        .filter(|s| crate::catalog::visible::is_public(&s.status))
        .ok_or(RatingError::UnknownService)?;
    if !(1..=5).contains(&stars) {
        return Err(RatingError::Stars);
    }
    Ok(record(db, service.id, Rater::Phone(phone_hash), stars, None, now).await?)
}

async fn record<C: TransactionTrait>(
    db: &C,
    service_id: i32,
    rater: Rater<'_>,
    stars: u8,
    dimension: Option<RatingDimension>,
    now: DateTime<Utc>,
) -> Result<Recorded, DbErr> {
    let txn = db.begin().await?;
    totals::hold(&txn, service_id, now).await?;
    let recorded = match rater {
        Rater::Account(account_id) => save_web(&txn, service_id, account_id, stars, dimension, now).await?,
        Rater::Phone(hash) => save_sms(&txn, service_id, hash, stars, now).await?,
    };
    totals::recount(&txn, service_id, now).await?;
    // The new Bayesian average moves the service in search: every instance's index re-reads it.
    crate::search::record_changes(&txn, &[service_id], now).await?;
    txn.commit().await?;
    Ok(recorded)
}

async fn save_web(
    txn: &impl ConnectionTrait,
    service_id: i32,
    account_id: i32,
    stars: u8,
    dimension: Option<RatingDimension>,
    now: DateTime<Utc>,
) -> Result<Recorded, DbErr> {
    let dimension = dimension.map(|d| d.code().to_owned());
    let existing = service_rating::Entity::find()
        .filter(service_rating::Column::ServiceId.eq(service_id))
        .filter(service_rating::Column::AccountId.eq(account_id))
        .one(txn)
        .await?;
    if let Some(existing) = existing {
        let mut row: service_rating::ActiveModel = existing.into();
        row.stars = Set(i16::from(stars));
        row.dimension = Set(dimension);
        row.updated_at = Set(now);
        row.update(txn).await?;
        return Ok(Recorded::Replaced);
    }
    let row = service_rating::ActiveModel {
        service_id: Set(service_id),
        account_id: Set(Some(account_id)),
        stars: Set(i16::from(stars)),
        dimension: Set(dimension),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    // The held totals row already makes this person's ratings take turns; the unique index
    // is the last word should anything write around it.
    service_rating::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                service_rating::Column::ServiceId,
                service_rating::Column::AccountId,
            ])
            .update_columns([
                service_rating::Column::Stars,
                service_rating::Column::Dimension,
                service_rating::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    Ok(Recorded::New)
}

async fn save_sms(
    txn: &impl ConnectionTrait,
    service_id: i32,
    phone_hash: &str,
    stars: u8,
    now: DateTime<Utc>,
) -> Result<Recorded, DbErr> {
    let existing = sms_rating::Entity::find()
        .filter(sms_rating::Column::ServiceId.eq(service_id))
        .filter(sms_rating::Column::PhoneHash.eq(phone_hash))
        .one(txn)
        .await?;
    let row = sms_rating::ActiveModel {
        service_id: Set(service_id),
        phone_hash: Set(phone_hash.to_owned()),
        stars: Set(i16::from(stars)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    sms_rating::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([sms_rating::Column::ServiceId, sms_rating::Column::PhoneHash])
                .update_columns([sms_rating::Column::Stars, sms_rating::Column::UpdatedAt])
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    Ok(if existing.is_some() {
        Recorded::Replaced
    } else {
        Recorded::New
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_are_whole_numbers_from_one_to_five() {
        for good in ["1", "3", " 5 "] {
            assert!(parse_stars(good).is_ok(), "{good}");
        }
        for bad in ["0", "6", "five", "", "3.5", "-1", "256"] {
            assert!(matches!(parse_stars(bad), Err(RatingError::Stars)), "{bad}");
        }
    }

    #[test]
    fn dimensions_are_optional_but_must_be_known() {
        assert_eq!(parse_dimension("").ok(), Some(None));
        assert_eq!(parse_dimension("ease").ok(), Some(Some(RatingDimension::Ease)));
        assert!(matches!(parse_dimension("speed"), Err(RatingError::Dimension)));
    }
}
