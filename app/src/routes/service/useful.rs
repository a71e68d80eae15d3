//! "Is this page useful?" at the foot of every service page: two buttons in a plain form (no
//! account, no script). After a "no", the page comes back with a ticket and asks, optionally,
//! what went wrong.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::outcome::{FormOutcome, OutcomeNotice};
use crate::i18n::{current_locale, format_integer, t, t_args};
use crate::model::FeedbackReason;
use crate::ratings::MAX_COMMENT_CHARS;

#[component]
pub fn Useful(slug: String, outcome: FormOutcome) -> impl IntoView {
    // The follow-up comes after a "no", and again when its own answer needs correcting.
    let follow_up = outcome.ticket.clone().filter(|_| {
        outcome.done_for("useful-") == Some("useful-done-no")
            || matches!(
                outcome.error_for("useful-"),
                Some("useful-error-reason" | "useful-error-too-long")
            )
    });
    let answered = matches!(
        outcome.done_for("useful-"),
        Some("useful-done-yes" | "useful-done-details")
    );
    let body = match (follow_up, answered) {
        (Some(ticket), _) => view! { <Details slug=slug ticket=ticket/> }.into_any(),
        (None, true) => ().into_any(),
        (None, false) => view! { <Question slug=slug/> }.into_any(),
    };
    view! {
        <section class="useful" id="feedback" aria-labelledby="useful-heading">
            <h2 id="useful-heading">{t("useful-heading")}</h2>
            <OutcomeNotice outcome=outcome prefix="useful-"/>
            {body}
        </section>
    }
}

#[component]
fn Question(slug: String) -> impl IntoView {
    let locale = current_locale();
    view! {
        <form class="useful-answer" method="post" action=format!("/{}/feedback", locale.code())>
            <input type="hidden" name="service" value=slug/>
            <button type="submit" class="button" name="useful" value="yes">{t("useful-yes")}</button>
            <button type="submit" class="button" name="useful" value="no">{t("useful-no")}</button>
        </form>
    }
}

#[component]
fn Details(slug: String, ticket: String) -> impl IntoView {
    let locale = current_locale();
    let max = MAX_COMMENT_CHARS as u64;
    let hint = t_args(
        "useful-comment-hint",
        &[("max", FluentValue::from(format_integer(locale, max)))],
    );
    let reasons = FeedbackReason::ALL
        .into_iter()
        .map(|reason| {
            let id = format!("useful-reason-{}", reason.code());
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="reason" value=reason.code()/>
                    <label for=id>{t(&format!("useful-reason-{}", reason.code()))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="useful-details" method="post" action=format!("/{}/feedback/details", locale.code())>
            <input type="hidden" name="service" value=slug/>
            <input type="hidden" name="ticket" value=ticket/>
            <fieldset class="choices">
                <legend>{t("useful-details-legend")}</legend>
                {reasons}
            </fieldset>
            <div class="field">
                <label for="useful-comment">{t("useful-comment-label")}</label>
                <p class="hint" id="useful-comment-hint">{hint}</p>
                <textarea id="useful-comment" name="comment" rows="4" maxlength=MAX_COMMENT_CHARS.to_string()
                    aria-describedby="useful-comment-hint"></textarea>
            </div>
            <button type="submit" class="button primary">{t("useful-send")}</button>
        </form>
    }
}
