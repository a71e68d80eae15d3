//! A service page: every structured section, with the language each part is shown in.

mod channels;
mod comment_form;
mod comment_list;
mod comments;
mod facts;
mod outcome;
mod parts;
mod rate_form;
mod ratings;
mod share;
mod useful;

pub(crate) use comment_list::paragraphs;

use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::accounts::use_session_handle;
use crate::catalog::{CatalogError, use_catalog};
use crate::comments::use_comments;
use crate::components::{ErrorContent, FallbackNotice, LocalizedHtml, LocalizedText, set_status};
use crate::i18n::{current_locale, t};
use crate::model::{CommentsPage, RatingSummary, ServiceDetail, ServiceLookup, ServiceStatus};
use crate::ratings::use_ratings;

#[component]
pub fn ServicePage() -> impl IntoView {
    let locale = current_locale();
    let slug = use_params_map().read_untracked().get("slug").unwrap_or_default();
    let catalog = use_catalog();
    let ratings = use_ratings();
    let session = use_session_handle();
    let comments = use_comments();
    let comments_page = use_query_map()
        .read_untracked()
        .get("comments_page")
        .and_then(|page| page.parse::<u32>().ok())
        .unwrap_or(1);
    let future = async move {
        let lookup = catalog?.service(locale, &slug).await?;
        // Ratings that cannot be read leave the rest of the page as it is.
        let summary = match (&lookup, ratings) {
            (ServiceLookup::Found(detail), Ok(ratings)) => {
                ratings.summary(detail.id, session.as_ref()).await.ok()
            }
            _ => None,
        };
        // So do comments: the page shows that they are unavailable.
        let (page, stamp) = match (&lookup, comments) {
            (ServiceLookup::Found(detail), Ok(comments)) => (
                comments.page(detail.id, comments_page).await.ok(),
                comments.form_stamp(detail.id),
            ),
            _ => (None, String::new()),
        };
        Ok::<_, CatalogError>((lookup, summary, page, stamp))
    };
    view! {
        <Await future=future let:found>
            {match found {
                Ok((ServiceLookup::Found(detail), summary, page, stamp)) => view! {
                    <ServiceView detail=(**detail).clone() summary=summary.clone()
                        comments=page.clone() stamp=stamp.clone()/>
                }.into_any(),
                Ok((ServiceLookup::Moved(slug), ..)) => moved_permanently(&format!("/{}/services/{slug}", locale.code())),
                Ok((ServiceLookup::NotFound, ..)) => view! { <ErrorContent status=404/> }.into_any(),
                Err(_) => view! { <ErrorContent status=503/> }.into_any(),
            }}
        </Await>
    }
}

fn moved_permanently(location: &str) -> AnyView {
    set_status(301);
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(location),
    ) {
        response.insert_header(http::header::LOCATION, value);
    }
    let location = location.to_owned();
    view! { <p><a href=location>{t("moved-link")}</a></p> }.into_any()
}

#[component]
pub(crate) fn ServiceView(
    detail: ServiceDetail,
    summary: Option<RatingSummary>,
    comments: Option<CommentsPage>,
    stamp: String,
) -> impl IntoView {
    let locale = current_locale();
    let fallbacks = detail.fallback_languages();
    if detail.status == ServiceStatus::Archived {
        set_status(410);
    }
    let canonical = format!("/{}/services/{}", locale.code(), detail.slug);
    let title = format!("{} · {}", detail.name.value, t("site-name"));
    let agency_href = format!("/{}/agencies/{}", locale.code(), detail.agency.slug);
    let outcome = outcome::FormOutcome::from_query();
    view! {
        <Title text=title/>
        <Link rel="canonical" href=canonical.clone()/>
        <article class="service">
            <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
                <a href=format!("/{}/", locale.code())>{t("nav-home")}</a>
                " › "
                <a href=agency_href><LocalizedText text=detail.agency.name.clone()/></a>
            </nav>
            <h1>
                <LocalizedText text=detail.name.clone()/>
                {detail.acronym.clone().map(|acronym| view! { " "<abbr>{format!("({acronym})")}</abbr> })}
            </h1>
            <FallbackNotice languages=fallbacks/>
            <parts::ArchivedNotice detail=detail.clone()/>
            {detail.summary.clone().map(|summary| view! { <p class="lead"><LocalizedText text=summary/></p> })}
            <parts::StartButton detail=detail.clone()/>
            <facts::KeyFacts detail=detail.clone()/>
            {detail.description_html.clone().map(|text| view! {
                <section aria-labelledby="about-heading">
                    <h2 id="about-heading">{t("service-about")}</h2>
                    <LocalizedHtml text=text/>
                </section>
            })}
            <parts::Eligibility eligibility=detail.eligibility_html.clone()/>
            <parts::DocumentGroups groups=detail.documents.clone() heading_id="documents-heading"/>
            <parts::Steps steps=detail.steps.clone()/>
            <parts::CostGroups groups=detail.costs.clone() heading_id="costs-heading"/>
            <channels::ChannelGroups groups=detail.channels.clone() heading_id="channels-heading"/>
            <facts::AlsoKnownAs detail=detail.clone()/>
            <facts::Classification detail=detail.clone()/>
            <parts::LegalAndContact detail=detail.clone()/>
            <ratings::RatingSection detail=detail.clone() summary=summary outcome=outcome.clone()/>
            <comments::CommentSection detail=detail.clone() page=comments stamp=stamp outcome=outcome.clone()/>
            <share::Share detail=detail.clone() path=canonical.clone()/>
            <facts::Freshness detail=detail.clone()/>
        </article>
        <useful::Useful slug=detail.slug outcome=outcome/>
    }
}
