//! Server-side state of authentication: sessions, WebAuthn ceremonies, staff invitations and
//! rate-limit states. In the database so that every instance sees the same.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn sessions() -> TableCreateStatement {
    Table::create()
        .table("sessions")
        .if_not_exists()
        .col(pk_auto("id"))
        // SHA-256 of the 128-bit token in the cookie: a leaked table does not give sessions.
        .col(string_len_uniq("token_hash", 64))
        .col(integer("account_id"))
        // citizen | staff (staff sessions are shorter)
        .col(string_len("kind", 16))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("last_seen_at"))
        .col(timestamp_with_time_zone("expires_at"))
        // When the person last proved presence with a passkey: adding or removing one needs it recent.
        .col(timestamp_with_time_zone_null("verified_at"))
        // Signed in with a recovery code or a password only: must add/use a passkey next.
        .col(boolean("needs_passkey").default(false))
        // Recovery codes just made, encrypted with a key only this session's cookie gives;
        // shown once on the next page, then cleared.
        .col(text_null("pending_codes"))
        .foreign_key(&mut fk_cascade("sessions", "account_id", "accounts"))
        .to_owned()
}

fn ceremonies() -> TableCreateStatement {
    Table::create()
        .table("webauthn_ceremonies")
        .if_not_exists()
        // Random id handed to the browser with the challenge, given back with the answer.
        .col(string_len("id", 64).primary_key())
        // register | authenticate | discover
        .col(string_len("kind", 16))
        .col(integer_null("account_id"))
        .col(text("state"))
        .col(timestamp_with_time_zone("expires_at"))
        .foreign_key(&mut fk_cascade("webauthn_ceremonies", "account_id", "accounts"))
        .to_owned()
}

fn invitations() -> TableCreateStatement {
    Table::create()
        .table("staff_invitations")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len_uniq("token_hash", 64))
        .col(string_len("email", 320))
        .col(string_len("role", 32))
        .col(integer_null("agency_id"))
        .col(integer_null("invited_by"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("expires_at"))
        .col(timestamp_with_time_zone_null("used_at"))
        .foreign_key(&mut fk_cascade("staff_invitations", "agency_id", "agencies"))
        .to_owned()
}

fn rate_limits() -> TableCreateStatement {
    Table::create()
        .table("rate_limits")
        .if_not_exists()
        // What is limited and for whom, e.g. "signin:acct:42:ip:<keyed hash>".
        .col(string_len("key", 200).primary_key())
        // GCRA theoretical arrival time, milliseconds since the Unix epoch.
        .col(big_integer("tat_ms"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(sessions()).await?;
        manager.create_table(ceremonies()).await?;
        manager.create_table(invitations()).await?;
        manager.create_table(rate_limits()).await?;
        create_indexes(
            manager,
            vec![
                index("sessions", &["account_id"]),
                index("sessions", &["expires_at"]),
                index("webauthn_ceremonies", &["expires_at"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &[
                "rate_limits",
                "staff_invitations",
                "webauthn_ceremonies",
                "sessions",
            ],
        )
        .await
    }
}
