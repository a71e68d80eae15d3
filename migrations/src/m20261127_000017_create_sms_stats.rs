//! SMS statistics counted per day, kept without any phone or message id: each normalized search
//! with how often it found nothing, and opt-outs and opt-ins; plus the SMS simulator's own
//! transcript per staff account, which never touches the channel's log.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn query_days() -> TableCreateStatement {
    Table::create()
        .table("sms_query_days")
        .if_not_exists()
        .col(date("day"))
        .col(string_len("locale", 8))
        .col(string_len("query", 200))
        .col(integer("searches").default(0))
        .col(integer("misses").default(0))
        .primary_key(Index::create().col("day").col("locale").col("query"))
        .to_owned()
}

fn event_days() -> TableCreateStatement {
    Table::create()
        .table("sms_event_days")
        .if_not_exists()
        .col(date("day"))
        .col(string_len("event", 16).check(Expr::col("event").is_in(["opt_out", "opt_in"])))
        .col(integer("count").default(0))
        .primary_key(Index::create().col("day").col("event"))
        .to_owned()
}

fn simulator_turns() -> TableCreateStatement {
    Table::create()
        .table("sms_simulator_turns")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("account_id"))
        // None: the built-in policy, when no gateway is configured.
        .col(string_len_null("gateway", 64))
        .col(text("sent"))
        // None: the conversation stayed silent (an opted-out phone).
        .col(text_null("reply"))
        .col(string_len("reply_locale", 8))
        .col(timestamp_with_time_zone("created_at"))
        .foreign_key(&mut fk_cascade("sms_simulator_turns", "account_id", "accounts"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(query_days()).await?;
        manager.create_table(event_days()).await?;
        manager.create_table(simulator_turns()).await?;
        create_indexes(manager, vec![index("sms_simulator_turns", &["account_id", "id"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &["sms_simulator_turns", "sms_event_days", "sms_query_days"],
        )
        .await
    }
}
