//! The taxonomy forms' posts (platform administrators): `POST /{lang}/admin/taxonomy/new`,
//! `POST /{lang}/admin/taxonomy/{id}/edit` and `POST /{lang}/admin/taxonomy/{id}/delete`.
//! A save answers 303 to the term's form with a notice; invalid fields render the form itself
//! (422) with what was typed and each error beside its field, nothing written. A delete
//! answers 303 to the list, or to the form with the refusal when services use the term.
//! Anyone else, and unknown terms, get the same 404 (the refusal logged).

use std::collections::BTreeMap;

use app::admin::taxonomy::TaxonomyReturn;
use app::locale::Locale;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use chrono::Utc;

use super::form_post::{Posted, enter, enter_record, render, status_page};
use super::see_other;
use super::taxonomy_view::form_of;
use crate::editorial::taxonomy::{self, Deleted, TermInput};
use crate::editorial::{Actor, EditorialError};
use crate::http::AppState;

fn input_of(posted: &Posted) -> TermInput {
    let field = |name: &str| posted.get(name).cloned().unwrap_or_default();
    let per_language = |prefix: &str| -> BTreeMap<Locale, String> {
        Locale::ALL
            .into_iter()
            .map(|l| (l, field(&format!("{prefix}.{}", l.code()))))
            .collect()
    };
    TermInput {
        kind: field("kind"),
        slug: field("slug"),
        position: field("position"),
        labels: per_language("label"),
        descriptions: per_language("description"),
    }
}

fn term_href(locale: Locale, rest: &str) -> String {
    format!("/{}/admin/taxonomy{rest}", locale.code())
}

/// The service layer's answer as a response: 303 on success, the form (422) on invalid
/// fields, 404 for refusals and unknown terms.
async fn answer(
    state: &AppState,
    (locale, parts, actor): (Locale, Parts, &Actor),
    id: Option<i32>,
    input: &TermInput,
    result: Result<(i32, &str), EditorialError>,
) -> Response {
    let errors = match result {
        Ok((id, done)) => return see_other(&term_href(locale, &format!("/{id}/edit?done={done}#outcome"))),
        Err(EditorialError::Invalid(errors)) => errors,
        Err(EditorialError::Database(error)) => {
            tracing::error!(%error, "cannot save a taxonomy term");
            return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
        }
        Err(_) => return status_page(locale, StatusCode::NOT_FOUND),
    };
    // The delete section of an existing term's form says how many services use it.
    let services = match id {
        Some(id) => match taxonomy::open(&state.db, actor, id, Utc::now()).await {
            Ok(stored) => stored.services,
            Err(error) => {
                tracing::error!(%error, "cannot show the taxonomy form");
                return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
            }
        },
        None => 0,
    };
    let errors = errors.into_iter().map(|e| (e.field, e.key.to_owned())).collect();
    let form = form_of(id, input, services, errors);
    render(state, parts, TaxonomyReturn(Box::new(form))).await
}

pub async fn create(State(state): State<AppState>, Path(lang): Path<String>, request: Request) -> Response {
    let (locale, parts, posted, actor) = match enter(&state, &lang, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    let input = input_of(&posted);
    let result = taxonomy::create(&state.db, &actor, &input, Utc::now()).await;
    let result = result.map(|id| (id, "admin-taxonomy-done-created"));
    answer(&state, (locale, parts, &actor), None, &input, result).await
}

pub async fn update(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (locale, parts, posted, actor, id) = match enter_record(&state, &lang, &id, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    let input = input_of(&posted);
    let result = taxonomy::update(&state.db, &actor, id, &input, Utc::now()).await;
    let result = result.map(|()| (id, "admin-taxonomy-done-saved"));
    answer(&state, (locale, parts, &actor), Some(id), &input, result).await
}

pub async fn delete(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (locale, _, _, actor, id) = match enter_record(&state, &lang, &id, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    match taxonomy::delete(&state.db, &actor, id, Utc::now()).await {
        Ok(Deleted::Done) => see_other(&term_href(locale, "?done=admin-taxonomy-done-deleted#outcome")),
        // The form shows the refusal with the number of services using the term.
        Ok(Deleted::InUse(_)) => see_other(&term_href(
            locale,
            &format!("/{id}/edit?error=admin-taxonomy-error-in-use#outcome"),
        )),
        Err(EditorialError::Database(error)) => {
            tracing::error!(%error, "cannot delete a taxonomy term");
            status_page(locale, StatusCode::SERVICE_UNAVAILABLE)
        }
        Err(_) => status_page(locale, StatusCode::NOT_FOUND),
    }
}
