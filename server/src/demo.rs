//! The demo catalogue shipped inside the binary: Brazil's federal service catalogue (MIT),
//! bundled as one gzip-compressed XML file (see `server/demo/SOURCE.md`).

use std::io::Read;

use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

use crate::db::entities::service;

const BUNDLE: &[u8] = include_bytes!("../demo/govbr-cartas.xml.gz");
const BUNDLE_NAME: &str = "server/demo/govbr-cartas.xml.gz";

/// Imports the demo catalogue when the database holds no service yet, so a fresh clone shows
/// something real; an existing catalogue is never touched.
pub async fn load_if_empty(db: &DatabaseConnection) {
    match service::Entity::find().count(db).await {
        Ok(0) => {}
        Ok(_) => return,
        Err(error) => {
            tracing::error!(%error, "cannot count services; demo catalogue not loaded");
            return;
        }
    }
    tracing::info!("empty catalogue: loading the demo catalogue");
    match load(db).await {
        Ok(summary) => tracing::info!(
            agencies = summary.agencies.created,
            services = summary.services.created,
            "demo catalogue loaded"
        ),
        Err(error) => tracing::error!(%error, "demo catalogue not loaded"),
    }
}

pub async fn load(
    db: &DatabaseConnection,
) -> Result<crate::import::WriteSummary, crate::import::ImportError> {
    let mut xml = String::new();
    flate2::read::GzDecoder::new(BUNDLE)
        .read_to_string(&mut xml)
        .map_err(|error| {
            crate::import::ImportError::Invalid(vec![crate::import::Problem {
                file: BUNDLE_NAME.to_owned(),
                record: "-".to_owned(),
                reason: format!("cannot decompress: {error}"),
            }])
        })?;
    let batch = crate::import::read_govbr_bundle(BUNDLE_NAME, xml)?;
    crate::import::write_batch(db, &batch, chrono::Utc::now(), false).await
}
