//! Who may open the staff pages, decided on the server for every request: a signed-in staff
//! account whose session used a passkey, with the roles it holds. Pages answer a signed-out
//! visitor with the staff sign-in, and anyone else (citizens, a staff session still without a
//! passkey, a role in another agency) as if the page did not exist.

use sea_orm::{ConnectionTrait, DbErr};

use super::accounts::Current;
use super::roles::{self, Grant, Role};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    SignedOut,
    /// A citizen, or a staff session that has not used a passkey yet.
    NotStaff,
    Staff(StaffMember),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffMember {
    pub account_id: i32,
    pub grants: Vec<Grant>,
}

impl StaffMember {
    pub fn is_platform_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::PlatformAdmin)
    }

    /// Holds one of `roles` in `agency_id`; a platform administrator holds every role everywhere.
    pub fn holds_in(&self, roles: &[Role], agency_id: i32) -> bool {
        self.is_platform_admin()
            || self
                .grants
                .iter()
                .any(|g| g.agency == Some(agency_id) && roles.contains(&g.role))
    }

    /// The agencies where one of `roles` is held (empty for a platform administrator, who is
    /// not limited to a list: check [`Self::is_platform_admin`] first).
    pub fn agencies_with(&self, roles: &[Role]) -> Vec<i32> {
        let mut agencies: Vec<i32> = self
            .grants
            .iter()
            .filter(|g| roles.contains(&g.role))
            .filter_map(|g| g.agency)
            .collect();
        agencies.sort_unstable();
        agencies.dedup();
        agencies
    }
}

pub async fn access<C: ConnectionTrait>(db: &C, current: Option<&Current>) -> Result<Access, DbErr> {
    let Some(current) = current else {
        return Ok(Access::SignedOut);
    };
    if current.account.kind != "staff" || current.session.needs_passkey {
        return Ok(Access::NotStaff);
    }
    let grants = roles::of(db, current.account.id).await?;
    if grants.is_empty() {
        return Ok(Access::NotStaff);
    }
    Ok(Access::Staff(StaffMember {
        account_id: current.account.id,
        grants,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(grants: &[(Role, Option<i32>)]) -> StaffMember {
        StaffMember {
            account_id: 1,
            grants: grants
                .iter()
                .map(|&(role, agency)| Grant { role, agency })
                .collect(),
        }
    }

    #[test]
    fn agency_roles_reach_only_their_agency() {
        let publisher = member(&[(Role::Publisher, Some(7)), (Role::Editor, Some(9))]);
        assert!(publisher.holds_in(&[Role::Publisher], 7));
        assert!(
            !publisher.holds_in(&[Role::Publisher], 9),
            "an editor there, not a publisher"
        );
        assert!(!publisher.holds_in(&[Role::Publisher, Role::Editor], 8));
        assert_eq!(
            publisher.agencies_with(&[Role::Publisher, Role::Editor]),
            vec![7, 9]
        );
        assert!(!publisher.is_platform_admin());
    }

    #[test]
    fn a_platform_administrator_holds_every_role_everywhere() {
        let admin = member(&[(Role::PlatformAdmin, None)]);
        assert!(admin.holds_in(&[Role::Publisher], 123));
        assert!(admin.agencies_with(&[Role::Publisher]).is_empty());
    }
}
