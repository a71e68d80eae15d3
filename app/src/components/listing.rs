//! Lists of services and the links between their pages.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::content::LocalizedText;
use crate::i18n::{current_locale, format_integer, t, t_args};
use crate::model::{Paging, ServiceSummary};

#[component]
pub fn ServiceList(services: Vec<ServiceSummary>) -> impl IntoView {
    let locale = current_locale();
    let items = services
        .into_iter()
        .map(|service| {
            let href = format!("/{}/services/{}", locale.code(), service.slug);
            let level = t(&format!("level-{}", service.level.code()));
            view! {
                <li class="card">
                    <h3><a href=href><LocalizedText text=service.name/></a></h3>
                    {service.summary.map(|summary| view! { <p class="summary"><LocalizedText text=summary/></p> })}
                    <p class="meta">
                        <LocalizedText text=service.agency.name/>
                        " · "{level}
                        {service.fully_online.then(|| view! { " · "<span class="badge online">{t("badge-online")}</span> })}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="service-list">{items}</ul> }
}

/// Previous/next links that keep every other query parameter of the page.
#[component]
pub fn Pagination(paging: Paging, path: String, params: Vec<(String, String)>) -> impl IntoView {
    let last = paging.last_page();
    if last <= 1 {
        return ().into_any();
    }
    let locale = current_locale();
    let link = move |page: u32| {
        let mut query: Vec<String> = params
            .iter()
            .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
            .collect();
        query.push(format!("page={page}"));
        format!("{path}?{}", query.join("&"))
    };
    let status = t_args(
        "pagination-status",
        &[
            (
                "page",
                FluentValue::from(format_integer(locale, u64::from(paging.page))),
            ),
            ("last", FluentValue::from(format_integer(locale, u64::from(last)))),
        ],
    );
    let previous = (paging.page > 1).then(|| {
        view! { <a rel="prev" href=link(paging.page - 1)>{t("pagination-previous")}</a> }
    });
    let next = (paging.page < last).then(|| {
        view! { <a rel="next" href=link(paging.page + 1)>{t("pagination-next")}</a> }
    });
    view! {
        <nav class="pagination" aria-label=t("pagination-label")>
            {previous}
            <span aria-current="page">{status}</span>
            {next}
        </nav>
    }
    .into_any()
}

/// Percent-encodes a query component: everything but unreserved characters.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(char::from(byte)),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(encode("ação & co"), "a%C3%A7%C3%A3o%20%26%20co");
        assert_eq!(encode("a-b_c.d~"), "a-b_c.d~");
    }
}
