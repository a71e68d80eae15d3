//! Importing a file into one agency from the admin panel. The records the CLI importers read
//! become editorial versions, so the workflow's review still applies: a new service is a draft
//! (version 1); a service already in the agency gets a new version — its content replaced while
//! a draft, sent back to draft while in review (as any save), and waiting as a pending version
//! while published or archived, its status untouched. Everything lands in the chosen agency,
//! whatever agency the file names.
//!
//! A dry run and a real run take the same path inside one transaction; the dry run, and a real
//! run with invalid rows when the editor did not choose to import the valid ones, roll it back.

mod write;

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;

use super::access::{Action, authorize_agency};
use super::audit::{self, AuditAction, NewEvent, RecordKind};
use super::{Actor, EditorialError, Status};
use crate::import::reasons::{Reason, localize};
use crate::import::{Batch, Problem};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Shows what would happen; writes nothing.
    DryRun,
    /// Writes, unless a row is invalid and `valid_only` is not chosen.
    Write { valid_only: bool },
}

/// What an import does to one service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// A new draft, version 1.
    Created,
    /// A draft's content replaced by a new version.
    DraftUpdated,
    /// A service in review gets a new version and goes back to draft, as a save does.
    BackToDraft,
    /// A published or archived service gets a pending version; citizens see no change until
    /// a publisher publishes it.
    PendingVersion,
    Unchanged,
}

/// A record the import writes (or would write).
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    pub service_id: Option<i32>,
    /// The record's identifier in the file.
    pub record: String,
    pub slug: String,
    pub name: String,
    pub effect: Effect,
    /// Changed fields, named as in the version comparison (`texts.name`, `steps`).
    pub fields: Vec<String>,
}

/// A record refused, with every reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    pub file: String,
    pub record: String,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub planned: Vec<Planned>,
    pub rejected: Vec<Rejection>,
    /// Whether the transaction was committed.
    pub written: bool,
}

impl Outcome {
    pub fn count(&self, effect: Effect) -> usize {
        self.planned.iter().filter(|p| p.effect == effect).count()
    }

    /// Services that get a new version (created ones aside).
    pub fn changed(&self) -> usize {
        self.planned
            .iter()
            .filter(|p| !matches!(p.effect, Effect::Created | Effect::Unchanged))
            .count()
    }
}

/// The problems of the importer, one rejection per record.
fn rejections(problems: &[Problem]) -> Vec<Rejection> {
    let mut found: Vec<Rejection> = Vec::new();
    for problem in problems {
        let reason = localize(&problem.reason);
        match found
            .iter_mut()
            .find(|r| r.file == problem.file && r.record == problem.record)
        {
            Some(rejection) => rejection.reasons.push(reason),
            None => found.push(Rejection {
                file: problem.file.clone(),
                record: problem.record.clone(),
                reasons: vec![reason],
            }),
        }
    }
    found
}

/// Imports `batch` into `agency`. `problems` are the importer's refusals, shown as rejected
/// rows; `label` names this import in the audit log (the upload's id).
#[allow(clippy::too_many_arguments)]
pub async fn run(
    db: &DatabaseConnection,
    actor: &Actor,
    agency: i32,
    batch: &Batch,
    problems: &[Problem],
    mode: Mode,
    label: &str,
    now: DateTime<Utc>,
) -> Result<Outcome, EditorialError> {
    authorize_agency(db, actor, Action::ImportServices, agency, now).await?;
    let mut outcome = Outcome {
        rejected: rejections(problems),
        ..Default::default()
    };
    let txn = db.begin().await?;
    let references = crate::import::references(&txn, batch, now).await?;
    let context = write::Context {
        actor,
        agency,
        label,
        references: &references,
        now,
    };
    for record in &batch.services {
        match write::one(&txn, &context, record).await? {
            Ok(planned) => outcome.planned.push(planned),
            Err(rejection) => outcome.rejected.push(rejection),
        }
    }
    let commit = match mode {
        Mode::DryRun => false,
        Mode::Write { valid_only } => outcome.rejected.is_empty() || valid_only,
    };
    if !commit {
        txn.rollback().await?;
        return Ok(outcome);
    }
    let event = NewEvent {
        actor: Some(actor.account_id),
        action: AuditAction::ImportCompleted,
        record_kind: RecordKind::Agency,
        record_id: Some(agency),
        agency: Some(agency),
        detail: json!({
            "import": label,
            "created": outcome.count(Effect::Created),
            "changed": outcome.changed(),
            "unchanged": outcome.count(Effect::Unchanged),
            "rejected": outcome.rejected.len(),
        }),
    };
    audit::record(&txn, event, now).await?;
    txn.commit().await?;
    outcome.written = true;
    Ok(outcome)
}

/// The effect of a new version on a service in `status`.
fn effect_on(status: Status) -> Effect {
    match status {
        Status::Draft => Effect::DraftUpdated,
        Status::InReview => Effect::BackToDraft,
        Status::Published | Status::Archived => Effect::PendingVersion,
    }
}
