//! The server half of WebAuthn ceremonies, kept in the database so any instance can finish what
//! another started: single use (taken, then deleted, before the ceremony is finished) and
//! five minutes long.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::secrets::random_token;
use crate::db::entities::ceremony;

pub const LIFETIME_MINUTES: i64 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Creating a citizen account with its first passkey.
    SignUp,
    /// Adding a passkey to the signed-in account.
    AddPasskey,
    /// Signing in without naming the account (discoverable credentials).
    SignIn,
    /// Proving presence again on a signed-in account (before adding or removing passkeys).
    Verify,
    /// Staff: the password was right, a passkey of that account must follow.
    StaffSecondFactor,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::SignUp => "sign_up",
            Kind::AddPasskey => "add_passkey",
            Kind::SignIn => "sign_in",
            Kind::Verify => "verify",
            Kind::StaffSecondFactor => "staff_2fa",
        }
    }
}

/// Stores a ceremony's state; the returned id goes to the browser with the challenge.
pub async fn begin<T: Serialize>(
    db: &DatabaseConnection,
    kind: Kind,
    account_id: Option<i32>,
    state: &T,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let id = random_token();
    let state = serde_json::to_string(state).map_err(|e| DbErr::Custom(format!("ceremony state: {e}")))?;
    ceremony::ActiveModel {
        id: Set(id.clone()),
        kind: Set(kind.code().to_owned()),
        account_id: Set(account_id),
        state: Set(state),
        expires_at: Set(now + Duration::minutes(LIFETIME_MINUTES)),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Takes a ceremony out of the store: `None` when unknown, of another kind, expired, or already
/// taken (a replay) — the row is deleted before anyone can finish it, so it is used at most once.
pub async fn take<T: DeserializeOwned>(
    db: &DatabaseConnection,
    id: &str,
    kind: Kind,
    now: DateTime<Utc>,
) -> Result<Option<(Option<i32>, T)>, DbErr> {
    if id.len() != 22 {
        return Ok(None);
    }
    let Some(row) = ceremony::Entity::find_by_id(id.to_owned()).one(db).await? else {
        return Ok(None);
    };
    let deleted = ceremony::Entity::delete_many()
        .filter(ceremony::Column::Id.eq(id))
        .exec(db)
        .await?;
    // Two finishes racing: only the one that deleted the row may go on.
    if deleted.rows_affected != 1 || row.kind != kind.code() || row.expires_at <= now {
        return Ok(None);
    }
    Ok(serde_json::from_str(&row.state)
        .ok()
        .map(|state| (row.account_id, state)))
}

pub async fn prune(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(ceremony::Entity::delete_many()
        .filter(ceremony::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?
        .rows_affected)
}
