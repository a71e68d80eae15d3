//! Server-side sessions: a 128-bit random token in a `__Host-` cookie, only its hash in the
//! database, idle and absolute lifetimes that depend on who signed in, ended on the server.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};

use super::secrets::{random_token, token_hash};
use crate::db::entities::{account, session};

/// The cookie: `__Host-` makes browsers refuse it unless Secure, host-only and Path=/.
pub const COOKIE: &str = "__Host-session";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Citizen,
    Staff,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Citizen => "citizen",
            Kind::Staff => "staff",
        }
    }

    pub fn from_code(code: &str) -> Kind {
        if code == "staff" {
            Kind::Staff
        } else {
            Kind::Citizen
        }
    }

    /// Citizens: 30 minutes idle, 12 hours in all. Staff: 15 minutes idle, 8 hours in all.
    pub fn lifetimes(self) -> (Duration, Duration) {
        match self {
            Kind::Citizen => (Duration::minutes(30), Duration::hours(12)),
            Kind::Staff => (Duration::minutes(15), Duration::hours(8)),
        }
    }
}

/// Writes of `last_seen_at` are skipped when the last one is this recent.
const TOUCH_EVERY: Duration = Duration::seconds(60);

fn expiry(kind: Kind, created: DateTime<Utc>, seen: DateTime<Utc>) -> DateTime<Utc> {
    let (idle, absolute) = kind.lifetimes();
    (seen + idle).min(created + absolute)
}

pub struct NewSession {
    pub account_id: i32,
    pub kind: Kind,
    /// Signed in with a passkey just now (adding or removing passkeys needs a recent one).
    pub verified: bool,
    /// Signed in without a passkey (recovery code, staff password): must add or use one next.
    pub needs_passkey: bool,
}

/// Creates a session and returns the cookie token; a new token at every sign-in.
pub async fn create(db: &DatabaseConnection, new: NewSession, now: DateTime<Utc>) -> Result<String, DbErr> {
    let token = random_token();
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        account_id: Set(new.account_id),
        kind: Set(new.kind.code().to_owned()),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expiry(new.kind, now, now)),
        verified_at: Set(new.verified.then_some(now)),
        needs_passkey: Set(new.needs_passkey),
        pending_codes: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    account::Entity::update_many()
        .col_expr(account::Column::LastSignInAt, Expr::value(now))
        .filter(account::Column::Id.eq(new.account_id))
        .exec(db)
        .await?;
    Ok(token)
}

/// The live session a cookie token names, and its account; anything else is anonymous.
pub async fn find(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<(session::Model, account::Model)>, DbErr> {
    if token.len() != 22 {
        return Ok(None);
    }
    let Some(found) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let kind = Kind::from_code(&found.kind);
    if expiry(kind, found.created_at, found.last_seen_at) <= now {
        session::Entity::delete_by_id(found.id).exec(db).await?;
        return Ok(None);
    }
    let Some(owner) = account::Entity::find_by_id(found.account_id).one(db).await? else {
        return Ok(None);
    };
    if owner.status != "active" {
        return Ok(None);
    }
    if now - found.last_seen_at >= TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .col_expr(
                session::Column::ExpiresAt,
                Expr::value(expiry(kind, found.created_at, now)),
            )
            .filter(session::Column::Id.eq(found.id))
            .exec(db)
            .await?;
    }
    Ok(Some((found, owner)))
}

pub async fn end(db: &DatabaseConnection, token: &str) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn end_all(db: &DatabaseConnection, account_id: i32) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn mark_verified(
    db: &DatabaseConnection,
    session_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(session::Column::VerifiedAt, Expr::value(now))
        .col_expr(session::Column::NeedsPasskey, Expr::value(false))
        .filter(session::Column::Id.eq(session_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes sessions past their end, so the table does not grow without bound.
pub async fn prune(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?
        .rows_affected)
}

/// The `Set-Cookie` value for a new session: Secure, HttpOnly, SameSite=Lax, host-only.
pub fn cookie(token: &str) -> String {
    format!("{COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Lax")
}

pub fn clearing_cookie() -> String {
    format!("{COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// The session token in a `Cookie` header, if any.
pub fn token_from(cookie_header: &str) -> Option<&str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == COOKIE)
        .map(|(_, v)| v.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_end_at_the_earlier_limit() {
        let start = DateTime::<Utc>::UNIX_EPOCH;
        assert_eq!(expiry(Kind::Citizen, start, start), start + Duration::minutes(30));
        assert_eq!(expiry(Kind::Staff, start, start), start + Duration::minutes(15));
        let late = start + Duration::hours(11) + Duration::minutes(50);
        assert_eq!(
            expiry(Kind::Citizen, start, late),
            start + Duration::hours(12),
            "absolute end wins"
        );
    }

    #[test]
    fn cookies_are_host_only_and_secure() {
        let cookie = cookie("abc");
        assert!(cookie.starts_with("__Host-session=abc; Path=/; Secure; HttpOnly; SameSite=Lax"));
        assert!(!cookie.contains("Domain"));
        assert_eq!(token_from("a=1; __Host-session=tok ; b=2"), Some("tok"));
        assert_eq!(token_from("session=tok"), None);
    }
}
