//! A feed of changed services: every instance's search index follows it to stay current.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("catalog_changes")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    // No foreign key: a deleted service must still be announced, to leave the index.
                    .col(integer("service_id"))
                    .col(timestamp_with_time_zone("changed_at"))
                    .to_owned(),
            )
            .await?;
        create_indexes(manager, vec![index("catalog_changes", &["changed_at"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["catalog_changes"]).await
    }
}
