//! The staff page's data ([`app::admin::agencies::StaffView`]): the agency's members with
//! their roles and status, the platform administrators for platform administrators, and the
//! invitations not used yet with who made them. `editorial::staff_roles` decides access and
//! logs refusals; the staff posts build the same view when they answer with the page.

use std::collections::{BTreeMap, HashMap};

use app::admin::agencies::{InvitationLine, MemberLine, StaffView};
use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::editorial_view::names;
use crate::auth::roles::Role;
use crate::db::entities::{account, account_role, agency, staff_invitation};
use crate::editorial::Actor;
use crate::editorial::staff_roles::{self, ACTIVE, StaffError, grantable};

fn member_lines(
    rows: Vec<account_role::Model>,
    people: &HashMap<i32, account::Model>,
    reader: i32,
) -> Vec<MemberLine> {
    let mut by_account: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for row in rows {
        by_account.entry(row.account_id).or_default().push(row.role);
    }
    let mut lines: Vec<MemberLine> = by_account
        .into_iter()
        .filter_map(|(id, mut roles)| {
            let person = people.get(&id)?;
            roles.sort_by_key(|code| Role::from_code(code).map(|r| Role::ALL.iter().position(|x| *x == r)));
            roles.dedup();
            Some(MemberLine {
                account_id: id,
                name: person.display_name.clone(),
                email: person.email.clone(),
                roles,
                active: person.status == ACTIVE,
                is_you: id == reader,
            })
        })
        .collect();
    lines.sort_by(|a, b| (!a.active, &a.name).cmp(&(!b.active, &b.name)));
    lines
}

/// The accounts with these ids, by id.
async fn accounts(db: &DatabaseConnection, mut ids: Vec<i32>) -> Result<HashMap<i32, account::Model>, DbErr> {
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect())
}

async fn invitation_lines(
    db: &DatabaseConnection,
    rows: Vec<staff_invitation::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<InvitationLine>, DbErr> {
    let inviters = accounts(db, rows.iter().filter_map(|i| i.invited_by).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|i| InvitationLine {
            id: i.id,
            invited_by: i
                .invited_by
                .and_then(|id| inviters.get(&id))
                .and_then(|a| a.display_name.clone().or_else(|| a.email.clone())),
            email: i.email,
            role: i.role,
            expired: i.expires_at <= now,
            expires_at: i.expires_at,
        })
        .collect())
}

/// The staff page of `id`, or `None` when the reader may not manage it (refusal logged).
pub(super) async fn staff_view(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    id: i32,
) -> Result<Option<StaffView>, DbErr> {
    let Some(row) = agency::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let now = Utc::now();
    match staff_roles::authorize(db, actor, id, now).await {
        Ok(()) => {}
        Err(StaffError::Database(error)) => return Err(error),
        Err(_) => return Ok(None),
    }
    let in_agency = account_role::Entity::find()
        .filter(account_role::Column::AgencyId.eq(id))
        .all(db)
        .await?;
    let platform = if actor.is_platform_admin() {
        account_role::Entity::find()
            .filter(account_role::Column::Role.eq(Role::PlatformAdmin.code()))
            .filter(account_role::Column::AgencyId.is_null())
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    let people = accounts(
        db,
        in_agency.iter().chain(&platform).map(|r| r.account_id).collect(),
    )
    .await?;
    let pending = staff_roles::pending_invitations(db, actor, id).await?;
    let roles: Vec<String> = grantable(actor).iter().map(|r| r.code().to_owned()).collect();
    Ok(Some(StaffView {
        agency_id: id,
        agency_name: names(db, locale, "agency", &[id]).await?.remove(&id),
        slug: row.slug,
        members: member_lines(in_agency, &people, actor.account_id),
        platform_admins: actor
            .is_platform_admin()
            .then(|| member_lines(platform, &people, actor.account_id)),
        invitations: invitation_lines(db, pending, now).await?,
        invite_role: roles.first().cloned().unwrap_or_default(),
        roles,
        invite_email: String::new(),
        problems: Vec::new(),
        invited: None,
        status: 200,
    }))
}
