//! "Is this page useful?": a yes or no, and after a no, optionally what went wrong. Nothing
//! about the person is kept: no address, account or session, and only the day. A "no" hands back
//! a one-time ticket (only its hash is stored) so that the follow-up form, on the next page, can
//! add its details to that answer and to no other.

use app::locale::Locale;
use app::model::FeedbackReason;
use app::ratings::MAX_COMMENT_CHARS;
use chrono::{DateTime, Days, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionSession, TransactionTrait,
};

use super::{FeedbackError, totals};
use crate::auth::secrets::{random_token, token_hash};
use crate::catalog::visible::visible_service;
use crate::db::entities::{page_feedback, service};

/// A ticket works on the day of its "no" and the next, so an answer given just before
/// midnight can still be completed.
const TICKET_DAYS: u64 = 1;

/// The yes/no form as posted.
#[derive(Clone, Copy, Debug, Default)]
pub struct UsefulForm<'a> {
    pub service: &'a str,
    /// `yes` or `no`.
    pub useful: &'a str,
}

/// The "what went wrong" form as posted.
#[derive(Clone, Copy, Debug, Default)]
pub struct DetailsForm<'a> {
    pub service: &'a str,
    pub ticket: &'a str,
    /// A [`FeedbackReason`] code, or empty for none.
    pub reason: &'a str,
    pub comment: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answered {
    Yes,
    /// The ticket that lets the person say what went wrong.
    No {
        ticket: String,
    },
}

async fn named_service(db: &impl ConnectionTrait, slug: &str) -> Result<service::Model, FeedbackError> {
    let slug = slug.trim();
    if slug.is_empty() {
        return Err(FeedbackError::MissingService);
    }
    visible_service(db, slug)
        .await?
        .ok_or(FeedbackError::UnknownService)
}

/// Records a yes or a no for the page of a service (published or archived), in the language
/// it was read in, and counts it in the service's totals.
pub async fn answer_useful<C>(
    db: &C,
    locale: Locale,
    form: UsefulForm<'_>,
    now: DateTime<Utc>,
) -> Result<Answered, FeedbackError>
where
    C: ConnectionTrait + TransactionTrait,
{
    let service = named_service(db, form.service).await?;
    let useful = match form.useful.trim() {
        "yes" => true,
        "no" => false,
        _ => return Err(FeedbackError::Answer),
    };
    let ticket = (!useful).then(random_token);
    let txn = db.begin().await?;
    page_feedback::Entity::insert(page_feedback::ActiveModel {
        service_id: Set(service.id),
        locale: Set(locale.code().to_owned()),
        useful: Set(useful),
        reason: Set(None),
        comment: Set(None),
        ticket_hash: Set(ticket.as_deref().map(token_hash)),
        day: Set(now.date_naive()),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    totals::count_useful(&txn, service.id, useful, now).await?;
    txn.commit().await?;
    Ok(match ticket {
        Some(ticket) => Answered::No { ticket },
        None => Answered::Yes,
    })
}

/// The comment as stored: trimmed, control characters other than line breaks and tabs dropped;
/// too long is refused rather than cut, so nothing is stored that the person did not see.
fn clean_comment(text: &str) -> Result<Option<String>, FeedbackError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect();
    if cleaned.chars().count() > MAX_COMMENT_CHARS {
        return Err(FeedbackError::TooLong);
    }
    Ok((!cleaned.is_empty()).then_some(cleaned))
}

fn parse_reason(text: &str) -> Result<Option<FeedbackReason>, FeedbackError> {
    let code = text.trim();
    if code.is_empty() {
        return Ok(None);
    }
    FeedbackReason::from_code(code)
        .map(Some)
        .ok_or(FeedbackError::Reason)
}

/// Adds what went wrong to the "no" the ticket was given for, once: the ticket is cleared in
/// the same statement that checks it, so two submissions cannot both add theirs.
pub async fn add_details(
    db: &impl ConnectionTrait,
    form: DetailsForm<'_>,
    now: DateTime<Utc>,
) -> Result<(), FeedbackError> {
    let service = named_service(db, form.service).await?;
    let reason = parse_reason(form.reason)?;
    let comment = clean_comment(form.comment)?;
    let ticket = form.ticket.trim();
    if ticket.is_empty() || ticket.len() > 64 {
        return Err(FeedbackError::Expired);
    }
    let oldest = now
        .date_naive()
        .checked_sub_days(Days::new(TICKET_DAYS))
        .unwrap_or(now.date_naive());
    let updated = page_feedback::Entity::update_many()
        .col_expr(
            page_feedback::Column::Reason,
            Expr::value(reason.map(|r| r.code().to_owned())),
        )
        .col_expr(page_feedback::Column::Comment, Expr::value(comment))
        .col_expr(page_feedback::Column::TicketHash, Expr::value(None::<String>))
        .filter(page_feedback::Column::TicketHash.eq(token_hash(ticket)))
        .filter(page_feedback::Column::ServiceId.eq(service.id))
        .filter(page_feedback::Column::Day.gte(oldest))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(FeedbackError::Expired);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_trimmed_cleaned_and_bounded() {
        assert_eq!(clean_comment("  ").ok(), Some(None));
        assert_eq!(
            clean_comment(" wrong\u{0}\u{7} fee\nline ").ok(),
            Some(Some("wrong fee\nline".to_owned()))
        );
        let limit = "é".repeat(MAX_COMMENT_CHARS);
        assert_eq!(clean_comment(&limit).ok(), Some(Some(limit.clone())));
        assert!(matches!(
            clean_comment(&format!("{limit}x")),
            Err(FeedbackError::TooLong)
        ));
    }

    #[test]
    fn reasons_are_optional_but_must_be_known() {
        assert_eq!(parse_reason("").ok(), Some(None));
        assert_eq!(
            parse_reason("not_needed").ok(),
            Some(Some(FeedbackReason::NotNeeded))
        );
        assert!(matches!(parse_reason("rude"), Err(FeedbackError::Reason)));
    }
}
