//! Life events and topics that group services; labels live in `translations`.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{drop_tables, fk_set_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("taxonomy_terms")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(string_len_uniq("slug", 160))
                    .col(string_len("kind", 16))
                    .col(integer_null("parent_id"))
                    .col(integer("position").default(0))
                    .foreign_key(&mut fk_set_null("taxonomy_terms", "parent_id", "taxonomy_terms"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["taxonomy_terms"]).await
    }
}
