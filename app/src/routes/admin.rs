//! The staff tools under `/{lang}/admin`: the home listing the tools a member may use, the SMS
//! simulator, the SMS statistics, the editorial pages (services, versions) and the audit log.
//! Access is decided by the server for every request ([`crate::admin::Admin::access`]): a
//! visitor who is signed out is sent to the staff sign-in, anyone else without the role gets the
//! same 404 as an unknown address.

mod agencies;
mod agency_fields;
mod agency_form;
mod agency_staff;
mod audit;
mod desk_parts;
mod diff_rows;
mod editor;
mod editor_fields;
mod editor_new;
mod editor_preview;
mod home;
mod import;
mod import_review;
mod service_desk;
mod services;
mod simulator;
mod stats;
mod taxonomy;
mod taxonomy_fields;
mod taxonomy_form;
mod versions;

pub use agencies::AgenciesPage;
pub use agency_form::{EditAgencyPage, NewAgencyPage};
pub use agency_staff::StaffPage;
pub use audit::AuditPage;
pub use editor::EditorPage;
pub use editor_new::NewServicePage;
pub use editor_preview::PreviewPage;
pub use home::AdminHomePage;
pub use import::{ImportPage, ImportReviewPage};
pub use service_desk::ServiceDeskPage;
pub use services::ServicesHomePage;
pub use simulator::SimulatorPage;
pub use stats::SmsStatsPage;
pub use taxonomy::TaxonomyPage;
pub use taxonomy_form::{EditTermPage, NewTermPage};
pub use versions::{ComparePage, VersionsPage};

use leptos::prelude::*;

use crate::admin::{StaffAccess, StaffPass};
use crate::catalog::CatalogError;
use crate::components::{ErrorContent, set_status};
use crate::i18n::{current_locale, t};

/// Who may open a tool.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    AnyStaff,
    PlatformAdmin,
}

/// The staff member, or what to show instead: a 303 to the staff sign-in, a 404, or a 503.
fn admit(access: Result<StaffAccess, CatalogError>, needs: Needs) -> Result<StaffPass, AnyView> {
    match access {
        Ok(StaffAccess::Staff(pass)) if needs == Needs::AnyStaff || pass.platform_admin => Ok(pass),
        Ok(StaffAccess::SignedOut) => Err(to_sign_in()),
        Ok(_) => Err(view! { <ErrorContent status=404/> }.into_any()),
        Err(_) => Err(view! { <ErrorContent status=503/> }.into_any()),
    }
}

fn unavailable() -> AnyView {
    view! { <ErrorContent status=503/> }.into_any()
}

fn to_sign_in() -> AnyView {
    let location = format!("/{}/staff/sign-in", current_locale().code());
    set_status(303);
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&location),
    ) {
        response.insert_header(http::header::LOCATION, value);
    }
    view! { <p><a href=location>{t("staff-sign-in-title")}</a></p> }.into_any()
}

/// `/{lang}/admin{rest}` in the page's language.
fn admin_href(rest: &str) -> String {
    format!("/{}/admin{rest}", current_locale().code())
}
