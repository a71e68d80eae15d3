//! Agencies as the admin panel writes them: names per language (in `translations`, as the
//! importers store them), acronym, address (slug), level, jurisdiction and contact. Platform
//! administrators add agencies and place them; an agency administrator keeps their own
//! agency's names and contact up to date. Every change writes an audit row in its transaction.

use std::collections::BTreeMap;

use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionTrait,
};
use serde_json::json;

use super::access::{Action, authorize_agency, authorize_platform, may};
pub use super::agency_input::AgencyInput;
use super::agency_input::{Clean, check};
use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::{Actor, EditorialError, FieldError};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{agency, jurisdiction, service, translation};

/// A stored agency with its names, as the edit form opens it.
#[derive(Clone, Debug)]
pub struct StoredAgency {
    pub row: agency::Model,
    pub names: BTreeMap<Locale, String>,
}

/// Checks the fields, the place and that no other agency has the slug.
async fn validate(
    db: &impl ConnectionTrait,
    input: &AgencyInput,
    own_id: Option<i32>,
) -> Result<Clean, EditorialError> {
    let mut errors = Vec::new();
    let clean = check(input, &mut errors);
    if let Some(clean) = &clean {
        if jurisdiction::Entity::find_by_id(clean.jurisdiction)
            .one(db)
            .await?
            .is_none()
        {
            errors.push(FieldError::new("jurisdiction", "editorial-field-unknown-value"));
        }
        let mut same_slug = agency::Entity::find().filter(agency::Column::Slug.eq(clean.slug.as_str()));
        if let Some(id) = own_id {
            same_slug = same_slug.filter(agency::Column::Id.ne(id));
        }
        if !errors.iter().any(|e| e.field == "slug") && same_slug.count(db).await? > 0 {
            errors.push(FieldError::new("slug", "editorial-field-slug-taken"));
        }
    }
    match clean {
        Some(clean) if errors.is_empty() => Ok(clean),
        _ => Err(EditorialError::Invalid(errors)),
    }
}

/// The agency's names, replacing those stored; each typed by the agency itself, so original.
async fn write_names(
    db: &impl ConnectionTrait,
    id: i32,
    names: &BTreeMap<Locale, String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    translation::Entity::delete_many()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Agency.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .filter(translation::Column::Field.eq(FieldName::NAME))
        .exec(db)
        .await?;
    for (locale, name) in names {
        translation::ActiveModel {
            owner_kind: Set(OwnerKind::Agency.code().to_owned()),
            owner_id: Set(id),
            field: Set(FieldName::NAME.to_owned()),
            locale: Set(locale.code().to_owned()),
            value: Set(name.clone()),
            status: Set("original".to_owned()),
            updated_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn names_of(db: &impl ConnectionTrait, id: i32) -> Result<BTreeMap<Locale, String>, DbErr> {
    Ok(translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Agency.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .filter(translation::Column::Field.eq(FieldName::NAME))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| Some((Locale::from_code(&row.locale)?, row.value)))
        .collect())
}

/// Opens an agency for editing: its administrators and platform administrators; anyone else
/// gets `NotFound` (logged), exactly as for an unknown id.
pub async fn open(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: i32,
    now: DateTime<Utc>,
) -> Result<StoredAgency, EditorialError> {
    let Some(row) = agency::Entity::find_by_id(id).one(db).await? else {
        return Err(EditorialError::NotFound);
    };
    // Staff of the agency whose role may not do this see the same 404 as strangers.
    authorize_agency(db, actor, Action::EditAgencyContact, id, now)
        .await
        .map_err(|error| match error {
            EditorialError::Forbidden => EditorialError::NotFound,
            other => other,
        })?;
    let names = names_of(db, id).await?;
    Ok(StoredAgency { row, names })
}

/// Adds an agency (platform administrators only); returns its id.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &AgencyInput,
    now: DateTime<Utc>,
) -> Result<i32, EditorialError> {
    authorize_platform(db, actor, Action::CreateAgency, now).await?;
    let clean = validate(db, input, None).await?;
    let txn = db.begin().await?;
    let row = agency::ActiveModel {
        slug: Set(clean.slug.clone()),
        source_id: Set(None),
        source_hash: Set(None),
        level: Set(clean.level.code().to_owned()),
        jurisdiction_id: Set(clean.jurisdiction),
        acronym: Set(clean.acronym),
        website: Set(clean.website),
        email: Set(clean.email),
        phone: Set(clean.phone),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| EditorialError::slug_race(e, "editorial-field-slug-taken"))?;
    write_names(&txn, row.id, &clean.names, now).await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::AgencyCreated,
        record_kind: RecordKind::Agency,
        record_id: Some(row.id),
        agency: Some(row.id),
        detail: json!({ "slug": clean.slug }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Saves an agency. An agency administrator changes only the names and contact: the slug,
/// acronym, level and place they send are ignored and the stored ones kept.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    input: &AgencyInput,
    now: DateTime<Utc>,
) -> Result<(), EditorialError> {
    let stored = open(db, actor, id, now).await?;
    let mut input = input.clone();
    if !may(&actor.grants, Action::EditAgencyFacts, id) {
        input.slug = stored.row.slug.clone();
        input.acronym = stored.row.acronym.clone().unwrap_or_default();
        input.level = stored.row.level.clone();
        input.jurisdiction = stored.row.jurisdiction_id.to_string();
    }
    let clean = validate(db, &input, Some(id)).await?;
    let row = &stored.row;
    let mut changed: Vec<&str> = [
        ("slug", row.slug != clean.slug),
        ("acronym", row.acronym != clean.acronym),
        ("level", row.level != clean.level.code()),
        ("jurisdiction", row.jurisdiction_id != clean.jurisdiction),
        ("email", row.email != clean.email),
        ("phone", row.phone != clean.phone),
        ("website", row.website != clean.website),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect();
    if stored.names != clean.names {
        changed.push("names");
    }
    if changed.is_empty() {
        return Ok(());
    }
    let txn = db.begin().await?;
    let mut active: agency::ActiveModel = stored.row.clone().into();
    active.slug = Set(clean.slug);
    active.acronym = Set(clean.acronym);
    active.level = Set(clean.level.code().to_owned());
    active.jurisdiction_id = Set(clean.jurisdiction);
    active.email = Set(clean.email);
    active.phone = Set(clean.phone);
    active.website = Set(clean.website);
    active.updated_at = Set(now);
    active
        .update(&txn)
        .await
        .map_err(|e| EditorialError::slug_race(e, "editorial-field-slug-taken"))?;
    write_names(&txn, id, &clean.names, now).await?;
    // Service pages and search results show the agency: its services are indexed again.
    let services: Vec<i32> = service::Entity::find()
        .filter(service::Column::AgencyId.eq(id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    crate::search::record_changes(&txn, &services, now).await?;
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::AgencyUpdated,
        record_kind: RecordKind::Agency,
        record_id: Some(id),
        agency: Some(id),
        detail: json!({ "changed": changed }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    Ok(())
}
