//! Citizens with passkeys, end to end over HTTP: sign up, recovery codes shown once, sign out
//! (the session ends on the server), sign in without typing anything, manage passkeys behind a
//! fresh check, recover with a code, delete the account.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::db::entities::{account, passkey, session};
use webauthn_authenticator_rs::softpasskey::SoftPasskey;

use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

/// The recovery codes on the account page, in the order shown.
fn codes_on(page: &str) -> Vec<String> {
    let Some(start) = page.find("class=\"recovery-codes\"") else {
        return Vec::new();
    };
    let list = &page[start..page[start..].find("</ol>").map_or(page.len(), |end| start + end)];
    list.split("<code>")
        .skip(1)
        .filter_map(|item| item.split("</code>").next().map(|code| code.trim().to_owned()))
        .filter(|code| !code.is_empty())
        .collect()
}

async fn a_citizen_signs_up_out_and_in(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let mut browser = Browser::new(&app);

    let signed_up = browser.sign_up("Ana").await;
    assert_eq!(signed_up.status, 200, "{:?}", signed_up.body);
    assert_eq!(signed_up.body["redirect"], "/en/account");
    let first_token = browser.cookie.clone().expect("a session cookie");
    assert_eq!(count(&app.db, "accounts").await, 1);
    let owner = account::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(owner.display_name.as_deref(), Some("Ana"));
    assert_eq!(owner.email, None, "no personal data is asked for");
    uuid_shaped(&owner.user_handle);

    let page = browser.get("/en/account").await;
    let codes = codes_on(page.body.as_str().unwrap());
    assert_eq!(codes.len(), 10, "ten recovery codes, shown once");
    assert_eq!(count(&app.db, "recovery_codes").await, 10);
    let stored: Vec<String> = server::db::entities::recovery_code::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.code_hash)
        .collect();
    assert!(
        stored
            .iter()
            .all(|hash| hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")),
        "{stored:?}"
    );
    let again = browser.get("/en/account").await;
    assert!(
        codes_on(again.body.as_str().unwrap()).is_empty(),
        "not shown a second time"
    );
    assert!(again.body.as_str().unwrap().contains("Ana"));

    let out = browser.post_form("/en/account/sign-out", &[]).await;
    assert_eq!(out.status, 303);
    assert_eq!(
        out.location.as_deref(),
        Some("/en/account/sign-in?done=account-done-signed-out")
    );
    assert_eq!(
        count(&app.db, "sessions").await,
        0,
        "signing out ends the session on the server"
    );
    browser.cookie = Some(first_token.clone());
    let stale = browser.get("/en/account").await;
    assert!(
        !stale.body.as_str().unwrap().contains("Ana"),
        "an ended session's cookie opens nothing"
    );

    let signed_in = browser.sign_in().await;
    assert_eq!(signed_in.status, 200, "{:?}", signed_in.body);
    assert_ne!(
        browser.cookie.as_deref(),
        Some(first_token.as_str()),
        "a new token at every sign-in"
    );
    let key = passkey::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(key.last_used_at.is_some(), "last use is recorded");
    let session_row = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_ne!(
        session_row.token_hash,
        browser.cookie.clone().unwrap(),
        "only a hash of the token is stored"
    );

    // Just signed in with a passkey: fresh, so another device's passkey can be added.
    let mut tablet = SoftPasskey::new(true);
    let added = browser.add_passkey(&mut tablet, "Tablet").await;
    assert_eq!(added.status, 200, "{:?}", added.body);
    assert_eq!(count(&app.db, "passkeys").await, 2);
    let tablet_key = passkey::Entity::find()
        .filter(passkey::Column::Name.eq("Tablet"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    let renamed = browser
        .post_form(
            &format!("/en/account/passkeys/{}/rename", tablet_key.id),
            &[("name", "Old tablet")],
        )
        .await;
    assert_eq!(
        renamed.location.as_deref(),
        Some("/en/account?done=account-done-renamed")
    );
    let removed = browser
        .post_form(&format!("/en/account/passkeys/{}/remove", tablet_key.id), &[])
        .await;
    assert_eq!(
        removed.location.as_deref(),
        Some("/en/account?done=account-done-removed")
    );
    assert_eq!(count(&app.db, "passkeys").await, 1);
}
on_both_backends!(citizen_journey, a_citizen_signs_up_out_and_in);

fn uuid_shaped(handle: &str) {
    assert!(
        uuid::Uuid::parse_str(handle).is_ok(),
        "the user handle is a random UUID: {handle}"
    );
}

async fn passkey_changes_need_a_fresh_check(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let mut browser = Browser::new(&app);
    browser.sign_up("").await;
    let stale = chrono::Utc::now() - chrono::Duration::minutes(6);
    session::Entity::update_many()
        .col_expr(
            session::Column::VerifiedAt,
            sea_orm::sea_query::Expr::value(stale),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let mut tablet = SoftPasskey::new(true);
    let refused = browser.add_passkey(&mut tablet, "Tablet").await;
    assert_eq!(refused.status, 403);
    let message = app::i18n::tr(app::locale::Locale::En, "auth-error-needs-verification");
    assert_eq!(refused.body["error"], message.as_str(), "a localized reason");
    let key = passkey::Entity::find().one(&app.db).await.unwrap().unwrap();
    let refused = browser
        .post_form(&format!("/en/account/passkeys/{}/remove", key.id), &[])
        .await;
    assert_eq!(
        refused.location.as_deref(),
        Some("/en/account?error=auth-error-needs-verification")
    );
    let refused = browser
        .post_form("/en/account/delete", &[("confirm", "yes")])
        .await;
    assert_eq!(
        refused.location.as_deref(),
        Some("/en/account?error=auth-error-needs-verification")
    );
    assert_eq!(count(&app.db, "accounts").await, 1, "nothing changed");

    let verified = browser.verify().await;
    assert_eq!(verified.status, 200, "{:?}", verified.body);
    assert_eq!(browser.add_passkey(&mut tablet, "Tablet").await.status, 200);
    assert_eq!(count(&app.db, "passkeys").await, 2);
    let unconfirmed = browser.post_form("/en/account/delete", &[]).await;
    assert_eq!(
        unconfirmed.location.as_deref(),
        Some("/en/account?error=account-error-confirm-delete")
    );
    let deleted = browser
        .post_form("/en/account/delete", &[("confirm", "yes")])
        .await;
    assert_eq!(
        deleted.location.as_deref(),
        Some("/en/account/sign-in?done=account-done-deleted")
    );
    for table in ["accounts", "passkeys", "recovery_codes", "sessions"] {
        assert_eq!(
            count(&app.db, table).await,
            0,
            "{table} keeps nothing of the person"
        );
    }
}
on_both_backends!(fresh_check, passkey_changes_need_a_fresh_check);

async fn a_recovery_code_signs_in_once_and_asks_for_a_passkey(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let mut browser = Browser::new(&app);
    browser.sign_up("Rui").await;
    let codes = codes_on(browser.get("/en/account").await.body.as_str().unwrap());
    browser.post_form("/en/account/sign-out", &[]).await;

    let wrong = browser
        .post_form("/en/account/recover", &[("code", "0000-0000-0000-0000")])
        .await;
    assert_eq!(
        wrong.location.as_deref(),
        Some("/en/account/recover?error=auth-error-invalid-credentials")
    );
    let empty = browser.post_form("/en/account/recover", &[("code", "  ")]).await;
    assert_eq!(
        empty.location.as_deref(),
        Some("/en/account/recover?error=account-error-code-empty")
    );
    assert!(browser.cookie.is_none());

    let used = browser
        .post_form("/en/account/recover", &[("code", &codes[3].to_lowercase())])
        .await;
    assert_eq!(
        used.location.as_deref(),
        Some("/en/account?done=account-done-recovered"),
        "{:?}",
        used.body
    );
    assert!(browser.cookie.is_some());
    let row = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(row.needs_passkey, "the session's first task is a new passkey");
    let mut new_phone = SoftPasskey::new(true);
    assert_eq!(
        browser.add_passkey(&mut new_phone, "New phone").await.status,
        200,
        "allowed without a fresh check"
    );
    browser.post_form("/en/account/sign-out", &[]).await;

    let reused = browser
        .post_form("/en/account/recover", &[("code", &codes[3])])
        .await;
    assert_eq!(
        reused.location.as_deref(),
        Some("/en/account/recover?error=auth-error-invalid-credentials"),
        "single use"
    );
}
on_both_backends!(
    recovery_codes,
    a_recovery_code_signs_in_once_and_asks_for_a_passkey
);

/// The last passkey goes only while unused recovery codes remain to get back in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_passkey_stays_without_recovery_codes() {
    let app = TestApp::empty(Backend::Sqlite).await;
    let mut browser = Browser::new(&app);
    browser.sign_up("").await;
    server::db::entities::recovery_code::Entity::delete_many()
        .exec(&app.db)
        .await
        .unwrap();
    let key = passkey::Entity::find().one(&app.db).await.unwrap().unwrap();
    let refused = browser
        .post_form(&format!("/en/account/passkeys/{}/remove", key.id), &[])
        .await;
    assert_eq!(
        refused.location.as_deref(),
        Some("/en/account?error=auth-error-last-passkey")
    );
    assert_eq!(count(&app.db, "passkeys").await, 1);
}
