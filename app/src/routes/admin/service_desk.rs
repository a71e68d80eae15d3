//! `/{lang}/admin/services/{id}`: one service's workflow page. Its status, version and last
//! verification, the last rejection reason, the quality report (blocking issues, warnings,
//! readability per language with the sentences that hurt it most), and the steps the member
//! may take, each a plain form posted to the server, which checks again and redirects back.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::desk_parts::{
    Breadcrumb, FormOutcome, enter, error_key, field_error, not_found, service_href, service_id, status_text,
    verified_text,
};
use crate::admin::editorial::{IssueLine, ReadabilityLine, ServiceDesk, readability_band};
use crate::components::{AccountHead, LocalizedText};
use crate::i18n::{current_locale, format_integer, format_one_decimal, t, t_args};

#[component]
pub fn ServiceDeskPage() -> impl IntoView {
    let id = service_id();
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (editorial, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                let Some(id) = id else {
                    return not_found();
                };
                match editorial.service_desk(locale, &pass, id).await {
                    Ok(Some(desk)) => view! { <Desk desk=desk/> }.into_any(),
                    Ok(None) => not_found(),
                    Err(_) => super::unavailable(),
                }
            })}
        </Suspense>
    }
}

/// Scores of very hard sentences fall below zero; they keep their sign.
fn score_text(score: f64) -> String {
    let locale = current_locale();
    if score < 0.0 {
        format!("−{}", format_one_decimal(locale, -score))
    } else {
        format_one_decimal(locale, score)
    }
}

fn issue_text(issue: &IssueLine) -> String {
    let language = issue
        .locale
        .map(|l| l.native_name().to_owned())
        .unwrap_or_default();
    let text = t_args(&issue.key, &[("language", FluentValue::from(language))]);
    match &issue.field {
        Some(field) if issue.locale.is_some() => format!("{text} ({field})"),
        _ => text,
    }
}

#[component]
fn Issues(
    id: &'static str,
    title: &'static str,
    empty: &'static str,
    issues: Vec<IssueLine>,
) -> impl IntoView {
    let heading = format!("{id}-heading");
    let body = if issues.is_empty() {
        view! { <p>{t(empty)}</p> }.into_any()
    } else {
        let items = issues
            .iter()
            .map(|issue| view! { <li>{issue_text(issue)}</li> })
            .collect_view();
        view! { <ul id=id>{items}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{t(title)}</h3>
            {body}
        </section>
    }
}

#[component]
fn Readability(lines: Vec<ReadabilityLine>) -> impl IntoView {
    let items = lines
        .into_iter()
        .map(|line| {
            let score = t_args(
                "editorial-quality-readability",
                &[("score", FluentValue::from(score_text(line.score)))],
            );
            let band = t(&format!("admin-services-band-{}", readability_band(line.score)));
            let lang = line.locale.code();
            let hardest = line
                .hardest
                .into_iter()
                .map(|(sentence, score)| {
                    view! { <li><q lang=lang>{sentence}</q>" ("{score_text(score)}")"</li> }
                })
                .collect_view();
            view! {
                <li>
                    <p><strong>{line.locale.native_name()}</strong>": "{score}" "{band}</p>
                    <p>{t("editorial-quality-hardest-sentences")}</p>
                    <ol>{hardest}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="readability-heading">
            <h3 id="readability-heading">{t("admin-services-readability")}</h3>
            <ul class="readability">{items}</ul>
        </section>
    }
}

/// A form with one button and the version the member saw.
fn step_form(id: i32, verb: &'static str, label: &'static str, version: i32) -> impl IntoView {
    view! {
        <form method="post" action=service_href(id, &format!("/{verb}"))>
            <input type="hidden" name="version" value=version.to_string()/>
            <button type="submit" class="button">{t(label)}</button>
        </form>
    }
}

#[component]
fn Actions(desk: ServiceDesk) -> impl IntoView {
    let id = desk.head.id;
    let version = desk.head.version;
    let a = desk.actions;
    let reason_error = field_error("reason");
    let replacement_error = field_error("replacement");
    let any = a.submit || a.reject || a.publish || a.archive || a.verify;
    view! {
        <section aria-labelledby="actions-heading" id="actions">
            <h2 id="actions-heading">{t("admin-services-actions")}</h2>
            {(!any).then(|| view! { <p>{t("admin-services-no-actions")}</p> })}
            {a.submit.then(|| step_form(id, "submit", "admin-services-submit", version))}
            {a.publish.then(|| step_form(id, "publish", "admin-services-publish", version))}
            {a.verify.then(|| step_form(id, "verify", "admin-services-verify", version))}
            {a.reject.then(|| view! {
                <form method="post" action=service_href(id, "/reject") id="reject">
                    <div class="field">
                        <label for="reject-reason">{t("admin-services-reason")}</label>
                        <textarea id="reject-reason" name="reason" rows="3" maxlength="2000" required=true
                            aria-invalid=reason_error.map(|_| "true")
                            aria-describedby=reason_error.map(|_| "reject-reason-error")></textarea>
                        {reason_error.map(|key| view! { <p class="field-error" id="reject-reason-error">{t(key)}</p> })}
                    </div>
                    <button type="submit" class="button">{t("admin-services-reject")}</button>
                </form>
            })}
            {a.archive.then(|| view! {
                <form method="post" action=service_href(id, "/archive") id="archive">
                    <div class="field">
                        <label for="archive-replacement">{t("admin-services-replacement")}</label>
                        <input id="archive-replacement" name="replacement" type="text"
                            aria-invalid=replacement_error.map(|_| "true")
                            aria-describedby=match replacement_error {
                                Some(_) => "archive-replacement-hint archive-replacement-error",
                                None => "archive-replacement-hint",
                            }/>
                        <p class="hint" id="archive-replacement-hint">{t("admin-services-replacement-hint")}</p>
                        {replacement_error.map(|key| view! { <p class="field-error" id="archive-replacement-error">{t(key)}</p> })}
                    </div>
                    <button type="submit" class="button">{t("admin-services-archive")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn Desk(desk: ServiceDesk) -> impl IntoView {
    let locale = current_locale();
    let head = desk.head.clone();
    let name = match head.name.clone() {
        Some(text) => view! { <LocalizedText text=text/> }.into_any(),
        None => head.slug.clone().into_any(),
    };
    let public = format!(
        "/{}/services/{}",
        locale.code(),
        crate::components::encode(&head.slug)
    );
    let blocked = error_key() == Some("editorial-error-blocked");
    view! {
        <AccountHead key="admin-services-desk-title"/>
        <Breadcrumb/>
        <h1>{name}</h1>
        <FormOutcome/>
        <dl class="facts">
            <dt>{t("admin-services-col-status")}</dt>
            <dd id="service-status">{status_text(&head.status)}</dd>
            <dt>{t("admin-services-version")}</dt>
            <dd>{format_integer(locale, u64::try_from(head.version).unwrap_or_default())}
                {desk.pending.then(|| view! { " "{t("admin-services-pending")} })}</dd>
            <dt>{t("admin-services-col-verified")}</dt>
            <dd>{verified_text(desk.last_verified)}
                {desk.verification_due.then(|| view! { " "{t("editorial-verification-due")} })}</dd>
        </dl>
        <p>
            <a href=service_href(head.id, "/edit")>{t("admin-services-edit-link")}</a>
            " · "
            <a href=service_href(head.id, "/preview")>{t("admin-editor-preview-link")}</a>
            " · "
            <a href=service_href(head.id, "/versions")>{t("admin-services-versions-link")}</a>
            " · "
            <a href=public>{t("admin-services-public-link")}</a>
        </p>
        {desk.last_rejection.clone().map(|reason| view! {
            <section aria-labelledby="rejection-heading" class="notice">
                <h2 id="rejection-heading">{t("admin-services-rejection")}</h2>
                <blockquote id="rejection-reason">{reason}</blockquote>
            </section>
        })}
        <section aria-labelledby="quality-heading" id="quality" class=blocked.then_some("blocked")>
            <h2 id="quality-heading">{t("admin-services-quality")}</h2>
            <Issues id="blocking" title="admin-services-blocking" empty="admin-services-blocking-none" issues=desk.blocking.clone()/>
            <Issues id="warnings" title="admin-services-warnings" empty="admin-services-warnings-none" issues=desk.warnings.clone()/>
            <Readability lines=desk.readability.clone()/>
        </section>
        <Actions desk=desk/>
    }
}
