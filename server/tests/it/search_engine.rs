//! The search engine through the pages: typos, prefixes, synonyms, facets, "did you mean",
//! misses counted, completions, the reader's municipality.

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

fn found(body: &str, slug: &str) -> bool {
    body.contains(&format!("/services/{slug}\""))
}

async fn forgives_typos_prefixes_and_other_words(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for (path, slug) in [
        (
            "/pt/search?q=carteria+trabalho",
            "emitir-carteira-de-trabalho-digital",
        ),
        ("/pt/search?q=autoriza", "obter-autorizacao-de-residencia"),
        ("/pt/search?q=CTPS", "emitir-carteira-de-trabalho-digital"),
        ("/en/search?q=work+permit", "emitir-carteira-de-trabalho-digital"),
        (
            "/es/search?q=permiso+de+residencia",
            "obter-autorizacao-de-residencia",
        ),
        ("/en/search?q=emergency+asistance", "emergency-food-assistance"),
        ("/en/search?q=emerg", "emergency-food-assistance"),
        (
            "/pt/search?q=autoriza%C3%A7%C3%B5es+resid%C3%AAncias",
            "obter-autorizacao-de-residencia",
        ),
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(found(&body, slug), "{path} should find {slug}");
    }
    let (_, body) = app.page("/pt/search?q=residencia").await;
    assert!(
        body.contains("<b>residência</b>") || body.contains("<b>residência</b>"),
        "matched words are highlighted"
    );
    let (_, body) = app
        .page("/pt/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+residencia")
        .await;
    assert!(!body.contains("<script>alert"), "what is typed is never markup");
}
on_both_backends!(tolerant, forgives_typos_prefixes_and_other_words);

async fn odd_input_never_breaks_the_page(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let long = "carteira ".repeat(600);
    for query in [
        "\"carteira",
        "-trabalho",
        "title:carteira",
        "carte*",
        "(carteira",
        "carteira AND trabalho",
        "🙂 carteira 🙂",
        "%",
        "_",
        "\\",
        "' OR 1=1 --",
        "",
        "   ",
        long.as_str(),
    ] {
        let encoded: String = query.bytes().map(|b| format!("%{b:02X}")).collect();
        let (status, _) = app.page(&format!("/pt/search?q={encoded}")).await;
        assert_eq!(status, 200, "{query:?}");
    }
}
on_both_backends!(never_a_syntax_error, odd_input_never_breaks_the_page);

async fn facets_count_and_filter(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (_, body) = app.page("/en/search?q=").await;
    assert!(body.contains("National government (2)"), "level counts");
    assert!(body.contains("Local government (2)"));
    assert!(body.contains("Can be done online (1)"));
    assert!(
        body.contains(">Ministério do Trabalho (MTb) (1)</option>"),
        "agency counts"
    );
    let (_, body) = app.page("/en/search?agency=ministerio-do-trabalho-mtb").await;
    assert!(body.contains("One service found"));
    assert!(found(&body, "emitir-carteira-de-trabalho-digital"));
    let (_, body) = app.page("/en/search?online=1").await;
    assert!(body.contains("One service found"));
    let (_, body) = app.page("/en/search?topic=moving-to-the-country").await;
    assert!(found(&body, "obter-autorizacao-de-residencia"));
    assert!(body.contains("One service found"));
    let (status, body) = app
        .page("/en/search?agency=nobody&topic=nothing&level=galactic")
        .await;
    assert_eq!(status, 200);
    assert!(body.contains("The filter “Agency” had a value that does not exist"));
    assert!(body.contains("The filter “Life event or topic” had a value that does not exist"));
    assert!(body.contains("The filter “Level of government” had a value that does not exist"));
    assert!(body.contains("5 services found"), "unknown filters are ignored");
}
on_both_backends!(facets, facets_count_and_filter);

async fn zero_results_suggest_a_spelling_and_are_counted(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (_, body) = app.page("/pt/search?q=trabbalo").await;
    assert!(body.contains("Nenhum serviço encontrado"));
    assert!(body.contains("Você quis dizer:"), "a correction is offered");
    assert!(body.contains(">trabalho</a>"));
    app.page("/pt/search?q=Trabbalo").await;
    app.page("/es/search?q=trabbalo").await;
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT count FROM search_misses WHERE locale = 'pt' AND query = 'trabbalo'".to_owned(),
        ))
        .await
        .unwrap()
        .expect("the miss is recorded");
    assert_eq!(
        row.try_get::<i32>("", "count").unwrap(),
        2,
        "same normalized query, same day: one row counted twice"
    );
    assert_eq!(count(&app.db, "search_misses").await, 2, "one row per language");
}
on_both_backends!(misses, zero_results_suggest_a_spelling_and_are_counted);

async fn completions_come_as_json(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let response = app.get("/api/v1/suggest?q=carte&lang=es").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    let first = &body["suggestions"][0];
    assert_eq!(first["name"], "Emitir Carteira de Trabalho Digital");
    assert_eq!(first["lang"], "pt");
    assert_eq!(first["url"], "/es/services/emitir-carteira-de-trabalho-digital");
    let response = app.get("/api/v1/suggest?q=&lang=pt").await;
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["suggestions"].as_array().map(Vec::len), Some(0));
    let response = app
        .client
        .get(app.url("/api/v1/suggest?q=x&lang=xx"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "La langue doit être es, pt, en ou fr.");
}
on_both_backends!(suggest, completions_come_as_json);

async fn a_chosen_municipality_narrows_and_is_remembered(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (status, body) = app.page("/en/place?q=miami").await;
    assert_eq!(status, 200);
    assert!(body.contains("Choose Miami-Dade County (Florida)"));
    let form = [("code", "US-FL-12086"), ("next", "/en/search?q=food")];
    let response = app
        .client
        .post(app.url("/en/place"))
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/en/search?q=food");
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("place=US-FL-12086;"), "{cookie}");
    let page = app
        .client
        .get(app.url("/en/search?q="))
        .header("cookie", "place=US-FL-12086")
        .send()
        .await
        .unwrap();
    let body = page.text().await.unwrap();
    assert!(body.contains("Showing national services and those of Miami-Dade County."));
    assert!(found(&body, "emergency-food-assistance"));
    assert!(
        !found(&body, "obter-autorizacao-de-residencia"),
        "another country's national services are not shown"
    );
    let cross = app
        .client
        .post(app.url("/en/place"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), 403, "a form from another site is refused");
    let unknown = [("code", "XX-99"), ("next", "/en/")];
    let response = app
        .client
        .post(app.url("/en/place"))
        .header("sec-fetch-site", "same-origin")
        .form(&unknown)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert!(
        response.headers().get("set-cookie").is_none(),
        "nothing remembered"
    );
}
on_both_backends!(home_place, a_chosen_municipality_narrows_and_is_remembered);

/// The SMS channel's search: the same services in the same order as the page's, without the
/// facet counts or snippets an SMS never shows.
async fn a_brief_search_finds_the_same_without_extras(backend: Backend) {
    use app::catalog::Catalog;
    use app::locale::Locale;
    use app::model::SearchQuery;
    use server::catalog::SqlCatalog;

    let app = TestApp::with_fixtures(backend).await;
    let catalog = SqlCatalog::new(app.db.clone(), std::sync::Arc::clone(&app.index));
    let query = |brief| SearchQuery {
        text: "trabalho".to_owned(),
        page: 1,
        brief,
        ..SearchQuery::default()
    };
    let full = catalog.search(Locale::Pt, query(false)).await.unwrap();
    let brief = catalog.search(Locale::Pt, query(true)).await.unwrap();
    let slugs = |found: &app::model::SearchResults| {
        found
            .results
            .iter()
            .map(|hit| hit.service.slug.clone())
            .collect::<Vec<_>>()
    };
    assert!(!full.results.is_empty());
    assert_eq!(slugs(&brief), slugs(&full));
    assert_eq!(brief.paging.total, full.paging.total);
    assert!(full.results.iter().any(|hit| hit.snippet_html.is_some()));
    assert!(brief.results.iter().all(|hit| hit.snippet_html.is_none()));
    assert_ne!(full.facets, Default::default(), "the page counts facets");
    assert_eq!(brief.facets, Default::default(), "a brief search counts none");
}
on_both_backends!(brief_search, a_brief_search_finds_the_same_without_extras);
