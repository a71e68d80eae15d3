//! `/{lang}/admin/comments`: the moderation queue of agency staff. Signed-out visitors go to the
//! staff sign-in; citizens and staff who moderate nothing get "page not found", as if it did
//! not exist. Every decision is a plain form posted to the server.

mod answers;
mod review;

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::accounts::use_session_handle;
use crate::comments::{known_moderation_outcome, use_comments};
use crate::components::{AccountHead, ErrorContent, LocalizedText};
use crate::i18n::{current_locale, format_date, format_integer, t, t_args};
use crate::model::{ModerationQueue, QueueAccess, QueueComment};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let locale = current_locale();
    let session = use_session_handle();
    let comments = use_comments();
    let queue = async move { comments?.queue(locale, session.as_ref()).await };
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match queue.await {
                    Ok(QueueAccess::Queue(queue)) => view! { <Queue queue=queue/> }.into_any(),
                    Ok(QueueAccess::SignedOut) => {
                        leptos_axum::redirect(&format!("/{}/staff/sign-in", locale.code()));
                        ().into_any()
                    }
                    Ok(QueueAccess::NotFound) => view! { <ErrorContent status=404/> }.into_any(),
                    Err(_) => view! { <ErrorContent status=503/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The outcome a moderation form redirected with, only when it is one of ours.
#[component]
fn ModerationOutcome() -> impl IntoView {
    let query = use_query_map().read_untracked().clone();
    let key = |name: &str| query.get(name).and_then(|key| known_moderation_outcome(&key));
    view! {
        {key("error").map(|key| view! { <p class="notice error" role="alert">{t(key)}</p> })}
        {key("done").map(|key| view! { <p class="notice done" role="status">{t(key)}</p> })}
    }
}

#[component]
fn Queue(queue: ModerationQueue) -> impl IntoView {
    let locale = current_locale();
    let target = t_args(
        "moderation-target",
        &[
            ("count", FluentValue::from(queue.target_days)),
            (
                "days",
                FluentValue::from(format_integer(locale, u64::from(queue.target_days))),
            ),
        ],
    );
    view! {
        <AccountHead key="moderation-title"/>
        <h1>{t("moderation-title")}</h1>
        <ModerationOutcome/>
        <p>{t("moderation-intro")}" "{target}</p>
        <review::ToReview comments=queue.to_review/>
        <answers::AwaitingAnswer comments=queue.awaiting_answer now=queue.now/>
        <answers::Answered comments=queue.answered target_days=queue.target_days/>
    }
}

/// A date in the page's language.
fn date_text(date: chrono::DateTime<chrono::Utc>) -> String {
    format_date(current_locale(), date.date_naive())
}

/// Which service (a link to its page), which agency, and the comment's text.
#[component]
fn CommentHead(comment: QueueComment) -> impl IntoView {
    let locale = current_locale();
    let href = format!(
        "/{}/services/{}#comments",
        locale.code(),
        crate::components::encode(&comment.service_slug)
    );
    let written = t_args(
        "moderation-written",
        &[("date", FluentValue::from(date_text(comment.created)))],
    );
    view! {
        <h3><a href=href><LocalizedText text=comment.service_name/></a></h3>
        <p class="comment-meta"><LocalizedText text=comment.agency_name/>" · "{written}</p>
        <blockquote class="comment-body" lang=comment.lang.code()>
            {crate::routes::service::paragraphs(&comment.body)}
        </blockquote>
    }
}
