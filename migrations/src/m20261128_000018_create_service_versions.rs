//! Every saved state of a service's editable content, numbered per service, so the admin panel
//! can show history and differences, restore an old state, and detect concurrent saves.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, fk_set_null, index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn service_versions() -> TableCreateStatement {
    Table::create()
        .table("service_versions")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        // Equals `services.version` at the time it was saved: the optimistic lock's token.
        .col(integer("version"))
        // JSON of the whole editable service (facts, parts, texts in every locale). Text, not a
        // JSON type, so SQLite and PostgreSQL store it alike.
        .col(text("snapshot"))
        // Cleared when the account is deleted: the history stays, without the person.
        .col(integer_null("author_account_id"))
        .col(timestamp_with_time_zone("created_at"))
        .col(text_null("note"))
        // Set on the version that went live, so pending changes to a published service show.
        .col(timestamp_with_time_zone_null("published_at"))
        .foreign_key(&mut fk_cascade("service_versions", "service_id", "services"))
        .foreign_key(&mut fk_set_null(
            "service_versions",
            "author_account_id",
            "accounts",
        ))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(service_versions()).await?;
        create_indexes(
            manager,
            vec![
                // Two saves racing for the same number: the database lets only one in.
                unique_index("service_versions", &["service_id", "version"]),
                index("service_versions", &["author_account_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["service_versions"]).await
    }
}
