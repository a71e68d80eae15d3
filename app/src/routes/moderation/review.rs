//! Comments waiting for a decision, oldest first: new ones (with why the anti-spam rules held
//! them, if they did, and how much personal data was masked) and published ones reported
//! again. Approve, keep, or reject with a reason and an optional note.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::CommentHead;
use crate::i18n::{current_locale, t, t_args};
use crate::model::{CommentStatus, MAX_NOTE_CHARS, QueueComment, RejectionReason};

#[component]
pub fn ToReview(comments: Vec<QueueComment>) -> impl IntoView {
    let body = if comments.is_empty() {
        view! { <p>{t("moderation-review-none")}</p> }.into_any()
    } else {
        let items = comments
            .into_iter()
            .map(|comment| view! { <ReviewItem comment=comment/> })
            .collect_view();
        view! { <ol class="moderation-list">{items}</ol> }.into_any()
    };
    view! {
        <section aria-labelledby="review-heading" id="review">
            <h2 id="review-heading">{t("moderation-review-heading")}</h2>
            {body}
        </section>
    }
}

/// What the moderator should know before deciding.
fn flags(comment: &QueueComment) -> Vec<String> {
    let mut flags = Vec::new();
    if comment.status == CommentStatus::Published {
        flags.push(t_args(
            "moderation-reported",
            &[
                ("count", FluentValue::from(comment.report_count)),
                ("new", FluentValue::from(comment.new_reports)),
            ],
        ));
    }
    if let Some(held) = comment.held {
        flags.push(t(&format!("moderation-held-{}", held.code())));
    }
    if comment.masked_count > 0 {
        flags.push(t_args(
            "moderation-masked",
            &[("count", FluentValue::from(comment.masked_count))],
        ));
    }
    flags
}

#[component]
fn ReviewItem(comment: QueueComment) -> impl IntoView {
    let locale = current_locale();
    let id = comment.id;
    let action = |verb: &str| format!("/{}/admin/comments/{id}/{verb}", locale.code());
    let flags = flags(&comment)
        .into_iter()
        .map(|flag| view! { <li>{flag}</li> })
        .collect_view();
    let published = comment.status == CommentStatus::Published;
    let primary = if published {
        view! {
            <form method="post" action=action("keep")>
                <button type="submit" class="button">{t("moderation-keep")}</button>
            </form>
        }
        .into_any()
    } else {
        view! {
            <form method="post" action=action("approve")>
                <button type="submit" class="button primary">{t("moderation-approve")}</button>
            </form>
        }
        .into_any()
    };
    let reasons = RejectionReason::ALL
        .iter()
        .map(|reason| view! { <option value=reason.code()>{t(&format!("moderation-reason-{}", reason.code()))}</option> })
        .collect_view();
    let reason_id = format!("reject-reason-{id}");
    let note_id = format!("reject-note-{id}");
    view! {
        <li class="moderation-item" id=format!("comment-{id}")>
            <article>
                <CommentHead comment=comment/>
                <ul class="moderation-flags">{flags}</ul>
                {primary}
                <form method="post" action=action("reject") class="reject-form">
                    <div class="field">
                        <label for=reason_id.clone()>{t("moderation-reason-label")}</label>
                        <select id=reason_id name="reason" required=true>{reasons}</select>
                    </div>
                    <div class="field">
                        <label for=note_id.clone()>{t("moderation-note-label")}</label>
                        <textarea id=note_id name="note" rows="2" maxlength=MAX_NOTE_CHARS.to_string()></textarea>
                    </div>
                    <button type="submit" class="button">
                        {if published { t("moderation-take-down") } else { t("moderation-reject") }}
                    </button>
                </form>
            </article>
        </li>
    }
}
