//! Bar charts drawn on the server as SVG: one or two series over days, months or categories,
//! with a value axis, labels, and numbers in the reader's locale. No script. Each chart is an
//! image named by its title, and the same figures follow it in a table (see [`BarChart`]), so nothing is only in the picture. Colours come from the stylesheet, which also
//! gives forced-colours mode system colours and outlines the second series.

use leptos::prelude::*;

use crate::i18n::{current_locale, format_integer, format_one_decimal, t};
use crate::locale::Locale;

/// How the values read: whole counts, or averages with one decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Count,
    Average,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    /// One per label; `None` where there is no figure (shown as no bar and "–" in the table).
    pub values: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Unique on the page: the SVG's title and the table are named after it.
    pub id: String,
    pub title: String,
    /// The header of the label column in the table ("Day", "Month", "Stars").
    pub label_heading: String,
    pub labels: Vec<String>,
    /// Shorter labels for under the axis ("11-27" for a day); empty to use `labels`.
    pub axis_labels: Vec<String>,
    /// One or two.
    pub series: Vec<Series>,
    pub kind: ValueKind,
    /// The top of the value axis; `None` to fit the largest value.
    pub max: Option<f64>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 40.0;
/// Labels drawn under the axis at most; the table has them all.
const MAX_AXIS_LABELS: usize = 12;

pub fn format_value(locale: Locale, kind: ValueKind, value: f64) -> String {
    match kind {
        ValueKind::Count => format_integer(locale, value.max(0.0).round() as u64),
        ValueKind::Average => format_one_decimal(locale, value),
    }
}

/// The top of the value axis: a round number at or above the largest value, so the ticks at
/// half and full height read as plain numbers. Never zero, so an empty chart still has an axis.
pub fn axis_top(largest: f64, kind: ValueKind) -> f64 {
    if !largest.is_finite() || largest <= 0.0 {
        return 1.0;
    }
    if kind == ValueKind::Average && largest <= 5.0 {
        return 5.0;
    }
    let magnitude = 10f64.powf(largest.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|top| *top >= largest)
        .unwrap_or(10.0 * magnitude);
    if kind == ValueKind::Count {
        step.max(2.0)
    } else {
        step
    }
}

/// A bar's place: x and width along the axis, y and height up from the baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Where each series' bar of each label goes (`None` for a missing figure).
pub fn bars(chart: &Chart, top: f64) -> Vec<Vec<Option<Bar>>> {
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let slots = chart.labels.len().max(1) as f64;
    let slot = plot_width / slots;
    let per_series = slot * 0.8 / chart.series.len().max(1) as f64;
    chart
        .series
        .iter()
        .enumerate()
        .map(|(s, series)| {
            (0..chart.labels.len())
                .map(|i| {
                    let value = series.values.get(i).copied().flatten()?;
                    let height = (value.max(0.0) / top).min(1.0) * plot_height;
                    Some(Bar {
                        x: LEFT + i as f64 * slot + slot * 0.1 + s as f64 * per_series,
                        y: TOP + plot_height - height,
                        width: per_series,
                        height,
                    })
                })
                .collect()
        })
        .collect()
}

/// Text safe inside SVG markup, in elements and in attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

fn largest(chart: &Chart) -> f64 {
    chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied().flatten())
        .fold(0.0, f64::max)
}

/// The chart as SVG markup.
pub fn svg(chart: &Chart, locale: Locale) -> String {
    let top = chart.max.unwrap_or_else(|| axis_top(largest(chart), chart.kind));
    let id = escape(&chart.id);
    let baseline = HEIGHT - BOTTOM;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         role=\"img\" aria-labelledby=\"{id}-title\" focusable=\"false\"><title id=\"{id}-title\">{}</title>",
        escape(&chart.title)
    );
    for fraction in [0.0, 0.5, 1.0] {
        let y = baseline - fraction * plot_height;
        out.push_str(&format!(
            "<line class=\"chart-grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
             <text class=\"chart-tick\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            escape(&format_value(locale, chart.kind, top * fraction))
        ));
    }
    for (s, series) in bars(chart, top).iter().enumerate() {
        let class = if s == 0 { "chart-bar-a" } else { "chart-bar-b" };
        for bar in series.iter().flatten() {
            out.push_str(&format!(
                "<rect class=\"{class}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
                bar.x, bar.y, bar.width, bar.height
            ));
        }
    }
    let every = chart.labels.len().div_ceil(MAX_AXIS_LABELS).max(1);
    let slot = (WIDTH - LEFT - RIGHT) / chart.labels.len().max(1) as f64;
    let under_axis = if chart.axis_labels.len() == chart.labels.len() {
        &chart.axis_labels
    } else {
        &chart.labels
    };
    for (i, label) in under_axis.iter().enumerate().step_by(every) {
        out.push_str(&format!(
            "<text class=\"chart-label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            LEFT + (i as f64 + 0.5) * slot,
            baseline + 18.0,
            escape(label)
        ));
    }
    if chart.series.len() > 1 {
        let mut x = LEFT;
        for (s, series) in chart.series.iter().enumerate() {
            let class = if s == 0 { "chart-bar-a" } else { "chart-bar-b" };
            out.push_str(&format!(
                "<rect class=\"{class}\" x=\"{x:.1}\" y=\"6\" width=\"12\" height=\"12\"/>\
                 <text class=\"chart-legend\" x=\"{:.1}\" y=\"16\">{}</text>",
                x + 16.0,
                escape(&series.name)
            ));
            x += 24.0 + series.name.chars().count() as f64 * 7.5;
        }
    }
    if largest(chart) <= 0.0 {
        out.push_str(&format!(
            "<text class=\"chart-empty\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            LEFT + (WIDTH - LEFT - RIGHT) / 2.0,
            TOP + plot_height / 2.0,
            escape(&crate::i18n::tr(locale, "chart-empty"))
        ));
    }
    out.push_str("</svg>");
    out
}

/// The chart and, next to it, the same figures as a table.
#[component]
pub fn BarChart(chart: Chart) -> impl IntoView {
    let locale = current_locale();
    let markup = svg(&chart, locale);
    let kind = chart.kind;
    let headers = chart
        .series
        .iter()
        .map(|s| view! { <th scope="col">{s.name.clone()}</th> })
        .collect_view();
    let rows = chart
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let cells = chart
                .series
                .iter()
                .map(|s| {
                    let value = s.values.get(i).copied().flatten();
                    let text = value.map_or_else(|| t("chart-no-value"), |v| format_value(locale, kind, v));
                    view! { <td class="number">{text}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <div class="chart-image" inner_html=markup></div>
            <div class="table-scroll" tabindex="0">
                <table class="chart-data">
                    <caption>{t("chart-table-caption")}" "{chart.title.clone()}</caption>
                    <thead><tr><th scope="col">{chart.label_heading.clone()}</th>{headers}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: Vec<Option<f64>>) -> Chart {
        Chart {
            id: "c".into(),
            title: "Messages <per> day & \"more\"".into(),
            label_heading: "Day".into(),
            labels: (1..=values.len()).map(|d| format!("<{d}>")).collect(),
            axis_labels: Vec::new(),
            series: vec![Series {
                name: "In".into(),
                values,
            }],
            kind: ValueKind::Count,
            max: None,
        }
    }

    #[test]
    fn the_axis_tops_at_a_round_number() {
        assert_eq!(axis_top(0.0, ValueKind::Count), 1.0);
        assert_eq!(axis_top(f64::NAN, ValueKind::Count), 1.0);
        assert_eq!(axis_top(1.0, ValueKind::Count), 2.0);
        assert_eq!(axis_top(7.0, ValueKind::Count), 10.0);
        assert_eq!(axis_top(23.0, ValueKind::Count), 25.0);
        assert_eq!(axis_top(1234.0, ValueKind::Count), 2000.0);
        assert_eq!(axis_top(4.2, ValueKind::Average), 5.0);
    }

    #[test]
    fn bars_scale_to_the_axis_and_skip_missing_figures() {
        let c = chart(vec![Some(10.0), None, Some(5.0)]);
        let placed = bars(&c, 10.0);
        let full = placed[0][0].unwrap();
        let half = placed[0][2].unwrap();
        assert!((full.height - (HEIGHT - TOP - BOTTOM)).abs() < 1e-9);
        assert!((half.height * 2.0 - full.height).abs() < 1e-9);
        assert!(
            (full.y + full.height - (HEIGHT - BOTTOM)).abs() < 1e-9,
            "bars stand on the baseline"
        );
        assert!(placed[0][1].is_none());
        assert!(half.x > full.x);
    }

    #[test]
    fn an_empty_series_still_draws_an_axis_and_says_so() {
        let markup = svg(&chart(vec![Some(0.0), Some(0.0)]), Locale::En);
        assert!(markup.contains("chart-grid"));
        assert!(markup.contains("chart-empty"));
        let none = svg(&chart(Vec::new()), Locale::En);
        assert!(none.starts_with("<svg") && none.ends_with("</svg>"));
    }

    #[test]
    fn labels_and_titles_are_escaped() {
        let markup = svg(&chart(vec![Some(1.0)]), Locale::En);
        assert!(markup.contains("Messages &lt;per&gt; day &amp; &quot;more&quot;"));
        assert!(markup.contains("&lt;1&gt;"));
        assert!(!markup.contains("<1>"));
        assert!(markup.contains("role=\"img\" aria-labelledby=\"c-title\""));
    }

    #[test]
    fn ticks_use_the_locale() {
        let mut c = chart(vec![Some(1800.0)]);
        c.kind = ValueKind::Count;
        assert!(svg(&c, Locale::Pt).contains(">2.000<"));
        assert!(svg(&c, Locale::En).contains(">2,000<"));
    }
}
