//! Content locales and the order in which each falls back to the others.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::drop_tables;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (code, native name, fallback chain): Spanish and Portuguese readers understand each other best,
/// French readers are more often at ease in English.
const LOCALES: [(&str, &str, &str, i32); 4] = [
    ("es", "Español", "es,pt,en,fr", 1),
    ("pt", "Português", "pt,es,en,fr", 2),
    ("en", "English", "en,es,pt,fr", 3),
    ("fr", "Français", "fr,en,es,pt", 4),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("locales")
                    .if_not_exists()
                    .col(string_len("code", 8).primary_key())
                    .col(string_len("native_name", 64))
                    .col(string_len("fallback_chain", 64))
                    .col(integer("position"))
                    .to_owned(),
            )
            .await?;
        for (code, name, chain, position) in LOCALES {
            let insert = Query::insert()
                .into_table("locales")
                .columns(["code", "native_name", "fallback_chain", "position"])
                .values_panic([code.into(), name.into(), chain.into(), position.into()])
                .to_owned();
            manager.exec_stmt(insert).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["locales"]).await
    }
}
