//! `/{lang}/performance` (the whole catalogue) and `/{lang}/agencies/{slug}/performance`: how
//! satisfied people are, whether pages help, whether comments are answered in time and how much
//! can be done online, each as a chart with its table, and the figures as CSV. Public.

mod figures;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::catalog::use_catalog;
use crate::components::ErrorContent;
use crate::i18n::{current_locale, t, t_args};
use crate::performance::{PerformanceReport, use_performance};
use figures::Figures;

#[component]
pub fn PerformancePage() -> impl IntoView {
    let performance = use_performance();
    let locale = current_locale();
    let future = async move { performance?.report(None, chrono::Utc::now().date_naive()).await };
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match future.await {
                    Ok(Some(report)) => {
                        let title = t("performance-title");
                        let csv = format!("/{}/performance.csv", locale.code());
                        view! { <Report title=title csv=csv report=report/> }.into_any()
                    }
                    Ok(None) => view! { <ErrorContent status=404/> }.into_any(),
                    Err(_) => view! { <ErrorContent status=503/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn AgencyPerformancePage() -> impl IntoView {
    let locale = current_locale();
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    let catalog = use_catalog();
    let performance = use_performance();
    let future = async move {
        let Some(agency) = catalog?.agency(locale, &slug, 1).await? else {
            return Ok(None);
        };
        let report = performance?
            .report(Some(&slug), chrono::Utc::now().date_naive())
            .await?;
        Ok(report.map(|report| (agency, report)))
    };
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let found: Result<_, crate::catalog::CatalogError> = future.await;
                match found {
                    Ok(Some((agency, report))) => {
                        let slug = agency.agency.slug.clone();
                        let title = t_args(
                            "performance-agency-title",
                            &[("agency", agency.agency.name.value.clone().into())],
                        );
                        let csv = format!("/{}/agencies/{slug}/performance.csv", locale.code());
                        let back = format!("/{}/agencies/{slug}", locale.code());
                        view! {
                            <p class="breadcrumb"><a href=back>{agency.agency.name.value.clone()}</a></p>
                            <Report title=title csv=csv report=report/>
                        }
                        .into_any()
                    }
                    Ok(None) => view! { <ErrorContent status=404/> }.into_any(),
                    Err(_) => view! { <ErrorContent status=503/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Report(title: String, csv: String, report: PerformanceReport) -> impl IntoView {
    view! {
        <Title text=format!("{title} · {}", t("site-name"))/>
        <h1>{title}</h1>
        <p>{t("performance-intro")}</p>
        <p><a href=csv download="">{t("performance-csv")}</a></p>
        <Figures report=report/>
    }
}
