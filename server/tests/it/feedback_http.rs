//! "Is this page useful?" over HTTP without an account or JavaScript, its rate limit on a keyed
//! hash of the address, and the open data of the totals (JSON and CSV).

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;
use server::db::entities::{page_feedback, rate_limit, service};

use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::{OTHER, SERVICE};
use crate::ratings_http::tag;

fn page_path(query: &str) -> String {
    format!("/en/services/{SERVICE}?{query}")
}

async fn a_visitor_says_a_page_is_not_useful_and_why(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut visitor = Browser::new(&app);
    let (_, body) = app.page(&format!("/en/services/{SERVICE}")).await;
    assert!(body.contains("<h2 id=\"useful-heading\">Is this page useful?</h2>"));
    assert!(body.contains("action=\"/en/feedback\""));

    let no = visitor
        .post_form("/en/feedback", &[("service", SERVICE), ("useful", "no")])
        .await;
    assert_eq!(no.status, 303);
    let location = no.location.unwrap();
    let prefix = page_path("done=useful-done-no&ticket=");
    assert!(
        location.starts_with(&prefix) && location.ends_with("#feedback"),
        "{location}"
    );
    let ticket = location[prefix.len()..location.len() - "#feedback".len()].to_owned();

    let page = visitor.get(&location.replace("#feedback", "")).await;
    let body = page.body.as_str().unwrap();
    assert!(
        body.contains("action=\"/en/feedback/details\""),
        "the follow-up form"
    );
    assert!(tag(body, "useful-comment").contains("maxlength=\"500\""));
    assert!(body.contains(&format!("value=\"{ticket}\"")));
    assert!(body.contains("<legend>What went wrong? (optional)</legend>"));
    assert!(
        !body.contains("action=\"/en/feedback\""),
        "the question is answered"
    );

    let long = "x".repeat(501);
    let fields = [
        ("service", SERVICE),
        ("ticket", ticket.as_str()),
        ("reason", "unclear"),
        ("comment", long.as_str()),
    ];
    let too_long = visitor.post_form("/en/feedback/details", &fields).await;
    assert_eq!(
        too_long.location.as_deref(),
        Some(page_path(&format!("error=useful-error-too-long&ticket={ticket}#feedback")).as_str()),
        "back to the follow-up form, which still works"
    );
    let fields = [
        ("service", SERVICE),
        ("ticket", ticket.as_str()),
        ("reason", "unclear"),
        ("comment", "Too many acronyms"),
    ];
    let sent = visitor.post_form("/en/feedback/details", &fields).await;
    assert_eq!(
        sent.location.as_deref(),
        Some(page_path("done=useful-done-details#feedback").as_str())
    );
    let page = visitor.get(&page_path("done=useful-done-details")).await;
    assert!(
        page.body
            .as_str()
            .unwrap()
            .contains("Thank you: your comments will help improve this page.")
    );

    let yes = visitor
        .post_form("/en/feedback", &[("service", SERVICE), ("useful", "yes")])
        .await;
    assert_eq!(
        yes.location.as_deref(),
        Some(page_path("done=useful-done-yes#feedback").as_str())
    );
    let bad = visitor
        .post_form("/en/feedback", &[("service", SERVICE), ("useful", "maybe")])
        .await;
    assert_eq!(
        bad.location.as_deref(),
        Some(page_path("error=useful-error-answer#feedback").as_str())
    );
    let unknown = visitor
        .post_form("/pt/feedback", &[("service", "nope"), ("useful", "yes")])
        .await;
    assert_eq!(unknown.status, 404);
    assert!(
        unknown
            .body
            .as_str()
            .unwrap()
            .contains("Essa página de serviço não existe.")
    );

    let rows = page_feedback::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 2, "one no (with its details) and one yes");
    let no = rows.iter().find(|row| !row.useful).unwrap();
    assert_eq!(
        (no.reason.as_deref(), no.comment.as_deref()),
        (Some("unclear"), Some("Too many acronyms"))
    );
}
on_both_backends!(
    not_useful_without_javascript,
    a_visitor_says_a_page_is_not_useful_and_why
);

async fn answers_are_rate_limited_by_a_keyed_hash_of_the_address(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut visitor = Browser::new(&app);
    let fields = [("service", SERVICE), ("useful", "yes")];
    for n in 0..20 {
        assert_eq!(
            visitor.post_form("/en/feedback", &fields).await.status,
            303,
            "answer {n}"
        );
    }
    let limited = visitor.post_form("/en/feedback", &fields).await;
    assert_eq!(limited.status, 429);
    assert!(limited.retry_after.is_some());
    assert!(
        limited
            .body
            .as_str()
            .unwrap()
            .contains("Too many answers have come from your connection")
    );
    let details = visitor
        .post_form("/en/feedback/details", &[("service", SERVICE), ("ticket", "x")])
        .await;
    assert_eq!(details.status, 429, "the follow-up shares the limit");
    assert_eq!(
        count(&app.db, "page_feedback").await,
        20,
        "the refused answer is not stored"
    );

    let keys: Vec<String> = rate_limit::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.key)
        .collect();
    let key = keys
        .iter()
        .find(|key| key.starts_with("feedback:"))
        .expect("a feedback limit");
    assert!(!key.contains("127.0.0.1"), "no address in clear: {key}");
    assert_eq!(key.len(), "feedback:".len() + 24, "a keyed hash");
}
on_both_backends!(
    useful_rate_limit,
    answers_are_rate_limited_by_a_keyed_hash_of_the_address
);

async fn open_data_publishes_totals_only(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut citizen = Browser::new(&app);
    citizen.sign_up("Dora").await;
    for (slug, stars) in [(SERVICE, "5"), (OTHER, "3")] {
        citizen
            .post_form("/en/ratings", &[("service", slug), ("stars", stars)])
            .await;
    }
    citizen
        .post_form("/en/feedback", &[("service", SERVICE), ("useful", "no")])
        .await;
    // A service turned back into a draft disappears from the open data.
    let other = service::Entity::find()
        .filter(service::Column::Slug.eq(OTHER))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut other: service::ActiveModel = other.into();
    other.status = Set("draft".to_owned());
    other.update(&app.db).await.unwrap();

    let response = app.get("/api/v1/ratings").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["prior"]["mean"], 3.5);
    assert_eq!(body["prior"]["weight"], 10.0);
    let services = body["services"].as_array().unwrap();
    assert_eq!(services.len(), 1);
    let row = &services[0];
    assert_eq!(row["service"], SERVICE);
    assert_eq!(
        (row["ratings"].as_u64(), row["web_ratings"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(row["average"], 5.0);
    assert_eq!(row["bayesian_average"], 3.636);
    assert_eq!(row["stars"], serde_json::json!([0, 0, 0, 0, 1]));
    assert_eq!(
        (row["useful_yes"].as_u64(), row["useful_no"].as_u64()),
        (Some(0), Some(1))
    );
    let text = body.to_string();
    for private in ["account", "comment", "ticket", "phone", "Dora"] {
        assert!(!text.contains(private), "{private} in open data");
    }

    let response = app.get("/api/v1/ratings.csv").await;
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines,
        [
            "service,ratings,web_ratings,sms_ratings,average,bayesian_average,stars_1,stars_2,stars_3,stars_4,stars_5,useful_yes,useful_no",
            &format!("{SERVICE},1,1,0,5,3.636,0,0,0,0,1,0,1"),
        ]
    );
}
on_both_backends!(open_data, open_data_publishes_totals_only);
