//! The ratings section of a service page: the average and how many rated it (web and SMS
//! together), the distribution as a table readable without its bars, and the way to rate.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::outcome::{FormOutcome, OutcomeNotice};
use super::rate_form::RateForm;
use crate::accounts::use_viewer;
use crate::components::TextWithLink;
use crate::i18n::{current_locale, format_integer, format_one_decimal, t, t_args, t_count};
use crate::model::{RatingSummary, ServiceDetail, ServiceStatus};

/// Filled and empty stars for a mean, rounded to whole stars; decoration beside the words.
pub fn star_glyphs(average: f64) -> String {
    let full = average.round().clamp(0.0, 5.0) as usize;
    format!("{}{}", "★".repeat(full), "☆".repeat(5 - full))
}

/// Whole percent of `part` in `total`.
fn percent(part: u64, total: u64) -> u64 {
    if total == 0 {
        return 0;
    }
    (part * 100 + total / 2) / total
}

#[component]
pub fn RatingSection(
    detail: ServiceDetail,
    summary: Option<RatingSummary>,
    outcome: FormOutcome,
) -> impl IntoView {
    let mine = summary.as_ref().and_then(|s| s.mine);
    let action = match (detail.status, use_viewer()) {
        (ServiceStatus::Archived, _) => view! { <p>{t("rating-archived")}</p> }.into_any(),
        (_, None) => {
            let href = format!("/{}/account/sign-in", current_locale().code());
            view! { <p><TextWithLink key="rating-sign-in" link_key="rating-sign-in-link" href=href/></p> }
                .into_any()
        }
        (_, Some(viewer)) if viewer.staff => view! { <p>{t("rating-staff")}</p> }.into_any(),
        (_, Some(_)) => view! { <RateForm slug=detail.slug.clone() mine=mine/> }.into_any(),
    };
    view! {
        <section class="ratings" id="rating" aria-labelledby="rating-heading">
            <h2 id="rating-heading">{t("rating-heading")}</h2>
            <OutcomeNotice outcome=outcome prefix="rating-"/>
            {summary.map(|summary| view! { <Summary summary=summary/> })}
            {action}
        </section>
    }
}

#[component]
fn Summary(summary: RatingSummary) -> impl IntoView {
    let locale = current_locale();
    let Some(average) = summary.average.filter(|_| summary.count > 0) else {
        return view! { <p class="rating-none">{t("rating-none")}</p> }.into_any();
    };
    let text = t_args(
        "rating-summary",
        &[
            ("average", FluentValue::from(format_one_decimal(locale, average))),
            ("count", FluentValue::from(summary.count)),
            ("n", FluentValue::from(format_integer(locale, summary.count))),
        ],
    );
    let channels = t_args(
        "rating-channels",
        &[
            (
                "web",
                FluentValue::from(format_integer(locale, summary.web_count)),
            ),
            (
                "sms",
                FluentValue::from(format_integer(locale, summary.sms_count)),
            ),
        ],
    );
    view! {
        <p class="rating-average">
            <span class="stars" aria-hidden="true">{star_glyphs(average)}</span>" "
            {text}
        </p>
        <p class="rating-channels">{channels}</p>
        <Distribution summary=summary/>
    }
    .into_any()
}

/// One row per star value, from 5 down: the count and share in words, the bar only decoration.
#[component]
fn Distribution(summary: RatingSummary) -> impl IntoView {
    let locale = current_locale();
    let rows = (1..=5u64)
        .rev()
        .map(|stars| {
            let count = summary
                .distribution
                .get(usize::try_from(stars - 1).unwrap_or(0))
                .copied()
                .unwrap_or(0);
            let share = percent(count, summary.count);
            let share_text = t_args(
                "rating-percent",
                &[("percent", FluentValue::from(format_integer(locale, share)))],
            );
            // Bars come in steps of 5 %, as classes: the page's policy allows no inline styles.
            let bar = format!("rating-bar rating-bar-{}", (share + 2) / 5 * 5);
            view! {
                <tr>
                    <th scope="row">{t_count("rating-stars", stars)}</th>
                    <td class="number">{format_integer(locale, count)}</td>
                    <td class="percent"><span class=bar aria-hidden="true"></span>{share_text}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="distribution">
            <caption>{t("rating-distribution-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("rating-distribution-stars")}</th>
                    <th scope="col">{t("rating-distribution-count")}</th>
                    <th scope="col">{t("rating-distribution-share")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_to_whole_percents() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(7, 7), 100);
    }

    #[test]
    fn glyphs_round_to_whole_stars() {
        assert_eq!(star_glyphs(4.4), "★★★★☆");
        assert_eq!(star_glyphs(4.6), "★★★★★");
        assert_eq!(star_glyphs(1.0), "★☆☆☆☆");
    }
}
