//! Places where people are served in person, which channels use them, and opening hours
//! (of a service point or of a channel such as a phone line).

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, fk_set_null, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn service_points() -> TableCreateStatement {
    Table::create()
        .table("service_points")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(string_len_null("source_id", 255).unique_key())
        .col(string_len_null("source_hash", 64))
        .col(integer_null("agency_id"))
        .col(integer_null("jurisdiction_id"))
        .col(string_len_null("phone", 64))
        .col(string_len_null("email", 320))
        .col(string_len_null("postal_code", 32))
        .col(double_null("latitude"))
        .col(double_null("longitude"))
        .foreign_key(&mut fk_set_null("service_points", "agency_id", "agencies"))
        .foreign_key(&mut fk_set_null(
            "service_points",
            "jurisdiction_id",
            "jurisdictions",
        ))
        .to_owned()
}

fn channel_service_points() -> TableCreateStatement {
    Table::create()
        .table("channel_service_points")
        .if_not_exists()
        .col(integer("channel_id"))
        .col(integer("service_point_id"))
        .primary_key(Index::create().col("channel_id").col("service_point_id"))
        .foreign_key(&mut fk_cascade(
            "channel_service_points",
            "channel_id",
            "service_channels",
        ))
        .foreign_key(&mut fk_cascade(
            "channel_service_points",
            "service_point_id",
            "service_points",
        ))
        .to_owned()
}

fn opening_hours() -> TableCreateStatement {
    Table::create()
        .table("opening_hours")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer_null("channel_id"))
        .col(integer_null("service_point_id"))
        // ISO weekday, 1 = Monday … 7 = Sunday.
        .col(small_integer("weekday"))
        // "HH:MM", local time of the place.
        .col(string_len("opens", 5))
        .col(string_len("closes", 5))
        .foreign_key(&mut fk_cascade("opening_hours", "channel_id", "service_channels"))
        .foreign_key(&mut fk_cascade(
            "opening_hours",
            "service_point_id",
            "service_points",
        ))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(service_points()).await?;
        manager.create_table(channel_service_points()).await?;
        manager.create_table(opening_hours()).await?;
        create_indexes(
            manager,
            vec![
                index("service_points", &["agency_id"]),
                index("channel_service_points", &["service_point_id"]),
                index("opening_hours", &["channel_id"]),
                index("opening_hours", &["service_point_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &["opening_hours", "channel_service_points", "service_points"],
        )
        .await
    }
}
