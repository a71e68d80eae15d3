//! Ratings of services by signed-in citizens, answers to "is this page useful?", and one row of
//! totals per service kept current on every rating (web and SMS) for the pages, search ranking
//! and open data. Feedback holds no address, account or session: only the service, the page's
//! language, the day and what the person chose to write.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, fk_set_null, index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What a rating mostly reflects, when the person says.
const DIMENSIONS: [&str; 6] = ["clarity", "ease", "channels", "cost", "time", "result"];
/// What went wrong on a page found not useful, when the person says.
const REASONS: [&str; 5] = ["incorrect", "incomplete", "unclear", "not_needed", "other"];

fn ratings() -> TableCreateStatement {
    Table::create()
        .table("service_ratings")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        // Cleared when the account is deleted: the rating stays, with no link to the person.
        .col(integer_null("account_id"))
        .col(small_integer("stars").check(Expr::col("stars").between(1, 5)))
        .col(string_len_null("dimension", 16).check(Expr::col("dimension").is_in(DIMENSIONS)))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .foreign_key(&mut fk_cascade("service_ratings", "service_id", "services"))
        .foreign_key(&mut fk_set_null("service_ratings", "account_id", "accounts"))
        .to_owned()
}

fn totals() -> TableCreateStatement {
    Table::create()
        .table("service_rating_totals")
        .if_not_exists()
        .col(integer("service_id").primary_key())
        // Both channels together, then each channel's share.
        .col(integer("rating_count").default(0))
        .col(integer("web_count").default(0))
        .col(integer("sms_count").default(0))
        .col(integer("stars_sum").default(0))
        .col(integer("stars_1").default(0))
        .col(integer("stars_2").default(0))
        .col(integer("stars_3").default(0))
        .col(integer("stars_4").default(0))
        .col(integer("stars_5").default(0))
        // The plain mean (NULL before the first rating) and the Bayesian average search ranks by.
        .col(double_null("average"))
        .col(double("bayesian_average"))
        // Answers to "is this page useful?".
        .col(integer("useful_yes").default(0))
        .col(integer("useful_no").default(0))
        .col(timestamp_with_time_zone("updated_at"))
        .foreign_key(&mut fk_cascade("service_rating_totals", "service_id", "services"))
        .to_owned()
}

fn feedback() -> TableCreateStatement {
    Table::create()
        .table("page_feedback")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        // The language the page was read in.
        .col(string_len("locale", 8))
        .col(boolean("useful"))
        .col(string_len_null("reason", 16).check(Expr::col("reason").is_in(REASONS)))
        // At most 500 characters, typed by the person; never published.
        .col(text_null("comment"))
        // SHA-256 of the one-time ticket that lets a "no" be followed by what went wrong;
        // cleared once used.
        .col(string_len_null("ticket_hash", 64))
        // The day only: no time that could be matched with other records.
        .col(date("day"))
        .foreign_key(&mut fk_cascade("page_feedback", "service_id", "services"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(ratings()).await?;
        manager.create_table(totals()).await?;
        manager.create_table(feedback()).await?;
        create_indexes(
            manager,
            vec![
                // One rating per person per service: concurrent submissions meet here. Ratings
                // of deleted accounts (NULL) never collide, on both databases.
                unique_index("service_ratings", &["service_id", "account_id"]),
                index("service_ratings", &["account_id"]),
                index("service_rating_totals", &["bayesian_average"]),
                index("page_feedback", &["service_id", "day"]),
                unique_index("page_feedback", &["ticket_hash"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &["page_feedback", "service_rating_totals", "service_ratings"],
        )
        .await
    }
}
