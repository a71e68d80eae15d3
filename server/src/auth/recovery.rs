//! Recovery codes: ten single-use codes shown once (sealed to the session that made them until
//! the next page shows them), stored as argon2id hashes; ten wrong codes lock the account for
//! ten minutes, and addresses are rate limited besides.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set,
};

use super::rate_limit::{self, Decision, RECOVERY};
use super::secrets::{RecoveryCode, open, seal};
use super::sessions::{self, Kind, NewSession};
use super::{Auth, AuthError, events, passwords};
use crate::db::entities::{account, recovery_code, session};

pub const COUNT: usize = 10;
/// Wrong codes that lock an account, and for how long.
const LOCK_AFTER: i32 = 10;
const LOCK_MINUTES: i64 = 10;

/// Replaces the account's codes with ten new ones, sealed to this session for display once.
pub async fn issue(
    auth: &Auth,
    account_id: i32,
    session_id: i32,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), AuthError> {
    let codes: Vec<RecoveryCode> = (0..COUNT).map(|_| RecoveryCode::generate()).collect();
    let mut rows = Vec::with_capacity(COUNT);
    for code in &codes {
        let hash = passwords::hash(code.secret.clone())
            .await
            .ok_or(AuthError::Rejected)?;
        rows.push(recovery_code::ActiveModel {
            account_id: Set(account_id),
            lookup: Set(code.lookup.clone()),
            code_hash: Set(hash),
            created_at: Set(now),
            used_at: Set(None),
            ..Default::default()
        });
    }
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .exec(&auth.db)
        .await?;
    recovery_code::Entity::insert_many(rows)
        .exec_without_returning(&auth.db)
        .await?;
    let shown: Vec<String> = codes.iter().map(RecoveryCode::display).collect();
    let sealed = seal(&auth.secret, token, &shown.join(" ")).ok_or(AuthError::Rejected)?;
    session::Entity::update_many()
        .col_expr(session::Column::PendingCodes, Expr::value(sealed))
        .filter(session::Column::Id.eq(session_id))
        .exec(&auth.db)
        .await?;
    events::account_changed(account_id, "recovery_codes_issued");
    Ok(())
}

/// The codes made for this session, once: they are cleared as they are read.
pub async fn take_pending(
    auth: &Auth,
    session: &session::Model,
    token: &str,
) -> Result<Option<Vec<String>>, DbErr> {
    let Some(sealed) = &session.pending_codes else {
        return Ok(None);
    };
    session::Entity::update_many()
        .col_expr(session::Column::PendingCodes, Expr::value(Option::<String>::None))
        .filter(session::Column::Id.eq(session.id))
        .exec(&auth.db)
        .await?;
    Ok(open(&auth.secret, token, sealed).map(|codes| codes.split(' ').map(str::to_owned).collect()))
}

pub async fn unused(db: &DatabaseConnection, account_id: i32) -> Result<u64, DbErr> {
    recovery_code::Entity::find()
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// Signs in with a recovery code; the session must add a passkey before anything else.
pub async fn recover(
    auth: &Auth,
    typed: &str,
    address_key: &str,
    now: DateTime<Utc>,
) -> Result<String, AuthError> {
    if let Decision::RetryAfter(seconds) =
        rate_limit::check(&auth.db, &format!("recovery:{address_key}"), RECOVERY, now).await?
    {
        events::rate_limited("recovery", address_key);
        return Err(AuthError::RateLimited(seconds));
    }
    let refuse = |reason| {
        events::sign_in_failed("recovery_code", reason, address_key);
        AuthError::InvalidCredentials
    };
    let Some(code) = RecoveryCode::parse(typed) else {
        return Err(refuse("malformed"));
    };
    let row = recovery_code::Entity::find()
        .filter(recovery_code::Column::Lookup.eq(code.lookup.as_str()))
        .one(&auth.db)
        .await?;
    let Some(row) = row.filter(|r| r.used_at.is_none()) else {
        // Same work as a known code, so timing does not say which codes exist.
        passwords::verify(code.secret, None).await;
        return Err(refuse("unknown_or_used"));
    };
    let owner = account::Entity::find_by_id(row.account_id)
        .one(&auth.db)
        .await?
        .ok_or(AuthError::InvalidCredentials)?;
    if owner.locked_until.is_some_and(|until| until > now) {
        events::sign_in_failed("recovery_code", "locked", address_key);
        return Err(AuthError::Locked);
    }
    if !passwords::verify(code.secret, Some(row.code_hash.clone())).await {
        count_failure(&auth.db, &owner, now).await?;
        return Err(refuse("wrong_secret"));
    }
    // Used at most once, even by two requests racing with the same code.
    let used = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::Id.eq(row.id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(&auth.db)
        .await?;
    if used.rows_affected != 1 {
        return Err(refuse("reused"));
    }
    reset_failures(&auth.db, owner.id).await?;
    let kind = Kind::from_code(&owner.kind);
    let token = sessions::create(
        &auth.db,
        NewSession {
            account_id: owner.id,
            kind,
            verified: false,
            needs_passkey: true,
        },
        now,
    )
    .await?;
    events::sign_in(owner.id, "recovery_code");
    Ok(token)
}

async fn count_failure(
    db: &DatabaseConnection,
    owner: &account::Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let failures = owner.failed_attempts + 1;
    let mut active: account::ActiveModel = owner.clone().into();
    if failures >= LOCK_AFTER {
        active.failed_attempts = Set(0);
        active.locked_until = Set(Some(now + Duration::minutes(LOCK_MINUTES)));
        events::account_changed(owner.id, "locked");
    } else {
        active.failed_attempts = Set(failures);
    }
    active.update(db).await?;
    Ok(())
}

pub async fn reset_failures(db: &DatabaseConnection, account_id: i32) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::FailedAttempts, Expr::value(0))
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}
