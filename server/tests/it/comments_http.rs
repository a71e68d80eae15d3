//! Comments over HTTP, as a browser without JavaScript sends them: the form and its warning,
//! a comment waiting for moderation, every kind of bad input answered with its localized
//! message and nothing stored, the honeypot's success-looking answer, the minute between
//! comments (429), and cross-site posts (403).

use sea_orm::EntityTrait;
use server::db::entities::service_comment;

use crate::auth_support::{Answer, Browser};
use crate::comments_support::form_stamp;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::SERVICE;

fn back(query: &str) -> String {
    format!("/en/services/{SERVICE}?{query}#comments")
}

async fn send(browser: &mut Browser<'_>, path: &str, fields: &[(&str, String)]) -> Answer {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post_form(path, &pairs).await
}

/// Waits out the minimum fill time the stamp enforces.
async fn take_time() {
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
}

async fn a_citizen_comments_and_is_told_it_awaits_moderation(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut ana = Browser::new(&app);
    ana.sign_up("Ana").await;
    let page = ana.get(&format!("/en/services/{SERVICE}")).await;
    let body = page.body.as_str().unwrap();
    assert!(body.contains("<h2 id=\"comments-heading\">Comments</h2>"));
    assert!(body.contains("No comments have been published yet."));
    assert!(body.contains("action=\"/en/comments\""));
    assert!(
        body.contains("Do not include personal data"),
        "the warning is visible"
    );
    assert!(body.contains("maxlength=\"1250\""));
    assert!(
        body.contains("<div hidden class=\"comment-trap\">"),
        "the trap is hidden from people and screen readers"
    );
    assert!(body.contains("<label for=\"comment-website\">Leave this field empty</label>"));
    let stamp = form_stamp(body);

    // Sent at once, as a script would: refused, nothing stored.
    let fields = |text: &'static str, trap: &'static str, stamp: &str| {
        vec![
            ("service", SERVICE.to_owned()),
            ("body", text.to_owned()),
            ("website", trap.to_owned()),
            ("stamp", stamp.to_owned()),
        ]
    };
    let fast = send(&mut ana, "/en/comments", &fields("Muito rápido.", "", &stamp)).await;
    assert_eq!(
        fast.location.as_deref(),
        Some(back("error=comment-error-too-fast").as_str())
    );
    let page = ana
        .get(&format!("/en/services/{SERVICE}?error=comment-error-too-fast"))
        .await;
    assert!(
        page.body
            .as_str()
            .unwrap()
            .contains("Please take your time to write your comment")
    );
    take_time().await;

    let long: String = "x".repeat(1251);
    let cases = [
        ("", "comment-error-empty", "Write your comment before sending it."),
        (
            "   \r\n  ",
            "comment-error-empty",
            "Write your comment before sending it.",
        ),
        (
            long.as_str(),
            "comment-error-too-long",
            "Your comment is longer than 1,250 characters.",
        ),
    ];
    for (text, key, message) in cases {
        let form = vec![
            ("service", SERVICE.to_owned()),
            ("body", text.to_owned()),
            ("stamp", stamp.clone()),
        ];
        let refused = send(&mut ana, "/en/comments", &form).await;
        assert_eq!(refused.status, 303);
        assert_eq!(
            refused.location.as_deref(),
            Some(back(&format!("error={key}")).as_str())
        );
        let page = ana.get(&format!("/en/services/{SERVICE}?error={key}")).await;
        assert!(page.body.as_str().unwrap().contains(message), "{key}");
    }
    let forged = send(
        &mut ana,
        "/en/comments",
        &fields("Texto.", "", "1764237600.00000000000000000000000000000000"),
    )
    .await;
    assert_eq!(
        forged.location.as_deref(),
        Some(back("error=comment-error-expired").as_str())
    );

    // The trap filled: the same answer as a real comment, and nothing kept.
    let trapped = send(
        &mut ana,
        "/en/comments",
        &fields("Compre já!", "http://spam.example", &stamp),
    )
    .await;
    assert_eq!(
        trapped.location.as_deref(),
        Some(back("done=comment-done-pending").as_str())
    );
    assert_eq!(count(&app.db, "service_comments").await, 0);

    let sent = send(
        &mut ana,
        "/en/comments",
        &fields("The form asked for my CPF 123.456.789-09 twice.", "", &stamp),
    )
    .await;
    assert_eq!(
        sent.location.as_deref(),
        Some(back("done=comment-done-pending").as_str())
    );
    let page = ana
        .get(&format!("/en/services/{SERVICE}?done=comment-done-pending"))
        .await;
    let body = page.body.as_str().unwrap();
    assert!(body.contains(
        "role=\"status\" class=\"notice done\">Thank you: your comment has been received. \
         It will be published once a moderator has read it."
    ));
    assert!(
        !body.contains("The form asked for my CPF"),
        "not public before moderation"
    );
    let rows = service_comment::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].body, "The form asked for my CPF […] twice.");
    assert_eq!(
        (rows[0].status.as_str(), rows[0].locale.as_str()),
        ("pending", "en")
    );

    // One a minute: the next one gets a localized 429 and is not kept.
    let again = send(&mut ana, "/en/comments", &fields("A second thought.", "", &stamp)).await;
    assert_eq!(again.status, 429);
    assert!(again.retry_after.is_some());
    assert!(
        again
            .body
            .as_str()
            .unwrap()
            .contains("You can send one comment a minute.")
    );
    let again_pt = send(&mut ana, "/pt/comments", &fields("Outra ideia.", "", &stamp)).await;
    assert!(
        again_pt
            .body
            .as_str()
            .unwrap()
            .contains("Você pode enviar um comentário por minuto.")
    );
    assert_eq!(count(&app.db, "service_comments").await, 1);
}
on_both_backends!(
    comment_without_javascript,
    a_citizen_comments_and_is_told_it_awaits_moderation
);

async fn signed_out_unknown_and_cross_site_comments_are_refused(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut visitor = Browser::new(&app);
    let page = visitor.get(&format!("/en/services/{SERVICE}")).await;
    let body = page.body.as_str().unwrap();
    assert!(body.contains("<a href=\"/en/account/sign-in\">Sign in</a> to comment on this service."));
    assert!(!body.contains("action=\"/en/comments\""), "no form for visitors");

    let mut ana = Browser::new(&app);
    ana.sign_up("Ana").await;
    let page = ana.get(&format!("/en/services/{SERVICE}")).await;
    let stamp = form_stamp(page.body.as_str().unwrap());
    take_time().await;
    let form = |service: &str| {
        vec![
            ("service", service.to_owned()),
            ("body", "Good service.".to_owned()),
            ("stamp", stamp.clone()),
        ]
    };
    let signed_out = send(&mut visitor, "/en/comments", &form(SERVICE)).await;
    assert_eq!(
        signed_out.location.as_deref(),
        Some(back("error=comment-error-signed-out").as_str())
    );
    let unknown = send(&mut ana, "/es/comments", &form("no-such-service")).await;
    assert_eq!(unknown.status, 404);
    assert!(
        unknown
            .body
            .as_str()
            .unwrap()
            .contains("No existe ese servicio para comentar.")
    );
    let missing = send(&mut ana, "/en/comments", &form("")).await;
    assert_eq!(missing.status, 400);

    let token = ana.cookie.clone().unwrap();
    for path in ["/en/comments", "/en/comments/1/report"] {
        let forged = app
            .client
            .post(app.url(path))
            .header("sec-fetch-site", "cross-site")
            .header("cookie", format!("__Host-session={token}"))
            .form(&form(SERVICE))
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status().as_u16(), 403, "{path}");
    }
    assert_eq!(count(&app.db, "service_comments").await, 0);
    assert_eq!(count(&app.db, "comment_reports").await, 0);
}
on_both_backends!(
    refused_comments,
    signed_out_unknown_and_cross_site_comments_are_refused
);
