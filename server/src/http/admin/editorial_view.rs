//! The editorial pages' data ([`app::admin::editorial::Editorial`]) over the editorial service
//! layer: every read goes through `editorial::*`, which decides access and logs refusals. The
//! staff pass comes from the server's own access check of this request; the roles are read
//! again here so a role removed a moment ago no longer counts.

use std::collections::HashMap;

use app::admin::StaffPass;
use app::admin::audit_query::AuditQuery;
use app::admin::editor::{EditorView, NewServiceView, Section};
use app::admin::editorial::{
    AuditLine, AuditView, Editorial, HomeQuery, ServiceDesk, ServiceHead, ServicesHome, VersionsView,
};
use app::catalog::CatalogError;
use app::locale::Locale;
use app::model::{ServiceDetail, Text};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::{audit_view, desk_view, editor_preview, editor_view, home_view};
use crate::auth::roles;
use crate::db::entities::{account, audit_event, translation};
use crate::editorial::{Actor, EditorialError};

pub struct SqlEditorial {
    db: DatabaseConnection,
}

impl SqlEditorial {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

pub(super) fn unavailable(error: impl std::fmt::Display) -> CatalogError {
    tracing::error!(%error, "cannot read the editorial pages' data");
    CatalogError::Unavailable
}

/// Refusals and unknown records are the same "not found"; anything else is a fault.
pub(super) fn found<T>(result: Result<T, EditorialError>) -> Result<Option<T>, CatalogError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(EditorialError::NotFound | EditorialError::Forbidden) => Ok(None),
        Err(error) => Err(unavailable(error)),
    }
}

pub(super) async fn actor(db: &DatabaseConnection, pass: &StaffPass) -> Result<Actor, CatalogError> {
    Ok(Actor {
        account_id: pass.account_id,
        grants: roles::of(db, pass.account_id).await.map_err(unavailable)?,
    })
}

/// The `name` of each owner in the reader's language, or the first catalogue language that
/// has it (marked as a fallback, so the page sets its `lang`).
pub(super) async fn names(
    db: &DatabaseConnection,
    locale: Locale,
    kind: &str,
    ids: &[i32],
) -> Result<HashMap<i32, Text>, DbErr> {
    texts_in(db, locale, kind, "name", ids).await
}

/// Each owner's `field`, in the reader's language or the first catalogue language that has it.
pub(super) async fn texts_in(
    db: &DatabaseConnection,
    locale: Locale,
    kind: &str,
    field: &str,
    ids: &[i32],
) -> Result<HashMap<i32, Text>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(kind))
        .filter(translation::Column::OwnerId.is_in(ids.iter().copied()))
        .filter(translation::Column::Field.eq(field))
        .all(db)
        .await?;
    let mut by_owner: HashMap<i32, Vec<(Locale, String)>> = HashMap::new();
    for row in rows {
        if let Some(lang) = Locale::from_code(&row.locale) {
            by_owner.entry(row.owner_id).or_default().push((lang, row.value));
        }
    }
    let order = std::iter::once(locale).chain(Locale::ALL.into_iter().filter(|l| *l != locale));
    let order: Vec<Locale> = order.collect();
    Ok(by_owner
        .into_iter()
        .filter_map(|(id, values)| {
            let (lang, value) = order
                .iter()
                .find_map(|want| values.iter().find(|(lang, _)| lang == want))?;
            Some((id, Text::new(value.clone(), *lang, *lang != locale)))
        })
        .collect())
}

/// Audit rows with the display names of their actors.
pub(super) async fn audit_lines(
    db: &DatabaseConnection,
    rows: Vec<audit_event::Model>,
) -> Result<Vec<AuditLine>, DbErr> {
    let mut ids: Vec<i32> = rows.iter().filter_map(|r| r.actor_account_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let people: HashMap<i32, Option<String>> = if ids.is_empty() {
        HashMap::new()
    } else {
        account::Entity::find()
            .filter(account::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|a| (a.id, a.display_name))
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|row| AuditLine {
            id: row.id,
            at: row.occurred_at,
            actor: row.actor_account_id,
            actor_name: row
                .actor_account_id
                .and_then(|id| people.get(&id).cloned().flatten()),
            action: row.action,
            record_kind: row.record_kind,
            record_id: row.record_id,
            agency_id: row.agency_id,
            detail: row.detail,
        })
        .collect())
}

#[async_trait::async_trait]
impl Editorial for SqlEditorial {
    async fn services_home(
        &self,
        locale: Locale,
        pass: &StaffPass,
        query: HomeQuery,
    ) -> Result<Option<ServicesHome>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        home_view::home(&self.db, locale, &actor, query).await
    }

    async fn service_desk(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
    ) -> Result<Option<ServiceDesk>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        desk_view::desk(&self.db, locale, &actor, id).await
    }

    async fn versions(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
        compare: Option<(i32, i32)>,
    ) -> Result<Option<VersionsView>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        desk_view::versions(&self.db, locale, &actor, id, compare).await
    }

    async fn audit(
        &self,
        locale: Locale,
        pass: &StaffPass,
        query: &AuditQuery,
    ) -> Result<Option<AuditView>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        audit_view::view(&self.db, locale, &actor, query).await
    }

    async fn editor(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
        section: Section,
        content: Option<Locale>,
    ) -> Result<Option<EditorView>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        editor_view::editor(&self.db, locale, &actor, id, section, content).await
    }

    async fn new_service(
        &self,
        locale: Locale,
        pass: &StaffPass,
    ) -> Result<Option<NewServiceView>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        editor_view::new_service(&self.db, locale, &actor).await
    }

    async fn preview(
        &self,
        pass: &StaffPass,
        id: i32,
        content: Locale,
    ) -> Result<Option<(ServiceHead, ServiceDetail)>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        editor_preview::preview(&self.db, &actor, id, content).await
    }
}
