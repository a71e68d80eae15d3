//! The import and export forms of an agency: `POST /{lang}/admin/agencies/{agency}/import`
//! (multipart: `format` and one or more `file`s) stores the upload and answers 303 to its dry
//! run; `POST …/import/{upload}` (`valid_only`) imports it and answers 303 to the summary; `GET
//! /{lang}/admin/agencies/{agency}/services.csv` downloads the agency's services. Access is
//! decided before the body is read: signed out → the staff sign-in; another agency → the same
//! 404 as an unknown address (and an `authorization.denied` row). Bad input renders the page
//! again with the error (422); a file over the limit → 413 (`http/body_size.rs`).

use app::admin::imports::{ImportFormat, ImportNotice, MAX_UPLOAD_BYTES};
use app::locale::Locale;
use axum::Extension;
use axum::extract::multipart::MultipartError;
use axum::extract::{Form, FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;

use super::form_post::{render, status_page};
use super::import_store::{self, cli_format};
use super::import_view::{counts, importer_of};
use super::{Needs, gate, see_other};
use crate::auth::accounts::Current;
use crate::editorial::imports::{self, Mode};
use crate::editorial::{Actor, EditorialError, services_csv};
use crate::http::AppState;
use crate::http::ratings::pages;
use crate::import::{Batch, UploadedFile, read_upload};

fn import_path(locale: Locale, agency: i32, rest: &str) -> String {
    format!("/{}/admin/agencies/{agency}/import{rest}", locale.code())
}

/// The member and the agency, when they may import there; or the response to send instead.
async fn admit(
    state: &AppState,
    lang: &str,
    agency: &str,
    current: Option<&Current>,
) -> Result<(Locale, Actor, i32), Response> {
    let Some(locale) = Locale::from_code(lang) else {
        return Err(pages::unknown_language());
    };
    let member = gate(state, locale, current, Needs::AnyStaff).await?;
    let Ok(agency) = agency.parse::<i32>() else {
        return Err(status_page(locale, StatusCode::NOT_FOUND));
    };
    match importer_of(&state.db, member, agency).await {
        Ok(Some(actor)) => Ok((locale, actor, agency)),
        Ok(None) => Err(status_page(locale, StatusCode::NOT_FOUND)),
        Err(_) => Err(status_page(locale, StatusCode::SERVICE_UNAVAILABLE)),
    }
}

/// The form's fields; a body over the limit is the 413 the size layer words.
async fn read_form(mut form: Multipart) -> Result<(Option<ImportFormat>, Vec<UploadedFile>), StatusCode> {
    let too_large = |e: MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            StatusCode::BAD_REQUEST
        }
    };
    let mut format = None;
    let mut files = Vec::new();
    let mut total = 0;
    while let Some(mut field) = form.next_field().await.map_err(too_large)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "format" => {
                format = ImportFormat::from_code(field.text().await.map_err(too_large)?.trim());
            }
            "file" => {
                let name = field.file_name().unwrap_or_default().to_owned();
                // Counted as it streams: the files' limit is met before the body's.
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(too_large)? {
                    total += chunk.len();
                    if total > MAX_UPLOAD_BYTES {
                        return Err(StatusCode::PAYLOAD_TOO_LARGE);
                    }
                    bytes.extend_from_slice(&chunk);
                }
                // A file input left empty still sends a part, without a name or bytes.
                if !(name.is_empty() && bytes.is_empty()) {
                    files.push(UploadedFile { name, bytes });
                }
            }
            _ => {}
        }
    }
    Ok((format, files))
}

pub async fn upload(
    State(state): State<AppState>,
    Path((lang, agency)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let current = parts.extensions.get::<Current>().cloned();
    let (locale, actor, agency) = match admit(&state, &lang, &agency, current.as_ref()).await {
        Ok(admitted) => admitted,
        Err(refusal) => return refusal,
    };
    let request = Request::from_parts(parts.clone(), body);
    let Ok(form) = Multipart::from_request(request, &state).await else {
        return status_page(locale, StatusCode::BAD_REQUEST);
    };
    let (format, files) = match read_form(form).await {
        Ok(read) => read,
        Err(status) => return status_page(locale, status),
    };
    let error = match (format, files.is_empty()) {
        (None, _) => Some("admin-import-error-format"),
        (Some(_), true) => Some("admin-import-error-no-file"),
        _ => None,
    };
    let (Some(format), None) = (format, error) else {
        let notice = ImportNotice {
            error: error.unwrap_or("admin-import-error-format"),
            format,
        };
        return render(&state, parts, notice).await;
    };
    match import_store::save(&state.db, actor.account_id, agency, format, &files, Utc::now()).await {
        Ok(id) => see_other(&import_path(locale, agency, &format!("/{id}"))),
        Err(error) => {
            tracing::error!(%error, "cannot store an import upload");
            status_page(locale, StatusCode::SERVICE_UNAVAILABLE)
        }
    }
}

#[derive(Deserialize, Default)]
pub struct Confirm {
    #[serde(default)]
    valid_only: Option<String>,
}

pub async fn confirm(
    State(state): State<AppState>,
    Path((lang, agency, upload)): Path<(String, String, String)>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let current = parts.extensions.get::<Current>().cloned();
    let (locale, actor, agency) = match admit(&state, &lang, &agency, current.as_ref()).await {
        Ok(admitted) => admitted,
        Err(refusal) => return refusal,
    };
    let form = Request::from_parts(parts.clone(), body);
    let valid_only = Form::<Confirm>::from_request(form, &state)
        .await
        .map(|Form(c)| c.valid_only.is_some())
        .unwrap_or(false);
    let review = see_other(&import_path(locale, agency, &format!("/{upload}")));
    let (db, now) = (&state.db, Utc::now());
    let stored = match import_store::load(db, &upload, actor.account_id, agency, now).await {
        Ok(Some(stored)) if stored.done.is_none() => stored,
        // Gone, or imported already: the page says which.
        Ok(_) => return review,
        Err(error) => return unavailable(locale, error),
    };
    match import_store::claim(db, &upload, now).await {
        Ok(true) => {}
        Ok(false) => return review,
        Err(error) => return unavailable(locale, error),
    }
    let (batch, problems) = read_upload(cli_format(stored.format), &stored.files)
        .unwrap_or_else(|problems| (Batch::default(), problems));
    let mode = Mode::Write { valid_only };
    let ran = imports::run(db, &actor, agency, &batch, &problems, mode, &upload, now).await;
    let outcome = match ran {
        Ok(outcome) if outcome.written => outcome,
        other => {
            if let Err(error) = import_store::release(db, &upload).await {
                return unavailable(locale, error);
            }
            return match other {
                Ok(_) => {
                    let notice = ImportNotice {
                        error: "admin-import-error-invalid-rows",
                        format: Some(stored.format),
                    };
                    render(&state, parts, notice).await
                }
                Err(EditorialError::NotFound | EditorialError::Forbidden) => {
                    status_page(locale, StatusCode::NOT_FOUND)
                }
                Err(error) => unavailable(locale, error),
            };
        }
    };
    if let Err(error) = import_store::finish(db, &upload, &counts(&outcome)).await {
        return unavailable(locale, error);
    }
    see_other(&import_path(locale, agency, &format!("/{upload}?done=1#outcome")))
}

fn unavailable(locale: Locale, error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "cannot run an import");
    status_page(locale, StatusCode::SERVICE_UNAVAILABLE)
}

/// `GET /{lang}/admin/agencies/{agency}/services.csv`.
pub async fn export(
    State(state): State<AppState>,
    Path((lang, agency)): Path<(String, String)>,
    current: Option<Extension<Current>>,
) -> Response {
    let Some(locale) = Locale::from_code(&lang) else {
        return pages::unknown_language();
    };
    let current = current.map(|Extension(current)| current);
    let actor = match gate(&state, locale, current.as_ref(), Needs::AnyStaff).await {
        Ok(member) => member,
        Err(refusal) => return refusal,
    };
    let Ok(agency) = agency.parse::<i32>() else {
        return status_page(locale, StatusCode::NOT_FOUND);
    };
    match services_csv::export(&state.db, &actor, agency, Utc::now()).await {
        Ok(csv) => {
            let name = format!("attachment; filename=\"services-{agency}.csv\"");
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                    (header::CONTENT_DISPOSITION, name),
                ],
                csv,
            )
                .into_response()
        }
        Err(EditorialError::NotFound | EditorialError::Forbidden) => {
            status_page(locale, StatusCode::NOT_FOUND)
        }
        Err(error) => unavailable(locale, error),
    }
}
