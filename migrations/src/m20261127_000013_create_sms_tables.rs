//! The SMS channel's state: per-phone preferences, the conversation session, the message log
//! that also de-duplicates inbound webhooks, and ratings sent by SMS. Phones appear only as a
//! keyed hash (HMAC of the E.164 number under the site secret): never a number in clear.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, fk_set_null, index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn phones() -> TableCreateStatement {
    Table::create()
        .table("sms_phones")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len_uniq("phone_hash", 64))
        // The language replies go out in, once chosen or guessed.
        .col(string_len_null("locale", 8))
        // The municipality chosen with LOCAL, so its services rank first.
        .col(integer_null("place_id"))
        .col(boolean("opted_out").default(false))
        .col(timestamp_with_time_zone("updated_at"))
        .foreign_key(&mut fk_set_null("sms_phones", "place_id", "jurisdictions"))
        .to_owned()
}

fn sessions() -> TableCreateStatement {
    Table::create()
        .table("sms_sessions")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len_uniq("phone_hash", 64))
        // services | places: what the numbers of the list sent last stand for.
        .col(string_len("kind", 16))
        .col(text("query"))
        // JSON array of the ids listed, in order (services, or places to choose from).
        .col(text("results"))
        // Index in `results` of the first entry of the list sent last ("offset" is reserved SQL).
        .col(integer("list_offset"))
        .col(timestamp_with_time_zone("expires_at"))
        .to_owned()
}

fn messages() -> TableCreateStatement {
    Table::create()
        .table("sms_messages")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len("gateway", 64))
        // The gateway's id of an inbound message: a retried webhook carries the same one.
        .col(string_len_null("gateway_message_id", 128))
        // in | out
        .col(string_len("direction", 3))
        .col(string_len("phone_hash", 64))
        .col(string_len_null("locale", 8))
        .col(integer("text_chars"))
        .col(integer("segments"))
        // gsm7 | ucs2
        .col(string_len("coding", 8))
        // The reply given to an inbound message, so a retry gets the same answer; cleared after
        // 7 days, when no gateway retries any more.
        .col(text_null("reply_text"))
        .col(timestamp_with_time_zone("created_at"))
        .to_owned()
}

fn ratings() -> TableCreateStatement {
    Table::create()
        .table("sms_ratings")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        .col(string_len("phone_hash", 64))
        .col(small_integer("stars").check(Expr::col("stars").between(1, 5)))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .foreign_key(&mut fk_cascade("sms_ratings", "service_id", "services"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(phones()).await?;
        manager.create_table(sessions()).await?;
        manager.create_table(messages()).await?;
        manager.create_table(ratings()).await?;
        create_indexes(
            manager,
            vec![
                index("sms_phones", &["place_id"]),
                index("sms_sessions", &["expires_at"]),
                // Outbound rows have no gateway id: NULLs never collide, on both databases.
                unique_index("sms_messages", &["gateway", "gateway_message_id"]),
                index("sms_messages", &["created_at"]),
                index("sms_messages", &["phone_hash", "created_at"]),
                // One rating per phone per service: concurrent upserts meet here.
                unique_index("sms_ratings", &["service_id", "phone_hash"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &["sms_ratings", "sms_messages", "sms_sessions", "sms_phones"],
        )
        .await
    }
}
