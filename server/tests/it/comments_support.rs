//! What the comment tests share: the fixed clock, a valid form stamp, moderators of one agency
//! or of all, signed in over HTTP as a browser would be, and reading a page's form stamp.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};
use serde_json::json;
use server::auth::roles::{Grant, Role};
use server::auth::staff_access::StaffMember;
use server::db::entities::{agency, service, service_comment};
use webauthn_authenticator_rs::softpasskey::SoftPasskey;

use crate::auth_support::Browser;
use crate::helpers::TestApp;
use crate::ratings::service_id;

/// A Friday: ten working days later is the Friday two weeks on.
pub fn friday() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

pub const SECRET: &[u8] = b"the comment tests' server secret";

/// The stamp of a form served to `service` a while before `now`.
pub fn stamp_for(service: i32, now: DateTime<Utc>) -> String {
    server::catalog::comments::stamp(SECRET, service, now - Duration::seconds(30))
}

pub async fn agency_of(db: &DatabaseConnection, slug: &str) -> i32 {
    service::Entity::find_by_id(service_id(db, slug).await)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .agency_id
}

/// An agency other than `agency_id`.
pub async fn other_agency(db: &DatabaseConnection, agency_id: i32) -> i32 {
    agency::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .find(|id| *id != agency_id)
        .expect("the fixtures have two agencies")
}

pub fn member(account_id: i32, role: Role, agency: Option<i32>) -> StaffMember {
    StaffMember {
        account_id,
        grants: vec![Grant { role, agency }],
    }
}

pub async fn comment(db: &DatabaseConnection, id: i32) -> service_comment::Model {
    service_comment::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

const PASSWORD: &str = "correct horse battery staple";

/// A staff member invited with `grant`, with a password and a passkey, signed in with both.
pub async fn staff_browser<'a>(app: &'a TestApp, email: &str, grant: Grant) -> Browser<'a> {
    let token = server::auth::staff::invite(&app.db, email, &grant, None, Utc::now())
        .await
        .unwrap();
    let mut invited = Browser::new(app);
    let fields = [
        ("display_name", "Moderator"),
        ("password", PASSWORD),
        ("confirm", PASSWORD),
    ];
    let accepted = invited
        .post_form(&format!("/en/staff/invitation/{token}"), &fields)
        .await;
    assert_eq!(accepted.status, 303, "{:?}", accepted.body);
    let mut phone = SoftPasskey::new(true);
    let added = invited.add_passkey(&mut phone, "Work phone").await;
    assert_eq!(added.status, 200, "{:?}", added.body);
    invited.post_form("/en/account/sign-out", &[]).await;

    let mut staff = Browser::new(app);
    staff.passkey = phone;
    let start = staff
        .post_json(
            "/api/v1/staff/sign-in/start?lang=en",
            json!({ "email": email, "password": PASSWORD }),
        )
        .await;
    assert_eq!(start.status, 200, "{:?}", start.body);
    let credential = staff.authenticate(&start.body["options"]);
    let finish = staff
        .post_json(
            "/api/v1/staff/sign-in/finish?lang=en",
            json!({ "ceremony": start.body["ceremony"], "credential": credential }),
        )
        .await;
    assert_eq!(finish.status, 200, "{:?}", finish.body);
    staff
}

/// The stamp in a service page's comment form.
pub fn form_stamp(page: &str) -> String {
    let marker = "name=\"stamp\" value=\"";
    let at = page.find(marker).expect("a comment form") + marker.len();
    page[at..].split('"').next().unwrap().to_owned()
}
