//! The import pages' data ([`app::admin::imports::Imports`]): access decided by the editorial
//! layer (`authorize_agency`, which logs refusals), the stored upload read back for its owner,
//! and its dry run: the importers read it, `editorial::imports::run` plans it in a transaction
//! that is rolled back.

use app::admin::StaffPass;
use app::admin::imports::{
    DryRun, ImportCounts, ImportForm, ImportReview, Imports, PlannedLine, ReasonLine, RejectedLine,
    ReviewState,
};
use app::catalog::CatalogError;
use app::locale::Locale;
use chrono::Utc;
use sea_orm::{DatabaseConnection, EntityTrait};

use super::editorial_view::{actor, found, names, unavailable};
use super::import_store::{self, cli_format};
use crate::db::entities::agency;
use crate::editorial::access::authorize_agency;
use crate::editorial::imports::{self, Effect, Mode, Outcome};
use crate::editorial::{Action, Actor, EditorialError};
use crate::import::{Batch, read_upload};

pub struct SqlImports {
    db: DatabaseConnection,
}

impl SqlImports {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

/// The member, if they may import into `agency` (a refusal is logged); unknown agencies are
/// refused like other agencies.
async fn importer(
    db: &DatabaseConnection,
    pass: &StaffPass,
    agency_id: i32,
) -> Result<Option<Actor>, CatalogError> {
    importer_of(db, actor(db, pass).await?, agency_id).await
}

/// The same check for a member the form posts found.
pub(super) async fn importer_of(
    db: &DatabaseConnection,
    member: Actor,
    agency_id: i32,
) -> Result<Option<Actor>, CatalogError> {
    let allowed = authorize_agency(db, &member, Action::ImportServices, agency_id, Utc::now()).await;
    if found(allowed)?.is_none() {
        return Ok(None);
    }
    let exists = agency::Entity::find_by_id(agency_id)
        .one(db)
        .await
        .map_err(unavailable)?;
    Ok(exists.map(|_| member))
}

/// `villa-001 (line 4)` → (`villa-001`, 4); `line 7` → 7; `header` → line 1; `id 9` → `9`.
pub(super) fn locate(record: &str) -> (String, Option<u64>) {
    let record = record.trim();
    if record == "header" {
        return (String::new(), Some(1));
    }
    if let Some(line) = record.strip_prefix("line ") {
        return (String::new(), line.trim().parse().ok());
    }
    if let Some((id, rest)) = record.rsplit_once(" (line ")
        && let Ok(line) = rest.trim_end_matches(')').parse()
    {
        let id = if id == "-" { "" } else { id };
        return (id.to_owned(), Some(line));
    }
    let id = record
        .strip_prefix("dbId ")
        .or_else(|| record.strip_prefix("id "))
        .unwrap_or(record)
        .trim_matches('"');
    (if id == "-" { "" } else { id }.to_owned(), None)
}

fn effect_code(effect: Effect) -> &'static str {
    match effect {
        Effect::Created => "created",
        Effect::DraftUpdated => "draft_updated",
        Effect::BackToDraft => "back_to_draft",
        Effect::PendingVersion => "pending_version",
        Effect::Unchanged => "unchanged",
    }
}

pub(super) fn counts(outcome: &Outcome) -> ImportCounts {
    ImportCounts {
        created: outcome.count(Effect::Created) as u64,
        changed: outcome.changed() as u64,
        unchanged: outcome.count(Effect::Unchanged) as u64,
        rejected: outcome.rejected.len() as u64,
    }
}

fn dry_run(
    upload: &str,
    format: app::admin::imports::ImportFormat,
    files: Vec<String>,
    outcome: Outcome,
) -> DryRun {
    let counts = counts(&outcome);
    let planned = outcome
        .planned
        .into_iter()
        .map(|p| PlannedLine {
            record: p.record,
            slug: p.slug,
            name: p.name,
            effect: effect_code(p.effect).to_owned(),
            fields: p.fields,
        })
        .collect();
    let rejected = outcome
        .rejected
        .into_iter()
        .map(|r| {
            let (record, line) = locate(&r.record);
            RejectedLine {
                file: if r.file == "-" { String::new() } else { r.file },
                record,
                line,
                reasons: r
                    .reasons
                    .into_iter()
                    .map(|reason| ReasonLine {
                        key: reason.key.to_owned(),
                        field: reason.field,
                        detail: reason.detail,
                    })
                    .collect(),
            }
        })
        .collect();
    DryRun {
        upload: upload.to_owned(),
        format,
        files,
        counts,
        planned,
        rejected,
    }
}

/// Reads the upload with the importers and plans it: nothing is written.
pub(super) async fn plan(
    db: &DatabaseConnection,
    member: &Actor,
    agency_id: i32,
    id: &str,
    upload: import_store::Upload,
) -> Result<DryRun, EditorialError> {
    let (batch, problems) = match read_upload(cli_format(upload.format), &upload.files) {
        Ok(read) => read,
        Err(problems) => (Batch::default(), problems),
    };
    let outcome = imports::run(
        db,
        member,
        agency_id,
        &batch,
        &problems,
        Mode::DryRun,
        id,
        Utc::now(),
    )
    .await?;
    let files = upload.files.into_iter().map(|f| f.name).collect();
    Ok(dry_run(id, upload.format, files, outcome))
}

#[async_trait::async_trait]
impl Imports for SqlImports {
    async fn import_form(
        &self,
        locale: Locale,
        pass: &StaffPass,
        agency_id: i32,
    ) -> Result<Option<ImportForm>, CatalogError> {
        if importer(&self.db, pass, agency_id).await?.is_none() {
            return Ok(None);
        }
        let mut named = names(&self.db, locale, "agency", &[agency_id])
            .await
            .map_err(unavailable)?;
        Ok(Some(ImportForm {
            agency_id,
            agency_name: named.remove(&agency_id),
        }))
    }

    async fn review(
        &self,
        locale: Locale,
        pass: &StaffPass,
        agency_id: i32,
        upload: &str,
    ) -> Result<Option<ImportReview>, CatalogError> {
        let Some(member) = importer(&self.db, pass, agency_id).await? else {
            return Ok(None);
        };
        let mut named = names(&self.db, locale, "agency", &[agency_id])
            .await
            .map_err(unavailable)?;
        let stored = import_store::load(&self.db, upload, pass.account_id, agency_id, Utc::now())
            .await
            .map_err(unavailable)?;
        let state = match stored {
            None => ReviewState::Gone,
            Some(stored) => match stored.done.clone() {
                Some(counts) => ReviewState::Done(counts),
                None => match found(plan(&self.db, &member, agency_id, upload, stored).await)? {
                    Some(run) => ReviewState::Ready(run),
                    None => return Ok(None),
                },
            },
        };
        Ok(Some(ImportReview {
            agency_id,
            agency_name: named.remove(&agency_id),
            state,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    #[test]
    fn records_are_located() {
        assert_eq!(locate("villa-001 (line 4)"), ("villa-001".into(), Some(4)));
        assert_eq!(locate("- (line 12)"), (String::new(), Some(12)));
        assert_eq!(locate("line 7"), (String::new(), Some(7)));
        assert_eq!(locate("header"), (String::new(), Some(1)));
        assert_eq!(locate("id 9"), ("9".into(), None));
        assert_eq!(locate("dbId 123"), ("123".into(), None));
        assert_eq!(locate("-"), (String::new(), None));
    }
}
