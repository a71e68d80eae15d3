//! What the taxonomy pages (`/{lang}/admin/taxonomy…`) need from the server: the life events
//! and topics services are classified under, and the [`TaxonomyDesk`] trait the server
//! implements. Platform administrators only: every read answers `Ok(None)` to anyone else and
//! the page shows the same 404 as an unknown address.

use std::sync::Arc;

use super::StaffPass;
use super::agencies::FieldProblem;
use crate::catalog::CatalogError;
use crate::locale::Locale;
use crate::model::Text;

/// The two kinds of term, as stored in `taxonomy_terms.kind`.
pub const KINDS: [&str; 2] = ["life_event", "topic"];

/// A term in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct TermLine {
    pub id: i32,
    pub slug: String,
    pub position: i32,
    /// In the reader's language, or another one (marked) when the reader's is missing.
    pub label: Option<Text>,
    /// Languages without a label.
    pub missing: Vec<Locale>,
    /// Services classified under the term, whatever their status.
    pub services: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TermList {
    pub life_events: Vec<TermLine>,
    pub topics: Vec<TermLine>,
}

/// The term form, fresh or sent back with what was typed and the errors.
#[derive(Clone, Debug, PartialEq)]
pub struct TermForm {
    /// `None`: a new term.
    pub id: Option<i32>,
    /// `life_event` or `topic` (as typed when sent back).
    pub kind: String,
    pub slug: String,
    pub position: String,
    /// The label in each language, empty when not given.
    pub labels: Vec<(Locale, String)>,
    /// The description in each language (life events show it on their page).
    pub descriptions: Vec<(Locale, String)>,
    /// Services classified under the stored term: only an unused term can be deleted.
    pub services: u64,
    /// Field names: `kind`, `slug`, `position`, `labels` (all of them), `label.es`,
    /// `description.es`…; `delete` when a delete was refused.
    pub problems: Vec<FieldProblem>,
    /// 200; 422 when a save comes back; 409 when a delete was refused.
    pub status: u16,
}

/// Put in a request's extensions by a form post that answers with the form itself.
#[derive(Clone, Debug, PartialEq)]
pub struct TaxonomyReturn(pub Box<TermForm>);

/// The returned form of this request, if a post put one there.
pub fn returned() -> Option<TermForm> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<TaxonomyReturn>().cloned())
        .map(|returned| *returned.0)
}

#[async_trait::async_trait]
pub trait TaxonomyDesk: Send + Sync + 'static {
    /// Every life event and topic, with its label in `locale`.
    async fn terms(&self, locale: Locale, pass: &StaffPass) -> Result<Option<TermList>, CatalogError>;
    /// A blank form (`id: None`) or a stored term's.
    async fn term_form(&self, pass: &StaffPass, id: Option<i32>) -> Result<Option<TermForm>, CatalogError>;
}

pub type SharedTaxonomyDesk = Arc<dyn TaxonomyDesk>;

pub fn use_taxonomy_desk() -> Result<SharedTaxonomyDesk, CatalogError> {
    leptos::prelude::use_context::<SharedTaxonomyDesk>().ok_or(CatalogError::Unavailable)
}
