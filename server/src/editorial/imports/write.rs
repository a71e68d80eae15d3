//! One imported record: refused (invalid, or its identifier belongs to another agency), a new
//! draft, or a new version of the agency's service with that identifier (or, failing one, that
//! address), written as `versions::save` and `drafts::create_draft` write theirs.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use serde_json::json;

use super::{Effect, Planned, Rejection, effect_on};
use crate::catalog::FieldName;
use crate::db::entities::{service, slug_redirect};
use crate::editorial::audit::{self, AuditAction, NewEvent, RecordKind};
use crate::editorial::diff::{Change, diff};
use crate::editorial::snapshot::ServiceSnapshot;
use crate::editorial::validate::validate;
use crate::editorial::version_store::{current, ensure_stored, insert};
use crate::editorial::{Actor, EditorialError, Status, snapshot_write};
use crate::import::reasons::Reason;
use crate::import::{References, ServiceRecord, to_snapshot};
use crate::text::slugify;

pub(super) struct Context<'a> {
    pub actor: &'a Actor,
    pub agency: i32,
    pub label: &'a str,
    pub references: &'a References,
    pub now: chrono::DateTime<chrono::Utc>,
}

/// Longest slug the `services.slug` column holds, as for drafts.
const MAX_SLUG: usize = 200;

type Written = Result<Planned, Rejection>;

fn refusal(key: &'static str, field: Option<String>) -> Reason {
    Reason {
        key,
        field,
        detail: None,
    }
}

pub(super) async fn one(
    txn: &DatabaseTransaction,
    context: &Context<'_>,
    record: &ServiceRecord,
) -> Result<Written, EditorialError> {
    // `csv:villa-001` is `villa-001` in the file.
    let shown = record
        .source_id
        .split_once(':')
        .map_or(record.source_id.as_str(), |(_, id)| id)
        .to_owned();
    let reject = |reasons: Vec<Reason>| Rejection {
        file: String::new(),
        record: shown.clone(),
        reasons,
    };
    let snapshot = to_snapshot(record, context.references);
    let errors = validate(&snapshot);
    if !errors.is_empty() {
        let reasons = errors
            .into_iter()
            .map(|e| refusal(e.key, Some(e.field)))
            .collect();
        return Ok(Err(reject(reasons)));
    }
    let name = record.text(FieldName::NAME).unwrap_or_default().to_owned();
    if let Some(row) = service::Entity::find()
        .filter(service::Column::SourceId.eq(record.source_id.as_str()))
        .one(txn)
        .await?
    {
        if row.agency_id != context.agency {
            let reason = refusal("import-reason-other-agency", Some("source_id".into()));
            return Ok(Err(reject(vec![reason])));
        }
        return change(txn, context, row, snapshot, shown, name).await;
    }
    if !record.slug.is_empty()
        && let Some(row) = service::Entity::find()
            .filter(service::Column::Slug.eq(record.slug.as_str()))
            .filter(service::Column::AgencyId.eq(context.agency))
            .one(txn)
            .await?
    {
        return change(txn, context, row, snapshot, shown, name).await;
    }
    create(txn, context, record, snapshot, shown, name).await
}

/// Texts the file does not carry (other languages than its own) stay as they were.
fn with_translations(current: &ServiceSnapshot, mut imported: ServiceSnapshot) -> ServiceSnapshot {
    for (field, by_locale) in &current.texts {
        for (locale, value) in by_locale {
            if *locale != imported.main_locale {
                imported
                    .texts
                    .entry(field.clone())
                    .or_default()
                    .entry(locale.clone())
                    .or_insert_with(|| value.clone());
            }
        }
    }
    imported.normalized()
}

/// `texts.name.es` → `texts.name`; `channels.1.url` → `channels`.
fn field_names(changes: &[Change]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for change in changes {
        let mut parts = change.path.split('.');
        let first = parts.next().unwrap_or_default();
        let name = match (first, parts.next()) {
            ("texts", Some(field)) => format!("texts.{field}"),
            _ => first.to_owned(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

async fn change(
    txn: &DatabaseTransaction,
    context: &Context<'_>,
    row: service::Model,
    imported: ServiceSnapshot,
    shown: String,
    name: String,
) -> Result<Written, EditorialError> {
    let newest = current(txn, &row).await?;
    let merged = with_translations(&newest.snapshot, imported);
    let fields = field_names(&diff(&newest.snapshot.normalized(), &merged));
    let status = Status::from_code(&row.status);
    let mut planned = Planned {
        service_id: Some(row.id),
        record: shown.clone(),
        slug: row.slug.clone(),
        name,
        effect: Effect::Unchanged,
        fields,
    };
    if planned.fields.is_empty() {
        return Ok(Ok(planned));
    }
    // Claimed as a save claims its number, so a save racing this import cannot both win.
    let new_status = if status == Status::InReview {
        Status::Draft
    } else {
        status
    };
    let claimed = service::Entity::update_many()
        .col_expr(
            service::Column::Version,
            Expr::col(service::Column::Version).add(1),
        )
        .col_expr(service::Column::Status, Expr::value(new_status.code()))
        .col_expr(service::Column::UpdatedAt, Expr::value(context.now))
        .filter(service::Column::Id.eq(row.id))
        .filter(service::Column::Version.eq(row.version))
        .exec(txn)
        .await?;
    if claimed.rows_affected != 1 {
        let reason = refusal("import-reason-conflict", None);
        return Ok(Err(Rejection {
            file: String::new(),
            record: shown,
            reasons: vec![reason],
        }));
    }
    ensure_stored(txn, &row).await?;
    let number = row.version + 1;
    insert(
        txn,
        row.id,
        number,
        &merged,
        Some(context.actor.account_id),
        None,
        context.now,
    )
    .await?;
    if !status.is_public() {
        snapshot_write::apply(txn, &row, &merged, context.now).await?;
    }
    crate::search::record_changes(txn, &[row.id], context.now).await?;
    imported_event(txn, context, row.id, number, &shown, false).await?;
    planned.effect = effect_on(status);
    Ok(Ok(planned))
}

/// `base`, or `base-2`, `base-3`…: the first address no service or redirect uses.
async fn free_slug(txn: &DatabaseTransaction, base: &str) -> Result<String, EditorialError> {
    let mut n = 1;
    loop {
        let slug = if n == 1 {
            base.to_owned()
        } else {
            format!("{base}-{n}")
        };
        let used = service::Entity::find()
            .filter(service::Column::Slug.eq(slug.as_str()))
            .count(txn)
            .await?
            + slug_redirect::Entity::find_by_id(slug.clone()).count(txn).await?;
        if used == 0 {
            return Ok(slug);
        }
        n += 1;
    }
}

async fn create(
    txn: &DatabaseTransaction,
    context: &Context<'_>,
    record: &ServiceRecord,
    snapshot: ServiceSnapshot,
    shown: String,
    name: String,
) -> Result<Written, EditorialError> {
    let base = Some(slugify(&record.slug, MAX_SLUG))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| slugify(&name, 150));
    if base.is_empty() {
        let reason = refusal("import-reason-slug", None);
        return Ok(Err(Rejection {
            file: String::new(),
            record: shown,
            reasons: vec![reason],
        }));
    }
    let slug = free_slug(txn, &base).await?;
    let row = service::ActiveModel {
        slug: Set(slug.clone()),
        source_id: Set(Some(record.source_id.clone())),
        agency_id: Set(context.agency),
        level: Set(snapshot.level.clone()),
        status: Set(Status::Draft.code().to_owned()),
        fully_online: Set(snapshot.fully_online),
        cost_kind: Set(snapshot.cost_kind.clone()),
        search_text: Set(String::new()),
        search_name: Set(String::new()),
        version: Set(1),
        created_at: Set(context.now),
        updated_at: Set(context.now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    snapshot_write::apply(txn, &row, &snapshot, context.now).await?;
    insert(
        txn,
        row.id,
        1,
        &snapshot,
        Some(context.actor.account_id),
        None,
        context.now,
    )
    .await?;
    imported_event(txn, context, row.id, 1, &shown, true).await?;
    Ok(Ok(Planned {
        service_id: Some(row.id),
        record: shown,
        slug,
        name,
        effect: Effect::Created,
        fields: Vec::new(),
    }))
}

async fn imported_event(
    txn: &DatabaseTransaction,
    context: &Context<'_>,
    service_id: i32,
    version: i32,
    record: &str,
    created: bool,
) -> Result<(), EditorialError> {
    let event = NewEvent {
        actor: Some(context.actor.account_id),
        action: AuditAction::ServiceImported,
        record_kind: RecordKind::Service,
        record_id: Some(service_id),
        agency: Some(context.agency),
        detail: json!({
            "import": context.label,
            "record": record,
            "version": version,
            "created": created,
        }),
    };
    audit::record(txn, event, context.now).await?;
    Ok(())
}
