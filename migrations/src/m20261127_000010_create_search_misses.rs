//! Searches that found nothing, counted per day: what people look for and the catalogue lacks.
//! Only the normalized words are kept: no address, no account, nothing that points to a person.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::drop_tables;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("search_misses")
                    .if_not_exists()
                    .col(date("day"))
                    .col(string_len("locale", 8))
                    .col(string_len("query", 200))
                    .col(integer("count"))
                    .primary_key(Index::create().col("day").col("locale").col("query"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["search_misses"]).await
    }
}
