//! The simple database search: accents, case, filters, paging, bad input.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn finds_with_or_without_accents_and_case(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for query in [
        "autorizacao",
        "AUTORIZAÇÃO",
        "Autorização residência",
        "permanencia",
        "estrangeiro",
    ] {
        let (status, body) = app.page(&format!("/pt/search?q={}", urlencode(query))).await;
        assert_eq!(status, 200, "{query}");
        assert!(
            body.contains("href=\"/pt/services/obter-autorizacao-de-residencia\""),
            "{query} finds the service"
        );
        assert!(body.contains("Um serviço encontrado"), "{query}: one result");
    }
    let (_, body) = app.page("/en/search?q=ctps").await;
    assert!(
        body.contains("emitir-carteira-de-trabalho-digital"),
        "popular names are searched"
    );
    assert!(body.contains("Can be done online"), "online badge");
    let (_, body) = app.page("/en/search?q=zzzzqqq").await;
    assert!(body.contains("No services found"));
}
on_both_backends!(accent_insensitive, finds_with_or_without_accents_and_case);

async fn filters_and_pages_never_fail(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (_, body) = app.page("/en/search?level=state").await;
    assert!(body.contains("food-stamps-snap-applications"));
    assert!(!body.contains("obter-autorizacao-de-residencia\""));
    let (status, body) = app.page("/en/search?q=&page=999").await;
    assert_eq!(status, 200, "a page past the end shows the last page");
    assert!(body.contains("5 services found"));
    for odd in [
        "page=-3",
        "page=abc",
        "q=carteira&page=4294967295",
        "level=galactic",
        "q=%22%3A*()AND+-",
        "q=%F0%9F%99%82",
    ] {
        let (status, _) = app.page(&format!("/en/search?{odd}")).await;
        assert_eq!(status, 200, "{odd}");
    }
    let long = "a".repeat(600);
    let (status, body) = app.page(&format!("/en/search?q={long}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("only its first 500 characters were used"));
}
on_both_backends!(odd_parameters, filters_and_pages_never_fail);

async fn malformed_query_strings_are_localized_400s(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for (locale, title) in [
        ("es", "No pudimos entender"),
        ("en", "We could not understand"),
        ("fr", "Nous n’avons pas compris"),
    ] {
        let (status, body) = app.page(&format!("/{locale}/search?q=%zz")).await;
        assert_eq!(status, 400, "{locale}");
        assert!(body.contains(title), "{locale}");
    }
    let (status, _) = app.page("/pt/search?q=%C3").await;
    assert_eq!(status, 400, "invalid UTF-8");
    let oversized = "q=".to_owned() + &"%41".repeat(20_000);
    let (status, body) = app.page(&format!("/pt/search?{oversized}")).await;
    assert_eq!(status, 400);
    assert!(body.contains("Não conseguimos entender"));
}
on_both_backends!(bad_query_strings, malformed_query_strings_are_localized_400s);

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
