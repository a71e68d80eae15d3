//! Pages shared between anonymous readers. The same address asked again within a few seconds,
//! on the same index, gets the bytes rendered the first time, with a fresh script nonce: a
//! burst of people looking for the same thing (a benefit in the news) costs one rendering.
//! Only pages that say they may be shared are kept (`app::shell::SHAREABLE_PAGE_HEADER`: search
//! pages with results; a search without any must reach the database to be counted). A reader
//! who is signed in, or sends any cookie but language and municipality, is served afresh.

use std::sync::Arc;
use std::time::Duration;

use app::shell::{LANGUAGE_COOKIE, SHAREABLE_PAGE_HEADER};
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use super::place::PLACE_COOKIE;
use crate::search::SearchIndex;
use crate::search::cache::{AnswerCache, Weight};

/// Bytes of pages kept at most (about 500 search pages).
const BUDGET_BYTES: usize = 32 << 20;
/// Ratings shown beside results are not in the change feed: they may be this old.
const LIFETIME: Duration = Duration::from_secs(10);
const MAX_KEY_BYTES: usize = 2_048;
/// Says a response came from the cache, as `X-Cache` does for proxies.
pub const HIT_HEADER: &str = "x-page-cache";

pub struct PageCache(AnswerCache<String, SharedPage>);

impl Default for PageCache {
    fn default() -> Self {
        PageCache(AnswerCache::with_lifetime(BUDGET_BYTES, Some(LIFETIME)))
    }
}

/// A page cut where its nonce was, to be joined with each reader's own.
pub struct SharedPage {
    headers: HeaderMap,
    body: Vec<Bytes>,
    policy: Vec<String>,
}

impl Weight for SharedPage {
    fn weight(&self) -> usize {
        self.body.iter().map(Bytes::len).sum::<usize>() + 1_024
    }
}

impl SharedPage {
    /// `None` when the page has no nonce to replace (then it is not shared).
    fn cut(headers: &HeaderMap, body: &Bytes) -> Option<SharedPage> {
        let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?;
        let nonce = nonce_of(policy)?;
        let mut pieces = Vec::new();
        let mut start = 0;
        for at in positions(body, nonce.as_bytes()) {
            pieces.push(body.slice(start..at));
            start = at + nonce.len();
        }
        pieces.push(body.slice(start..));
        Some(SharedPage {
            headers: headers.clone(),
            body: pieces,
            policy: policy.split(nonce).map(str::to_owned).collect(),
        })
    }

    fn response(&self, nonce: &str) -> Response {
        let length = self.body.iter().map(Bytes::len).sum::<usize>() + nonce.len() * self.body.len();
        let mut body = Vec::with_capacity(length);
        for (n, piece) in self.body.iter().enumerate() {
            if n > 0 {
                body.extend_from_slice(nonce.as_bytes());
            }
            body.extend_from_slice(piece);
        }
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = self.headers.clone();
        if let Ok(policy) = HeaderValue::from_str(&self.policy.join(nonce)) {
            response
                .headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        response
            .headers_mut()
            .insert(HIT_HEADER, HeaderValue::from_static("hit"));
        response
    }
}

fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let length = policy[start..].find('\'')?;
    Some(&policy[start..start + length]).filter(|nonce| nonce.len() >= 16)
}

fn positions<'a>(haystack: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = haystack
            .get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)?;
        let at = from + found;
        from = at + needle.len();
        Some(at)
    })
}

/// What the page depends on besides the index: the address and the chosen municipality.
/// `None` for anything but an anonymous GET.
fn key_of(request: &Request) -> Option<String> {
    if request.method() != Method::GET || request.headers().contains_key(header::AUTHORIZATION) {
        return None;
    }
    let address = request.uri().path_and_query()?.as_str();
    let mut place = "";
    for value in request.headers().get_all(header::COOKIE) {
        for pair in value.to_str().ok()?.split(';') {
            let (name, value) = pair.trim().split_once('=')?;
            match name {
                PLACE_COOKIE => place = value,
                LANGUAGE_COOKIE => {}
                _ => return None,
            }
        }
    }
    let key = format!("{address} {place}");
    (key.len() <= MAX_KEY_BYTES).then_some(key)
}

/// The generation of the index pages were rendered on; `None` while it is being built.
fn stamp(index: &SearchIndex) -> Option<u64> {
    index.is_ready().then(|| index.generation())
}

pub async fn share_pages(State(state): State<super::AppState>, request: Request, next: Next) -> Response {
    let keyed = key_of(&request).zip(stamp(&state.index));
    if let Some((key, stamp)) = &keyed
        && let Some(page) = state.pages.0.get(key, *stamp)
    {
        return page.response(&leptos::nonce::Nonce::new().to_string());
    }
    let mut response = next.run(request).await;
    let shareable = response.headers_mut().remove(SHAREABLE_PAGE_HEADER).is_some();
    let Some((key, stamp)) = keyed else {
        return response;
    };
    if !shareable
        || response.status() != StatusCode::OK
        || response.headers().contains_key(header::SET_COOKIE)
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => return super::panic::internal_error_page(Box::new(error.to_string())),
    };
    if let Some(page) = SharedPage::cut(&parts.headers, &bytes) {
        state.pages.0.put(key, Arc::new(page), stamp);
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONCE: &str = "abcdefghijklmnop0123";

    fn page(body: &str) -> Option<SharedPage> {
        let mut headers = HeaderMap::new();
        let policy = format!("script-src 'nonce-{NONCE}' 'strict-dynamic'");
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&policy).ok()?,
        );
        SharedPage::cut(&headers, &Bytes::from(body.to_owned()))
    }

    async fn body_of(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn every_nonce_is_replaced_by_the_readers_own() {
        let shared = page(&format!(
            "<script nonce=\"{NONCE}\">a</script><p>x</p><script nonce=\"{NONCE}\">"
        ))
        .unwrap();
        let response = shared.response("ZZZZZZZZZZZZZZZZZZZZ");
        assert_eq!(
            response.headers()[header::CONTENT_SECURITY_POLICY],
            "script-src 'nonce-ZZZZZZZZZZZZZZZZZZZZ' 'strict-dynamic'"
        );
        assert_eq!(response.headers()[HIT_HEADER], "hit");
        assert_eq!(
            body_of(response).await,
            "<script nonce=\"ZZZZZZZZZZZZZZZZZZZZ\">a</script><p>x</p><script nonce=\"ZZZZZZZZZZZZZZZZZZZZ\">"
        );
    }

    #[tokio::test]
    async fn a_page_without_the_nonce_is_kept_whole() {
        let shared = page("<p>no script</p>").unwrap();
        assert_eq!(
            body_of(shared.response("ZZZZZZZZZZZZZZZZZZZZ")).await,
            "<p>no script</p>"
        );
    }

    #[test]
    fn a_policy_without_a_nonce_is_never_shared() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src 'self'"),
        );
        assert!(SharedPage::cut(&headers, &Bytes::from_static(b"<p>")).is_none());
        assert!(SharedPage::cut(&HeaderMap::new(), &Bytes::from_static(b"<p>")).is_none());
    }

    fn request(cookie: Option<&str>) -> Request {
        let mut builder = Request::builder().uri("/pt/search?q=cpf");
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_anonymous_gets_are_keyed_by_address_and_municipality() {
        assert_eq!(key_of(&request(None)).as_deref(), Some("/pt/search?q=cpf "));
        assert_eq!(
            key_of(&request(Some("lang=pt; place=br-3550308"))).as_deref(),
            Some("/pt/search?q=cpf br-3550308")
        );
        assert_eq!(key_of(&request(Some("__Host-session=abc"))), None, "signed in");
        assert_eq!(
            key_of(&request(Some("lang=pt; other=1"))),
            None,
            "an unknown cookie"
        );
        let post = Request::builder()
            .method(Method::POST)
            .uri("/pt/search")
            .body(Body::empty())
            .unwrap();
        assert_eq!(key_of(&post), None);
    }
}
