//! What staff may do: platform administrator, or per agency administrator, publisher or editor.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use crate::db::entities::account_role;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    PlatformAdmin,
    AgencyAdmin,
    Publisher,
    Editor,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::PlatformAdmin,
        Role::AgencyAdmin,
        Role::Publisher,
        Role::Editor,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::PlatformAdmin => "platform_admin",
            Role::AgencyAdmin => "agency_admin",
            Role::Publisher => "publisher",
            Role::Editor => "editor",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// Platform-wide roles have no agency; the others need one.
    pub fn needs_agency(self) -> bool {
        self != Role::PlatformAdmin
    }
}

/// A role held, platform-wide (`agency: None`) or in one agency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub agency: Option<i32>,
}

pub async fn of<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<Grant>, DbErr> {
    Ok(account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(Grant {
                role: Role::from_code(&row.role)?,
                agency: row.agency_id,
            })
        })
        .collect())
}

pub async fn grant<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    grant: &Grant,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    account_role::ActiveModel {
        account_id: Set(account_id),
        role: Set(grant.role.code().to_owned()),
        agency_id: Set(grant.agency),
        granted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
