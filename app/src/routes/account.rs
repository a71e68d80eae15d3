//! A citizen's account: signing in and up with a passkey, the account page (passkeys, recovery
//! codes, deletion), and signing in with a recovery code. The forms post to the server's
//! handlers, which redirect back here with `?done=…` or `?error=…`.

mod overview;
mod recover;
mod sign_in;
mod sign_up;

pub use overview::AccountPage;
pub use recover::RecoverPage;
pub use sign_in::SignInPage;
pub use sign_up::SignUpPage;

use crate::i18n::current_locale;

/// `/{lang}/account{rest}` in the page's language.
fn account_href(rest: &str) -> String {
    format!("/{}/account{rest}", current_locale().code())
}
