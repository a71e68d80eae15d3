//! WebAuthn ceremonies over webauthn-rs: registering passkeys (always discoverable, user
//! verification required) and authenticating with them, either naming no account (the browser
//! offers the person's passkeys) or one given account. Signature counters are kept current.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{
    AuthenticationResult, CreationChallengeResponse, DiscoverableAuthentication, Passkey,
    PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    RequestChallengeResponse, Uuid, WebauthnError,
};
use webauthn_rs_proto::{AuthenticatorSelectionCriteria, ResidentKeyRequirement, UserVerificationPolicy};

use super::ceremonies::{self, Kind};
use super::events;
use super::{Auth, AuthError};
use crate::db::entities::{account, passkey};

/// What the browser needs to run a ceremony: the options, and the id to send back with the answer.
#[derive(Debug, Serialize)]
pub struct Challenge<T> {
    pub ceremony: String,
    pub options: T,
}

/// The server half of a registration, with who it is for.
#[derive(Serialize, Deserialize)]
pub struct RegistrationState {
    pub registration: PasskeyRegistration,
    pub user_handle: Uuid,
    pub display_name: Option<String>,
}

pub fn credential_key(id: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(id)
}

fn rejected(error: WebauthnError) -> AuthError {
    tracing::info!(target: "security", event = "ceremony_rejected", reason = %error);
    AuthError::Rejected
}

async fn passkeys_of(
    db: &DatabaseConnection,
    account_id: i32,
) -> Result<Vec<(passkey::Model, Passkey)>, DbErr> {
    Ok(passkey::Entity::find()
        .filter(passkey::Column::AccountId.eq(account_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            let key = serde_json::from_str(&row.passkey).ok()?;
            Some((row, key))
        })
        .collect())
}

/// Starts registering a passkey. The webauthn-rs defaults allow non-discoverable credentials;
/// people here have no user name to type, so the credential must be discoverable.
pub async fn start_registration(
    auth: &Auth,
    kind: Kind,
    account: Option<&account::Model>,
    user_handle: Uuid,
    label: &str,
    display_name: Option<String>,
    now: DateTime<Utc>,
) -> Result<Challenge<CreationChallengeResponse>, AuthError> {
    let existing = match account {
        Some(account) => passkeys_of(&auth.db, account.id)
            .await?
            .into_iter()
            .map(|(_, k)| k.cred_id().clone())
            .collect(),
        None => Vec::new(),
    };
    let (mut options, registration) = auth
        .webauthn
        .start_passkey_registration(
            user_handle,
            label,
            label,
            (!existing.is_empty()).then_some(existing),
        )
        .map_err(rejected)?;
    options.public_key.authenticator_selection = Some(AuthenticatorSelectionCriteria {
        authenticator_attachment: None,
        resident_key: Some(ResidentKeyRequirement::Required),
        require_resident_key: true,
        user_verification: UserVerificationPolicy::Required,
    });
    let state = RegistrationState {
        registration,
        user_handle,
        display_name,
    };
    let ceremony = ceremonies::begin(&auth.db, kind, account.map(|a| a.id), &state, now).await?;
    Ok(Challenge { ceremony, options })
}

/// Verifies a registration answer; the ceremony is consumed whatever the outcome.
pub async fn finish_registration(
    auth: &Auth,
    ceremony: &str,
    kind: Kind,
    credential: &RegisterPublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<(Option<i32>, RegistrationState, Passkey), AuthError> {
    let (account_id, state): (Option<i32>, RegistrationState) =
        ceremonies::take(&auth.db, ceremony, kind, now)
            .await?
            .ok_or(AuthError::Rejected)?;
    let passkey = auth
        .webauthn
        .finish_passkey_registration(credential, &state.registration)
        .map_err(rejected)?;
    Ok((account_id, state, passkey))
}

pub async fn save(
    db: &DatabaseConnection,
    account_id: i32,
    key: &Passkey,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), AuthError> {
    let serialized = serde_json::to_string(key).map_err(|_| AuthError::Rejected)?;
    passkey::ActiveModel {
        account_id: Set(account_id),
        credential_id: Set(credential_key(key.cred_id())),
        passkey: Set(serialized),
        name: Set(name.chars().take(100).collect()),
        created_at: Set(now),
        last_used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Starts a sign-in that names no account: the browser lists the person's passkeys for this site.
pub async fn start_discoverable(
    auth: &Auth,
    now: DateTime<Utc>,
) -> Result<Challenge<RequestChallengeResponse>, AuthError> {
    let (mut options, state) = auth
        .webauthn
        .start_discoverable_authentication()
        .map_err(rejected)?;
    // webauthn-rs asks for conditional (autofill) mediation; a button asks the browser directly.
    options.mediation = None;
    let ceremony = ceremonies::begin(&auth.db, Kind::SignIn, None, &state, now).await?;
    Ok(Challenge { ceremony, options })
}

/// Finishes a discoverable sign-in: finds the account by the user handle the passkey carries.
pub async fn finish_discoverable(
    auth: &Auth,
    ceremony: &str,
    credential: &PublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<account::Model, AuthError> {
    let (_, state): (Option<i32>, DiscoverableAuthentication) =
        ceremonies::take(&auth.db, ceremony, Kind::SignIn, now)
            .await?
            .ok_or(AuthError::Rejected)?;
    let (user_handle, credential_id) = auth
        .webauthn
        .identify_discoverable_authentication(credential)
        .map_err(rejected)?;
    let owner = account::Entity::find()
        .filter(account::Column::UserHandle.eq(user_handle.to_string()))
        .filter(account::Column::Status.eq("active"))
        .one(&auth.db)
        .await?
        .ok_or(AuthError::Rejected)?;
    let key = credential_key(credential_id);
    let (row, stored) = passkeys_of(&auth.db, owner.id)
        .await?
        .into_iter()
        .find(|(row, _)| row.credential_id == key)
        .ok_or(AuthError::Rejected)?;
    let result = auth
        .webauthn
        .finish_discoverable_authentication_v2(credential, state, &stored);
    record_use(&auth.db, owner.id, row, stored, result, now).await?;
    Ok(owner)
}

/// Starts authenticating one known account with any of its passkeys.
pub async fn start_for_account(
    auth: &Auth,
    kind: Kind,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<Challenge<RequestChallengeResponse>, AuthError> {
    let keys: Vec<Passkey> = passkeys_of(&auth.db, account_id)
        .await?
        .into_iter()
        .map(|(_, k)| k)
        .collect();
    if keys.is_empty() {
        return Err(AuthError::NotFound);
    }
    let (options, state) = auth
        .webauthn
        .start_passkey_authentication(&keys)
        .map_err(rejected)?;
    let ceremony = ceremonies::begin(&auth.db, kind, Some(account_id), &state, now).await?;
    Ok(Challenge { ceremony, options })
}

pub async fn finish_for_account(
    auth: &Auth,
    ceremony: &str,
    kind: Kind,
    credential: &PublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<i32, AuthError> {
    let (account_id, state): (Option<i32>, PasskeyAuthentication) =
        ceremonies::take(&auth.db, ceremony, kind, now)
            .await?
            .ok_or(AuthError::Rejected)?;
    let account_id = account_id.ok_or(AuthError::Rejected)?;
    let key = credential_key(credential.get_credential_id());
    let (row, stored) = passkeys_of(&auth.db, account_id)
        .await?
        .into_iter()
        .find(|(row, _)| row.credential_id == key)
        .ok_or(AuthError::Rejected)?;
    let result = auth.webauthn.finish_passkey_authentication(credential, &state);
    record_use(&auth.db, account_id, row, stored, result, now).await?;
    Ok(account_id)
}

/// Keeps the signature counter and the last use current. A counter that went backwards (a
/// cloned authenticator) is refused by webauthn-rs and logged; synced passkeys report 0.
async fn record_use(
    db: &DatabaseConnection,
    account_id: i32,
    row: passkey::Model,
    mut stored: Passkey,
    result: Result<AuthenticationResult, WebauthnError>,
    now: DateTime<Utc>,
) -> Result<(), AuthError> {
    let result = match result {
        Ok(result) => result,
        Err(WebauthnError::CredentialPossibleCompromise) => {
            events::counter_regressed(account_id);
            return Err(AuthError::Rejected);
        }
        Err(error) => return Err(rejected(error)),
    };
    let mut update = passkey::Entity::update_many()
        .col_expr(passkey::Column::LastUsedAt, Expr::value(now))
        .filter(passkey::Column::Id.eq(row.id));
    if stored.update_credential(&result) == Some(true)
        && let Ok(serialized) = serde_json::to_string(&stored)
    {
        update = update.col_expr(passkey::Column::Passkey, Expr::value(serialized));
    }
    update.exec(db).await?;
    Ok(())
}

pub async fn list(db: &DatabaseConnection, account_id: i32) -> Result<Vec<passkey::Model>, DbErr> {
    let mut rows = passkey::Entity::find()
        .filter(passkey::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    rows.sort_by_key(|row| row.created_at);
    Ok(rows)
}
