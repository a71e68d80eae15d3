//! New services: an editor creates a draft in their agency, with its first version.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde_json::json;

use super::access::{Action, authorize_agency};
use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::snapshot::ServiceSnapshot;
use super::validate::validate;
use super::version_store::insert;
use super::{Actor, EditorialError, FieldError, Status, snapshot_write};
use crate::db::entities::{service, slug_redirect};
use crate::text::slugify;

/// Longest slug the `services.slug` column holds.
const MAX_SLUG: usize = 200;

/// Creates a draft service in `agency` at `slug` (lower-case words joined by hyphens, not in
/// use); returns its id. Its content is version 1.
pub async fn create_draft(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    slug: &str,
    snapshot: &ServiceSnapshot,
    now: DateTime<Utc>,
) -> Result<i32, EditorialError> {
    authorize_agency(db, actor, Action::CreateDraft, agency, now).await?;
    let mut errors = validate(snapshot);
    if slug.is_empty() || slugify(slug, MAX_SLUG) != slug {
        errors.push(FieldError::new("slug", "editorial-field-invalid-slug"));
    } else {
        let used = service::Entity::find()
            .filter(service::Column::Slug.eq(slug))
            .count(db)
            .await?
            + slug_redirect::Entity::find_by_id(slug.to_owned())
                .count(db)
                .await?;
        if used > 0 {
            errors.push(FieldError::new("slug", "editorial-field-slug-taken"));
        }
    }
    if !errors.is_empty() {
        return Err(EditorialError::Invalid(errors));
    }
    let txn = db.begin().await?;
    let row = service::ActiveModel {
        slug: Set(slug.to_owned()),
        agency_id: Set(agency),
        level: Set(snapshot.level.clone()),
        status: Set(Status::Draft.code().to_owned()),
        fully_online: Set(snapshot.fully_online),
        cost_kind: Set(snapshot.cost_kind.clone()),
        search_text: Set(String::new()),
        search_name: Set(String::new()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    snapshot_write::apply(&txn, &row, snapshot, now).await?;
    insert(
        &txn,
        row.id,
        1,
        &snapshot.normalized(),
        Some(actor.account_id),
        None,
        now,
    )
    .await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::ServiceCreated,
        record_kind: RecordKind::Service,
        record_id: Some(row.id),
        agency: Some(agency),
        detail: json!({ "slug": slug, "version": 1 }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(row.id)
}
