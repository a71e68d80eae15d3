//! The rating form over HTTP, as a browser without JavaScript sends it: signed in, rate, see the
//! average, change the rating; bad input redirected back with a localized error; signed-out and
//! cross-site posts refused; the average in search results; share links on the page.

use sea_orm::EntityTrait;
use server::db::entities::service_rating;

use crate::auth_support::Browser;
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::SERVICE;

/// The opening tag of the element with this id.
pub fn tag<'a>(page: &'a str, id: &str) -> &'a str {
    let marker = format!("id=\"{id}\"");
    let at = page.find(&marker).unwrap_or_else(|| panic!("no element #{id}"));
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap();
    &page[start..=end]
}

fn page_path(query: &str) -> String {
    format!("/en/services/{SERVICE}?{query}")
}

async fn a_citizen_rates_and_changes_the_rating_without_javascript(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut browser = Browser::new(&app);
    assert_eq!(browser.sign_up("Ana").await.status, 200);

    let page = browser.get(&format!("/en/services/{SERVICE}")).await;
    let body = page.body.as_str().unwrap();
    assert!(body.contains("Nobody has rated this service yet."));
    assert!(body.contains("action=\"/en/ratings\""));
    assert!(
        body.contains("<legend>Your rating</legend>"),
        "a fieldset for the stars"
    );
    assert!(body.contains("<label for=\"rating-dimension\">"));

    let fields = [("service", SERVICE), ("stars", "4"), ("dimension", "clarity")];
    let saved = browser.post_form("/en/ratings", &fields).await;
    assert_eq!(saved.status, 303);
    assert_eq!(
        saved.location.as_deref(),
        Some(page_path("done=rating-done-saved#rating").as_str())
    );
    let page = browser.get(&page_path("done=rating-done-saved")).await;
    let body = page.body.as_str().unwrap();
    assert!(body.contains("role=\"status\" class=\"notice done\">Thank you: your rating has been saved."));
    assert!(body.contains("Average 4.0 out of 5, from one rating."));
    assert!(body.contains("On the web: 1 · By SMS: 0"));
    assert!(body.contains("You rated this service 4 stars, mostly for: Clarity of the information."));
    assert!(
        tag(body, "rating-stars-4").contains("checked"),
        "the rating given is chosen"
    );
    assert!(!tag(body, "rating-stars-2").contains("checked"));
    assert!(body.contains("<caption>How people rated this service</caption>"));
    assert!(
        body.contains("<th scope=\"row\">4 stars</th><td class=\"number\">1</td>"),
        "the distribution reads as text"
    );
    assert!(body.contains("100%"));

    let changed = browser
        .post_form("/en/ratings", &[("service", SERVICE), ("stars", "2")])
        .await;
    assert_eq!(
        changed.location.as_deref(),
        Some(page_path("done=rating-done-changed#rating").as_str())
    );
    let page = browser.get(&format!("/pt/services/{SERVICE}")).await;
    assert!(
        page.body
            .as_str()
            .unwrap()
            .contains("Média de 2,0 de 5, com uma avaliação."),
        "in Portuguese with its decimal comma"
    );

    // Bad input goes back to the page with the reason; the rating stays as it was.
    for (stars, dimension, key) in [
        ("0", "", "rating-error-stars"),
        ("6", "", "rating-error-stars"),
        ("five", "", "rating-error-stars"),
        ("3", "speed", "rating-error-dimension"),
    ] {
        let fields = [("service", SERVICE), ("stars", stars), ("dimension", dimension)];
        let refused = browser.post_form("/en/ratings", &fields).await;
        assert_eq!(refused.status, 303, "{stars} {dimension}");
        assert_eq!(
            refused.location.as_deref(),
            Some(page_path(&format!("error={key}#rating")).as_str())
        );
    }
    let page = browser.get(&page_path("error=rating-error-stars")).await;
    assert!(page.body.as_str().unwrap().contains(
        "role=\"alert\" class=\"notice error\">Choose from 1 to 5 stars. Your rating was not saved."
    ));
    let missing = browser.post_form("/es/ratings", &[("stars", "4")]).await;
    assert_eq!(missing.status, 400);
    assert!(
        missing
            .body
            .as_str()
            .unwrap()
            .contains("El formulario no indicó qué servicio calificar.")
    );
    let unknown = browser
        .post_form("/en/ratings", &[("service", "no-such-service"), ("stars", "4")])
        .await;
    assert_eq!(unknown.status, 404);
    assert!(
        unknown
            .body
            .as_str()
            .unwrap()
            .contains("There is no such service to rate.")
    );

    let rows = service_rating::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].stars, rows[0].dimension.as_deref()), (2, None));
}
on_both_backends!(
    rate_without_javascript,
    a_citizen_rates_and_changes_the_rating_without_javascript
);

async fn signed_out_and_cross_site_ratings_are_refused(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut visitor = Browser::new(&app);
    let page = visitor.get(&format!("/en/services/{SERVICE}")).await;
    let body = page.body.as_str().unwrap();
    assert!(body.contains("<a href=\"/en/account/sign-in\">Sign in</a> to rate this service."));
    assert!(!body.contains("action=\"/en/ratings\""), "no form for visitors");

    let refused = visitor
        .post_form("/en/ratings", &[("service", SERVICE), ("stars", "5")])
        .await;
    assert_eq!(
        refused.location.as_deref(),
        Some(page_path("error=rating-error-signed-out#rating").as_str())
    );

    let mut citizen = Browser::new(&app);
    citizen.sign_up("Bea").await;
    let token = citizen.cookie.clone().unwrap();
    for path in ["/en/ratings", "/en/feedback", "/en/feedback/details"] {
        let forged = app
            .client
            .post(app.url(path))
            .header("sec-fetch-site", "cross-site")
            .header("cookie", format!("__Host-session={token}"))
            .form(&[("service", SERVICE), ("stars", "1"), ("useful", "no")])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status().as_u16(), 403, "{path}");
    }
    assert_eq!(count(&app.db, "service_ratings").await, 0);
    assert_eq!(count(&app.db, "page_feedback").await, 0);
    assert_eq!(count(&app.db, "service_rating_totals").await, 0);
}
on_both_backends!(
    signed_out_and_cross_site,
    signed_out_and_cross_site_ratings_are_refused
);

async fn search_results_and_the_page_show_ratings_and_share_links(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let mut citizen = Browser::new(&app);
    citizen.sign_up("Caio").await;
    citizen
        .post_form("/en/ratings", &[("service", SERVICE), ("stars", "4")])
        .await;

    let (status, body) = app.page("/pt/search?q=autorizacao").await;
    assert_eq!(status, 200);
    assert!(
        body.contains("4,0 de 5 (uma avaliação)"),
        "the hit's average and count"
    );

    let (_, body) = app.page(&format!("/en/services/{SERVICE}")).await;
    let address = format!("http%3A%2F%2Flocalhost%3A3000%2Fen%2Fservices%2F{SERVICE}");
    assert!(body.contains(&format!(
        "href=\"https://wa.me/?text=Obter%20autoriza%C3%A7%C3%A3o%20de%20resid%C3%AAncia%3A%20{address}\""
    )));
    assert!(
        body.contains("href=\"sms:?&amp;body=Obter%20autoriza")
            || body.contains("href=\"sms:?&body=Obter%20autoriza")
    );
    assert!(body.contains(&format!("&amp;body={address}\"")) || body.contains(&format!("&body={address}\"")));
    assert!(body.contains(">Share on WhatsApp</a>"));
    assert!(body.contains(">Send by e-mail</a>"));
    assert!(!body.contains("<script src=\"http"), "no third-party scripts");
}
on_both_backends!(
    ratings_in_lists_and_share_links,
    search_results_and_the_page_show_ratings_and_share_links
);
