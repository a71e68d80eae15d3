//! The router: every page lives under its language prefix, `/{lang}/…`, with English route words
//! and slugs that are the same in every language.

mod account;
mod admin;
mod agency;
mod home;
mod layout;
mod life_event;
mod moderation;
mod performance;
mod place;
mod search;
pub(crate) mod service;
mod staff;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::components::ErrorPage;

/// Put in a request's extensions by the server when the request itself is malformed (an
/// oversized or undecodable query string): the page answers 400 instead of guessing.
#[derive(Clone, Copy, Debug)]
pub struct RejectedRequest;

fn request_was_rejected() -> bool {
    use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.extensions.get::<RejectedRequest>().is_some())
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    if request_was_rejected() {
        return view! { <Router><ErrorPage status=400/></Router> }.into_any();
    }
    // Every page waits for its data before sending HTML, so it is complete without JavaScript.
    let ssr = SsrMode::Async;
    view! {
        <Router>
            <Routes fallback=|| view! { <ErrorPage status=404/> }>
                <ParentRoute path=path!("/:lang") view=layout::LangLayout ssr=ssr.clone()>
                    <Route path=path!("") view=home::HomePage ssr=ssr.clone()/>
                    <Route path=path!("search") view=search::SearchPage ssr=ssr.clone()/>
                    <Route path=path!("services/:slug") view=service::ServicePage ssr=ssr.clone()/>
                    <Route path=path!("agencies/:slug") view=agency::AgencyPage ssr=ssr.clone()/>
                    <Route path=path!("life-events/:slug") view=life_event::LifeEventPage ssr=ssr.clone()/>
                    <Route path=path!("place") view=place::PlacePage ssr=ssr.clone()/>
                    <Route path=path!("account") view=account::AccountPage ssr=ssr.clone()/>
                    <Route path=path!("account/sign-in") view=account::SignInPage ssr=ssr.clone()/>
                    <Route path=path!("account/sign-up") view=account::SignUpPage ssr=ssr.clone()/>
                    <Route path=path!("account/recover") view=account::RecoverPage ssr=ssr.clone()/>
                    <Route path=path!("staff/sign-in") view=staff::StaffSignInPage ssr=ssr.clone()/>
                    <Route path=path!("admin") view=admin::AdminHomePage ssr=ssr.clone()/>
                    <Route path=path!("admin/sms/simulator") view=admin::SimulatorPage ssr=ssr.clone()/>
                    <Route path=path!("admin/sms/stats") view=admin::SmsStatsPage ssr=ssr.clone()/>
                    <Route path=path!("performance") view=performance::PerformancePage ssr=ssr.clone()/>
                    <Route path=path!("agencies/:slug/performance") view=performance::AgencyPerformancePage ssr=ssr.clone()/>
                    <Route path=path!("staff/invitation/:token") view=staff::InvitationPage ssr=ssr.clone()/>
                    <Route path=path!("admin/comments") view=moderation::ModerationPage ssr=ssr.clone()/>
                    <Route path=path!("admin/services") view=admin::ServicesHomePage ssr=ssr.clone()/>
                    <Route path=path!("admin/services/new") view=admin::NewServicePage ssr=ssr.clone()/>
                    <Route path=path!("admin/services/:id") view=admin::ServiceDeskPage ssr=ssr.clone()/>
                    <Route path=path!("admin/services/:id/edit") view=admin::EditorPage ssr=ssr.clone()/>
                    <Route path=path!("admin/services/:id/preview") view=admin::PreviewPage ssr=ssr.clone()/>
                    <Route path=path!("admin/services/:id/versions") view=admin::VersionsPage ssr=ssr.clone()/>
                    <Route path=path!("admin/services/:id/versions/compare") view=admin::ComparePage ssr=ssr.clone()/>
                    <Route path=path!("admin/audit") view=admin::AuditPage ssr=ssr.clone()/>
                    <Route path=path!("admin/agencies") view=admin::AgenciesPage ssr=ssr.clone()/>
                    <Route path=path!("admin/agencies/new") view=admin::NewAgencyPage ssr=ssr.clone()/>
                    <Route path=path!("admin/agencies/:id/edit") view=admin::EditAgencyPage ssr=ssr.clone()/>
                    <Route path=path!("admin/agencies/:id/staff") view=admin::StaffPage ssr=ssr.clone()/>
                    <Route path=path!("admin/agencies/:id/import") view=admin::ImportPage ssr=ssr.clone()/>
                    <Route path=path!("admin/agencies/:id/import/:upload") view=admin::ImportReviewPage ssr=ssr.clone()/>
                    <Route path=path!("admin/taxonomy") view=admin::TaxonomyPage ssr=ssr.clone()/>
                    <Route path=path!("admin/taxonomy/new") view=admin::NewTermPage ssr=ssr.clone()/>
                    <Route path=path!("admin/taxonomy/:id/edit") view=admin::EditTermPage ssr=ssr.clone()/>
                </ParentRoute>
            </Routes>
        </Router>
    }
    .into_any()
}
