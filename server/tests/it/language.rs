//! Choosing and remembering the language.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn root_redirects_by_cookie_then_browser_then_spanish(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let location = |response: &reqwest::Response| response.headers()["location"].to_str().unwrap().to_owned();
    let plain = app.get("/").await;
    assert_eq!(plain.status(), 302);
    assert_eq!(location(&plain), "/es/");
    let browser = app
        .client
        .get(app.url("/"))
        .header("accept-language", "de-DE,fr;q=0.8,en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(location(&browser), "/fr/");
    let remembered = app
        .client
        .get(app.url("/"))
        .header("accept-language", "fr")
        .header("cookie", "lang=pt")
        .send()
        .await
        .unwrap();
    assert_eq!(
        location(&remembered),
        "/pt/",
        "the remembered choice wins over the browser"
    );
    let garbage = app
        .client
        .get(app.url("/"))
        .header("accept-language", ";;q=zz,*")
        .header("cookie", "lang=xx")
        .send()
        .await
        .unwrap();
    assert_eq!(location(&garbage), "/es/", "garbage falls back to Spanish");
}
on_both_backends!(root_redirect, root_redirects_by_cookie_then_browser_then_spanish);

async fn reading_a_language_remembers_it(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let response = app.get("/en/").await;
    let cookie = response
        .headers()
        .get("set-cookie")
        .expect("cookie set")
        .to_str()
        .unwrap();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let again = app
        .client
        .get(app.url("/en/"))
        .header("cookie", "lang=en")
        .send()
        .await
        .unwrap();
    assert!(
        again.headers().get("set-cookie").is_none(),
        "no cookie when it already says so"
    );
    let missing = app.get("/en/services/nope").await;
    assert!(
        missing.headers().get("set-cookie").is_none(),
        "error pages do not change the choice"
    );
}
on_both_backends!(language_cookie, reading_a_language_remembers_it);

async fn every_page_offers_the_same_page_in_other_languages(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (status, body) = app.page("/fr/search?q=carteira&level=national").await;
    assert_eq!(status, 200);
    assert!(body.contains("<html lang=\"fr\""));
    for (code, name) in [("es", "Español"), ("pt", "Português"), ("en", "English")] {
        let link = format!(
            "href=\"/{code}/search?q=carteira&amp;level=national\" lang=\"{code}\" hreflang=\"{code}\""
        );
        assert!(
            body.contains(&link),
            "link to {name} keeps the page and the query: {link}"
        );
    }
    assert!(body.contains("aria-current=\"true\">Français"));
}
on_both_backends!(
    language_switcher,
    every_page_offers_the_same_page_in_other_languages
);

async fn unknown_language_prefix_is_a_404(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for path in [
        "/de/",
        "/xx/services/obter-autorizacao-de-residencia",
        "/ES/",
        "/es-mx/search",
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(
            body.contains("Página no encontrada"),
            "{path}: localized 404 (Spanish by default)"
        );
    }
    let response = app
        .client
        .get(app.url("/de/"))
        .header("accept-language", "pt-BR")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert!(
        response.text().await.unwrap().contains("Página não encontrada"),
        "404 in the browser's language"
    );
}
on_both_backends!(unknown_language, unknown_language_prefix_is_a_404);
