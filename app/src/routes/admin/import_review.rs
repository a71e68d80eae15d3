//! The dry run of an upload (what would be created, changed or rejected, and the confirmation
//! form) and the summary of a real run.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::admin_href;
use super::desk_parts::Breadcrumb;
use super::import::import_href;
use crate::admin::imports::{DryRun, ImportCounts, ImportNotice, PlannedLine, ReasonLine, RejectedLine};
use crate::components::{AccountHead, LocalizedText};
use crate::i18n::{current_locale, format_integer, t, t_args};
use crate::model::Text;

#[component]
fn CountsTable(counts: ImportCounts, caption: String) -> impl IntoView {
    let locale = current_locale();
    let row = move |key: &'static str, value: u64| {
        view! {
            <tr>
                <th scope="row">{t(key)}</th>
                <td class="number">{format_integer(locale, value)}</td>
            </tr>
        }
    };
    view! {
        <table>
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{t("admin-import-col-outcome")}</th>
                <th scope="col">{t("admin-import-col-count")}</th>
            </tr></thead>
            <tbody>
                {row("admin-import-count-created", counts.created)}
                {row("admin-import-count-changed", counts.changed)}
                {row("admin-import-count-unchanged", counts.unchanged)}
                {row("admin-import-count-rejected", counts.rejected)}
            </tbody>
        </table>
    }
}

fn reason_text(reason: ReasonLine) -> impl IntoView {
    let field = reason.field.clone().unwrap_or_default();
    let text = t_args(&reason.key, &[("field", FluentValue::from(field.clone()))]);
    // The editor's field messages do not name the field: the path does.
    let text = if reason.key.starts_with("editorial-") && !field.is_empty() {
        format!("{field}: {text}")
    } else {
        text
    };
    let detail = reason.detail;
    view! {
        <li>
            {text}
            {detail.map(|detail| view! { " " <span lang="en">{detail}</span> })}
        </li>
    }
}

fn planned_row(line: PlannedLine) -> impl IntoView {
    let effect = t(&format!("admin-import-effect-{}", line.effect.replace('_', "-")));
    let fields = line.fields.join(", ");
    view! {
        <tr>
            <th scope="row">{line.name}</th>
            <td>{line.record}</td>
            <td>{line.slug}</td>
            <td>{effect}</td>
            <td>{fields}</td>
        </tr>
    }
}

fn rejected_row(line: RejectedLine) -> impl IntoView {
    let place = line.line.map(|n| n.to_string()).unwrap_or_default();
    let reasons = line.reasons.into_iter().map(reason_text).collect_view();
    view! {
        <tr>
            <th scope="row">{place}</th>
            <td>{line.record}</td>
            <td>{line.file}</td>
            <td><ul class="plain">{reasons}</ul></td>
        </tr>
    }
}

#[component]
pub fn Review(agency: i32, name: Option<Text>, run: DryRun, notice: Option<ImportNotice>) -> impl IntoView {
    let has_rejected = !run.rejected.is_empty();
    let planned = run.planned.into_iter().map(planned_row).collect_view();
    let rejected = run.rejected.into_iter().map(rejected_row).collect_view();
    let files = run.files.join(", ");
    let format = t(&format!("admin-import-format-{}", run.format.code()));
    view! {
        <AccountHead key="admin-import-review-title"/>
        <Breadcrumb/>
        <h1>{t("admin-import-review-title")}</h1>
        {name.map(|name| view! { <p class="lead"><LocalizedText text=name/></p> })}
        {notice.map(|n| view! { <p class="notice error" role="alert" id="outcome">{t(n.error)}</p> })}
        <p>{t("admin-import-review-intro")}</p>
        <p class="meta">{format}" · "{files}</p>
        <CountsTable counts=run.counts caption=t("admin-import-counts")/>
        <section aria-labelledby="planned-heading">
            <h2 id="planned-heading">{t("admin-import-planned")}</h2>
            <div class="table-scroll" tabindex="0">
                <table aria-labelledby="planned-heading">
                    <thead><tr>
                        <th scope="col">{t("admin-import-col-name")}</th>
                        <th scope="col">{t("admin-import-col-record")}</th>
                        <th scope="col">{t("admin-import-col-slug")}</th>
                        <th scope="col">{t("admin-import-col-effect")}</th>
                        <th scope="col">{t("admin-import-col-fields")}</th>
                    </tr></thead>
                    <tbody>{planned}</tbody>
                </table>
            </div>
        </section>
        {has_rejected.then(|| view! {
            <section aria-labelledby="rejected-heading">
                <h2 id="rejected-heading">{t("admin-import-rejected")}</h2>
                <div class="table-scroll" tabindex="0">
                    <table aria-labelledby="rejected-heading">
                        <thead><tr>
                            <th scope="col">{t("admin-import-col-line")}</th>
                            <th scope="col">{t("admin-import-col-record")}</th>
                            <th scope="col">{t("admin-import-col-file")}</th>
                            <th scope="col">{t("admin-import-col-reasons")}</th>
                        </tr></thead>
                        <tbody>{rejected}</tbody>
                    </table>
                </div>
            </section>
        })}
        <form method="post" action=import_href(agency, &format!("/{}", run.upload))>
            {has_rejected.then(|| view! {
                <div class="field checkbox">
                    <input type="checkbox" id="import-valid-only" name="valid_only" value="yes"
                        aria-describedby="import-valid-only-hint"/>
                    <label for="import-valid-only">{t("admin-import-valid-only")}</label>
                    <p class="hint" id="import-valid-only-hint">{t("admin-import-valid-only-hint")}</p>
                </div>
            })}
            <button type="submit">{t("admin-import-confirm")}</button>
        </form>
        <p><a href=import_href(agency, "")>{t("admin-import-start-over")}</a></p>
    }
}

#[component]
pub fn Summary(agency: i32, name: Option<Text>, counts: ImportCounts) -> impl IntoView {
    let done = t_args(
        "admin-import-done",
        &[
            ("created", FluentValue::from(counts.created)),
            ("changed", FluentValue::from(counts.changed)),
            ("rejected", FluentValue::from(counts.rejected)),
        ],
    );
    let services = admin_href(&format!("/services?agency={agency}"));
    view! {
        <AccountHead key="admin-import-done-title"/>
        <Breadcrumb/>
        <h1>{t("admin-import-done-title")}</h1>
        {name.map(|name| view! { <p class="lead"><LocalizedText text=name/></p> })}
        <p class="notice done" role="status" id="outcome">{done}</p>
        <CountsTable counts=counts caption=t("admin-import-counts")/>
        <p>{t("admin-import-done-next")}</p>
        <p><a href=services>{t("admin-import-to-services")}</a></p>
    }
}
