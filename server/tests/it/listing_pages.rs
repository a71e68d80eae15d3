//! Home, agency and life-event pages.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn home_in_four_languages(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for (locale, title, count) in [
        (
            "es",
            "Encuentre un servicio público",
            "5 servicios en el catálogo",
        ),
        ("pt", "Encontre um serviço público", "5 serviços no catálogo"),
        ("en", "Find a public service", "5 services in the catalogue"),
        ("fr", "Trouver un service public", "5 services dans le catalogue"),
    ] {
        let (status, body) = app.page(&format!("/{locale}/")).await;
        assert_eq!(status, 200, "{locale}");
        assert!(body.contains(title), "{locale}");
        assert!(body.contains(count), "{locale}: {count}");
        assert!(
            body.contains(&format!("href=\"/{locale}/life-events/moving-to-the-country\"")),
            "{locale}: life events"
        );
        assert!(
            body.contains(&format!("href=\"/{locale}/search?level=national\"")),
            "{locale}: levels"
        );
    }
    let (_, body) = app.page("/en/").await;
    assert!(
        body.contains("Immigration and living abroad"),
        "life events are labelled in the reader's language"
    );
}
on_both_backends!(home, home_in_four_languages);

async fn agency_page_lists_its_services(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (status, body) = app.page("/en/agencies/ministerio-das-migracoes-mmig").await;
    assert_eq!(status, 200);
    assert!(body.contains("<strong>política migratória</strong>"));
    assert!(body.contains("08005562314"));
    assert!(body.contains("href=\"/en/services/obter-autorizacao-de-residencia\""));
    assert!(body.contains("one service"));
    let (status, body) = app.page("/en/agencies/nobody").await;
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
}
on_both_backends!(agency, agency_page_lists_its_services);

async fn life_event_page_lists_its_services(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (status, body) = app.page("/pt/life-events/moving-to-the-country").await;
    assert_eq!(status, 200);
    assert!(body.contains("href=\"/pt/services/obter-autorizacao-de-residencia\""));
    assert!(
        !body.contains("emitir-carteira-de-trabalho-digital\""),
        "only the services of this life event"
    );
    let (status, _) = app.page("/pt/life-events/cidadania").await;
    assert_eq!(status, 404, "a topic is not a life event");
    let (status, _) = app.page("/pt/life-events/nothing").await;
    assert_eq!(status, 404);
}
on_both_backends!(life_event, life_event_page_lists_its_services);

async fn home_answers_with_and_without_trailing_slash(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    assert_eq!(app.page("/pt/").await.0, 200);
    assert_eq!(app.page("/pt").await.0, 200);
}
on_both_backends!(home_slash, home_answers_with_and_without_trailing_slash);
