//! The service page: every section, fallback notices, old addresses, missing services.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

const SERVICE: &str = "obter-autorizacao-de-residencia";

async fn shows_every_section_in_portuguese(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (status, body) = app.page(&format!("/pt/services/{SERVICE}")).await;
    assert_eq!(status, 200);
    for expected in [
        "<html lang=\"pt\"",
        "<title>Obter autorização de residência · Balcão único de serviços públicos</title>",
        "Obter autorização de residência",
        "<abbr>(AR)</abbr>",
        "<strong>residir</strong>",
        "href=\"https://www.gov.br/mj/residencia_exemplo\"",
        "Quem pode solicitar",
        "<strong>Imigrante</strong>",
        "de 130 a 180 dias corridos",
        "até 2 anos",
        "R$ 9.672,00",
        "Passaporte válido",
        "Para tratamento de saúde:",
        "Laudo médico",
        "Etapa 1",
        "Solicitar a autorização",
        "Presencial",
        "Tempo de espera: cerca de 120 minutos",
        "agendar atendimento",
        "href=\"https://servicos.dpf.gov.br/agenda\"",
        "Se o sistema pela internet estiver fora do ar",
        "href=\"tel:6120248000\"",
        "Permanência",
        "estrangeiro",
        "Lei nº 13.445/2017",
        "Ministério das Migrações (MMIG)",
        "Governo federal",
        "Brasil",
        "O órgão ainda não conferiu estas informações.",
    ] {
        assert!(body.contains(expected), "missing {expected:?}");
    }
    assert!(
        !body.contains("<script>alert"),
        "raw HTML from the source never reaches the page"
    );
    assert!(
        !body.contains("class=\"notice fallback\""),
        "Portuguese content read in Portuguese needs no notice"
    );
}
on_both_backends!(service_sections, shows_every_section_in_portuguese);

async fn other_languages_say_the_content_is_portuguese(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for (locale, notice, cost) in [
        (
            "es",
            "aún no está disponible en español. Se muestra en portugués",
            "R$ 9.672,00",
        ),
        (
            "en",
            "not yet available in English. It is shown in Portuguese",
            "R$ 9,672.00",
        ),
        (
            "fr",
            "pas encore disponible en français. Elle est affichée en portugais",
            "9\u{202f}672,00 R$",
        ),
    ] {
        let (status, body) = app.page(&format!("/{locale}/services/{SERVICE}")).await;
        assert_eq!(status, 200, "{locale}");
        assert!(body.contains(&format!("<html lang=\"{locale}\"")), "{locale}");
        assert!(body.contains(notice), "{locale}: fallback notice");
        assert!(
            body.contains("<span lang=\"pt\">Obter autorização de residência</span>"),
            "{locale}: lang on fallback text"
        );
        assert!(
            body.contains("<div lang=\"pt\" class=\"prose\">"),
            "{locale}: lang on fallback HTML"
        );
        assert!(body.contains(cost), "{locale}: money formatted for the reader");
    }
}
on_both_backends!(fallback_notice, other_languages_say_the_content_is_portuguese);

async fn renamed_services_redirect_permanently(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let response = app.get("/en/services/emitir-carteira-de-trabalho-antiga").await;
    assert_eq!(response.status(), 301);
    assert_eq!(
        response.headers()["location"],
        "/en/services/emitir-carteira-de-trabalho-digital"
    );
    let (status, body) = app.page("/en/services/emitir-carteira-de-trabalho-digital").await;
    assert_eq!(status, 200);
    assert!(body.contains("Start online"));
    assert!(body.contains("href=\"https://servicos.mte.gov.br/ctps\""));
    assert!(body.contains("Immediately"));
    assert!(
        body.contains(">https://play.google.com/store/apps/details?id=br.gov.ctps</a>"),
        "image-only link keeps a text"
    );
    assert!(!body.contains("<img"));
}
on_both_backends!(renamed_redirect, renamed_services_redirect_permanently);

async fn unknown_services_are_localized_404s(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for (locale, title) in [
        ("es", "Página no encontrada"),
        ("pt", "Página não encontrada"),
        ("en", "Page not found"),
        ("fr", "Page introuvable"),
    ] {
        let (status, body) = app.page(&format!("/{locale}/services/does-not-exist")).await;
        assert_eq!(status, 404, "{locale}");
        assert!(body.contains(title), "{locale}");
        assert!(body.contains(&format!("<html lang=\"{locale}\"")));
    }
    let (status, _) = app.page("/en/services/").await;
    assert_eq!(status, 404);
    let (status, _) = app.page("/en/services/a/b").await;
    assert_eq!(status, 404);
    let long = "x".repeat(5_000);
    let (status, _) = app.page(&format!("/en/services/{long}")).await;
    assert_eq!(status, 404, "an absurd slug is just not found");
}
on_both_backends!(missing_service, unknown_services_are_localized_404s);

async fn hsds_services_show_places_phones_and_hours(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (status, body) = app.page("/en/services/emergency-food-assistance").await;
    assert_eq!(status, 200);
    for expected in [
        "Emergency Food Assistance",
        "Miami-Dade County Community Action Agency",
        "Caa Headquarters",
        "701 NW 1st Court, Miami FL 33136",
        "305-555-0100 ext. 12",
        "Monday, 09:00 to 17:00",
        "Friday, 09:00 to 12:30",
        "Call for an appointment",
        "Free",
        "Local government",
        "Miami-Dade County",
        "href=\"https://www.miamidade.gov/food\"",
    ] {
        assert!(body.contains(expected), "missing {expected:?}");
    }
    assert!(
        !body.contains("\\n"),
        "literal \\n from the source became line breaks"
    );
    let (_, body) = app.page("/es/services/emergency-food-assistance").await;
    assert!(
        body.contains("lunes, de 09:00 a 17:00"),
        "hours in the reader's language"
    );
    assert!(
        body.contains("Se muestra en inglés"),
        "English content announced as such"
    );
}
on_both_backends!(hsds_service, hsds_services_show_places_phones_and_hours);
