//! Pages for agency staff: signing in (password, then passkey) and accepting an invitation.

mod invitation;
mod sign_in;

pub use invitation::InvitationPage;
pub use sign_in::StaffSignInPage;

use crate::i18n::current_locale;

/// `/{lang}/staff{rest}` in the page's language.
fn staff_href(rest: &str) -> String {
    format!("/{}/staff{rest}", current_locale().code())
}
