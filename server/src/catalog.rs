//! The catalogue as the pages, the SMS channel and the admin panel read it: the `Catalog` trait
//! of the `app` crate, answered from the database.

pub mod comments;
pub(crate) mod detail;
mod facet_labels;
mod labels;
mod listing;
mod misses;
mod owner;
mod pages;
mod parts;
pub mod performance;
mod places;
pub mod ratings;
mod search;
mod search_fallback;
mod search_filters;
mod translations;
mod visible;

use std::sync::Arc;

use app::catalog::{Catalog, CatalogError};
use app::locale::Locale;
use app::model::{
    AgencyDetail, HomeData, PlaceRef, SearchQuery, SearchResults, ServiceLookup, Suggestion, TermDetail,
};
use sea_orm::{DatabaseConnection, DbErr};

use crate::search::SearchIndex;
use labels::LabelCache;

pub use owner::{FieldName, OwnerKind};

/// How many services a list page shows.
pub const PAGE_SIZE: u32 = 20;

#[derive(Clone)]
pub struct SqlCatalog {
    db: DatabaseConnection,
    index: Arc<SearchIndex>,
    labels: Arc<LabelCache>,
    /// Off for the staff SMS simulator, whose searches are not citizens' misses.
    count_misses: bool,
}

impl SqlCatalog {
    pub fn new(db: DatabaseConnection, index: Arc<SearchIndex>) -> Self {
        Self {
            db,
            index,
            labels: Arc::new(LabelCache::default()),
            count_misses: true,
        }
    }

    /// The same catalogue (sharing its labels), counting no search that finds nothing.
    pub fn without_miss_counting(&self) -> Self {
        Self {
            count_misses: false,
            ..self.clone()
        }
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
        let misses_day = self.count_misses.then(|| chrono::Utc::now().date_naive());
        search::search(&self.db, &self.index, &self.labels, locale, query, misses_day)
            .await
            .map_err(unavailable)
    }

    async fn suggest(&self, locale: Locale, text: &str) -> Result<Vec<Suggestion>, CatalogError> {
        places::suggest(&self.db, &self.index, &self.labels, locale, text)
            .await
            .map_err(unavailable)
    }

    async fn places(&self, text: &str) -> Result<Vec<PlaceRef>, CatalogError> {
        places::find_places(&self.db, text).await.map_err(unavailable)
    }

    async fn place(&self, code: &str) -> Result<Option<PlaceRef>, CatalogError> {
        places::place(&self.db, code).await.map_err(unavailable)
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
