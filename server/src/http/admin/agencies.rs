//! The agency forms' posts: `POST /{lang}/admin/agencies/new` (platform administrators) and
//! `POST /{lang}/admin/agencies/{id}/edit`. Success answers 303 to the agency's form with a
//! notice; invalid fields render the form itself (422) with what was typed and each error
//! beside its field, nothing written. Unknown agencies and other agencies' are the same 404.

use std::collections::BTreeMap;

use app::admin::agencies::AgencyReturn;
use app::locale::Locale;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use chrono::Utc;

use super::agencies_view::form_of;
use super::form_post::{Posted, enter, enter_record, render, status_page};
use super::see_other;
use crate::editorial::agencies::{self, AgencyInput};
use crate::editorial::{Actor, EditorialError};
use crate::http::AppState;

fn input_of(posted: &Posted) -> AgencyInput {
    let field = |name: &str| posted.get(name).cloned().unwrap_or_default();
    let names: BTreeMap<Locale, String> = Locale::ALL
        .into_iter()
        .map(|l| (l, field(&format!("name.{}", l.code()))))
        .collect();
    AgencyInput {
        names,
        acronym: field("acronym"),
        slug: field("slug"),
        level: field("level"),
        jurisdiction: field("jurisdiction"),
        email: field("email"),
        phone: field("phone"),
        website: field("website"),
    }
}

/// The service layer's answer as a response: 303 on success, the form (422) on invalid
/// fields, 404 for refusals and unknown agencies.
async fn answer(
    state: &AppState,
    (locale, parts, actor): (Locale, Parts, &Actor),
    id: Option<i32>,
    input: &AgencyInput,
    result: Result<(i32, &str), EditorialError>,
) -> Response {
    let errors = match result {
        Ok((id, done)) => {
            return see_other(&format!(
                "/{}/admin/agencies/{id}/edit?done={done}#outcome",
                locale.code()
            ));
        }
        Err(EditorialError::Invalid(errors)) => errors,
        Err(EditorialError::Database(error)) => {
            tracing::error!(%error, "cannot save an agency");
            return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
        }
        Err(_) => return status_page(locale, StatusCode::NOT_FOUND),
    };
    let errors = errors.into_iter().map(|e| (e.field, e.key.to_owned())).collect();
    match form_of(&state.db, actor, id, input, errors).await {
        Ok(form) => render(state, parts, AgencyReturn::Form(Box::new(form))).await,
        Err(error) => {
            tracing::error!(%error, "cannot show the agency form");
            status_page(locale, StatusCode::SERVICE_UNAVAILABLE)
        }
    }
}

pub async fn create(State(state): State<AppState>, Path(lang): Path<String>, request: Request) -> Response {
    let (locale, parts, posted, actor) = match enter(&state, &lang, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    let input = input_of(&posted);
    let result = agencies::create(&state.db, &actor, &input, Utc::now()).await;
    let result = result.map(|id| (id, "admin-agencies-done-created"));
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
    let result = agencies::update(&state.db, &actor, id, &input, Utc::now()).await;
    let result = result.map(|()| (id, "admin-agencies-done-saved"));
    answer(&state, (locale, parts, &actor), Some(id), &input, result).await
}
