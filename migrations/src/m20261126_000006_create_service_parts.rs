//! The structured body of a service: conditions, ordered steps, documents, costs and channels.
//! Documents, costs and channels belong to the service or to one of its steps, and may apply
//! only under a condition ("if you are a naturalised citizen").

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn steps() -> TableCreateStatement {
    Table::create()
        .table("service_steps")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        .col(integer("position"))
        .foreign_key(&mut fk_cascade("service_steps", "service_id", "services"))
        .to_owned()
}

fn conditions() -> TableCreateStatement {
    Table::create()
        .table("service_conditions")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        .col(integer("position"))
        .foreign_key(&mut fk_cascade("service_conditions", "service_id", "services"))
        .to_owned()
}

/// Columns every part shares: its service, optional step and condition, and its order.
fn part_table(name: &'static str) -> TableCreateStatement {
    Table::create()
        .table(name)
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        .col(integer_null("step_id"))
        .col(integer_null("condition_id"))
        .col(integer("position"))
        .foreign_key(&mut fk_cascade(name, "service_id", "services"))
        .foreign_key(&mut fk_cascade(name, "step_id", "service_steps"))
        .foreign_key(&mut fk_cascade(name, "condition_id", "service_conditions"))
        .to_owned()
}

fn documents() -> TableCreateStatement {
    part_table("service_documents")
}

fn costs() -> TableCreateStatement {
    let mut table = part_table("service_costs");
    table
        // fixed | variable
        .col(string_len("kind", 16))
        // Amount in the currency's minor unit (cents), never a float.
        .col(big_integer_null("amount_minor"))
        .col(string_len_null("currency", 3));
    table.to_owned()
}

fn channels() -> TableCreateStatement {
    let mut table = part_table("service_channels");
    table
        // web | office | phone | sms | app | mail | email
        .col(string_len("kind", 16))
        // What the channel is for when it is a web channel: schedule, track, apply…
        .col(string_len_null("purpose", 32))
        .col(string_len_null("url", 1024))
        .col(string_len_null("phone", 64))
        .col(string_len_null("email", 320))
        .col(integer_null("wait_minutes"))
        .col(integer_null("processing_min"))
        .col(integer_null("processing_max"))
        .col(string_len_null("processing_unit", 16))
        .col(string_len_null("cost_kind", 16))
        .col(big_integer_null("cost_amount_minor"))
        .col(string_len_null("cost_currency", 3));
    table.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(steps()).await?;
        manager.create_table(conditions()).await?;
        manager.create_table(documents()).await?;
        manager.create_table(costs()).await?;
        manager.create_table(channels()).await?;
        let mut indexes = vec![
            index("service_steps", &["service_id"]),
            index("service_conditions", &["service_id"]),
        ];
        for table in ["service_documents", "service_costs", "service_channels"] {
            indexes.push(index(table, &["service_id"]));
            indexes.push(index(table, &["step_id"]));
        }
        create_indexes(manager, indexes).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &[
                "service_channels",
                "service_costs",
                "service_documents",
                "service_conditions",
                "service_steps",
            ],
        )
        .await
    }
}
