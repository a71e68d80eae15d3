//! What the editorial functions refuse, each with the i18n key the admin pages show
//! (`locales/*/editorial.ftl`). Database details are logged by the caller, never shown.

use serde::Serialize;

use super::quality::Issue;
use super::snapshot::ServiceSnapshot;
use super::versions::Version;

/// One invalid field: a path into the snapshot (`texts.name.es`, `channels.2.url`) and the
/// message key saying what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub key: &'static str,
}

impl FieldError {
    pub fn new(field: impl Into<String>, key: &'static str) -> Self {
        Self {
            field: field.into(),
            key,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EditorialError {
    /// No such service, or one in an agency the actor has no role in: the same answer for
    /// both, so ids of other agencies' drafts are not confirmed.
    #[error("not found")]
    NotFound,
    /// The actor works in the service's agency but their role does not allow this action.
    #[error("not allowed")]
    Forbidden,
    /// Someone saved since the actor loaded the service: both versions, nothing lost.
    #[error("version conflict")]
    Conflict {
        current: Box<Version>,
        yours: Box<ServiceSnapshot>,
    },
    #[error("invalid fields: {0:?}")]
    Invalid(Vec<FieldError>),
    /// Quality checks found issues that must be fixed before publishing.
    #[error("blocked by {} quality issues", .0.len())]
    Blocked(Vec<Issue>),
    /// The action does not apply to a service in this state (publishing a draft not reviewed).
    #[error("not possible from status {0:?}")]
    WrongStatus(super::Status),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

impl EditorialError {
    /// A write refused by a unique index on `slug`: two people chose the same address at
    /// once, and the second hears it as the field error `taken` (a message key).
    pub fn slug_race(error: sea_orm::DbErr, taken: &'static str) -> Self {
        match error.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                EditorialError::Invalid(vec![FieldError::new("slug", taken)])
            }
            _ => EditorialError::Database(error),
        }
    }

    /// The message key the admin pages show for this error.
    pub fn key(&self) -> &'static str {
        match self {
            EditorialError::NotFound => "editorial-error-not-found",
            EditorialError::Forbidden => "editorial-error-forbidden",
            EditorialError::Conflict { .. } => "editorial-error-conflict",
            EditorialError::Invalid(_) => "editorial-error-invalid",
            EditorialError::Blocked(_) => "editorial-error-blocked",
            EditorialError::WrongStatus(_) => "editorial-error-wrong-status",
            EditorialError::Database(_) => "editorial-error-unavailable",
        }
    }
}

impl From<serde_json::Error> for EditorialError {
    /// A stored snapshot that no longer parses is a storage fault, reported like one.
    fn from(error: serde_json::Error) -> Self {
        EditorialError::Database(sea_orm::DbErr::Json(error.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use app::i18n::tr_args;
    use app::locale::Locale;

    use super::*;
    use crate::editorial::Status;
    use crate::editorial::audit::AuditAction;

    /// Every key this module hands to the pages, in every language.
    #[test]
    fn every_message_key_is_translated_in_every_locale() {
        let errors = [
            EditorialError::NotFound,
            EditorialError::Forbidden,
            EditorialError::Invalid(Vec::new()),
            EditorialError::Blocked(Vec::new()),
            EditorialError::WrongStatus(Status::Draft),
            EditorialError::Database(sea_orm::DbErr::Custom(String::new())),
        ];
        let mut keys: Vec<String> = errors.iter().map(|e| e.key().to_owned()).collect();
        keys.push("editorial-error-conflict".to_owned());
        keys.extend(
            [
                "required",
                "too-long",
                "unknown-locale",
                "unknown-value",
                "invalid-url",
                "invalid-email",
                "invalid-hours",
                "invalid-reference",
                "invalid-amount",
                "invalid-currency",
                "invalid-replacement",
                "invalid-slug",
                "slug-taken",
            ]
            .map(|k| format!("editorial-field-{k}")),
        );
        keys.extend(
            [
                "missing-name",
                "missing-summary",
                "no-steps",
                "no-channels",
                "no-online-channel",
                "missing-translation",
                "readability",
                "hardest-sentences",
            ]
            .map(|k| format!("editorial-quality-{k}")),
        );
        keys.extend(Status::ALL.map(|s| format!("editorial-status-{}", s.code())));
        let actions = [
            AuditAction::ServiceCreated,
            AuditAction::ServiceSaved,
            AuditAction::ServiceSubmitted,
            AuditAction::ServiceRejected,
            AuditAction::ServicePublished,
            AuditAction::ServiceArchived,
            AuditAction::ServiceRestored,
            AuditAction::ServiceVerified,
            AuditAction::AuthorizationDenied,
            AuditAction::StaffSignedIn,
            AuditAction::RoleGranted,
            AuditAction::RoleRevoked,
        ];
        keys.extend(actions.map(|a| format!("editorial-audit-{}", a.code().replace('.', "-"))));
        for locale in Locale::ALL {
            for key in &keys {
                // Arguments some messages take; the others ignore them.
                let args = [("language", "English".into()), ("score", 61.into())];
                let text = tr_args(locale, key, &args);
                assert!(
                    !text.is_empty() && !text.contains(key.as_str()),
                    "{key} in {locale:?}: {text}"
                );
            }
        }
    }
}
