//! A service's workflow page and its versions page, read through the editorial service layer
//! (`versions::open`, `history`, `compare`, `workflow::last_rejection`, `quality::check`), which
//! decides access. Which steps to offer is `editorial::may` with the step's starting status;
//! the forms' handlers check everything again.

use std::collections::HashMap;

use app::admin::editorial::{
    ChangeLine, Comparison, DeskActions, IssueLine, ReadabilityLine, ServiceDesk, ServiceHead, VersionLine,
    VersionsView,
};
use app::catalog::CatalogError;
use app::locale::Locale;
use app::model::Text;
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::Value;

use super::editorial_view::{found, unavailable};
use crate::db::entities::{account, service};
use crate::editorial::quality::{self, Issue, Severity};
use crate::editorial::verification::is_due;
use crate::editorial::{Action, Actor, ServiceSnapshot, Status, may, versions, workflow};

/// The service's name in the reader's language, else in its main language.
fn name_of(snapshot: &ServiceSnapshot, locale: Locale) -> Option<Text> {
    if let Some(name) = snapshot.text("name", locale.code()) {
        return Some(Text::new(name, locale, false));
    }
    let main = Locale::from_code(&snapshot.main_locale)?;
    snapshot
        .text("name", main.code())
        .map(|name| Text::new(name, main, main != locale))
}

fn issue_line(issue: &Issue) -> IssueLine {
    IssueLine {
        key: issue.key.to_owned(),
        field: issue.field.clone(),
        locale: issue.locale.and_then(Locale::from_code),
    }
}

async fn row(db: &DatabaseConnection, id: i32) -> Result<Option<service::Model>, CatalogError> {
    service::Entity::find_by_id(id).one(db).await.map_err(unavailable)
}

pub(super) async fn desk(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    id: i32,
) -> Result<Option<ServiceDesk>, CatalogError> {
    let now = Utc::now();
    let Some(editable) = found(versions::open(db, actor, id, now).await)? else {
        return Ok(None);
    };
    let Some(row) = row(db, id).await? else {
        return Ok(None);
    };
    let status = editable.status;
    let last_rejection = if status == Status::Draft {
        found(workflow::last_rejection(db, actor, id, now).await)?.flatten()
    } else {
        None
    };
    let report = quality::check(&editable.version.snapshot);
    let allowed = |action: Action| may(&actor.grants, action, row.agency_id);
    let actions = DeskActions {
        submit: status == Status::Draft && allowed(Action::SubmitForReview),
        reject: status == Status::InReview && allowed(Action::Reject),
        publish: (status == Status::InReview || (status == Status::Published && editable.pending))
            && allowed(Action::Publish),
        archive: status == Status::Published && allowed(Action::Archive),
        verify: status != Status::Archived && allowed(Action::ConfirmVerified),
        restore: allowed(Action::Restore),
    };
    let by = |severity: Severity| {
        report
            .issues
            .iter()
            .filter(|issue| issue.severity == severity)
            .map(issue_line)
            .collect::<Vec<_>>()
    };
    Ok(Some(ServiceDesk {
        head: ServiceHead {
            id,
            slug: row.slug.clone(),
            name: name_of(&editable.version.snapshot, locale),
            status: status.code().to_owned(),
            version: editable.version.number,
        },
        pending: editable.pending,
        last_verified: row.last_verified_on,
        verification_due: is_due(row.last_verified_on, now.date_naive()),
        last_rejection,
        blocking: by(Severity::Blocking),
        warnings: by(Severity::Warning),
        readability: report
            .readability
            .iter()
            .filter_map(|r| {
                Some(ReadabilityLine {
                    locale: Locale::from_code(r.locale)?,
                    score: r.score,
                    hardest: r.hardest.iter().map(|s| (s.text.clone(), s.score)).collect(),
                })
            })
            .collect(),
        actions,
    }))
}

fn shown(value: Option<Value>) -> Option<String> {
    value.map(|value| match value {
        Value::String(text) => text,
        other => other.to_string(),
    })
}

pub(super) async fn versions(
    db: &DatabaseConnection,
    locale: Locale,
    actor: &Actor,
    id: i32,
    compare: Option<(i32, i32)>,
) -> Result<Option<VersionsView>, CatalogError> {
    let now = Utc::now();
    let Some(editable) = found(versions::open(db, actor, id, now).await)? else {
        return Ok(None);
    };
    let Some(history) = found(versions::history(db, actor, id, now).await)? else {
        return Ok(None);
    };
    let Some(row) = row(db, id).await? else {
        return Ok(None);
    };
    let comparison = match compare {
        Some((from, to)) => match found(versions::compare(db, actor, id, from, to, now).await)? {
            Some(changes) => Some(Comparison {
                from,
                to,
                changes: changes
                    .into_iter()
                    .map(|c| ChangeLine {
                        path: c.path,
                        before: shown(c.before),
                        after: shown(c.after),
                    })
                    .collect(),
            }),
            // Versions that do not exist: nothing to compare.
            None => return Ok(None),
        },
        None => None,
    };
    let mut authors: Vec<i32> = history.iter().filter_map(|v| v.author).collect();
    authors.sort_unstable();
    authors.dedup();
    let people: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(authors))
        .all(db)
        .await
        .map_err(unavailable)?
        .into_iter()
        .map(|a| (a.id, a.display_name.unwrap_or_else(|| format!("#{}", a.id))))
        .collect();
    // Citizens see the newest version that went live, while the service is public.
    let live = editable
        .status
        .is_public()
        .then(|| {
            history
                .iter()
                .filter(|v| v.published_at.is_some())
                .map(|v| v.number)
                .max()
        })
        .flatten();
    Ok(Some(VersionsView {
        head: ServiceHead {
            id,
            slug: row.slug.clone(),
            name: name_of(&editable.version.snapshot, locale),
            status: editable.status.code().to_owned(),
            version: editable.version.number,
        },
        versions: history
            .into_iter()
            .map(|v| VersionLine {
                number: v.number,
                author: v.author.and_then(|a| people.get(&a).cloned()),
                created_at: v.created_at,
                note: v.note,
                live: live == Some(v.number),
            })
            .collect(),
        may_restore: may(&actor.grants, Action::Restore, row.agency_id),
        comparison,
    }))
}
