//! `/{lang}/admin/sms/stats?from=YYYY-MM-DD&to=YYYY-MM-DD` (platform administrators): messages in
//! and out and opt-outs per day as charts with their tables, the searches asked most and those
//! that found nothing, and the daily figures as CSV. The last 30 days unless asked otherwise.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{Needs, admin_href, admit, unavailable};
use crate::accounts::use_session_handle;
use crate::admin::{DateRange, QueryFigure, SmsDay, SmsStats, parse_range, use_admin};
use crate::components::{AccountHead, BarChart, Chart, Series, ValueKind, set_status};
use crate::i18n::{current_locale, format_integer, t};

#[component]
pub fn SmsStatsPage() -> impl IntoView {
    let admin = use_admin();
    let session = use_session_handle();
    let query = use_query_map().read_untracked();
    let (from, to) = (query.get("from"), query.get("to"));
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Ok(admin) = admin.clone() else {
                    return unavailable();
                };
                if let Err(other) = admit(admin.access(session.as_ref()).await, Needs::PlatformAdmin) {
                    return other;
                }
                let today = chrono::Utc::now().date_naive();
                let range = match parse_range(from.as_deref(), to.as_deref(), today) {
                    Ok(range) => range,
                    Err(error) => {
                        set_status(400);
                        return view! {
                            <Heading/>
                            <p class="notice error" role="alert">{t(error.message_key())}</p>
                            <RangeForm from=from.clone().unwrap_or_default() to=to.clone().unwrap_or_default()/>
                        }
                        .into_any();
                    }
                };
                match admin.sms_stats(range).await {
                    Ok(stats) => view! { <Stats stats=stats/> }.into_any(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

/// One daily figure of the SMS channel, read from a day.
type DailyFigure = fn(&SmsDay) -> u64;

#[component]
fn Heading() -> impl IntoView {
    view! {
        <AccountHead key="admin-stats-title"/>
        <p class="breadcrumb"><a href=admin_href("")>{t("admin-title")}</a></p>
        <h1>{t("admin-stats-title")}</h1>
    }
}

fn iso(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

#[component]
fn RangeForm(from: String, to: String) -> impl IntoView {
    view! {
        <form method="get" action=admin_href("/sms/stats") class="range-form">
            <div class="field">
                <label for="stats-from">{t("admin-stats-from")}</label>
                <input id="stats-from" type="date" name="from" value=from aria-describedby="stats-range-hint"/>
            </div>
            <div class="field">
                <label for="stats-to">{t("admin-stats-to")}</label>
                <input id="stats-to" type="date" name="to" value=to aria-describedby="stats-range-hint"/>
            </div>
            <p id="stats-range-hint" class="hint">{t("admin-stats-range-hint")}</p>
            <button type="submit">{t("admin-stats-show")}</button>
        </form>
    }
}

fn daily_chart(id: &str, title: &str, stats: &SmsStats, series: [(&str, DailyFigure); 2]) -> Chart {
    Chart {
        id: id.to_owned(),
        title: t(title),
        label_heading: t("admin-stats-day"),
        labels: stats.days.iter().map(|d| iso(d.day)).collect(),
        axis_labels: stats
            .days
            .iter()
            .map(|d| d.day.format("%m-%d").to_string())
            .collect(),
        series: series
            .iter()
            .map(|(name, value)| Series {
                name: t(name),
                values: stats.days.iter().map(|d| Some(value(d) as f64)).collect(),
            })
            .collect(),
        kind: ValueKind::Count,
        max: None,
    }
}

#[component]
fn Stats(stats: SmsStats) -> impl IntoView {
    let DateRange { from, to } = stats.range;
    let csv = admin_href(&format!("/sms/stats.csv?from={}&to={}", iso(from), iso(to)));
    let messages = daily_chart(
        "sms-messages",
        "admin-stats-messages-title",
        &stats,
        [
            ("admin-stats-in", |d| d.inbound),
            ("admin-stats-out", |d| d.outbound),
        ],
    );
    let opt_outs = daily_chart(
        "sms-opt-outs",
        "admin-stats-opt-outs-title",
        &stats,
        [
            ("admin-stats-opt-outs", |d| d.opt_outs),
            ("admin-stats-opt-ins", |d| d.opt_ins),
        ],
    );
    view! {
        <Heading/>
        <RangeForm from=iso(from) to=iso(to)/>
        <p><a href=csv download="">{t("admin-stats-csv")}</a></p>
        <section aria-labelledby="sms-messages-heading">
            <h2 id="sms-messages-heading">{t("admin-stats-messages-title")}</h2>
            <BarChart chart=messages/>
        </section>
        <section aria-labelledby="sms-opt-outs-heading">
            <h2 id="sms-opt-outs-heading">{t("admin-stats-opt-outs-title")}</h2>
            <BarChart chart=opt_outs/>
        </section>
        <QueryTable id="top-queries" title="admin-stats-top-title" empty="admin-stats-top-empty" rows=stats.top.clone()/>
        <QueryTable id="zero-queries" title="admin-stats-zero-title" empty="admin-stats-zero-empty" rows=stats.zero.clone()/>
    }
}

#[component]
fn QueryTable(
    id: &'static str,
    title: &'static str,
    empty: &'static str,
    rows: Vec<QueryFigure>,
) -> impl IntoView {
    let locale = current_locale();
    let heading = format!("{id}-heading");
    let body = if rows.is_empty() {
        view! { <p>{t(empty)}</p> }.into_any()
    } else {
        let lines = rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row" lang=row.locale.code()>{row.query}</th>
                        <td>{row.locale.native_name()}</td>
                        <td class="number">{format_integer(locale, row.searches)}</td>
                        <td class="number">{format_integer(locale, row.misses)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0">
                <table>
                    <thead><tr>
                        <th scope="col">{t("admin-stats-query")}</th>
                        <th scope="col">{t("admin-stats-language")}</th>
                        <th scope="col">{t("admin-stats-searches")}</th>
                        <th scope="col">{t("admin-stats-misses")}</th>
                    </tr></thead>
                    <tbody>{lines}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{t(title)}</h2>
            {body}
        </section>
    }
}
