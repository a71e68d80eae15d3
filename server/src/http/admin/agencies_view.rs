//! The agency and staff pages' data ([`app::admin::agencies::AgencyDesk`]) over
//! `editorial::agencies` and `editorial::staff_roles` (the staff page's own view is
//! `staff_view`), which decide access and log refusals. The form posts build the same views
//! when they answer with the page (errors, a new link).

use std::collections::{BTreeMap, HashMap};

use app::admin::StaffPass;
use app::admin::agencies::{
    AgencyDesk, AgencyForm, AgencyLine, AgencyList, FieldProblem, PlaceChoice, StaffView,
};
use app::catalog::CatalogError;
use app::locale::Locale;
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::editorial_view::{actor, names, unavailable};
use super::staff_view::staff_view;
use crate::auth::roles::Role;
use crate::db::entities::{account_role, agency, jurisdiction};
use crate::editorial::access::{Action, authorize_platform};
use crate::editorial::agencies::{self, AgencyInput};
use crate::editorial::{Actor, EditorialError, may};

pub struct SqlAgencyDesk {
    db: DatabaseConnection,
}

impl SqlAgencyDesk {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

pub(super) async fn places(db: &DatabaseConnection) -> Result<Vec<PlaceChoice>, DbErr> {
    Ok(jurisdiction::Entity::find()
        .order_by_asc(jurisdiction::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|p| PlaceChoice {
            id: p.id,
            name: p.name,
            kind: p.kind,
        })
        .collect())
}

/// The form from what was typed (or stored), with the errors of a post beside their fields.
pub(super) async fn form_of(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Option<i32>,
    input: &AgencyInput,
    errors: Vec<(String, String)>,
) -> Result<AgencyForm, DbErr> {
    let facts_editable = match id {
        Some(id) => may(&actor.grants, Action::EditAgencyFacts, id),
        None => actor.is_platform_admin(),
    };
    Ok(AgencyForm {
        id,
        names: Locale::ALL
            .into_iter()
            .map(|l| (l, input.names.get(&l).cloned().unwrap_or_default()))
            .collect(),
        acronym: input.acronym.clone(),
        slug: input.slug.clone(),
        level: input.level.clone(),
        jurisdiction: input.jurisdiction.clone(),
        email: input.email.clone(),
        phone: input.phone.clone(),
        website: input.website.clone(),
        facts_editable,
        places: if facts_editable {
            places(db).await?
        } else {
            Vec::new()
        },
        status: if errors.is_empty() { 200 } else { 422 },
        problems: errors
            .into_iter()
            .map(|(field, key)| FieldProblem { field, key })
            .collect(),
    })
}

fn stored_input(row: &agency::Model, names: BTreeMap<Locale, String>) -> AgencyInput {
    AgencyInput {
        names,
        acronym: row.acronym.clone().unwrap_or_default(),
        slug: row.slug.clone(),
        level: row.level.clone(),
        jurisdiction: row.jurisdiction_id.to_string(),
        email: row.email.clone().unwrap_or_default(),
        phone: row.phone.clone().unwrap_or_default(),
        website: row.website.clone().unwrap_or_default(),
    }
}

async fn agency_list(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
) -> Result<Option<AgencyList>, DbErr> {
    let mut select = agency::Entity::find().order_by_asc(agency::Column::Slug);
    if !actor.is_platform_admin() {
        let own = actor.agencies_with(&[Role::AgencyAdmin]);
        if own.is_empty() {
            return Ok(None);
        }
        select = select.filter(agency::Column::Id.is_in(own));
    }
    let rows = select.all(db).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut titles = names(db, locale, "agency", &ids).await?;
    let place_names: HashMap<i32, String> = jurisdiction::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let mut members: HashMap<i32, Vec<i32>> = HashMap::new();
    for role in account_role::Entity::find()
        .filter(account_role::Column::AgencyId.is_not_null())
        .all(db)
        .await?
    {
        if let Some(agency) = role.agency_id {
            members.entry(agency).or_default().push(role.account_id);
        }
    }
    let lines = rows
        .into_iter()
        .map(|row| {
            let mut people = members.remove(&row.id).unwrap_or_default();
            people.sort_unstable();
            people.dedup();
            AgencyLine {
                id: row.id,
                name: titles.remove(&row.id),
                acronym: row.acronym,
                level: row.level,
                place: place_names.get(&row.jurisdiction_id).cloned().unwrap_or_default(),
                members: people.len() as u64,
                slug: row.slug,
            }
        })
        .collect();
    Ok(Some(AgencyList {
        lines,
        may_create: actor.is_platform_admin(),
    }))
}

#[async_trait::async_trait]
impl AgencyDesk for SqlAgencyDesk {
    async fn agencies(&self, locale: Locale, pass: &StaffPass) -> Result<Option<AgencyList>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        agency_list(&self.db, locale, &actor).await.map_err(unavailable)
    }

    async fn agency_form(
        &self,
        _locale: Locale,
        pass: &StaffPass,
        id: Option<i32>,
    ) -> Result<Option<AgencyForm>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        let now = Utc::now();
        let input = match id {
            None => match authorize_platform(&self.db, &actor, Action::CreateAgency, now).await {
                Ok(()) => AgencyInput {
                    level: "national".to_owned(),
                    ..Default::default()
                },
                Err(EditorialError::Database(error)) => return Err(unavailable(error)),
                Err(_) => return Ok(None),
            },
            Some(id) => match agencies::open(&self.db, &actor, id, now).await {
                Ok(stored) => stored_input(&stored.row, stored.names),
                Err(EditorialError::Database(error)) => return Err(unavailable(error)),
                Err(_) => return Ok(None),
            },
        };
        form_of(&self.db, &actor, id, &input, Vec::new())
            .await
            .map(Some)
            .map_err(unavailable)
    }

    async fn staff(
        &self,
        locale: Locale,
        pass: &StaffPass,
        id: i32,
    ) -> Result<Option<StaffView>, CatalogError> {
        let actor = actor(&self.db, pass).await?;
        staff_view(&self.db, locale, &actor, id)
            .await
            .map_err(unavailable)
    }
}
