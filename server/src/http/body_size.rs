//! Bodies over the limit are refused with a localized 413 before any of them is read: a declared
//! `Content-Length` is checked up front (the connection then closes, so the unread rest is never
//! waited for), and a chunked body that runs over is cut by the limit wrapped around the rest of
//! the app, whose bare 413 is given the same localized text here. Forms may send 64 KiB; an
//! agency's import form, which carries files, `UPLOAD_BODY_BYTES`.

use app::admin::imports::MAX_UPLOAD_BYTES;
use app::locale::Locale;
use app::shell::locale_from_path;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower::{ServiceBuilder, ServiceExt};
use tower_http::body::Limited;
use tower_http::limit::RequestBodyLimitLayer;

use super::MAX_BODY_BYTES;
use super::csrf::lang_parameter;

/// The import form's files, plus room for its other fields and the multipart boundaries.
pub const UPLOAD_BODY_BYTES: usize = MAX_UPLOAD_BYTES + MAX_BODY_BYTES;

/// `/{lang}/admin/agencies/{id}/import`: the one address that takes files.
fn is_upload(path: &str) -> bool {
    path.strip_suffix("/import")
        .is_some_and(|rest| rest.contains("/admin/agencies/"))
}

pub async fn refuse_oversized_bodies(request: Request, next: Next) -> Response {
    let locale = locale_from_path(request.uri().path())
        .or_else(|| lang_parameter(request.uri().query()))
        .unwrap_or(Locale::DEFAULT);
    let upload = is_upload(request.uri().path());
    let limit = if upload { UPLOAD_BODY_BYTES } else { MAX_BODY_BYTES };
    if declared_length(&request).is_some_and(|length| length > limit as u64) {
        tracing::info!(path = request.uri().path(), "oversized body refused");
        return too_large(locale, upload);
    }
    let limited = ServiceBuilder::new()
        .layer(RequestBodyLimitLayer::new(limit))
        .map_request(|request: Request<Limited<Body>>| request.map(Body::new))
        .service(next);
    let response = match limited.oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return too_large(locale, upload);
    }
    response
}

fn declared_length(request: &Request) -> Option<u64> {
    request
        .headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn too_large(locale: Locale, upload: bool) -> Response {
    let key = if upload {
        "admin-import-error-too-large"
    } else {
        "error-413-body"
    };
    let mut response = (StatusCode::PAYLOAD_TOO_LARGE, app::i18n::tr(locale, key)).into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

#[cfg(test)]
mod tests {
    use super::is_upload;

    #[test]
    fn only_the_import_form_takes_files() {
        assert!(is_upload("/es/admin/agencies/7/import"));
        assert!(!is_upload("/es/admin/agencies/7/import/abc"));
        assert!(!is_upload("/es/admin/services/7/edit"));
        assert!(!is_upload("/es/import"));
    }
}
