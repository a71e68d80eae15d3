//! Public comments on services: masked before storage, moderated before they are public,
//! reportable once published, and answered by the owning agency with the time to the first
//! answer kept on the comment for the performance pages.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, fk_set_null, index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

const STATUSES: [&str; 3] = ["pending", "published", "rejected"];
/// Why the anti-spam rules held a comment for a closer look (it is in the queue either way).
const HELD_REASONS: [&str; 2] = ["links", "repeated"];
/// Why a moderator rejected a comment, or why a citizen reported one.
const REJECTION_REASONS: [&str; 5] = ["spam", "personal_data", "offensive", "off_topic", "other"];
const REPORT_REASONS: [&str; 4] = ["spam", "personal_data", "offensive", "other"];

fn comments() -> TableCreateStatement {
    Table::create()
        .table("service_comments")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("service_id"))
        // Cleared when the account is deleted: the comment stays, with no link to the person.
        .col(integer_null("account_id"))
        // The language the comment was written in (the page's).
        .col(string_len("locale", 8))
        // At most 1,250 characters, after e-mails, phones and ID numbers were masked.
        .col(text("body"))
        // How many pieces of personal data were masked before storage.
        .col(integer("masked_count").default(0))
        // SHA-256 of the normalized body: the same text posted again is held.
        .col(string_len("body_hash", 64))
        .col(string_len("status", 12).check(Expr::col("status").is_in(STATUSES)))
        .col(string_len_null("held_reason", 12).check(Expr::col("held_reason").is_in(HELD_REASONS)))
        .col(
            string_len_null("rejection_reason", 16)
                .check(Expr::col("rejection_reason").is_in(REJECTION_REASONS)),
        )
        .col(text_null("rejection_note"))
        .col(integer_null("moderated_by"))
        .col(timestamp_with_time_zone_null("moderated_at"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone_null("published_at"))
        // When the agency should have answered by (the configured number of working days).
        .col(timestamp_with_time_zone_null("answer_due_at"))
        .col(timestamp_with_time_zone_null("first_answer_at"))
        .col(integer("report_count").default(0))
        // Reports a moderator has looked at: more reports than this bring the comment back.
        .col(integer("reports_reviewed").default(0))
        .foreign_key(&mut fk_cascade("service_comments", "service_id", "services"))
        .foreign_key(&mut fk_set_null("service_comments", "account_id", "accounts"))
        .foreign_key(&mut fk_set_null("service_comments", "moderated_by", "accounts"))
        .to_owned()
}

fn replies() -> TableCreateStatement {
    Table::create()
        .table("comment_replies")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("comment_id"))
        // The agency that answered, officially; the person is kept for the audit only.
        .col(integer("agency_id"))
        .col(integer_null("account_id"))
        .col(text("body"))
        .col(timestamp_with_time_zone("created_at"))
        .foreign_key(&mut fk_cascade(
            "comment_replies",
            "comment_id",
            "service_comments",
        ))
        .foreign_key(&mut fk_cascade("comment_replies", "agency_id", "agencies"))
        .foreign_key(&mut fk_set_null("comment_replies", "account_id", "accounts"))
        .to_owned()
}

fn reports() -> TableCreateStatement {
    Table::create()
        .table("comment_reports")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("comment_id"))
        .col(integer_null("account_id"))
        .col(string_len("reason", 16).check(Expr::col("reason").is_in(REPORT_REASONS)))
        .col(timestamp_with_time_zone("created_at"))
        .foreign_key(&mut fk_cascade(
            "comment_reports",
            "comment_id",
            "service_comments",
        ))
        .foreign_key(&mut fk_set_null("comment_reports", "account_id", "accounts"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(comments()).await?;
        manager.create_table(replies()).await?;
        manager.create_table(reports()).await?;
        create_indexes(
            manager,
            vec![
                index("service_comments", &["service_id", "status", "published_at"]),
                index("service_comments", &["status", "created_at"]),
                index("service_comments", &["account_id", "created_at"]),
                index("service_comments", &["body_hash"]),
                index("comment_replies", &["comment_id"]),
                // One report per person per comment.
                unique_index("comment_reports", &["comment_id", "account_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &["comment_reports", "comment_replies", "service_comments"],
        )
        .await
    }
}
