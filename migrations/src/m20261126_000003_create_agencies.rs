//! Government bodies that own services; their names and descriptions live in `translations`.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_restrict, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("agencies")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(string_len_uniq("slug", 160))
                    .col(string_len_null("source_id", 255).unique_key())
                    // Hash of the imported record: an unchanged agency is skipped without a write.
                    .col(string_len_null("source_hash", 64))
                    .col(string_len("level", 16))
                    .col(integer("jurisdiction_id"))
                    .col(string_len_null("acronym", 64))
                    .col(string_len_null("website", 1024))
                    .col(string_len_null("email", 320))
                    .col(string_len_null("phone", 64))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk_restrict("agencies", "jurisdiction_id", "jurisdictions"))
                    .to_owned(),
            )
            .await?;
        create_indexes(manager, vec![index("agencies", &["jurisdiction_id"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["agencies"]).await
    }
}
