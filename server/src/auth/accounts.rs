//! Citizen accounts: created with a passkey (no user name, no e-mail), signed into with a
//! passkey, their passkeys managed (a fresh passkey check first), and deleted.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use webauthn_rs::prelude::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
    Uuid,
};

use super::ceremonies::Kind;
use super::passkeys::{self, Challenge};
use super::sessions::{self, NewSession};
use super::{Auth, AuthError, events, recovery};
use crate::db::entities::{account, passkey, session};

/// How recent a passkey check must be to add or remove passkeys.
pub const FRESH_MINUTES: i64 = 5;
/// Longest display name and passkey name.
pub const MAX_NAME_CHARS: usize = 60;

/// The signed-in person making a request.
#[derive(Clone, Debug)]
pub struct Current {
    pub session: session::Model,
    pub account: account::Model,
    /// The cookie token: seals and opens what only this browser may read.
    pub token: String,
}

impl Current {
    pub fn is_fresh(&self, now: DateTime<Utc>) -> bool {
        self.session
            .verified_at
            .is_some_and(|at| now - at < Duration::minutes(FRESH_MINUTES))
    }
}

fn clean_name(name: Option<&str>) -> Result<Option<String>, AuthError> {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    match name {
        Some(name) if name.chars().count() > MAX_NAME_CHARS => {
            Err(AuthError::Invalid("account-error-name-too-long"))
        }
        Some(name) if name.chars().any(char::is_control) => {
            Err(AuthError::Invalid("account-error-name-invalid"))
        }
        other => Ok(other.map(str::to_owned)),
    }
}

pub async fn start_sign_up(
    auth: &Auth,
    display_name: Option<&str>,
    label: &str,
    now: DateTime<Utc>,
) -> Result<Challenge<CreationChallengeResponse>, AuthError> {
    let display_name = clean_name(display_name)?;
    let label = display_name.clone().unwrap_or_else(|| label.to_owned());
    passkeys::start_registration(
        auth,
        Kind::SignUp,
        None,
        Uuid::new_v4(),
        &label,
        display_name,
        now,
    )
    .await
}

/// Creates the account, its first passkey, a session and its recovery codes; returns the token.
pub async fn finish_sign_up(
    auth: &Auth,
    ceremony: &str,
    credential: &RegisterPublicKeyCredential,
    passkey_name: &str,
    now: DateTime<Utc>,
) -> Result<String, AuthError> {
    let (_, state, key) =
        passkeys::finish_registration(auth, ceremony, Kind::SignUp, credential, now).await?;
    let owner = account::ActiveModel {
        kind: Set("citizen".to_owned()),
        user_handle: Set(state.user_handle.to_string()),
        display_name: Set(state.display_name),
        email: Set(None),
        password_hash: Set(None),
        status: Set("active".to_owned()),
        failed_attempts: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
        last_sign_in_at: Set(None),
        ..Default::default()
    }
    .insert(&auth.db)
    .await?;
    passkeys::save(&auth.db, owner.id, &key, passkey_name, now).await?;
    let new = NewSession {
        account_id: owner.id,
        kind: sessions::Kind::Citizen,
        verified: true,
        needs_passkey: false,
    };
    let token = sessions::create(&auth.db, new, now).await?;
    let created = sessions::find(&auth.db, &token, now)
        .await?
        .ok_or(AuthError::Rejected)?;
    recovery::issue(auth, owner.id, created.0.id, &token, now).await?;
    events::account_changed(owner.id, "created");
    Ok(token)
}

/// Signs in with a passkey the browser offers; staff get a staff session.
pub async fn sign_in(
    auth: &Auth,
    ceremony: &str,
    credential: &PublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<String, AuthError> {
    let owner = passkeys::finish_discoverable(auth, ceremony, credential, now).await?;
    let kind = sessions::Kind::from_code(&owner.kind);
    let token = sessions::create(
        &auth.db,
        NewSession {
            account_id: owner.id,
            kind,
            verified: true,
            needs_passkey: false,
        },
        now,
    )
    .await?;
    recovery::reset_failures(&auth.db, owner.id).await?;
    events::sign_in(owner.id, "passkey");
    Ok(token)
}

/// Adding a passkey needs a fresh check — except right after a recovery code or a staff
/// password, when adding one is exactly what the session is for.
fn may_change_passkeys(current: &Current, now: DateTime<Utc>) -> Result<(), AuthError> {
    if current.session.needs_passkey || current.is_fresh(now) {
        Ok(())
    } else {
        Err(AuthError::NeedsVerification)
    }
}

pub async fn start_add(
    auth: &Auth,
    current: &Current,
    label: &str,
    now: DateTime<Utc>,
) -> Result<Challenge<CreationChallengeResponse>, AuthError> {
    may_change_passkeys(current, now)?;
    let handle = Uuid::parse_str(&current.account.user_handle).map_err(|_| AuthError::Rejected)?;
    let label = current
        .account
        .display_name
        .clone()
        .unwrap_or_else(|| label.to_owned());
    passkeys::start_registration(
        auth,
        Kind::AddPasskey,
        Some(&current.account),
        handle,
        &label,
        None,
        now,
    )
    .await
}

pub async fn finish_add(
    auth: &Auth,
    current: &Current,
    ceremony: &str,
    credential: &RegisterPublicKeyCredential,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), AuthError> {
    let (account_id, _, key) =
        passkeys::finish_registration(auth, ceremony, Kind::AddPasskey, credential, now).await?;
    if account_id != Some(current.account.id) {
        events::forbidden(Some(current.account.id), "finish_add_passkey_of_other_account");
        return Err(AuthError::Rejected);
    }
    let name = clean_name(Some(name))?.unwrap_or_else(|| "Passkey".to_owned());
    passkeys::save(&auth.db, current.account.id, &key, &name, now).await?;
    sessions::mark_verified(&auth.db, current.session.id, now).await?;
    if current.account.kind == "staff" && current.session.needs_passkey {
        // A new staff member's first passkey completes their sign-in to the panel.
        crate::editorial::audit::record_sign_in(&auth.db, current.account.id, now).await?;
    }
    events::account_changed(current.account.id, "passkey_added");
    Ok(())
}

pub async fn start_verify(
    auth: &Auth,
    current: &Current,
    now: DateTime<Utc>,
) -> Result<Challenge<RequestChallengeResponse>, AuthError> {
    passkeys::start_for_account(auth, Kind::Verify, current.account.id, now).await
}

pub async fn finish_verify(
    auth: &Auth,
    current: &Current,
    ceremony: &str,
    credential: &PublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<(), AuthError> {
    let account_id = passkeys::finish_for_account(auth, ceremony, Kind::Verify, credential, now).await?;
    if account_id != current.account.id {
        events::forbidden(Some(current.account.id), "verify_with_other_account");
        return Err(AuthError::Rejected);
    }
    sessions::mark_verified(&auth.db, current.session.id, now).await?;
    Ok(())
}

async fn owned_passkey(
    db: &DatabaseConnection,
    current: &Current,
    passkey_id: i32,
) -> Result<passkey::Model, AuthError> {
    let found = passkey::Entity::find_by_id(passkey_id).one(db).await?;
    match found {
        Some(row) if row.account_id == current.account.id => Ok(row),
        Some(_) => {
            events::forbidden(Some(current.account.id), "passkey_of_other_account");
            Err(AuthError::NotFound)
        }
        None => Err(AuthError::NotFound),
    }
}

pub async fn rename(
    db: &DatabaseConnection,
    current: &Current,
    passkey_id: i32,
    name: &str,
) -> Result<(), AuthError> {
    let row = owned_passkey(db, current, passkey_id).await?;
    let name = clean_name(Some(name))?.ok_or(AuthError::Invalid("account-error-name-empty"))?;
    let mut active: passkey::ActiveModel = row.into();
    active.name = Set(name);
    active.update(db).await?;
    Ok(())
}

/// Removes a passkey after a fresh check; the last one only goes when recovery codes remain.
pub async fn remove(
    auth: &Auth,
    current: &Current,
    passkey_id: i32,
    now: DateTime<Utc>,
) -> Result<(), AuthError> {
    if !current.is_fresh(now) {
        return Err(AuthError::NeedsVerification);
    }
    let row = owned_passkey(&auth.db, current, passkey_id).await?;
    let remaining = passkey::Entity::find()
        .filter(passkey::Column::AccountId.eq(current.account.id))
        .count(&auth.db)
        .await?;
    if remaining <= 1
        && (current.account.kind == "staff" || recovery::unused(&auth.db, current.account.id).await? == 0)
    {
        return Err(AuthError::LastPasskey);
    }
    passkey::Entity::delete_by_id(row.id).exec(&auth.db).await?;
    events::account_changed(current.account.id, "passkey_removed");
    Ok(())
}

/// Deletes the account, its passkeys, codes and sessions (the database cascades). Ratings and
/// comments, when they exist, are kept without any link to the person.
pub async fn delete(db: &DatabaseConnection, current: &Current) -> Result<(), DbErr> {
    account::Entity::delete_by_id(current.account.id).exec(db).await?;
    events::account_changed(current.account.id, "deleted");
    Ok(())
}
