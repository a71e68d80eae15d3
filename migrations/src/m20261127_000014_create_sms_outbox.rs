//! SMS replies that are sent later rather than in the webhook's answer: the outbox the sender
//! workers claim rows from, the counters behind the per-phone and per-gateway rate limits (shared
//! by every instance), and the delivery state of every outbound message in the log.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn outbox() -> TableCreateStatement {
    Table::create()
        .table("sms_outbox")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len("gateway", 64))
        // Derived from the gateway and the inbound message's id: a retried webhook queues nothing.
        .col(string_len_uniq("idempotency_key", 200))
        // Our random reference for this message, carried by delivery reports.
        .col(string_len_uniq("reference", 32))
        // The number to send to, as the gateway wrote it: cleared as soon as nothing more will
        // be sent (sent, failed or dead), so it is held only while the message is on its way.
        .col(string_len_null("destination", 64))
        .col(string_len("phone_hash", 64))
        .col(string_len_null("locale", 8))
        .col(text("text"))
        // gsm7 | ucs2
        .col(string_len("coding", 8))
        .col(integer("segments"))
        // queued | sending | sent | delivered | failed | dead
        .col(string_len("status", 16))
        // Incremented when a worker claims the row; doubles as the claim's fencing token.
        .col(integer("attempts").default(0))
        .col(timestamp_with_time_zone("next_attempt_at"))
        // A worker's claim: another may take the row once it has passed (the worker died).
        .col(timestamp_with_time_zone_null("lease_until"))
        .col(string_len_null("gateway_message_id", 128))
        // What went wrong last, in our words (status code or kind of error): never the number.
        .col(string_len_null("last_error", 255))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .col(timestamp_with_time_zone_null("sent_at"))
        // When the delivery report came (delivered or failed on the handset's side).
        .col(timestamp_with_time_zone_null("reported_at"))
        .to_owned()
}

fn counters() -> TableCreateStatement {
    Table::create()
        .table("sms_counters")
        .if_not_exists()
        // `phone:<hash>` (inbound messages per minute) or `send:<gateway>` (requests per second).
        .col(string_len("counter_key", 100).primary_key())
        // Unix time at which the current window started.
        .col(big_integer("window_start"))
        .col(integer("hits"))
        .to_owned()
}

/// One column per statement: SQLite alters a table one column at a time.
fn add_to_messages(column: ColumnDef) -> TableAlterStatement {
    Table::alter().table("sms_messages").add_column(column).to_owned()
}

fn drop_from_messages(column: &'static str) -> TableAlterStatement {
    Table::alter()
        .table("sms_messages")
        .drop_column(column)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(outbox()).await?;
        manager.create_table(counters()).await?;
        // Outbound log rows learn what became of them: the reference their delivery report
        // carries, delivered | failed | accepted, and when it was reported.
        manager
            .alter_table(add_to_messages(string_len_null("delivery_ref", 32)))
            .await?;
        manager
            .alter_table(add_to_messages(string_len_null("delivery_status", 16)))
            .await?;
        manager
            .alter_table(add_to_messages(timestamp_with_time_zone_null("delivery_at")))
            .await?;
        create_indexes(
            manager,
            vec![
                // The claim: due rows of one gateway, oldest first.
                index("sms_outbox", &["gateway", "status", "next_attempt_at"]),
                index("sms_outbox", &["updated_at"]),
                index("sms_counters", &["window_start"]),
                unique_index("sms_messages", &["delivery_ref"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("uq_sms_messages_delivery_ref")
                    .table("sms_messages")
                    .to_owned(),
            )
            .await?;
        for column in ["delivery_at", "delivery_status", "delivery_ref"] {
            manager.alter_table(drop_from_messages(column)).await?;
        }
        drop_tables(manager, &["sms_counters", "sms_outbox"]).await
    }
}
