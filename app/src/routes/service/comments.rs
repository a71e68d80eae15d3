//! The comments section of a service page: how many were published, the way to comment (or to
//! sign in), and a page of comments, newest first, each with the agency's official answers.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::comment_form::CommentForm;
use super::comment_list::CommentList;
use super::outcome::{FormOutcome, OutcomeNotice};
use crate::accounts::use_viewer;
use crate::components::TextWithLink;
use crate::i18n::{current_locale, format_integer, t, t_args};
use crate::model::{CommentsPage, ServiceDetail, ServiceStatus};

#[component]
pub fn CommentSection(
    detail: ServiceDetail,
    page: Option<CommentsPage>,
    stamp: String,
    outcome: FormOutcome,
) -> impl IntoView {
    let locale = current_locale();
    let viewer = use_viewer();
    let signed_in = viewer.is_some();
    let action = match (detail.status, viewer) {
        (ServiceStatus::Archived, _) => view! { <p>{t("comment-archived")}</p> }.into_any(),
        (_, None) => {
            let href = format!("/{}/account/sign-in", locale.code());
            view! { <p><TextWithLink key="comment-sign-in" link_key="comment-sign-in-link" href=href/></p> }
                .into_any()
        }
        (_, Some(viewer)) if viewer.staff => view! { <p>{t("comment-staff")}</p> }.into_any(),
        (_, Some(_)) => view! { <CommentForm slug=detail.slug.clone() stamp=stamp/> }.into_any(),
    };
    let count = page.as_ref().map(|page| {
        let text = t_args(
            "comment-count",
            &[
                ("count", FluentValue::from(page.total)),
                ("n", FluentValue::from(format_integer(locale, page.total))),
            ],
        );
        view! { <p class="comment-count">{text}</p> }
    });
    let list = page.map(|page| {
        view! {
            <CommentList page=page slug=detail.slug.clone() agency=detail.agency.name.clone() signed_in=signed_in/>
        }
    });
    let unavailable = list
        .is_none()
        .then(|| view! { <p>{t("comment-unavailable")}</p> });
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading">{t("comment-heading")}</h2>
            <OutcomeNotice outcome=outcome prefix="comment-"/>
            {count}
            {unavailable}
            {action}
            {list}
        </section>
    }
}
