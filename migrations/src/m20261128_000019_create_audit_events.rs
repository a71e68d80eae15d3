//! The audit log of the admin panel: who did what to which record, and when. The application
//! only ever inserts and reads these rows.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_set_null, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn audit_events() -> TableCreateStatement {
    Table::create()
        .table("audit_events")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(timestamp_with_time_zone("occurred_at"))
        // Cleared when the account is deleted (its data goes with it); the event stays.
        .col(integer_null("actor_account_id"))
        // service.publish, authorization.denied, staff.sign_in… (see `editorial::audit`).
        .col(string_len("action", 40))
        // service | account
        .col(string_len("record_kind", 24))
        .col(integer_null("record_id"))
        // No foreign key: the log outlives agencies and services it names.
        .col(integer_null("agency_id"))
        // JSON with what the action needs to be understood (a rejection's reason, a version
        // number, a role); never a secret.
        .col(text("detail"))
        .foreign_key(&mut fk_set_null("audit_events", "actor_account_id", "accounts"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(audit_events()).await?;
        create_indexes(
            manager,
            vec![
                index("audit_events", &["occurred_at"]),
                index("audit_events", &["actor_account_id"]),
                index("audit_events", &["agency_id", "occurred_at"]),
                index("audit_events", &["record_kind", "record_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["audit_events"]).await
    }
}
