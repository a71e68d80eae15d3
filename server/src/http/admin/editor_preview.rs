//! The preview: a service's newest version as the public page would show it, in the page's
//! language. Drafts and services in review keep their content in the tables, so the page is
//! built from them exactly as citizens' is; for a published service with pending changes the
//! newest version's own texts and facts are laid over the live page (its parts show as live).

use app::admin::editorial::ServiceHead;
use app::catalog::CatalogError;
use app::locale::Locale;
use app::model::{ServiceDetail, ServiceStatus, Text};

use super::editor_view::{head, open};
use super::editorial_view::unavailable;
use crate::catalog::detail::{cost_of, detail_of};
use crate::editorial::{Actor, ServiceSnapshot};
use sea_orm::DatabaseConnection;

pub(super) async fn preview(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    locale: Locale,
) -> Result<Option<(ServiceHead, ServiceDetail)>, CatalogError> {
    let Some((row, editable)) = open(db, actor, id).await? else {
        return Ok(None);
    };
    let status = ServiceStatus::from_code(&row.status).unwrap_or(ServiceStatus::Draft);
    let service_head = head(&row, &editable, locale);
    let Some(mut detail) = detail_of(db, locale, row, status).await.map_err(unavailable)? else {
        return Ok(None);
    };
    if editable.pending {
        overlay(&mut detail, &editable.version.snapshot, locale);
    }
    Ok(Some((service_head, detail)))
}

/// The snapshot's text of `field` in `locale`, else in its main language (marked as such).
fn text(snapshot: &ServiceSnapshot, field: &str, locale: Locale) -> Option<Text> {
    if let Some(value) = snapshot.text(field, locale.code()) {
        return Some(Text::new(value, locale, false));
    }
    let main = Locale::from_code(&snapshot.main_locale)?;
    snapshot
        .text(field, main.code())
        .map(|value| Text::new(value, main, main != locale))
}

fn overlay(detail: &mut ServiceDetail, s: &ServiceSnapshot, locale: Locale) {
    if let Some(name) = text(s, "name", locale) {
        detail.name = name;
    }
    detail.acronym = text(s, "acronym", locale).map(|t| t.value);
    detail.summary = text(s, "summary", locale);
    detail.description_html = text(s, "description", locale);
    detail.eligibility_html = text(s, "eligibility", locale);
    detail.legal_basis_html = text(s, "legal_basis", locale);
    detail.contact_html = text(s, "contact", locale);
    detail.fully_online = s.fully_online;
    detail.start_url = s.start_url.clone();
    detail.cost = cost_of(&s.cost_kind, s.cost_amount_minor, s.cost_currency.as_deref());
}
