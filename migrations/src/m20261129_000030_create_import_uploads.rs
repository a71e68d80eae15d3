//! Files uploaded to the admin panel's import, kept between the dry run and the confirmation:
//! in the database, so every instance behind the load balancer sees them, for an hour.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn import_uploads() -> TableCreateStatement {
    Table::create()
        .table("import_uploads")
        .if_not_exists()
        // Random, unguessable: the confirmation form posts it back.
        .col(string_len("id", 64).primary_key())
        // Only the uploader may review or confirm it.
        .col(integer("account_id"))
        .col(integer("agency_id"))
        // govbr | hsds | csv
        .col(string_len("format", 16))
        // JSON: each file's name and base64 content (SQLite and PostgreSQL read it alike).
        .col(text("files"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("expires_at"))
        // Set once imported, with the counts the summary page shows; a second run is refused.
        .col(timestamp_with_time_zone_null("completed_at"))
        .col(text_null("result"))
        .foreign_key(&mut fk_cascade("import_uploads", "account_id", "accounts"))
        .foreign_key(&mut fk_cascade("import_uploads", "agency_id", "agencies"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(import_uploads()).await?;
        create_indexes(
            manager,
            vec![
                index("import_uploads", &["expires_at"]),
                index("import_uploads", &["account_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["import_uploads"]).await
    }
}
