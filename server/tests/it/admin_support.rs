//! Signed-in browsers for the staff tools' tests: a citizen, a staff member whose session has not
//! used a passkey yet, and staff with a passkey session in a given role. Accounts and sessions are
//! made by the server's own code (the sign-in ceremonies themselves are tested in auth_staff.rs).

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use server::auth::roles::{self, Grant, Role};
use server::auth::sessions::{self, Kind, NewSession};
use server::db::entities::{account, agency};

use crate::auth_support::Browser;
use crate::helpers::TestApp;

#[derive(Clone, Copy, Debug)]
pub enum Who {
    Citizen,
    /// A platform administrator whose session still needs a passkey.
    StaffWithoutPasskey,
    Staff(Role),
}

async fn account(app: &TestApp, kind: &str, n: usize) -> i32 {
    let row = account::ActiveModel {
        kind: Set(kind.to_owned()),
        user_handle: Set(uuid_like(n)),
        display_name: Set(Some(format!("Person {n}"))),
        email: Set((kind == "staff").then(|| format!("staff{n}@gov.example"))),
        password_hash: Set(None),
        status: Set("active".to_owned()),
        failed_attempts: Set(0),
        locked_until: Set(None),
        created_at: Set(chrono::Utc::now()),
        last_sign_in_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("account");
    row.id
}

fn uuid_like(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

/// Any agency of the catalogue (agency roles need one).
pub async fn some_agency(app: &TestApp) -> i32 {
    agency::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the fixtures hold agencies")
        .id
}

/// A browser signed in as `who`; `n` keeps accounts apart within a test.
pub async fn signed_in<'a>(app: &'a TestApp, who: Who, n: usize) -> (Browser<'a>, i32) {
    let now = chrono::Utc::now();
    let (kind, session_kind, role, needs_passkey) = match who {
        Who::Citizen => ("citizen", Kind::Citizen, None, false),
        Who::StaffWithoutPasskey => ("staff", Kind::Staff, Some(Role::PlatformAdmin), true),
        Who::Staff(role) => ("staff", Kind::Staff, Some(role), false),
    };
    let id = account(app, kind, n).await;
    if let Some(role) = role {
        let agency = if role.needs_agency() {
            Some(some_agency(app).await)
        } else {
            None
        };
        roles::grant(&app.db, id, &Grant { role, agency }, now)
            .await
            .expect("grant");
    }
    let new = NewSession {
        account_id: id,
        kind: session_kind,
        verified: !needs_passkey,
        needs_passkey,
    };
    let token = sessions::create(&app.db, new, now).await.expect("session");
    let mut browser = Browser::new(app);
    browser.cookie = Some(token);
    (browser, id)
}
