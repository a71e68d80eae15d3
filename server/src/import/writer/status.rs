//! What a service's status becomes when the catalogue is imported again over it.

use std::collections::HashSet;

use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};

use crate::db::entities::{audit_event, service};

/// The status a service already in the catalogue keeps when its record is imported again.
/// Drafts, reviews and archiving done in the panel are the editors' decisions: a re-import
/// updates the content but never publishes those again. The catalogue only publishes and
/// withdraws what it published itself.
pub(super) fn status_after_import(current: &str, imported: &str, archived_in_panel: bool) -> String {
    let kept = match current {
        "draft" | "in_review" => true,
        "archived" => archived_in_panel,
        _ => false,
    };
    if kept { current } else { imported }.to_owned()
}

/// Which of these archived services were archived through the panel (an audit row says so).
pub(super) async fn archived_in_panel<'a>(
    txn: &DatabaseTransaction,
    rows: impl Iterator<Item = &'a service::Model>,
) -> Result<HashSet<i32>, DbErr> {
    let archived: Vec<i32> = rows.filter(|r| r.status == "archived").map(|r| r.id).collect();
    if archived.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(audit_event::Entity::find()
        .filter(audit_event::Column::RecordKind.eq("service"))
        .filter(audit_event::Column::Action.eq("service.archive"))
        .filter(audit_event::Column::RecordId.is_in(archived))
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|event| event.record_id)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::status_after_import;

    #[test]
    fn statuses_set_in_the_panel_survive_a_re_import() {
        assert_eq!(status_after_import("draft", "published", false), "draft");
        assert_eq!(status_after_import("in_review", "published", false), "in_review");
        assert_eq!(status_after_import("archived", "published", true), "archived");
        assert_eq!(
            status_after_import("archived", "published", false),
            "published",
            "withdrawn by the source, back in the source"
        );
        assert_eq!(status_after_import("published", "archived", false), "archived");
    }
}
