//! Per-locale text of every translatable field of every record, with its translation status.
//! One table for all owners keeps the fallback logic in one place.

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
                    .table("translations")
                    .if_not_exists()
                    // service | agency | term | step | condition | document | cost | channel | service_point
                    .col(string_len("owner_kind", 16))
                    .col(integer("owner_id"))
                    .col(string_len("field", 32))
                    .col(string_len("locale", 8))
                    .col(text("value"))
                    // original | reviewed | machine | outdated
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("updated_at"))
                    .primary_key(
                        Index::create()
                            .col("owner_kind")
                            .col("owner_id")
                            .col("field")
                            .col("locale"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["translations"]).await
    }
}
