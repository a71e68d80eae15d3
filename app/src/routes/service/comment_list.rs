//! A page of published comments, newest first: each one's text in its own language, when it was
//! published, the agency's official answers under it, and, for signed-in readers, a way to
//! report it. Text is rendered as text (escaped), one paragraph per line.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::LocalizedText;
use crate::i18n::{current_locale, format_date, format_integer, t, t_args};
use crate::model::{AgencyAnswer, CommentsPage, PublicComment, ReportReason, Text};

/// One paragraph per line; blank lines dropped.
pub fn paragraphs(text: &str) -> impl IntoView + use<> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| view! { <p>{line.to_owned()}</p> })
        .collect_view()
}

#[component]
pub fn CommentList(page: CommentsPage, slug: String, agency: Text, signed_in: bool) -> impl IntoView {
    let items = page
        .comments
        .iter()
        .map(|comment| {
            view! { <Comment comment=comment.clone() slug=slug.clone() agency=agency.clone() signed_in=signed_in/> }
        })
        .collect_view();
    view! {
        <ol class="comment-list">{items}</ol>
        <CommentPages page=page.page last=page.last_page slug=slug/>
    }
}

#[component]
fn Comment(comment: PublicComment, slug: String, agency: Text, signed_in: bool) -> impl IntoView {
    let locale = current_locale();
    let published = t_args(
        "comment-published",
        &[(
            "date",
            FluentValue::from(format_date(locale, comment.published.date_naive())),
        )],
    );
    let answers = comment
        .answers
        .into_iter()
        .map(|answer| view! { <Answer answer=answer agency=agency.clone()/> })
        .collect_view();
    let report = signed_in.then(|| view! { <ReportForm id=comment.id slug=slug/> });
    view! {
        <li class="comment" id=format!("comment-{}", comment.id)>
            <article>
                <p class="comment-meta">{published}</p>
                <div class="comment-body" lang=comment.lang.code()>{paragraphs(&comment.body)}</div>
                {answers}
                {report}
            </article>
        </li>
    }
}

#[component]
fn Answer(answer: AgencyAnswer, agency: Text) -> impl IntoView {
    let locale = current_locale();
    let date = format_date(locale, answer.answered.date_naive());
    view! {
        <section class="agency-answer" aria-label=t("comment-answer-label")>
            <p class="comment-meta">
                <strong>{t("comment-answer-official")}</strong>" · "
                <LocalizedText text=agency/>" · "
                {t_args("comment-answer-date", &[("date", FluentValue::from(date))])}
            </p>
            <div class="comment-body">{paragraphs(&answer.body)}</div>
        </section>
    }
}

/// Inside a disclosure: a reason and a button, posted plainly.
#[component]
fn ReportForm(id: i32, slug: String) -> impl IntoView {
    let locale = current_locale();
    let reasons = ReportReason::ALL
        .iter()
        .map(|reason| {
            let field = format!("report-{id}-{}", reason.code());
            view! {
                <div class="choice">
                    <input type="radio" id=field.clone() name="reason" value=reason.code() required=true/>
                    <label for=field>{t(&format!("comment-report-reason-{}", reason.code()))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="comment-report">
            <summary>{t("comment-report")}</summary>
            <form method="post" action=format!("/{}/comments/{id}/report", locale.code())>
                <input type="hidden" name="service" value=slug/>
                <fieldset class="choices">
                    <legend>{t("comment-report-legend")}</legend>
                    {reasons}
                </fieldset>
                <button type="submit" class="button">{t("comment-report-send")}</button>
            </form>
        </details>
    }
}

/// Previous and next pages of comments (`?comments_page=`), back to the section.
#[component]
fn CommentPages(page: u32, last: u32, slug: String) -> impl IntoView {
    if last <= 1 {
        return ().into_any();
    }
    let locale = current_locale();
    let link = move |to: u32| {
        format!(
            "/{}/services/{}?comments_page={to}#comments",
            locale.code(),
            crate::components::encode(&slug)
        )
    };
    let status = t_args(
        "pagination-status",
        &[
            ("page", FluentValue::from(format_integer(locale, u64::from(page)))),
            ("last", FluentValue::from(format_integer(locale, u64::from(last)))),
        ],
    );
    let previous = (page > 1).then(|| view! { <a rel="prev" href=link(page - 1)>{t("comment-newer")}</a> });
    let next = (page < last).then(|| view! { <a rel="next" href=link(page + 1)>{t("comment-older")}</a> });
    view! {
        <nav class="pagination" aria-label=t("comment-pages-label")>
            {previous}
            <span aria-current="page">{status}</span>
            {next}
        </nav>
    }
    .into_any()
}
