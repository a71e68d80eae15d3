//! `/{lang}/admin/sms/simulator`: type as a phone, see the reply as the gateway would send it
//! (each part's text, its encoding and how full it is) and the conversation so far. A plain form
//! post; the server answers with a redirect back here.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{Needs, admin_href, admit, unavailable};
use crate::accounts::use_session_handle;
use crate::admin::{GatewayChoice, PlannedReply, SimulatedTurn, SimulatorView, use_admin};
use crate::components::AccountHead;
use crate::i18n::{current_locale, format_integer, t, t_args, t_count};

/// Errors the simulator's form redirects with; nothing else from the address is shown.
const ERROR_KEYS: &[&str] = &[
    "admin-simulator-error-empty",
    "admin-simulator-error-too-long",
    "admin-simulator-error-gateway",
    "admin-simulator-error-unavailable",
];

#[component]
pub fn SimulatorPage() -> impl IntoView {
    let admin = use_admin();
    let session = use_session_handle();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Ok(admin) = admin.clone() else {
                    return unavailable();
                };
                let pass = match admit(admin.access(session.as_ref()).await, Needs::AnyStaff) {
                    Ok(pass) => pass,
                    Err(other) => return other,
                };
                match admin.simulator(&pass).await {
                    Ok(view) => view! { <Simulator view=view/> }.into_any(),
                    Err(_) => unavailable(),
                }
            })}
        </Suspense>
    }
}

fn query_param(name: &str) -> Option<String> {
    use_query_map().read_untracked().get(name)
}

#[component]
fn Simulator(view: SimulatorView) -> impl IntoView {
    let error = query_param("error").and_then(|key| ERROR_KEYS.iter().copied().find(|k| *k == key));
    let asked = query_param("gateway").unwrap_or_default();
    let latest = view.turns.last().cloned();
    let turns = view.turns.clone();
    view! {
        <AccountHead key="admin-simulator-title"/>
        <p class="breadcrumb"><a href=admin_href("")>{t("admin-title")}</a></p>
        <h1>{t("admin-simulator-title")}</h1>
        <p>{t("admin-simulator-intro")}</p>
        {error.map(|key| view! { <p class="notice error" role="alert">{t(key)}</p> })}
        <form id="simulator-form" method="post" action=admin_href("/sms/simulator") class="simulator-form">
            <GatewayField gateways=view.gateways.clone() built_in=view.built_in.clone() asked=asked/>
            <div class="field">
                <label for="simulator-text">{t("admin-simulator-text-label")}</label>
                <textarea id="simulator-text" name="text" rows="3" maxlength="1600" required
                    aria-describedby="simulator-text-hint"></textarea>
                <p id="simulator-text-hint" class="hint">{t("admin-simulator-text-hint")}</p>
            </div>
            <button type="submit" class="button primary">{t("admin-simulator-send")}</button>
        </form>
        {latest.map(|turn| view! { <LatestReply turn=turn/> })}
        <Transcript turns=turns/>
        <form method="post" action=admin_href("/sms/simulator/reset")>
            <button type="submit">{t("admin-simulator-reset")}</button>
        </form>
    }
}

fn policy_text(gateway: &GatewayChoice) -> String {
    let encoding = if gateway.transliterate {
        t("admin-simulator-encoding-transliterate")
    } else {
        t("admin-simulator-encoding-ucs2")
    };
    let language = gateway.language.map_or_else(
        || t("admin-simulator-language-none"),
        |l| l.native_name().to_owned(),
    );
    t_args(
        "admin-simulator-policy",
        &[
            ("encoding", FluentValue::from(encoding)),
            ("parts", FluentValue::from(gateway.max_segments as u64)),
            ("language", FluentValue::from(language)),
        ],
    )
}

#[component]
fn GatewayField(gateways: Vec<GatewayChoice>, built_in: GatewayChoice, asked: String) -> impl IntoView {
    if gateways.is_empty() {
        return view! {
            <p class="notice">{t("admin-simulator-no-gateway")}" "{policy_text(&built_in)}</p>
        }
        .into_any();
    }
    let options = gateways
        .iter()
        .map(|g| {
            let label = format!("{} — {}", g.name, policy_text(g));
            view! { <option value=g.name.clone() selected={g.name == asked}>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="simulator-gateway">{t("admin-simulator-gateway-label")}</label>
            <select id="simulator-gateway" name="gateway">{options}</select>
        </div>
    }
    .into_any()
}

fn coding_name(reply: &PlannedReply) -> String {
    t(if reply.ucs2 {
        "admin-simulator-ucs2"
    } else {
        "admin-simulator-gsm7"
    })
}

#[component]
fn LatestReply(turn: SimulatedTurn) -> impl IntoView {
    let locale = current_locale();
    let body = match turn.reply {
        None => view! { <p>{t("admin-simulator-silent")}</p> }.into_any(),
        Some(reply) => {
            let coding = coding_name(&reply);
            let summary = t_args(
                "admin-simulator-summary",
                &[
                    ("count", FluentValue::from(reply.segments.len() as u64)),
                    ("coding", FluentValue::from(coding.clone())),
                    ("language", FluentValue::from(reply.locale.native_name())),
                ],
            );
            let unit_key = if reply.ucs2 {
                "admin-simulator-units-ucs2"
            } else {
                "admin-simulator-units-gsm7"
            };
            let parts = reply
                .segments
                .iter()
                .enumerate()
                .map(|(i, segment)| {
                    let heading = t_args(
                        "admin-simulator-part",
                        &[
                            ("number", FluentValue::from((i + 1) as u64)),
                            ("coding", FluentValue::from(coding.clone())),
                        ],
                    );
                    let used = t_args(
                        unit_key,
                        &[
                            (
                                "used",
                                FluentValue::from(format_integer(locale, segment.used as u64)),
                            ),
                            (
                                "size",
                                FluentValue::from(format_integer(locale, segment.size as u64)),
                            ),
                        ],
                    );
                    view! {
                        <li class="sms-part">
                            <p class="sms-part-head">{heading}" · "{used}</p>
                            <p class="sms-text" lang=reply.locale.code()>{segment.text.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="sms-summary">{summary}</p>
                {reply.truncated.then(|| view! { <p class="meta">{t("admin-simulator-truncated")}</p> })}
                <ol class="sms-parts">{parts}</ol>
            }
            .into_any()
        }
    };
    view! {
        <section id="latest-reply" aria-labelledby="latest-reply-heading" tabindex="-1">
            <h2 id="latest-reply-heading">{t("admin-simulator-reply-heading")}</h2>
            <p class="meta">{t("admin-simulator-you-sent")}" "<q>{turn.sent}</q></p>
            {body}
        </section>
    }
}

#[component]
fn Transcript(turns: Vec<SimulatedTurn>) -> impl IntoView {
    let heading = view! { <h2 id="transcript-heading">{t("admin-simulator-transcript-heading")}</h2> };
    if turns.is_empty() {
        return view! {
            <section aria-labelledby="transcript-heading">
                {heading}
                <p>{t("admin-simulator-transcript-empty")}</p>
            </section>
        }
        .into_any();
    }
    let items = turns
        .into_iter()
        .map(|turn| {
            let reply = match &turn.reply {
                Some(reply) => {
                    let note = t_count("admin-simulator-parts", reply.segments.len() as u64);
                    view! {
                        <p class="sms-in"><span class="who">{t("admin-simulator-channel")}</span>" "
                            <span class="sms-text" lang=reply.locale.code()>{reply.segments.iter().map(|s| s.text.as_str()).collect::<String>()}</span>
                            " "<span class="meta">{format!("({note}, {})", coding_name(reply))}</span></p>
                    }
                    .into_any()
                }
                None => view! { <p class="sms-in meta">{t("admin-simulator-silent")}</p> }.into_any(),
            };
            view! {
                <li>
                    <p class="sms-out"><span class="who">{t("admin-simulator-phone")}</span>" "{turn.sent}</p>
                    {reply}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="transcript-heading">
            {heading}
            <ol class="sms-transcript">{items}</ol>
        </section>
    }
    .into_any()
}
