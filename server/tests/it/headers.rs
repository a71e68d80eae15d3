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

async fn pages_without_islands_ship_no_script(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (_, body) = app.page("/en/search?q=residencia").await;
    assert!(
        !body.contains("<script type=\"module\""),
        "search results load no islands"
    );
    assert!(
        !body.contains("__RESOLVED_RESOURCES[") && !body.contains("\"fallback\":"),
        "no page data serialized for hydration"
    );
    let (_, body) = app.page("/en/services/obter-autorizacao-de-residencia").await;
    assert!(
        body.contains("<script type=\"module\""),
        "service pages load their islands"
    );
    assert!(
        !body.contains("rel=\"preload\""),
        "the wasm is never preloaded on the critical path"
    );
    assert!(
        !body.contains("\"fallback\":"),
        "page data is not serialized outside islands"
    );
}
on_both_backends!(scripts_only_where_needed, pages_without_islands_ship_no_script);
