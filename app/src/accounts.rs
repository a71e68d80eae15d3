//! What the account pages need to know about the person reading them. The server finds the
//! session behind the request's cookie, puts a [`Viewer`] and a [`SessionHandle`] in the
//! request's extensions, and provides an [`Accounts`] service; the views never see how.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::catalog::CatalogError;

/// Who is signed in, as the header and the pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub display_name: Option<String>,
    /// Agency staff (or platform administrator) rather than a citizen.
    pub staff: bool,
    /// Signed in with a recovery code or a staff password only: must add a passkey next.
    pub needs_passkey: bool,
}

/// The request's session token. Opaque to the views: they pass it back to [`Accounts`].
#[derive(Clone, Debug)]
pub struct SessionHandle(pub String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasskeyView {
    pub id: i32,
    pub name: String,
    pub created: DateTime<Utc>,
    pub last_used: Option<DateTime<Utc>>,
}

/// Everything the account page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountOverview {
    pub display_name: Option<String>,
    pub staff: bool,
    pub passkeys: Vec<PasskeyView>,
    /// Recovery codes not used yet.
    pub unused_codes: u64,
    /// A passkey check happened in the last few minutes: removing passkeys, new recovery codes
    /// and deleting the account are allowed without another one.
    pub fresh: bool,
    pub needs_passkey: bool,
    /// Recovery codes made for this session and not shown yet: shown once, then gone.
    pub new_codes: Option<Vec<String>>,
}

/// A staff invitation that can still be accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationView {
    pub email: String,
    /// `platform_admin`, `agency_admin`, `publisher` or `editor`.
    pub role: String,
    pub agency: Option<String>,
}

#[async_trait::async_trait]
pub trait Accounts: Send + Sync + 'static {
    /// The signed-in account behind a session; `None` when the session has ended.
    async fn overview(&self, session: &SessionHandle) -> Result<Option<AccountOverview>, CatalogError>;
    /// The invitation an invitation link names; `None` when unknown, used or expired.
    async fn invitation(&self, token: &str) -> Result<Option<InvitationView>, CatalogError>;
}

pub type SharedAccounts = Arc<dyn Accounts>;

pub fn use_accounts() -> Result<SharedAccounts, CatalogError> {
    leptos::prelude::use_context::<SharedAccounts>().ok_or(CatalogError::Unavailable)
}

fn from_request<T: Clone + Send + Sync + 'static>() -> Option<T> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<T>().cloned())
}

/// The person signed in, if any.
pub fn use_viewer() -> Option<Viewer> {
    from_request::<Viewer>()
}

pub fn use_session_handle() -> Option<SessionHandle> {
    from_request::<SessionHandle>()
}

/// Outcome messages the account forms redirect with (`?error=…` or `?done=…`): only these keys
/// are ever shown, so a crafted link cannot put arbitrary text on the page.
pub const MESSAGE_KEYS: &[&str] = &[
    "auth-error-rejected",
    "auth-error-invalid-credentials",
    "auth-error-locked",
    "auth-error-rate-limited",
    "auth-error-needs-verification",
    "auth-error-last-passkey",
    "auth-error-needs-javascript",
    "auth-error-signed-out",
    "auth-error-forbidden",
    "auth-error-invitation",
    "auth-error-unsupported",
    "account-error-name-too-long",
    "account-error-name-invalid",
    "account-error-name-empty",
    "account-error-code-empty",
    "account-error-confirm-delete",
    "account-error-unknown-passkey",
    "staff-error-email",
    "staff-error-email-taken",
    "staff-error-role-agency",
    "staff-error-name",
    "staff-error-password-short",
    "staff-error-password-long",
    "staff-error-password-common",
    "staff-error-password-mismatch",
    "account-done-renamed",
    "account-done-removed",
    "account-done-added",
    "account-done-codes",
    "account-done-signed-out",
    "account-done-deleted",
    "account-done-recovered",
];

/// The message key named by a redirect, if it is one of ours.
pub fn known_message(key: &str) -> Option<&'static str> {
    MESSAGE_KEYS.iter().copied().find(|known| *known == key)
}
