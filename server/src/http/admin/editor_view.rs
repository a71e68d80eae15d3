//! The editor's pages' data over the editorial service layer: a section of the newest version
//! as a form with its content tabs (each language's translation status), the "new service"
//! form with the agencies the member may create in, and errors put beside their fields.

use std::collections::HashMap;

use app::admin::editor::{ContentTab, EditorView, FieldGroup, NewServiceView, Problem, Section, field_id};
use app::admin::editorial::{AgencyChoice, ServiceHead};
use app::catalog::CatalogError;
use app::locale::Locale;
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::editor_choices::choices;
use super::editor_form::{Posted, groups};
use super::editorial_view::{found, names, unavailable};
use crate::catalog::OwnerKind;
use crate::db::entities::{agency, service, translation};
use crate::editorial::versions::{self, Editable};
use crate::editorial::{Action, Actor, ServiceSnapshot, may};

/// The service's name in the reader's language, else in its main language.
pub(super) fn head(row: &service::Model, editable: &Editable, locale: Locale) -> ServiceHead {
    let snapshot = &editable.version.snapshot;
    let main = Locale::from_code(&snapshot.main_locale).unwrap_or(locale);
    let name = snapshot
        .text("name", locale.code())
        .map(|n| app::model::Text::new(n, locale, false))
        .or_else(|| {
            snapshot
                .text("name", main.code())
                .map(|n| app::model::Text::new(n, main, main != locale))
        });
    ServiceHead {
        id: row.id,
        slug: row.slug.clone(),
        name,
        status: editable.status.code().to_owned(),
        version: editable.version.number,
    }
}

/// How complete each language's texts are, against the main language's: `original` for the
/// main language, `missing` (with how many) when a text of it is absent, else the weakest
/// stored status (`outdated`, `machine`) or `complete`.
pub(super) async fn tabs(
    db: &DatabaseConnection,
    id: i32,
    snapshot: &ServiceSnapshot,
    main: Locale,
) -> Result<Vec<ContentTab>, CatalogError> {
    let stored: Vec<translation::Model> = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Service.code()))
        .filter(translation::Column::OwnerId.eq(id))
        .all(db)
        .await
        .map_err(unavailable)?;
    Ok(Locale::ALL
        .into_iter()
        .map(|locale| {
            let missing = if locale == main {
                0
            } else {
                missing(snapshot, main, locale)
            };
            let status = if locale == main {
                "original"
            } else if missing > 0 {
                "missing"
            } else {
                let of = |s: &str| stored.iter().any(|t| t.locale == locale.code() && t.status == s);
                if of("outdated") {
                    "outdated"
                } else if of("machine") {
                    "machine"
                } else {
                    "complete"
                }
            };
            ContentTab {
                locale,
                status: status.to_owned(),
                missing,
            }
        })
        .collect())
}

/// Texts the main language has and `locale` lacks, over the service and every part of it.
fn missing(s: &ServiceSnapshot, main: Locale, locale: Locale) -> usize {
    let owners = std::iter::once(&s.texts)
        .chain(&s.steps)
        .chain(&s.conditions)
        .chain(s.documents.iter().map(|p| &p.texts))
        .chain(s.costs.iter().map(|p| &p.texts))
        .chain(s.channels.iter().map(|p| &p.texts));
    let has = |by: &std::collections::BTreeMap<String, String>, l: Locale| {
        by.get(l.code()).is_some_and(|v| !v.trim().is_empty())
    };
    owners
        .flat_map(|texts| texts.values())
        .filter(|by| has(by, main) && !has(by, locale))
        .count()
}

/// Puts each error beside the first field it names (or a field inside it: an hours row), and
/// lists them all for the summary.
pub(super) fn place_errors(groups: &mut [FieldGroup], errors: &[(String, String)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (path, key) in errors {
        let mut label = None;
        let mut anchor = path.clone();
        let matches = |name: &str| name == path || name.starts_with(&format!("{path}."));
        'find: for group in groups.iter_mut() {
            let fields = group
                .fields
                .iter_mut()
                .chain(group.rows.iter_mut().flat_map(|r| r.fields.iter_mut()));
            for field in fields {
                if matches(&field.name) {
                    if field.error.is_none() {
                        field.error = Some(key.clone());
                    }
                    label = Some(field.label.clone());
                    anchor = field.name.clone();
                    break 'find;
                }
            }
        }
        problems.push(Problem {
            field: field_id(&anchor),
            key: key.clone(),
            label,
        });
    }
    problems
}

/// Shows what the editor typed rather than what was read from it ("abc" for a number).
pub(super) fn keep_typed(groups: &mut [FieldGroup], posted: &Posted) {
    for group in groups.iter_mut() {
        let fields = group
            .fields
            .iter_mut()
            .chain(group.rows.iter_mut().flat_map(|r| r.fields.iter_mut()));
        for field in fields {
            if field.kind.is_checkbox() {
                field.value = if posted.contains_key(&field.name) {
                    "true".to_owned()
                } else {
                    String::new()
                };
            } else if let Some(value) = posted.get(&field.name) {
                field.value = value.clone();
            }
        }
    }
}

/// A section of `snapshot` as a form, for the service `row` opened as `editable`.
pub(super) async fn view_of(
    db: &DatabaseConnection,
    locale: Locale,
    row: &service::Model,
    editable: &Editable,
    snapshot: &ServiceSnapshot,
    section: Section,
    content: Option<Locale>,
) -> Result<EditorView, CatalogError> {
    let main = Locale::from_code(&snapshot.main_locale).unwrap_or(Locale::DEFAULT);
    let content = content.unwrap_or(main);
    let choices = choices(db, locale, section, snapshot)
        .await
        .map_err(unavailable)?;
    let (groups, add) = groups(section, snapshot, content, &choices);
    Ok(EditorView {
        head: head(row, editable, locale),
        section,
        content,
        main_locale: main,
        tabs: tabs(db, row.id, snapshot, main).await?,
        version: editable.version.number,
        groups,
        add,
        problems: Vec::new(),
        conflict: None,
        status: 200,
    })
}

/// The newest version's section, or `None` when the member may not edit this service.
pub(super) async fn editor(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    id: i32,
    section: Section,
    content: Option<Locale>,
) -> Result<Option<EditorView>, CatalogError> {
    let Some((row, editable)) = open(db, actor, id).await? else {
        return Ok(None);
    };
    let snapshot = editable.version.snapshot.clone();
    view_of(db, locale, &row, &editable, &snapshot, section, content)
        .await
        .map(Some)
}

/// The service and its newest version, when the member may edit it.
pub(super) async fn open(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<Option<(service::Model, Editable)>, CatalogError> {
    let Some(editable) = found(versions::open(db, actor, id, Utc::now()).await)? else {
        return Ok(None);
    };
    let row = service::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(unavailable)?;
    Ok(row
        .filter(|row| may(&actor.grants, Action::EditDraft, row.agency_id))
        .map(|row| (row, editable)))
}

/// The agencies `actor` may create services in, with their names in `locale`.
pub(super) async fn creatable(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
) -> Result<Vec<AgencyChoice>, CatalogError> {
    let rows = agency::Entity::find()
        .order_by_asc(agency::Column::Id)
        .all(db)
        .await
        .map_err(unavailable)?;
    let ids: Vec<i32> = rows
        .iter()
        .map(|a| a.id)
        .filter(|id| may(&actor.grants, Action::CreateDraft, *id))
        .collect();
    let mut labels: HashMap<i32, app::model::Text> = names(db, locale, OwnerKind::Agency.code(), &ids)
        .await
        .map_err(unavailable)?;
    let mut choices: Vec<AgencyChoice> = rows
        .into_iter()
        .filter(|a| ids.contains(&a.id))
        .map(|a| AgencyChoice {
            id: a.id,
            name: labels
                .remove(&a.id)
                .unwrap_or_else(|| app::model::Text::new(a.slug, locale, false)),
        })
        .collect();
    choices.sort_by(|a, b| a.name.value.cmp(&b.name.value));
    Ok(choices)
}

pub(super) async fn new_service(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
) -> Result<Option<NewServiceView>, CatalogError> {
    let agencies = creatable(db, locale, actor).await?;
    if agencies.is_empty() {
        return Ok(None);
    }
    Ok(Some(NewServiceView {
        agency: agencies.first().map(|a| a.id),
        agencies,
        slug: String::new(),
        name: String::new(),
        summary: String::new(),
        main_locale: locale,
        problems: Vec::new(),
        status: 200,
    }))
}
