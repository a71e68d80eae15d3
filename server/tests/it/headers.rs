//! Headers every response carries.

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

async fn pages_carry_security_headers(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let response = app.get("/es/services/obter-autorizacao-de-residencia").await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("referrer-policy"), "strict-origin-when-cross-origin");
    let csp = header("content-security-policy");
    for directive in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "script-src 'nonce-",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_default()
        .to_owned();
    let body = response.text().await.unwrap();
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "the island loader carries this response's nonce"
    );
    let second = app.get("/es/services/obter-autorizacao-de-residencia").await;
    let second_csp = second
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert_ne!(csp, second_csp, "a new nonce per response");
}
on_both_backends!(security_headers, pages_carry_security_headers);

async fn islands_load_after_the_page_and_nothing_else_is_shipped(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    for path in [
        "/en/search?q=residencia",
        "/en/services/obter-autorizacao-de-residencia",
        "/pt/",
    ] {
        let (_, body) = app.page(path).await;
        assert!(
            body.contains("<leptos-island data-component=\"SearchBox"),
            "{path}: the search box is an island"
        );
        assert!(
            body.contains("requestIdleCallback"),
            "{path}: islands load when the browser is idle"
        );
        assert!(
            !body.contains("rel=\"preload\"") && !body.contains("modulepreload"),
            "{path}: no wasm on the critical path"
        );
        assert!(
            !body.contains("\"fallback\":"),
            "{path}: page data is not serialized outside islands"
        );
        assert!(
            body.contains("name=\"q\""),
            "{path}: the search box is a plain form field first"
        );
        assert!(
            !body.contains("role=\"combobox\""),
            "{path}: combobox semantics only once the island runs"
        );
    }
}
on_both_backends!(
    islands_only,
    islands_load_after_the_page_and_nothing_else_is_shipped
);
