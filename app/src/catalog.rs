//! What the pages need from the catalogue. The server implements it over the database and
//! provides it as context; the views never see how.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::locale::Locale;
use crate::model::{
    AgencyDetail, HomeData, PlaceRef, SearchQuery, SearchResults, ServiceLookup, Suggestion, TermDetail,
};

/// Why the catalogue could not answer. Details are logged by the implementation, never shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum CatalogError {
    #[error("the catalogue is unavailable")]
    Unavailable,
}

#[async_trait::async_trait]
pub trait Catalog: Send + Sync + 'static {
    async fn home(&self, locale: Locale) -> Result<HomeData, CatalogError>;
    async fn search(&self, locale: Locale, query: SearchQuery) -> Result<SearchResults, CatalogError>;
    async fn service(&self, locale: Locale, slug: &str) -> Result<ServiceLookup, CatalogError>;
    async fn agency(
        &self,
        locale: Locale,
        slug: &str,
        page: u32,
    ) -> Result<Option<AgencyDetail>, CatalogError>;
    async fn life_event(
        &self,
        locale: Locale,
        slug: &str,
        page: u32,
    ) -> Result<Option<TermDetail>, CatalogError>;
    /// Service names completing what is being typed.
    async fn suggest(&self, locale: Locale, text: &str) -> Result<Vec<Suggestion>, CatalogError>;
    /// Municipalities whose name matches the words typed.
    async fn places(&self, text: &str) -> Result<Vec<PlaceRef>, CatalogError>;
    async fn place(&self, code: &str) -> Result<Option<PlaceRef>, CatalogError>;
}

pub type SharedCatalog = Arc<dyn Catalog>;

/// The catalogue provided to this request, or `Unavailable` when the server forgot to provide it.
pub fn use_catalog() -> Result<SharedCatalog, CatalogError> {
    leptos::prelude::use_context::<SharedCatalog>().ok_or(CatalogError::Unavailable)
}
