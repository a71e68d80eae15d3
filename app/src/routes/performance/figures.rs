//! The sections of a performance page: satisfaction (average, distribution, trend by month),
//! "useful" answers, comments answered against their target, and services online.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::{BarChart, Chart, Series, ValueKind};
use crate::i18n::{current_locale, format_integer, format_one_decimal, t, t_args, t_count};
use crate::performance::PerformanceReport;

fn percent_text(part: u64, whole: u64) -> String {
    match PerformanceReport::percent(part, whole) {
        Some(percent) => t_args("performance-percent", &[("percent", FluentValue::from(percent))]),
        None => t("chart-no-value"),
    }
}

fn counts(
    id: &str,
    title: String,
    label_heading: String,
    labels: Vec<String>,
    name: String,
    values: Vec<u64>,
) -> Chart {
    Chart {
        id: id.to_owned(),
        title,
        label_heading,
        labels,
        axis_labels: Vec::new(),
        series: vec![Series {
            name,
            values: values.into_iter().map(|v| Some(v as f64)).collect(),
        }],
        kind: ValueKind::Count,
        max: None,
    }
}

#[component]
pub fn Figures(report: PerformanceReport) -> impl IntoView {
    view! {
        <Satisfaction report=report.clone()/>
        <Useful report=report.clone()/>
        <Comments report=report.clone()/>
        <Online report=report/>
    }
}

#[component]
fn Satisfaction(report: PerformanceReport) -> impl IntoView {
    let locale = current_locale();
    let summary = match report.average {
        Some(average) => t_args(
            "performance-satisfaction-summary",
            &[
                ("average", FluentValue::from(format_one_decimal(locale, average))),
                ("count", FluentValue::from(report.ratings)),
                ("n", FluentValue::from(format_integer(locale, report.ratings))),
            ],
        ),
        None => t("performance-no-ratings"),
    };
    let distribution = counts(
        "performance-stars",
        t("performance-distribution-title"),
        t("performance-stars-heading"),
        (1..=5u64).map(|n| t_count("performance-stars", n)).collect(),
        t("performance-ratings"),
        report.stars.to_vec(),
    );
    let trend = Chart {
        id: "performance-trend".to_owned(),
        title: t("performance-trend-title"),
        label_heading: t("performance-month"),
        labels: report
            .months
            .iter()
            .map(|m| m.month.format("%Y-%m").to_string())
            .collect(),
        axis_labels: report
            .months
            .iter()
            .map(|m| m.month.format("%m/%y").to_string())
            .collect(),
        series: vec![Series {
            name: t("performance-average"),
            values: report.months.iter().map(|m| m.average).collect(),
        }],
        kind: ValueKind::Average,
        max: Some(5.0),
    };
    let monthly = counts(
        "performance-monthly",
        t("performance-monthly-title"),
        t("performance-month"),
        report
            .months
            .iter()
            .map(|m| m.month.format("%Y-%m").to_string())
            .collect(),
        t("performance-ratings"),
        report.months.iter().map(|m| m.ratings).collect(),
    );
    view! {
        <section aria-labelledby="performance-satisfaction">
            <h2 id="performance-satisfaction">{t("performance-satisfaction-heading")}</h2>
            <p class="figure">{summary}</p>
            <BarChart chart=distribution/>
            <h3>{t("performance-trend-title")}</h3>
            <BarChart chart=trend/>
            <BarChart chart=monthly/>
        </section>
    }
}

#[component]
fn Useful(report: PerformanceReport) -> impl IntoView {
    let answers = report.useful_yes + report.useful_no;
    let summary = if answers == 0 {
        t("performance-useful-none")
    } else {
        t_args(
            "performance-useful-summary",
            &[
                (
                    "percent",
                    FluentValue::from(percent_text(report.useful_yes, answers)),
                ),
                ("count", FluentValue::from(answers)),
                ("n", FluentValue::from(format_integer(current_locale(), answers))),
            ],
        )
    };
    let chart = counts(
        "performance-useful",
        t("performance-useful-heading"),
        t("performance-answer"),
        vec![t("useful-yes"), t("useful-no")],
        t("performance-answers"),
        vec![report.useful_yes, report.useful_no],
    );
    view! {
        <section aria-labelledby="performance-useful-h">
            <h2 id="performance-useful-h">{t("performance-useful-heading")}</h2>
            <p class="figure">{summary}</p>
            <BarChart chart=chart/>
        </section>
    }
}

#[component]
fn Comments(report: PerformanceReport) -> impl IntoView {
    let answered = report.answered_on_time + report.answered_late + report.overdue;
    let summary = if report.comments == 0 {
        t("performance-comments-none")
    } else {
        t_args(
            "performance-comments-summary",
            &[
                ("count", FluentValue::from(report.comments)),
                (
                    "n",
                    FluentValue::from(format_integer(current_locale(), report.comments)),
                ),
                (
                    "percent",
                    FluentValue::from(percent_text(report.answered_on_time, answered)),
                ),
            ],
        )
    };
    let chart = counts(
        "performance-comments",
        t("performance-comments-chart"),
        t("performance-comments-state"),
        vec![
            t("performance-comments-on-time"),
            t("performance-comments-late"),
            t("performance-comments-overdue"),
            t("performance-comments-awaiting"),
        ],
        t("performance-comments-count"),
        vec![
            report.answered_on_time,
            report.answered_late,
            report.overdue,
            report.awaiting,
        ],
    );
    view! {
        <section aria-labelledby="performance-comments-h">
            <h2 id="performance-comments-h">{t("performance-comments-heading")}</h2>
            <p class="figure">{summary}</p>
            <p class="meta">{t("performance-comments-explained")}</p>
            <BarChart chart=chart/>
        </section>
    }
}

#[component]
fn Online(report: PerformanceReport) -> impl IntoView {
    let summary = if report.services == 0 {
        t("performance-online-none")
    } else {
        t_args(
            "performance-online-summary",
            &[
                (
                    "percent",
                    FluentValue::from(percent_text(report.services_online, report.services)),
                ),
                ("count", FluentValue::from(report.services)),
                (
                    "n",
                    FluentValue::from(format_integer(current_locale(), report.services)),
                ),
            ],
        )
    };
    let chart = counts(
        "performance-online",
        t("performance-online-chart"),
        t("performance-online-kind"),
        vec![t("performance-online-yes"), t("performance-online-no")],
        t("performance-services"),
        vec![
            report.services_online,
            report.services.saturating_sub(report.services_online),
        ],
    );
    view! {
        <section aria-labelledby="performance-online-h">
            <h2 id="performance-online-h">{t("performance-online-heading")}</h2>
            <p class="figure">{summary}</p>
            <BarChart chart=chart/>
        </section>
    }
}
