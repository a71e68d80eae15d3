//! Requests whose query string is too long or does not decode are answered with a localized
//! 400 page: the query is dropped and the page is told why, so nothing downstream guesses.

use app::routes::RejectedRequest;
use axum::extract::Request;
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::Response;

/// Longer query strings are refused. A 5,000-character search, even of characters that take
/// nine bytes once encoded, still fits: the page then uses its first 500 characters and says so.
pub const MAX_QUERY_BYTES: usize = 48 * 1024;

pub async fn reject_malformed_queries(mut request: Request, next: Next) -> Response {
    let query = request.uri().query().unwrap_or_default();
    if query.len() > MAX_QUERY_BYTES || !decodes_cleanly(query) {
        tracing::info!(
            query_bytes = query.len(),
            path = request.uri().path(),
            "malformed query string refused"
        );
        if let Ok(uri) = request.uri().path().parse::<Uri>() {
            *request.uri_mut() = uri;
        }
        request.extensions_mut().insert(RejectedRequest);
        let mut response = next.run(request).await;
        *response.status_mut() = axum::http::StatusCode::BAD_REQUEST;
        return response;
    }
    next.run(request).await
}

/// Every `%xx` escape is complete and the decoded bytes of each pair are UTF-8.
fn decodes_cleanly(query: &str) -> bool {
    query.split('&').all(|pair| {
        pair.split('=').all(|part| {
            let bytes = part.as_bytes();
            let mut decoded = Vec::with_capacity(bytes.len());
            let mut index = 0;
            while index < bytes.len() {
                if bytes[index] == b'%' {
                    let hex = bytes
                        .get(index + 1..index + 3)
                        .and_then(|h| std::str::from_utf8(h).ok());
                    match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        Some(byte) => decoded.push(byte),
                        None => return false,
                    }
                    index += 3;
                } else {
                    decoded.push(bytes[index]);
                    index += 1;
                }
            }
            std::str::from_utf8(&decoded).is_ok()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::decodes_cleanly;

    #[test]
    fn accepts_ordinary_queries() {
        assert!(decodes_cleanly(""));
        assert!(decodes_cleanly("q=carteira+de+trabalho&page=2"));
        assert!(decodes_cleanly("q=a%C3%A7%C3%A3o"));
        assert!(decodes_cleanly("flag&x="));
    }

    #[test]
    fn refuses_broken_escapes_and_invalid_utf8() {
        assert!(!decodes_cleanly("q=%"));
        assert!(!decodes_cleanly("q=%zz"));
        assert!(!decodes_cleanly("q=%C3"));
        assert!(!decodes_cleanly("q=%FF%FE"));
    }
}
