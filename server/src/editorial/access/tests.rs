//! The authorization matrix: every action × role × own or other agency, against the full
//! expected table, so any unexpected allow fails.

use super::*;

const OWN: i32 = 7;
const OTHER: i32 = 8;

fn grants(role: Role) -> Vec<Grant> {
    vec![Grant {
        role,
        agency: role.needs_agency().then_some(OWN),
    }]
}

/// The expected table, written out action by action: (editor, publisher, agency admin,
/// platform admin) in the actor's own agency. In another agency only the platform
/// administrator may do anything.
fn expected_in_own_agency(action: Action) -> [bool; 4] {
    match action {
        Action::CreateDraft => [true, true, true, true],
        Action::EditDraft => [true, true, true, true],
        Action::SubmitForReview => [true, true, true, true],
        Action::Restore => [true, true, true, true],
        Action::ConfirmVerified => [true, true, true, true],
        Action::ReadVersions => [true, true, true, true],
        Action::Reject => [false, true, true, true],
        Action::Publish => [false, true, true, true],
        Action::Archive => [false, true, true, true],
        Action::ReadAudit => [false, false, true, true],
        Action::ManageStaff => [false, false, true, true],
        // Imports land as drafts or pending versions, so editors may run them, like a save.
        Action::ImportServices => [true, true, true, true],
        Action::ExportServices => [true, true, true, true],
        Action::EditAgencyContact => [false, false, true, true],
        Action::CreateAgency => [false, false, false, true],
        Action::EditAgencyFacts => [false, false, false, true],
        // The taxonomy is shared by every agency: no agency role changes it.
        Action::ManageTaxonomy => [false, false, false, true],
    }
}

#[test]
fn the_authorization_matrix_is_exactly_the_expected_table() {
    let roles = [
        Role::Editor,
        Role::Publisher,
        Role::AgencyAdmin,
        Role::PlatformAdmin,
    ];
    let mut checked = 0;
    for action in Action::ALL {
        let own = expected_in_own_agency(action);
        for (column, role) in roles.into_iter().enumerate() {
            let held = grants(role);
            assert_eq!(
                may(&held, action, OWN),
                own[column],
                "{role:?} doing {action:?} in its own agency"
            );
            assert_eq!(
                may(&held, action, OTHER),
                role == Role::PlatformAdmin,
                "{role:?} doing {action:?} in another agency"
            );
            checked += 2;
        }
    }
    assert_eq!(checked, Action::ALL.len() * 4 * 2);
}

#[test]
fn no_grants_allow_nothing_and_roles_do_not_add_up_across_agencies() {
    for action in Action::ALL {
        assert!(!may(&[], action, OWN), "{action:?} with no role");
    }
    let mixed = vec![
        Grant {
            role: Role::Publisher,
            agency: Some(OWN),
        },
        Grant {
            role: Role::Editor,
            agency: Some(OTHER),
        },
    ];
    assert!(may(&mixed, Action::Publish, OWN));
    assert!(!may(&mixed, Action::Publish, OTHER), "an editor there");
    assert!(may(&mixed, Action::EditDraft, OTHER));
    // An agency grant without an agency (corrupt row) reaches nothing.
    let loose = vec![Grant {
        role: Role::AgencyAdmin,
        agency: None,
    }];
    assert!(!may(&loose, Action::EditDraft, OWN));
}

#[test]
fn only_the_platform_administrator_acts_outside_every_agency() {
    for action in Action::ALL {
        for role in [Role::Editor, Role::Publisher, Role::AgencyAdmin] {
            assert!(
                !may_on_platform(&grants(role), action),
                "{role:?} doing {action:?}"
            );
            let loose = vec![Grant { role, agency: None }];
            assert!(!may_on_platform(&loose, action), "{role:?} without an agency");
        }
        assert!(may_on_platform(&grants(Role::PlatformAdmin), action));
    }
}

#[test]
fn action_codes_are_distinct() {
    let mut codes: Vec<&str> = Action::ALL.iter().map(|a| a.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), Action::ALL.len());
}
