//! Writing the taxonomy: adding, saving and deleting a term with its texts, each in one
//! transaction with its audit row. Checks and reads are in `taxonomy`.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::taxonomy::{authorize, open};
use super::taxonomy_input::{Clean, TermInput, check};
use super::taxonomy_usage::services_using;
use super::{Actor, EditorialError, FieldError};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{service_taxonomy, taxonomy_term, translation};

/// What a delete did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deleted {
    Done,
    /// Refused, nothing changed: this many services use the term.
    InUse(u64),
}

/// Checks the fields and that no other term has the slug.
async fn validate(
    db: &impl ConnectionTrait,
    input: &TermInput,
    own_id: Option<i32>,
) -> Result<Clean, EditorialError> {
    let mut errors = Vec::new();
    let clean = check(input, &mut errors);
    if let Some(clean) = &clean {
        let mut same_slug =
            taxonomy_term::Entity::find().filter(taxonomy_term::Column::Slug.eq(clean.slug.as_str()));
        if let Some(id) = own_id {
            same_slug = same_slug.filter(taxonomy_term::Column::Id.ne(id));
        }
        if same_slug.count(db).await? > 0 {
            errors.push(FieldError::new("slug", "admin-taxonomy-error-slug-taken"));
        }
    }
    match clean {
        Some(clean) if errors.is_empty() => Ok(clean),
        _ => Err(EditorialError::Invalid(errors)),
    }
}

/// The term's labels and descriptions, replacing those stored; typed by the platform, so
/// original.
async fn write_texts(
    db: &impl ConnectionTrait,
    id: i32,
    clean: &Clean,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    translation::Entity::delete_many()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Term.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .filter(translation::Column::Field.is_in([FieldName::LABEL, FieldName::DESCRIPTION]))
        .exec(db)
        .await?;
    let texts = (clean.labels.iter().map(|(l, v)| (FieldName::LABEL, l, v))).chain(
        clean
            .descriptions
            .iter()
            .map(|(l, v)| (FieldName::DESCRIPTION, l, v)),
    );
    for (field, locale, value) in texts {
        translation::ActiveModel {
            owner_kind: Set(OwnerKind::Term.code().to_owned()),
            owner_id: Set(id),
            field: Set(field.to_owned()),
            locale: Set(locale.code().to_owned()),
            value: Set(value.clone()),
            status: Set("original".to_owned()),
            updated_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Adds a term; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &TermInput,
    now: DateTime<Utc>,
) -> Result<i32, EditorialError> {
    authorize(db, actor, None, now).await?;
    let clean = validate(db, input, None).await?;
    let txn = db.begin().await?;
    let row = taxonomy_term::ActiveModel {
        slug: Set(clean.slug.clone()),
        kind: Set(clean.kind.to_owned()),
        parent_id: Set(None),
        position: Set(clean.position),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| EditorialError::slug_race(e, "admin-taxonomy-error-slug-taken"))?;
    write_texts(&txn, row.id, &clean, now).await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::TaxonomyCreated,
        record_kind: RecordKind::Term,
        record_id: Some(row.id),
        agency: None,
        detail: json!({ "slug": clean.slug, "kind": clean.kind }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Saves a term. Nothing changed writes nothing.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    input: &TermInput,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let stored = open(db, actor, id, now).await?;
    let clean = validate(db, input, Some(id)).await?;
    let row = &stored.row;
    let changed: Vec<&str> = [
        ("kind", row.kind != clean.kind),
        ("slug", row.slug != clean.slug),
        ("position", row.position != clean.position),
        ("labels", stored.labels != clean.labels),
        ("descriptions", stored.descriptions != clean.descriptions),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect();
    if changed.is_empty() {
        return Ok(());
    }
    let txn = db.begin().await?;
    let mut active: taxonomy_term::ActiveModel = stored.row.clone().into();
    active.kind = Set(clean.kind.to_owned());
    active.slug = Set(clean.slug.clone());
    active.position = Set(clean.position);
    active
        .update(&txn)
        .await
        .map_err(|e| EditorialError::slug_race(e, "admin-taxonomy-error-slug-taken"))?;
    write_texts(&txn, id, &clean, now).await?;
    // Search facets name the term from a per-instance cache that reloads once the index has
    // applied a newer change: its services are announced, as publishing does.
    let services: Vec<i32> = service_taxonomy::Entity::find()
        .filter(service_taxonomy::Column::TermId.eq(id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|row| row.service_id)
        .collect();
    crate::search::record_changes(&txn, &services, now).await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::TaxonomyUpdated,
        record_kind: RecordKind::Term,
        record_id: Some(id),
        agency: None,
        detail: json!({ "changed": changed }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes a term no service uses, with its texts. A used term is left as it is and the
/// answer says by how many services.
pub async fn delete(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Deleted, EditorialError> {
    let stored = open(db, actor, id, now).await?;
    if stored.services > 0 {
        return Ok(Deleted::InUse(stored.services));
    }
    let txn = db.begin().await?;
    // A service classified under the term since it was counted keeps it: the delete finds
    // nothing to remove (the link's cascade would otherwise drop it silently).
    let removed = taxonomy_term::Entity::delete_many()
        .filter(taxonomy_term::Column::Id.eq(id))
        .filter(
            taxonomy_term::Column::Id.not_in_subquery(
                Query::select()
                    .column(service_taxonomy::Column::TermId)
                    .from(service_taxonomy::Entity)
                    .and_where(Expr::col(service_taxonomy::Column::TermId).eq(id))
                    .to_owned(),
            ),
        )
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        txn.rollback().await?;
        // Used since it was counted, or deleted by someone else meanwhile.
        return match services_using(db, id).await? {
            0 => Err(EditorialError::NotFound),
            services => Ok(Deleted::InUse(services)),
        };
    }
    translation::Entity::delete_many()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Term.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .exec(&txn)
        .await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::TaxonomyDeleted,
        record_kind: RecordKind::Term,
        record_id: Some(id),
        agency: None,
        detail: json!({ "slug": stored.row.slug, "kind": stored.row.kind }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(Deleted::Done)
}
