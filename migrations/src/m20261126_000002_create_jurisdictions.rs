//! Places a government serves: country → state/department → municipality, with official codes.

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
                    .table("jurisdictions")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    // ISO 3166-1/-2 for countries and states, the national statistics code for municipalities.
                    .col(string_len_uniq("code", 32))
                    .col(string_len("kind", 16))
                    .col(integer_null("parent_id"))
                    .col(string_len("country_code", 2))
                    .col(string_len_uniq("slug", 128))
                    .col(string_len("name", 255))
                    .foreign_key(&mut fk_restrict("jurisdictions", "parent_id", "jurisdictions"))
                    .to_owned(),
            )
            .await?;
        create_indexes(manager, vec![index("jurisdictions", &["parent_id"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["jurisdictions"]).await
    }
}
