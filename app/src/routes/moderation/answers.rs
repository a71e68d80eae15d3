//! Published comments and the agency's answers: those still waiting for one, the first due
//! first, with the due date and a form to answer; and those answered lately, with how many
//! working days the first answer took against the target.

use chrono::{DateTime, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::{CommentHead, date_text};
use crate::i18n::{current_locale, t, t_args};
use crate::model::{MAX_ANSWER_CHARS, QueueComment};

fn list(
    comments: Vec<QueueComment>,
    empty_key: &'static str,
    item: impl Fn(QueueComment) -> AnyView,
) -> AnyView {
    if comments.is_empty() {
        return view! { <p>{t(empty_key)}</p> }.into_any();
    }
    let items = comments.into_iter().map(item).collect_view();
    view! { <ol class="moderation-list">{items}</ol> }.into_any()
}

#[component]
pub fn AwaitingAnswer(comments: Vec<QueueComment>, now: DateTime<Utc>) -> impl IntoView {
    let body = list(comments, "moderation-awaiting-none", move |comment| {
        view! { <AwaitingItem comment=comment now=now/> }.into_any()
    });
    view! {
        <section aria-labelledby="awaiting-heading" id="awaiting">
            <h2 id="awaiting-heading">{t("moderation-awaiting-heading")}</h2>
            {body}
        </section>
    }
}

#[component]
fn AwaitingItem(comment: QueueComment, now: DateTime<Utc>) -> impl IntoView {
    let locale = current_locale();
    let id = comment.id;
    let due = comment.answer_due.map(|due| {
        let key = if due < now {
            "moderation-overdue"
        } else {
            "moderation-due"
        };
        let class = if due < now { "notice error" } else { "comment-meta" };
        view! { <p class=class>{t_args(key, &[("date", FluentValue::from(date_text(due)))])}</p> }
    });
    let body_id = format!("answer-{id}");
    view! {
        <li class="moderation-item" id=format!("comment-{id}")>
            <article>
                <CommentHead comment=comment/>
                {due}
                <form method="post" action=format!("/{}/admin/comments/{id}/answer", locale.code())>
                    <div class="field">
                        <label for=body_id.clone()>{t("moderation-answer-label")}</label>
                        <textarea id=body_id name="body" rows="4" required=true
                            maxlength=MAX_ANSWER_CHARS.to_string()></textarea>
                    </div>
                    <button type="submit" class="button primary">{t("moderation-answer-send")}</button>
                </form>
            </article>
        </li>
    }
}

#[component]
pub fn Answered(comments: Vec<QueueComment>, target_days: u32) -> impl IntoView {
    let body = list(comments, "moderation-answered-none", move |comment| {
        view! { <AnsweredItem comment=comment target_days=target_days/> }.into_any()
    });
    view! {
        <section aria-labelledby="answered-heading" id="answered">
            <h2 id="answered-heading">{t("moderation-answered-heading")}</h2>
            {body}
        </section>
    }
}

#[component]
fn AnsweredItem(comment: QueueComment, target_days: u32) -> impl IntoView {
    let timing = comment.answer_working_days.map(|days| {
        let key = if days <= target_days {
            "moderation-answered-on-time"
        } else {
            "moderation-answered-late"
        };
        t_args(
            key,
            &[
                ("count", FluentValue::from(days)),
                ("target", FluentValue::from(target_days)),
            ],
        )
    });
    let answers = comment
        .answers
        .iter()
        .map(|answer| {
            view! {
                <div class="agency-answer">
                    <p class="comment-meta">{t_args("comment-answer-date", &[("date", FluentValue::from(date_text(answer.answered)))])}</p>
                    <div class="comment-body">{crate::routes::service::paragraphs(&answer.body)}</div>
                </div>
            }
        })
        .collect_view();
    let id = format!("comment-{}", comment.id);
    view! {
        <li class="moderation-item" id=id>
            <article>
                <CommentHead comment=comment/>
                <p class="comment-meta">{timing}</p>
                {answers}
            </article>
        </li>
    }
}
