//! What the agency and staff pages (`/{lang}/admin/agencies…`) need from the server: plain
//! data and the [`AgencyDesk`] trait the server implements. Each read answers `Ok(None)` when
//! the member may not see it, and the page shows the same 404 as an unknown address.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::StaffPass;
use crate::catalog::CatalogError;
use crate::locale::Locale;
use crate::model::Text;

/// An agency in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct AgencyLine {
    pub id: i32,
    pub slug: String,
    pub name: Option<Text>,
    pub acronym: Option<String>,
    /// `national`, `state` or `municipal` (`level-…`).
    pub level: String,
    pub place: String,
    /// Accounts holding a role in the agency.
    pub members: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AgencyList {
    pub lines: Vec<AgencyLine>,
    /// Platform administrators add agencies.
    pub may_create: bool,
}

/// A field a post came back with: its form name (`name.es`, `slug`, `names` for the names
/// as a whole, `email`) and the message key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub key: String,
}

/// A place an agency can serve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceChoice {
    pub id: i32,
    pub name: String,
    /// `country`, `state` or `municipality`.
    pub kind: String,
}

/// The agency form, fresh or sent back with what was typed and the errors.
#[derive(Clone, Debug, PartialEq)]
pub struct AgencyForm {
    /// `None`: a new agency.
    pub id: Option<i32>,
    /// The name in each language, empty when not given.
    pub names: Vec<(Locale, String)>,
    pub acronym: String,
    pub slug: String,
    pub level: String,
    /// The place's id.
    pub jurisdiction: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    /// Slug, acronym, level and place: platform administrators only.
    pub facts_editable: bool,
    pub places: Vec<PlaceChoice>,
    pub problems: Vec<FieldProblem>,
    /// 200, or 422 when a post comes back.
    pub status: u16,
}

/// A person holding a role in the agency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberLine {
    pub account_id: i32,
    pub name: Option<String>,
    pub email: Option<String>,
    /// Role codes (`editor`, …, `platform_admin`).
    pub roles: Vec<String>,
    pub active: bool,
    /// The member reading the page.
    pub is_you: bool,
}

/// An invitation not used yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationLine {
    pub id: i32,
    pub email: String,
    pub role: String,
    /// Who made it: their name or address; `None` for the server's `create-admin` command.
    pub invited_by: Option<String>,
    pub expires_at: DateTime<Utc>,
    /// Past its date: the link no longer works, but the row stays until cancelled.
    pub expired: bool,
}

/// A one-time invitation link, shown once to whoever made it (there is no mail to send it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invited {
    pub email: String,
    pub role: String,
    pub link: String,
}

/// The staff page of one agency.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffView {
    pub agency_id: i32,
    pub agency_name: Option<Text>,
    pub slug: String,
    pub members: Vec<MemberLine>,
    /// Holders of the platform-wide role, shown to platform administrators.
    pub platform_admins: Option<Vec<MemberLine>>,
    pub invitations: Vec<InvitationLine>,
    /// Role codes the reader may give, in the order offered.
    pub roles: Vec<String>,
    /// The invitation form: what was typed, when sent back.
    pub invite_email: String,
    pub invite_role: String,
    pub problems: Vec<FieldProblem>,
    pub invited: Option<Invited>,
    /// 200, or 422 when an invitation comes back with errors.
    pub status: u16,
}

/// Put in a request's extensions by a form post that answers with the page itself (errors,
/// or an invitation's link): the page shows this instead of reading the data again.
#[derive(Clone, Debug, PartialEq)]
pub enum AgencyReturn {
    Form(Box<AgencyForm>),
    Staff(Box<StaffView>),
}

/// The returned page of this request, if a post put one there.
pub fn returned() -> Option<AgencyReturn> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<AgencyReturn>().cloned())
}

#[async_trait::async_trait]
pub trait AgencyDesk: Send + Sync + 'static {
    /// Every agency for platform administrators; an agency administrator's own ones.
    async fn agencies(&self, locale: Locale, pass: &StaffPass) -> Result<Option<AgencyList>, CatalogError>;
    /// A blank form (`id: None`, platform administrators) or an agency's form.
    async fn agency_form(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: Option<i32>,
    ) -> Result<Option<AgencyForm>, CatalogError>;
    async fn staff(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
    ) -> Result<Option<StaffView>, CatalogError>;
}

pub type SharedAgencyDesk = Arc<dyn AgencyDesk>;

pub fn use_agency_desk() -> Result<SharedAgencyDesk, CatalogError> {
    leptos::prelude::use_context::<SharedAgencyDesk>().ok_or(CatalogError::Unavailable)
}
