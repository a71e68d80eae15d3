//! The last line of defence: a bug that panics while answering gets a plain 500 page in every
//! language (the request's language is unknown here) and a log line, never a dropped connection.

use std::any::Any;

use app::i18n::tr;
use app::locale::Locale;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub fn internal_error_page(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %detail, "request handler panicked");
    let sections: String = Locale::ALL
        .into_iter()
        .map(|locale| {
            let escape = |key| html_escape::encode_text(&tr(locale, key)).into_owned();
            format!(
                "<section lang=\"{code}\"><h2>{title}</h2><p>{body}</p><p><a href=\"/{code}/\">{home}</a></p></section>",
                code = locale.code(),
                title = escape("error-500-title"),
                body = escape("error-500-body"),
                home = escape("error-back-home"),
            )
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>500</title></head><body><main>{sections}</main></body></html>",
        Locale::DEFAULT.code()
    );
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_page_speaks_every_language() {
        let response = internal_error_page(Box::new("boom"));
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 64 * 1024)
            .await
            .unwrap();
        let html = String::from_utf8(body.to_vec()).unwrap();
        for expected in [
            "<section lang=\"es\"><h2>Algo salió mal de nuestro lado</h2>",
            "<section lang=\"pt\"><h2>Algo deu errado do nosso lado</h2>",
            "<section lang=\"en\"><h2>Something went wrong on our side</h2>",
            "<section lang=\"fr\"><h2>Un problème est survenu de notre côté</h2>",
        ] {
            assert!(html.contains(expected), "{expected}");
        }
    }
}
