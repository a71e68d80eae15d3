//! What the SMS conversation keeps per phone (language, municipality, opt-out, the list sent
//! last) and the ratings it records, plus the two id lookups the catalogue trait does not offer
//! (short codes are service ids; the web addresses services by slug). Phones are keyed hashes.

use app::locale::Locale;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, TransactionTrait};

use crate::catalog::ratings::{RatingError, rate_by_phone};
use crate::db::entities::{jurisdiction, service, sms_phone, sms_session};

/// How long a list stays answerable by number or MAS.
pub const SESSION_MINUTES: i64 = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Phone {
    pub locale: Option<Locale>,
    pub place_id: Option<i32>,
    pub opted_out: bool,
}

pub async fn phone(db: &impl ConnectionTrait, hash: &str) -> Result<Option<Phone>, DbErr> {
    let found = sms_phone::Entity::find()
        .filter(sms_phone::Column::PhoneHash.eq(hash))
        .one(db)
        .await?;
    Ok(found.map(|row| Phone {
        locale: row.locale.as_deref().and_then(Locale::from_code),
        place_id: row.place_id,
        opted_out: row.opted_out,
    }))
}

/// Inserts or replaces the phone's preferences in one statement, so two messages from the same
/// phone arriving together cannot both insert.
pub async fn save_phone(
    db: &impl ConnectionTrait,
    hash: &str,
    phone: &Phone,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = sms_phone::ActiveModel {
        phone_hash: Set(hash.to_owned()),
        locale: Set(phone.locale.map(|l| l.code().to_owned())),
        place_id: Set(phone.place_id),
        opted_out: Set(phone.opted_out),
        updated_at: Set(now),
        ..Default::default()
    };
    sms_phone::Entity::insert(row)
        .on_conflict(
            OnConflict::column(sms_phone::Column::PhoneHash)
                .update_columns([
                    sms_phone::Column::Locale,
                    sms_phone::Column::PlaceId,
                    sms_phone::Column::OptedOut,
                    sms_phone::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Services,
    Places,
}

impl ListKind {
    fn code(self) -> &'static str {
        match self {
            ListKind::Services => "services",
            ListKind::Places => "places",
        }
    }
}

/// The numbered list a phone was sent last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    pub kind: ListKind,
    /// The search it came from (services only), asked again for the next page.
    pub query: String,
    /// Ids of the entries shown, in the order numbered.
    pub ids: Vec<i32>,
    /// Position of the first entry shown among all results.
    pub offset: u32,
}

pub async fn list(db: &impl ConnectionTrait, hash: &str, now: DateTime<Utc>) -> Result<Option<List>, DbErr> {
    let found = sms_session::Entity::find()
        .filter(sms_session::Column::PhoneHash.eq(hash))
        .filter(sms_session::Column::ExpiresAt.gt(now))
        .one(db)
        .await?;
    Ok(found.map(|row| List {
        kind: if row.kind == ListKind::Places.code() {
            ListKind::Places
        } else {
            ListKind::Services
        },
        query: row.query,
        // Written only by `save_list`; a row that does not parse is treated as an empty list.
        ids: serde_json::from_str(&row.results).unwrap_or_default(),
        offset: u32::try_from(row.list_offset).unwrap_or(0),
    }))
}

pub async fn save_list(
    db: &impl ConnectionTrait,
    hash: &str,
    list: &List,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = sms_session::ActiveModel {
        phone_hash: Set(hash.to_owned()),
        kind: Set(list.kind.code().to_owned()),
        query: Set(list.query.clone()),
        results: Set(serde_json::to_string(&list.ids).unwrap_or_else(|_| "[]".to_owned())),
        list_offset: Set(i32::try_from(list.offset).unwrap_or(i32::MAX)),
        expires_at: Set(now + Duration::minutes(SESSION_MINUTES)),
        ..Default::default()
    };
    sms_session::Entity::insert(row)
        .on_conflict(
            OnConflict::column(sms_session::Column::PhoneHash)
                .update_columns([
                    sms_session::Column::Kind,
                    sms_session::Column::Query,
                    sms_session::Column::Results,
                    sms_session::Column::ListOffset,
                    sms_session::Column::ExpiresAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

pub async fn clear_list(db: &impl ConnectionTrait, hash: &str) -> Result<(), DbErr> {
    sms_session::Entity::delete_many()
        .filter(sms_session::Column::PhoneHash.eq(hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Records or replaces this phone's rating of the service, through the ratings service that
/// the web uses too, so the service's totals count it.
pub async fn rate(
    db: &(impl ConnectionTrait + TransactionTrait),
    service_id: i32,
    hash: &str,
    stars: u8,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    match rate_by_phone(db, service_id, hash, stars, now).await {
        Ok(_) => Ok(()),
        Err(RatingError::Database(error)) => Err(error),
        // The conversation checks the code and the stars first; should either still be refused,
        // it fails like a database error would rather than claiming a saved rating.
        Err(error) => Err(DbErr::Custom(format!("SMS rating refused: {error}"))),
    }
}

/// The slug of a service people may see (not a draft), for a short code.
pub async fn visible_slug(db: &impl ConnectionTrait, id: i32) -> Result<Option<String>, DbErr> {
    let found = service::Entity::find_by_id(id).one(db).await?;
    Ok(found.filter(|s| s.status != "draft").map(|s| s.slug))
}

pub async fn place_id(db: &impl ConnectionTrait, code: &str) -> Result<Option<i32>, DbErr> {
    let found = jurisdiction::Entity::find()
        .filter(jurisdiction::Column::Code.eq(code))
        .one(db)
        .await?;
    Ok(found.map(|place| place.id))
}

pub async fn place_code(db: &impl ConnectionTrait, id: i32) -> Result<Option<String>, DbErr> {
    let found = jurisdiction::Entity::find_by_id(id).one(db).await?;
    Ok(found.map(|place| place.code))
}
