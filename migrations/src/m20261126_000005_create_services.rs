//! Services and what classifies them: places served, taxonomy terms, search terms, old slugs.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{
    create_indexes, drop_tables, fk_cascade, fk_restrict, fk_set_null, index, unique_index,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn services() -> TableCreateStatement {
    Table::create()
        .table("services")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len_uniq("slug", 200))
        // The record's id in the catalogue it came from, so a re-import updates instead of duplicating.
        .col(string_len_null("source_id", 255).unique_key())
        // Hash of the imported record: an unchanged record is skipped without a write.
        .col(string_len_null("source_hash", 64))
        .col(integer("agency_id"))
        .col(string_len("level", 16))
        .col(string_len("status", 16))
        .col(boolean("fully_online").default(false))
        .col(string_len_null("start_url", 1024))
        .col(string_len("cost_kind", 16))
        .col(big_integer_null("cost_amount_minor"))
        .col(string_len_null("cost_currency", 3))
        .col(string_len_null("processing_kind", 16))
        .col(integer_null("processing_min"))
        .col(integer_null("processing_max"))
        .col(string_len_null("processing_unit", 16))
        .col(integer_null("validity_amount"))
        .col(string_len_null("validity_unit", 16))
        .col(date_null("last_verified_on"))
        .col(integer_null("replacement_id"))
        // Lower-cased, accent-folded text of every locale, for the simple database search.
        .col(text("search_text"))
        // The folded name alone, so matches in the name rank first.
        .col(text("search_name"))
        .col(integer("version").default(1))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .col(timestamp_with_time_zone_null("published_at"))
        .foreign_key(&mut fk_restrict("services", "agency_id", "agencies"))
        .foreign_key(&mut fk_set_null("services", "replacement_id", "services"))
        .to_owned()
}

fn join_table(name: &'static str, other: &'static str, other_table: &'static str) -> TableCreateStatement {
    Table::create()
        .table(name)
        .if_not_exists()
        .col(integer("service_id"))
        .col(integer(other))
        .primary_key(Index::create().col("service_id").col(other))
        .foreign_key(&mut fk_cascade(name, "service_id", "services"))
        .foreign_key(&mut fk_cascade(name, other, other_table))
        .to_owned()
}

fn service_terms() -> TableCreateStatement {
    Table::create()
        .table("service_terms")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        .col(string_len("locale", 8))
        // keyword | popular_name
        .col(string_len("kind", 16))
        .col(string_len("term", 255))
        .col(integer("position"))
        .foreign_key(&mut fk_cascade("service_terms", "service_id", "services"))
        .to_owned()
}

fn service_languages() -> TableCreateStatement {
    Table::create()
        .table("service_languages")
        .if_not_exists()
        .col(integer("service_id"))
        // BCP 47 tag of a language the service is delivered in.
        .col(string_len("language", 16))
        .primary_key(Index::create().col("service_id").col("language"))
        .foreign_key(&mut fk_cascade("service_languages", "service_id", "services"))
        .to_owned()
}

fn slug_redirects() -> TableCreateStatement {
    Table::create()
        .table("slug_redirects")
        .if_not_exists()
        .col(string_len("old_slug", 200).primary_key())
        .col(integer("service_id"))
        .foreign_key(&mut fk_cascade("slug_redirects", "service_id", "services"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(services()).await?;
        manager
            .create_table(join_table(
                "service_jurisdictions",
                "jurisdiction_id",
                "jurisdictions",
            ))
            .await?;
        manager
            .create_table(join_table("service_taxonomy", "term_id", "taxonomy_terms"))
            .await?;
        manager.create_table(service_terms()).await?;
        manager.create_table(service_languages()).await?;
        manager.create_table(slug_redirects()).await?;
        create_indexes(
            manager,
            vec![
                index("services", &["agency_id"]),
                index("services", &["status"]),
                index("service_jurisdictions", &["jurisdiction_id"]),
                index("service_taxonomy", &["term_id"]),
                unique_index("service_terms", &["service_id", "locale", "kind", "term"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &[
                "slug_redirects",
                "service_languages",
                "service_terms",
                "service_taxonomy",
                "service_jurisdictions",
                "services",
            ],
        )
        .await
    }
}
