//! Agency staff: invited by a single-use, expiring link; a password (argon2id, 12 characters or
//! more, not a common one) and a passkey. A password alone never opens a staff session.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
use webauthn_rs::prelude::{PublicKeyCredential, RequestChallengeResponse, Uuid};

use super::ceremonies::Kind;
use super::passkeys::{self, Challenge};
use super::passwords::{self, Weakness};
use super::rate_limit::{self, Decision, SIGN_IN};
use super::roles::{self, Grant};
use super::secrets::{random_token, token_hash};
use super::sessions::{self, NewSession};
use super::{Auth, AuthError, events};
use crate::db::entities::{account, passkey, staff_invitation};

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;

/// Creates an invitation and returns the token for its link (only its hash is stored).
pub async fn invite<C: sea_orm::ConnectionTrait>(
    db: &C,
    email: &str,
    grant: &Grant,
    invited_by: Option<i32>,
    now: DateTime<Utc>,
) -> Result<String, AuthError> {
    let email = normalize_email(email).ok_or(AuthError::Invalid("staff-error-email"))?;
    if grant.role.needs_agency() != grant.agency.is_some() {
        return Err(AuthError::Invalid("staff-error-role-agency"));
    }
    let token = random_token();
    staff_invitation::ActiveModel {
        token_hash: Set(token_hash(&token)),
        email: Set(email),
        role: Set(grant.role.code().to_owned()),
        agency_id: Set(grant.agency),
        invited_by: Set(invited_by),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(INVITATION_DAYS)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub fn normalize_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let (user, domain) = email.split_once('@')?;
    (!user.is_empty() && domain.contains('.') && email.len() <= 320 && !email.contains(char::is_whitespace))
        .then_some(email)
}

/// An invitation that can still be used.
pub async fn invitation(
    auth: &Auth,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<staff_invitation::Model>, AuthError> {
    Ok(staff_invitation::Entity::find()
        .filter(staff_invitation::Column::TokenHash.eq(token_hash(token)))
        .one(&auth.db)
        .await?
        .filter(|inv| inv.used_at.is_none() && inv.expires_at > now))
}

fn weakness_key(weakness: Weakness) -> &'static str {
    match weakness {
        Weakness::TooShort => "staff-error-password-short",
        Weakness::TooLong => "staff-error-password-long",
        Weakness::Common => "staff-error-password-common",
    }
}

/// Accepts an invitation: the account with its password and role, and a session that may only
/// register the first passkey.
pub async fn accept(
    auth: &Auth,
    token: &str,
    display_name: &str,
    password: &str,
    confirm: &str,
    now: DateTime<Utc>,
) -> Result<String, AuthError> {
    let invitation = invitation(auth, token, now).await?.ok_or(AuthError::NotFound)?;
    let display_name = display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 60 {
        return Err(AuthError::Invalid("staff-error-name"));
    }
    if password != confirm {
        return Err(AuthError::Invalid("staff-error-password-mismatch"));
    }
    passwords::check_strength(password).map_err(|w| AuthError::Invalid(weakness_key(w)))?;
    let taken = account::Entity::find()
        .filter(account::Column::Email.eq(invitation.email.as_str()))
        .one(&auth.db)
        .await?;
    if taken.is_some() {
        return Err(AuthError::Invalid("staff-error-email-taken"));
    }
    let hash = passwords::hash(password.to_owned())
        .await
        .ok_or(AuthError::Rejected)?;
    let txn = auth.db.begin().await?;
    let used = staff_invitation::Entity::update_many()
        .col_expr(staff_invitation::Column::UsedAt, Expr::value(now))
        .filter(staff_invitation::Column::Id.eq(invitation.id))
        .filter(staff_invitation::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(AuthError::NotFound);
    }
    let owner = account::ActiveModel {
        kind: Set("staff".to_owned()),
        user_handle: Set(Uuid::new_v4().to_string()),
        display_name: Set(Some(display_name.to_owned())),
        email: Set(Some(invitation.email.clone())),
        password_hash: Set(Some(hash)),
        status: Set("active".to_owned()),
        failed_attempts: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
        last_sign_in_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let role = roles::Role::from_code(&invitation.role).ok_or(AuthError::Rejected)?;
    let grant = Grant {
        role,
        agency: invitation.agency_id,
    };
    roles::grant(&txn, owner.id, &grant, now).await?;
    // The inviter granted the role; the first administrator (invited by the CLI) names nobody.
    let granted_by = invitation.invited_by.unwrap_or(owner.id);
    crate::editorial::audit::record_role_change(&txn, granted_by, owner.id, &grant, true, now).await?;
    txn.commit().await?;
    events::account_changed(owner.id, "staff_invitation_accepted");
    let new = NewSession {
        account_id: owner.id,
        kind: sessions::Kind::Staff,
        verified: false,
        needs_passkey: true,
    };
    Ok(sessions::create(&auth.db, new, now).await?)
}

/// What a right password leads to: a passkey check of that account, or — when the account has
/// no passkey yet — a session whose only use is registering one.
pub enum PasswordOutcome {
    SecondFactor(Challenge<RequestChallengeResponse>),
    MustRegisterPasskey(String),
}

pub async fn password_step(
    auth: &Auth,
    email: &str,
    password: &str,
    address_key: &str,
    now: DateTime<Utc>,
) -> Result<PasswordOutcome, AuthError> {
    if let Decision::RetryAfter(seconds) =
        rate_limit::check(&auth.db, &format!("staff-signin:ip:{address_key}"), SIGN_IN, now).await?
    {
        events::rate_limited("staff_sign_in", address_key);
        return Err(AuthError::RateLimited(seconds));
    }
    let email = normalize_email(email).unwrap_or_default();
    let found = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .filter(account::Column::Kind.eq("staff"))
        .filter(account::Column::Status.eq("active"))
        .one(&auth.db)
        .await?;
    if let Some(owner) = &found {
        let key = format!("staff-signin:acct:{}:ip:{address_key}", owner.id);
        if let Decision::RetryAfter(seconds) = rate_limit::check(&auth.db, &key, SIGN_IN, now).await? {
            events::rate_limited("staff_sign_in_account", address_key);
            return Err(AuthError::RateLimited(seconds));
        }
        if owner.locked_until.is_some_and(|until| until > now) {
            events::sign_in_failed("password", "locked", address_key);
            return Err(AuthError::Locked);
        }
    }
    // An unknown address is checked against a dummy hash: the same time as a known one.
    let stored = found.as_ref().and_then(|owner| owner.password_hash.clone());
    if !passwords::verify(password.to_owned(), stored).await {
        events::sign_in_failed(
            "password",
            if found.is_some() {
                "wrong_password"
            } else {
                "unknown_account"
            },
            address_key,
        );
        return Err(AuthError::InvalidCredentials);
    }
    let owner = found.ok_or(AuthError::InvalidCredentials)?;
    let has_passkey = passkey::Entity::find()
        .filter(passkey::Column::AccountId.eq(owner.id))
        .one(&auth.db)
        .await?
        .is_some();
    if has_passkey {
        Ok(PasswordOutcome::SecondFactor(
            passkeys::start_for_account(auth, Kind::StaffSecondFactor, owner.id, now).await?,
        ))
    } else {
        let new = NewSession {
            account_id: owner.id,
            kind: sessions::Kind::Staff,
            verified: false,
            needs_passkey: true,
        };
        Ok(PasswordOutcome::MustRegisterPasskey(
            sessions::create(&auth.db, new, now).await?,
        ))
    }
}

pub async fn second_factor(
    auth: &Auth,
    ceremony: &str,
    credential: &PublicKeyCredential,
    now: DateTime<Utc>,
) -> Result<String, AuthError> {
    let account_id =
        passkeys::finish_for_account(auth, ceremony, Kind::StaffSecondFactor, credential, now).await?;
    let new = NewSession {
        account_id,
        kind: sessions::Kind::Staff,
        verified: true,
        needs_passkey: false,
    };
    let token = sessions::create(&auth.db, new, now).await?;
    crate::editorial::audit::record_sign_in(&auth.db, account_id, now).await?;
    events::sign_in(account_id, "password_and_passkey");
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::normalize_email;

    #[test]
    fn emails_are_normalized_or_refused() {
        assert_eq!(
            normalize_email("  Ana.Silva@Gov.BR ").as_deref(),
            Some("ana.silva@gov.br")
        );
        assert_eq!(normalize_email("no-at-sign"), None);
        assert_eq!(normalize_email("a b@gov.br"), None);
        assert_eq!(normalize_email("@gov.br"), None);
    }
}
