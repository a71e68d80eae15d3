//! Every change to the database schema, in order; runs on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod helpers;
mod m20261126_000001_create_locales;
mod m20261126_000002_create_jurisdictions;
mod m20261126_000003_create_agencies;
mod m20261126_000004_create_taxonomy_terms;
mod m20261126_000005_create_services;
mod m20261126_000006_create_service_parts;
mod m20261126_000007_create_service_points;
mod m20261126_000008_create_translations;
mod m20261127_000009_create_catalog_changes;
mod m20261127_000010_create_search_misses;
mod m20261127_000011_create_accounts;
mod m20261127_000012_create_sessions;
mod m20261127_000013_create_sms_tables;
mod m20261127_000014_create_sms_outbox;
mod m20261127_000015_create_ratings;
mod m20261127_000016_create_comments;
mod m20261127_000017_create_sms_stats;
mod m20261128_000018_create_service_versions;
mod m20261128_000019_create_audit_events;
mod m20261129_000030_create_import_uploads;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_create_locales::Migration),
            Box::new(m20261126_000002_create_jurisdictions::Migration),
            Box::new(m20261126_000003_create_agencies::Migration),
            Box::new(m20261126_000004_create_taxonomy_terms::Migration),
            Box::new(m20261126_000005_create_services::Migration),
            Box::new(m20261126_000006_create_service_parts::Migration),
            Box::new(m20261126_000007_create_service_points::Migration),
            Box::new(m20261126_000008_create_translations::Migration),
            Box::new(m20261127_000009_create_catalog_changes::Migration),
            Box::new(m20261127_000010_create_search_misses::Migration),
            Box::new(m20261127_000011_create_accounts::Migration),
            Box::new(m20261127_000012_create_sessions::Migration),
            Box::new(m20261127_000013_create_sms_tables::Migration),
            Box::new(m20261127_000014_create_sms_outbox::Migration),
            Box::new(m20261127_000015_create_ratings::Migration),
            Box::new(m20261127_000016_create_comments::Migration),
            Box::new(m20261127_000017_create_sms_stats::Migration),
            Box::new(m20261128_000018_create_service_versions::Migration),
            Box::new(m20261128_000019_create_audit_events::Migration),
            Box::new(m20261129_000030_create_import_uploads::Migration),
        ]
    }
}
