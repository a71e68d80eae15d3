//! The service editor's form posts: `POST /{lang}/admin/services/new` (a draft in one of the
//! member's agencies) and `POST /{lang}/admin/services/{id}/edit` (one section, with the
//! version it was opened from). A save goes through `editorial::versions::save`, which checks
//! access, validates and locks; success answers 303 back to the section. Anything else renders
//! the page itself, with what was typed: 422 with the errors beside their fields, 409 with both
//! versions when someone saved first, and 200 after adding or removing a row (nothing saved).

use app::admin::editor::{Conflict, NewServiceView, Problem, Returned, Section, field_id};
use app::admin::editorial::ChangeLine;
use app::locale::Locale;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use chrono::Utc;
use serde_json::Value;

use super::editor_choices::find_places;
use super::editor_form_lists::found_places;
use super::editor_parse::{apply, form_path};
use super::editor_rows::{change_rows, without_blank_rows};
use super::editor_view::{creatable, keep_typed, open, place_errors, view_of};
use super::form_post::{Posted, enter, enter_record, render, status_page};
use super::see_other;
use crate::editorial::diff::diff;
use crate::editorial::snapshot::ServiceSnapshot;
use crate::editorial::versions::{self, Save};
use crate::editorial::{Actor, EditorialError, drafts};
use crate::http::AppState;

fn shown(value: Option<Value>) -> Option<String> {
    value.map(|value| match value {
        Value::String(text) => text,
        other => other.to_string(),
    })
}

pub async fn save(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (locale, parts, posted, actor, id) = match enter_record(&state, &lang, &id, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    let db = &state.db;
    let (row, editable) = match open(db, &actor, id).await {
        Ok(Some(found)) => found,
        Ok(None) => return status_page(locale, StatusCode::NOT_FOUND),
        Err(_) => return status_page(locale, StatusCode::SERVICE_UNAVAILABLE),
    };
    let field = |name: &str| posted.get(name).map(String::as_str).unwrap_or_default();
    let section = Section::from_code(field("section")).unwrap_or(Section::General);
    let content = Locale::from_code(field("content"));
    let lang_of_content = content.unwrap_or_else(|| {
        Locale::from_code(&editable.version.snapshot.main_locale).unwrap_or(Locale::DEFAULT)
    });
    // The page always sends the version it showed: without one, it is stale.
    let expected = field("version").trim().parse::<i32>().unwrap_or(0);
    let (mut applied, unreadable) = apply(section, &editable.version.snapshot, lang_of_content, &posted);

    if let Some(action) = posted.get("row") {
        change_rows(section, &mut applied, action);
        let found = if section == Section::Places && action == "find" {
            match find_places(db, field("place_query"), &applied.jurisdictions).await {
                Ok(found) => Some(found),
                Err(error) => {
                    tracing::error!(%error, "cannot find places");
                    return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
                }
            }
        } else {
            None
        };
        return match view_of(db, locale, &row, &editable, &applied, section, content).await {
            Ok(mut view) => {
                view.version = expected;
                // The search stays in its box, and what it found follows it, unchecked.
                if let Some(found) = found {
                    keep_typed(&mut view.groups, &posted);
                    view.groups.push(found_places(found));
                }
                render(&state, parts, Returned::Editor(Box::new(view))).await
            }
            Err(_) => status_page(locale, StatusCode::SERVICE_UNAVAILABLE),
        };
    }
    let errors: Vec<(String, String)> = if unreadable.is_empty() {
        let save = Save {
            expected_version: expected,
            snapshot: without_blank_rows(applied.clone()),
            note: None,
        };
        match versions::save(db, &actor, id, save, Utc::now()).await {
            Ok(_) => {
                let location = format!(
                    "/{}/admin/services/{id}/edit?section={}&content={}&done=admin-editor-done-saved#outcome",
                    locale.code(),
                    section.code(),
                    lang_of_content.code()
                );
                return see_other(&location);
            }
            Err(EditorialError::Invalid(errors)) => errors
                .into_iter()
                .map(|e| (form_path(&applied, &e.field), e.key.to_owned()))
                .collect(),
            Err(EditorialError::Conflict { current, yours }) => {
                let context = (&actor, id, section, content);
                return conflict(&state, (locale, parts, &posted), context, *current, *yours).await;
            }
            Err(EditorialError::NotFound | EditorialError::Forbidden) => {
                return status_page(locale, StatusCode::NOT_FOUND);
            }
            Err(error) => {
                tracing::error!(%error, "cannot save a service");
                return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
            }
        }
    } else {
        unreadable.into_iter().map(|(f, k)| (f, k.to_owned())).collect()
    };
    match view_of(db, locale, &row, &editable, &applied, section, content).await {
        Ok(mut view) => {
            keep_typed(&mut view.groups, &posted);
            view.problems = place_errors(&mut view.groups, &errors);
            view.version = expected;
            view.status = 422;
            render(&state, parts, Returned::Editor(Box::new(view))).await
        }
        Err(_) => status_page(locale, StatusCode::SERVICE_UNAVAILABLE),
    }
}

/// Someone saved first: the form again with what this editor sent, now on the newest
/// version, and what differs between the two.
async fn conflict(
    state: &AppState,
    (locale, parts, posted): (Locale, Parts, &Posted),
    (actor, id, section, content): (&Actor, i32, Section, Option<Locale>),
    current: versions::Version,
    yours: ServiceSnapshot,
) -> Response {
    let db = &state.db;
    let (row, editable) = match open(db, actor, id).await {
        Ok(Some(found)) => found,
        Ok(None) => return status_page(locale, StatusCode::NOT_FOUND),
        Err(_) => return status_page(locale, StatusCode::SERVICE_UNAVAILABLE),
    };
    let changes = diff(&current.snapshot, &yours.normalized())
        .into_iter()
        .map(|c| ChangeLine {
            path: c.path,
            before: shown(c.before),
            after: shown(c.after),
        })
        .collect();
    match view_of(db, locale, &row, &editable, &yours, section, content).await {
        Ok(mut view) => {
            keep_typed(&mut view.groups, posted);
            view.version = current.number;
            view.status = 409;
            view.conflict = Some(Conflict {
                current_version: current.number,
                changes,
            });
            render(state, parts, Returned::Editor(Box::new(view))).await
        }
        Err(_) => status_page(locale, StatusCode::SERVICE_UNAVAILABLE),
    }
}

pub async fn create(State(state): State<AppState>, Path(lang): Path<String>, request: Request) -> Response {
    let (locale, parts, posted, actor) = match enter(&state, &lang, request).await {
        Ok(entered) => entered,
        Err(response) => return response,
    };
    let db = &state.db;
    let agencies = match creatable(db, locale, &actor).await {
        Ok(agencies) if !agencies.is_empty() => agencies,
        Ok(_) => return status_page(locale, StatusCode::NOT_FOUND),
        Err(_) => return status_page(locale, StatusCode::SERVICE_UNAVAILABLE),
    };
    let field = |name: &str| posted.get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
    let agency = field("agency").parse::<i32>().ok();
    let main = Locale::from_code(&field("main_locale"));
    let mut form = NewServiceView {
        agency,
        agencies: agencies.clone(),
        slug: field("slug"),
        name: field("name"),
        summary: field("summary"),
        main_locale: main.unwrap_or(locale),
        problems: Vec::new(),
        status: 422,
    };
    let mut errors: Vec<(&str, String)> = Vec::new();
    if !agency.is_some_and(|a| agencies.iter().any(|c| c.id == a)) {
        errors.push(("agency", "editorial-field-unknown-value".to_owned()));
    }
    if main.is_none() {
        errors.push(("main_locale", "editorial-field-unknown-locale".to_owned()));
    }
    for name in ["name", "summary"] {
        if field(name).is_empty() {
            errors.push((name, "editorial-field-required".to_owned()));
        }
    }
    if errors.is_empty()
        && let (Some(agency), Some(main)) = (agency, main)
    {
        let mut snapshot = ServiceSnapshot {
            main_locale: main.code().to_owned(),
            level: "national".to_owned(),
            cost_kind: "unknown".to_owned(),
            ..Default::default()
        };
        for name in ["name", "summary"] {
            snapshot
                .texts
                .entry(name.to_owned())
                .or_default()
                .insert(main.code().to_owned(), field(name));
        }
        match drafts::create_draft(db, &actor, agency, &form.slug, &snapshot, Utc::now()).await {
            Ok(id) => {
                return see_other(&format!(
                    "/{}/admin/services/{id}/edit?done=admin-editor-done-created#outcome",
                    locale.code()
                ));
            }
            Err(EditorialError::Invalid(found)) => {
                for error in found {
                    let name = match error.field.as_str() {
                        f if f.starts_with("texts.name") => "name",
                        f if f.starts_with("texts.summary") => "summary",
                        "slug" => "slug",
                        _ => "agency",
                    };
                    errors.push((name, error.key.to_owned()));
                }
            }
            Err(EditorialError::NotFound | EditorialError::Forbidden) => {
                return status_page(locale, StatusCode::NOT_FOUND);
            }
            Err(error) => {
                tracing::error!(%error, "cannot create a service");
                return status_page(locale, StatusCode::SERVICE_UNAVAILABLE);
            }
        }
    }
    form.problems = errors
        .into_iter()
        .map(|(name, key)| Problem {
            field: field_id(name),
            key,
            label: Some(format!("admin-editor-new-{}", name.replace('_', "-"))),
        })
        .collect();
    render(&state, parts, Returned::New(Box::new(form))).await
}
