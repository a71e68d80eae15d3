//! The account pages' data, read from the database for the session behind the request.

use app::accounts::{AccountOverview, Accounts, InvitationView, PasskeyView, SessionHandle};
use app::catalog::CatalogError;
use chrono::Utc;
use sea_orm::{DbErr, EntityTrait};

use crate::auth::{Auth, AuthError, passkeys, recovery, sessions, staff};
use crate::db::entities::agency;

pub struct SqlAccounts {
    auth: Auth,
}

impl SqlAccounts {
    pub fn new(auth: Auth) -> Self {
        Self { auth }
    }
}

fn unavailable(error: DbErr) -> CatalogError {
    tracing::error!(%error, "cannot read the account");
    CatalogError::Unavailable
}

#[async_trait::async_trait]
impl Accounts for SqlAccounts {
    async fn overview(&self, handle: &SessionHandle) -> Result<Option<AccountOverview>, CatalogError> {
        let now = Utc::now();
        let Some((session, account)) = sessions::find(&self.auth.db, &handle.0, now)
            .await
            .map_err(unavailable)?
        else {
            return Ok(None);
        };
        let keys = passkeys::list(&self.auth.db, account.id)
            .await
            .map_err(unavailable)?;
        let unused_codes = recovery::unused(&self.auth.db, account.id)
            .await
            .map_err(unavailable)?;
        let new_codes = recovery::take_pending(&self.auth, &session, &handle.0)
            .await
            .map_err(unavailable)?;
        let fresh = session
            .verified_at
            .is_some_and(|at| now - at < chrono::Duration::minutes(crate::auth::accounts::FRESH_MINUTES));
        Ok(Some(AccountOverview {
            display_name: account.display_name,
            staff: account.kind == "staff",
            passkeys: keys
                .into_iter()
                .map(|key| PasskeyView {
                    id: key.id,
                    name: key.name,
                    created: key.created_at,
                    last_used: key.last_used_at,
                })
                .collect(),
            unused_codes,
            fresh,
            needs_passkey: session.needs_passkey,
            new_codes,
        }))
    }

    async fn invitation(&self, token: &str) -> Result<Option<InvitationView>, CatalogError> {
        let found = match staff::invitation(&self.auth, token, Utc::now()).await {
            Ok(found) => found,
            Err(AuthError::Database(error)) => return Err(unavailable(error)),
            Err(_) => None,
        };
        let Some(invitation) = found else { return Ok(None) };
        let agency = match invitation.agency_id {
            Some(id) => agency::Entity::find_by_id(id)
                .one(&self.auth.db)
                .await
                .map_err(unavailable)?
                .map(|row| row.acronym.unwrap_or(row.slug)),
            None => None,
        };
        Ok(Some(InvitationView {
            email: invitation.email,
            role: invitation.role,
            agency,
        }))
    }
}
