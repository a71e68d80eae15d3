//! The life events and topics services are classified under, as platform administrators keep
//! them: kind, address (slug), position, and a label and description per language (in
//! `translations`, as the importers store them). A term that services use is never deleted:
//! the refusal says how many use it. Every change writes an audit row in its transaction, and
//! a relabelled term's services are announced to the search index, so that every instance's
//! facet labels follow it as they follow publishing.
//!
//! `taxonomy_terms.parent_id` is left alone: the seed never sets it and nothing reads it (life
//! events group topics through their services, not through a parent).

use std::collections::BTreeMap;

use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::access::{Action, authorize_platform_record};
use super::audit::RecordKind;
pub use super::taxonomy_input::{TermInput, valid_slug};
use super::taxonomy_usage::{services_per_term, services_using};
pub use super::taxonomy_write::{Deleted, create, delete, update};
use super::{Actor, EditorialError};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{taxonomy_term, translation};

/// A stored term with its texts and how many services it classifies.
#[derive(Clone, Debug)]
pub struct StoredTerm {
    pub row: taxonomy_term::Model,
    pub labels: BTreeMap<Locale, String>,
    pub descriptions: BTreeMap<Locale, String>,
    pub services: u64,
}

/// Only platform administrators manage the taxonomy; anyone else's attempt is logged and
/// answered `NotFound`.
pub(super) async fn authorize(
    db: &impl ConnectionTrait,
    actor: &Actor,
    term: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    authorize_platform_record(db, actor, Action::ManageTaxonomy, (RecordKind::Term, term), now).await
}

/// Each term's label and description in every language it has.
async fn texts_of(
    db: &impl ConnectionTrait,
    ids: Option<&[i32]>,
) -> Result<BTreeMap<(i32, &'static str), BTreeMap<Locale, String>>, DbErr> {
    let mut select = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Term.code()))
        .filter(translation::Column::Field.is_in([FieldName::LABEL, FieldName::DESCRIPTION]));
    if let Some(ids) = ids {
        select = select.filter(translation::Column::OwnerId.is_in(ids.iter().copied()));
    }
    let mut texts: BTreeMap<(i32, &'static str), BTreeMap<Locale, String>> = BTreeMap::new();
    for row in select.all(db).await? {
        let field = if row.field == FieldName::LABEL {
            FieldName::LABEL
        } else {
            FieldName::DESCRIPTION
        };
        if let Some(locale) = Locale::from_code(&row.locale)
            && !row.value.trim().is_empty()
        {
            texts
                .entry((row.owner_id, field))
                .or_default()
                .insert(locale, row.value);
        }
    }
    Ok(texts)
}

/// Every term, life events first, each in position then address order.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Vec<StoredTerm>, EditorialError> {
    authorize(db, actor, None, now).await?;
    let rows = taxonomy_term::Entity::find()
        .order_by_asc(taxonomy_term::Column::Kind)
        .order_by_asc(taxonomy_term::Column::Position)
        .order_by_asc(taxonomy_term::Column::Slug)
        .all(db)
        .await?;
    let mut texts = texts_of(db, None).await?;
    let uses = services_per_term(db).await?;
    Ok(rows
        .into_iter()
        .map(|row| StoredTerm {
            labels: texts.remove(&(row.id, FieldName::LABEL)).unwrap_or_default(),
            descriptions: texts
                .remove(&(row.id, FieldName::DESCRIPTION))
                .unwrap_or_default(),
            services: uses.get(&row.id).copied().unwrap_or_default(),
            row,
        })
        .collect())
}

/// Checks the actor may add a term, before the blank form is shown.
pub async fn open_blank(
    db: &impl ConnectionTrait,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    authorize(db, actor, None, now).await
}

/// Opens a term for editing; an unknown id is `NotFound`.
pub async fn open(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    now: DateTime<Utc>,
) -> Result<StoredTerm, EditorialError> {
    authorize(db, actor, Some(id), now).await?;
    let Some(row) = taxonomy_term::Entity::find_by_id(id).one(db).await? else {
        return Err(EditorialError::NotFound);
    };
    let mut texts = texts_of(db, Some(std::slice::from_ref(&id))).await?;
    Ok(StoredTerm {
        labels: texts.remove(&(id, FieldName::LABEL)).unwrap_or_default(),
        descriptions: texts.remove(&(id, FieldName::DESCRIPTION)).unwrap_or_default(),
        services: services_using(db, id).await?,
        row,
    })
}
