//! The catalogue as the pages, the SMS channel and the admin panel read it: the `Catalog` trait
//! of the `app` crate, answered from the database.

mod detail;
mod listing;
mod owner;
mod pages;
mod parts;
mod search;
mod translations;

use app::catalog::{Catalog, CatalogError};
use app::locale::Locale;
use app::model::{AgencyDetail, HomeData, SearchQuery, SearchResults, ServiceLookup, TermDetail};
use sea_orm::{DatabaseConnection, DbErr};

pub use owner::{FieldName, OwnerKind};

/// How many services a list page shows.
pub const PAGE_SIZE: u32 = 20;

#[derive(Clone)]
pub struct SqlCatalog {
    db: DatabaseConnection,
}

impl SqlCatalog {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

/// Database errors are logged here, once, and reach the page only as "unavailable".
fn unavailable(error: DbErr) -> CatalogError {
    tracing::error!(%error, "catalogue query failed");
    CatalogError::Unavailable
}

#[async_trait::async_trait]
impl Catalog for SqlCatalog {
    async fn home(&self, locale: Locale) -> Result<HomeData, CatalogError> {
        pages::home(&self.db, locale).await.map_err(unavailable)
    }

    async fn search(&self, locale: Locale, query: SearchQuery) -> Result<SearchResults, CatalogError> {
        search::search(&self.db, locale, query).await.map_err(unavailable)
    }

    async fn service(&self, locale: Locale, slug: &str) -> Result<ServiceLookup, CatalogError> {
        detail::lookup(&self.db, locale, slug).await.map_err(unavailable)
    }

    async fn agency(
        &self,
        locale: Locale,
        slug: &str,
        page: u32,
    ) -> Result<Option<AgencyDetail>, CatalogError> {
        pages::agency(&self.db, locale, slug, page)
            .await
            .map_err(unavailable)
    }

    async fn life_event(
        &self,
        locale: Locale,
        slug: &str,
        page: u32,
    ) -> Result<Option<TermDetail>, CatalogError> {
        pages::life_event(&self.db, locale, slug, page)
            .await
            .map_err(unavailable)
    }
}
