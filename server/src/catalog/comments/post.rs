//! Posting a comment: who may, the anti-spam checks (a hidden field only scripts fill in, a
//! signed minimum fill time, one comment a minute per account, links and repeated text held
//! with a reason), the masking of personal data, and the row, always pending moderation.

use std::time::Duration;

use app::locale::Locale;
use app::model::{CommentStatus, HeldReason, MAX_COMMENT_CHARS};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set};

use super::CommentError;
use super::form_stamp::{self, StampCheck};
use super::masking::mask_personal_data;
use super::text::{body_hash, clean, is_mostly_links};
use crate::auth::rate_limit::{self, Decision, Limit};
use crate::catalog::visible::visible_service;
use crate::db::entities::service_comment;

/// One comment a minute per account, counted in the database so every instance agrees.
pub const COMMENT_LIMIT: Limit = Limit {
    burst: 1,
    period: Duration::from_secs(60),
};

/// The comment form as posted.
#[derive(Clone, Copy, Debug, Default)]
pub struct CommentForm<'a> {
    /// The service's slug.
    pub service: &'a str,
    pub body: &'a str,
    /// The hidden field people never see: anything in it means a script filled the form.
    pub honeypot: &'a str,
    /// The signed time the form was served.
    pub stamp: &'a str,
}

/// The signed-in person commenting.
#[derive(Clone, Copy, Debug)]
pub struct Commenter {
    pub account_id: i32,
    pub staff: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Posted {
    /// Stored, pending moderation.
    Queued {
        id: i32,
        held: Option<HeldReason>,
        masked: usize,
    },
    /// A script filled the hidden field: answered like a success, nothing stored.
    Discarded,
}

fn checked_body(text: &str) -> Result<String, CommentError> {
    let body = clean(text);
    if body.is_empty() {
        return Err(CommentError::Empty);
    }
    if body.chars().count() > MAX_COMMENT_CHARS {
        return Err(CommentError::TooLong);
    }
    Ok(body)
}

/// Checked in the order the page can explain: which service, who, then the form itself; the
/// rate limit last, so a refused form does not use up the person's minute.
pub async fn post_comment(
    db: &DatabaseConnection,
    secret: &[u8],
    locale: Locale,
    commenter: Option<Commenter>,
    form: CommentForm<'_>,
    now: DateTime<Utc>,
) -> Result<Posted, CommentError> {
    let slug = form.service.trim();
    if slug.is_empty() {
        return Err(CommentError::MissingService);
    }
    let service = visible_service(db, slug)
        .await?
        .ok_or(CommentError::UnknownService)?;
    if service.status == "archived" {
        return Err(CommentError::Archived);
    }
    let commenter = commenter.ok_or(CommentError::SignedOut)?;
    if commenter.staff {
        return Err(CommentError::Staff);
    }
    if !form.honeypot.trim().is_empty() {
        tracing::info!(target: "security", event = "comment_honeypot", account = commenter.account_id);
        return Ok(Posted::Discarded);
    }
    match form_stamp::check(secret, service.id, form.stamp, now) {
        StampCheck::Fine => {}
        StampCheck::TooFast => return Err(CommentError::TooFast),
        StampCheck::Expired => return Err(CommentError::Expired),
    }
    let body = checked_body(form.body)?;
    let key = format!("comment:{}", commenter.account_id);
    if let Decision::RetryAfter(seconds) = rate_limit::check(db, &key, COMMENT_LIMIT, now).await? {
        return Err(CommentError::RateLimited(seconds));
    }
    let masked = mask_personal_data(&body);
    let hash = body_hash(&masked.text);
    let repeated = service_comment::Entity::find()
        .filter(service_comment::Column::BodyHash.eq(hash.as_str()))
        .count(db)
        .await?
        > 0;
    let held = if is_mostly_links(&masked.text) {
        Some(HeldReason::Links)
    } else if repeated {
        Some(HeldReason::Repeated)
    } else {
        None
    };
    let inserted = service_comment::Entity::insert(service_comment::ActiveModel {
        service_id: Set(service.id),
        account_id: Set(Some(commenter.account_id)),
        locale: Set(locale.code().to_owned()),
        body: Set(masked.text),
        masked_count: Set(i32::try_from(masked.count).unwrap_or(i32::MAX)),
        body_hash: Set(hash),
        status: Set(CommentStatus::Pending.code().to_owned()),
        held_reason: Set(held.map(|reason| reason.code().to_owned())),
        created_at: Set(now),
        report_count: Set(0),
        reports_reviewed: Set(0),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(Posted::Queued {
        id: inserted.last_insert_id,
        held,
        masked: masked.count,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_counted_in_characters_after_trimming() {
        assert!(matches!(checked_body(" \n "), Err(CommentError::Empty)));
        let limit = "ã".repeat(MAX_COMMENT_CHARS);
        assert_eq!(checked_body(&format!("  {limit}\r\n")).ok(), Some(limit.clone()));
        assert!(matches!(
            checked_body(&format!("{limit}x")),
            Err(CommentError::TooLong)
        ));
        let lines = "a\r\n".repeat(MAX_COMMENT_CHARS / 2);
        assert!(
            checked_body(&lines).is_ok(),
            "a line break sent as CRLF counts once"
        );
    }
}
