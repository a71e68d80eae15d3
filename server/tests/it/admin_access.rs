//! Who may open the staff tools: signed out → the staff sign-in; a citizen, a staff session
//! without a passkey, or staff without the role → the same 404 as an unknown address.

use server::auth::roles::Role;

use crate::admin_support::{Who, signed_in};
use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

const ANY_STAFF: &[&str] = &["/en/admin", "/pt/admin/sms/simulator"];
const ADMINS_ONLY: &[&str] = &["/en/admin/sms/stats", "/fr/admin/sms/stats.csv"];

async fn status(browser: &mut Browser<'_>, path: &str) -> (u16, Option<String>, String) {
    let answer = browser.get(path).await;
    let body = answer.body.as_str().map(str::to_owned).unwrap_or_default();
    (answer.status, answer.location, body)
}

async fn the_staff_tools_answer_only_those_allowed(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut anonymous = Browser::new(&app);
    for path in ANY_STAFF.iter().chain(ADMINS_ONLY) {
        let (code, location, _) = status(&mut anonymous, path).await;
        let lang = &path[1..3];
        assert_eq!(code, 303, "{path}");
        assert_eq!(location, Some(format!("/{lang}/staff/sign-in")), "{path}");
    }
    let (mut citizen, _) = signed_in(&app, Who::Citizen, 1).await;
    let (mut pending, _) = signed_in(&app, Who::StaffWithoutPasskey, 2).await;
    for browser in [&mut citizen, &mut pending] {
        for path in ANY_STAFF.iter().chain(ADMINS_ONLY) {
            let (code, _, body) = status(browser, path).await;
            assert_eq!(code, 404, "{path}");
            assert!(
                !body.contains("SMS"),
                "a 404 does not confirm the tool exists: {path}"
            );
        }
    }
    let (mut editor, _) = signed_in(&app, Who::Staff(Role::Editor), 3).await;
    for path in ANY_STAFF {
        assert_eq!(status(&mut editor, path).await.0, 200, "{path}");
    }
    for path in ADMINS_ONLY {
        assert_eq!(status(&mut editor, path).await.0, 404, "{path}");
    }
    let (_, _, home) = status(&mut editor, "/en/admin").await;
    assert!(home.contains("/en/admin/sms/simulator") && home.contains("/en/admin/comments"));
    assert!(
        !home.contains("/en/admin/sms/stats"),
        "editors are not offered the statistics"
    );

    let (mut admin, _) = signed_in(&app, Who::Staff(Role::PlatformAdmin), 4).await;
    for path in ANY_STAFF.iter().chain(ADMINS_ONLY) {
        assert_eq!(status(&mut admin, path).await.0, 200, "{path}");
    }
    let (_, _, home) = status(&mut admin, "/en/admin").await;
    assert!(home.contains("/en/admin/sms/stats"));
    assert!(
        home.contains("Staff tools"),
        "the header links staff to their tools"
    );

    // Posting is refused the same way, and changes nothing.
    let form = [("text", "certificado"), ("gateway", "")];
    let refused = anonymous.post_form("/en/admin/sms/simulator", &form).await;
    assert_eq!(refused.location.as_deref(), Some("/en/staff/sign-in"));
    assert_eq!(
        citizen.post_form("/en/admin/sms/simulator", &form).await.status,
        404
    );
    assert_eq!(
        pending
            .post_form("/en/admin/sms/simulator/reset", &[])
            .await
            .status,
        404
    );
    assert_eq!(count(&app.db, "sms_simulator_turns").await, 0);
}
on_both_backends!(staff_tools_access, the_staff_tools_answer_only_those_allowed);
