//! Agency staff: invited by a single-use link, a strong password, then a passkey; a password
//! alone never opens a staff session that can act.

use sea_orm::EntityTrait;
use serde_json::json;
use server::auth::roles::{Grant, Role};
use server::db::entities::{account, account_role, session};

use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

const PASSWORD: &str = "correct horse battery staple";

async fn invite(app: &TestApp, email: &str) -> String {
    let grant = Grant {
        role: Role::PlatformAdmin,
        agency: None,
    };
    server::auth::staff::invite(&app.db, email, &grant, None, chrono::Utc::now())
        .await
        .expect("invitation")
}

async fn staff_are_invited_then_need_password_and_passkey(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let token = invite(&app, "Admin@Gov.example").await;
    let mut browser = Browser::new(&app);
    let page = browser.get(&format!("/en/staff/invitation/{token}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.as_str().unwrap().contains("admin@gov.example"),
        "the invitation names who it is for"
    );

    let path = format!("/en/staff/invitation/{token}");
    let cases = [
        (("Admin", "short", "short"), "staff-error-password-short"),
        (
            ("Admin", "1qaz2wsx3edc", "1qaz2wsx3edc"),
            "staff-error-password-common",
        ),
        (
            ("Admin", PASSWORD, "another password!"),
            "staff-error-password-mismatch",
        ),
        (("", PASSWORD, PASSWORD), "staff-error-name"),
    ];
    for ((name, password, confirm), key) in cases {
        let refused = browser
            .post_form(
                &path,
                &[
                    ("display_name", name),
                    ("password", password),
                    ("confirm", confirm),
                ],
            )
            .await;
        assert_eq!(
            refused.location,
            Some(format!("{path}?error={key}")),
            "{name:?} {password:?}"
        );
    }
    assert_eq!(
        count(&app.db, "accounts").await,
        0,
        "refused forms create nothing"
    );

    let accepted = browser
        .post_form(
            &path,
            &[
                ("display_name", "Admin"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(accepted.location.as_deref(), Some("/en/account"));
    let owner = account::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(owner.kind, "staff");
    assert!(
        owner
            .password_hash
            .as_deref()
            .unwrap()
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
    );
    let roles = account_role::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0].role, "platform_admin");
    let row = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(
        row.needs_passkey,
        "the password alone only lets them register a passkey"
    );
    assert_eq!(row.kind, "staff");

    let reused = Browser::new(&app)
        .post_form(
            &path,
            &[
                ("display_name", "X"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        reused.location,
        Some(format!("{path}?error=auth-error-invitation")),
        "single use"
    );

    let mut phone = webauthn_authenticator_rs::softpasskey::SoftPasskey::new(true);
    let added = browser.add_passkey(&mut phone, "Work phone").await;
    assert_eq!(added.status, 200, "{:?}", added.body);
    browser.post_form("/en/account/sign-out", &[]).await;

    // Password, then the passkey.
    let mut staff = Browser::new(&app);
    staff.passkey = phone;
    let wrong = staff
        .post_json(
            "/api/v1/staff/sign-in/start?lang=en",
            json!({ "email": "admin@gov.example", "password": "wrong password here" }),
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert!(staff.cookie.is_none());
    let start = staff
        .post_json(
            "/api/v1/staff/sign-in/start?lang=en",
            json!({ "email": "ADMIN@gov.example", "password": PASSWORD }),
        )
        .await;
    assert_eq!(start.status, 200, "{:?}", start.body);
    assert!(staff.cookie.is_none(), "no session after the password alone");
    let credential = staff.authenticate(&start.body["options"]);
    let finish = staff
        .post_json(
            "/api/v1/staff/sign-in/finish?lang=en",
            json!({ "ceremony": start.body["ceremony"], "credential": credential }),
        )
        .await;
    assert_eq!(finish.status, 200, "{:?}", finish.body);
    assert!(staff.cookie.is_some());
    let sessions = session::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(sessions.len(), 1);
    assert!(!sessions[0].needs_passkey && sessions[0].verified_at.is_some());
}
on_both_backends!(staff_invitation, staff_are_invited_then_need_password_and_passkey);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_or_unknown_invitations_are_refused() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let token = invite(&app, "late@gov.example").await;
    server::db::entities::staff_invitation::Entity::update_many()
        .col_expr(
            server::db::entities::staff_invitation::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let mut browser = Browser::new(&app);
    for path in [
        format!("/en/staff/invitation/{token}"),
        "/en/staff/invitation/not-a-real-token".to_owned(),
    ] {
        let form = [
            ("display_name", "Late"),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ];
        let refused = browser.post_form(&path, &form).await;
        assert_eq!(
            refused.location,
            Some(format!("{path}?error=auth-error-invitation"))
        );
    }
    assert_eq!(count(&app.db, "accounts").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_need_an_address_and_the_right_scope() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let grant = Grant {
        role: Role::Editor,
        agency: None,
    };
    let refused =
        server::auth::staff::invite(&app.db, "editor@gov.example", &grant, None, chrono::Utc::now()).await;
    assert!(refused.is_err(), "an agency role needs its agency");
    let refused = server::auth::staff::invite(
        &app.db,
        "not an address",
        &Grant {
            role: Role::PlatformAdmin,
            agency: None,
        },
        None,
        chrono::Utc::now(),
    )
    .await;
    assert!(refused.is_err());
    assert_eq!(count(&app.db, "staff_invitations").await, 0);
}
