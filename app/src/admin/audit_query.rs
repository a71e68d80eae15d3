//! The audit log's filters, read from the query string the same way by the page and its CSV
//! download: actor, action, agency, record (a service id), a day range (both days included)
//! and the page. Anything unreadable is an error the page shows with status 400.

use chrono::NaiveDate;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub actor: Option<i32>,
    pub action: Option<String>,
    pub agency: Option<i32>,
    /// A service id.
    pub record: Option<i32>,
    pub from: Option<NaiveDate>,
    /// Included.
    pub to: Option<NaiveDate>,
    /// From 1.
    pub page: u64,
}

/// The parameters as typed, before reading them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditParams {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub agency: Option<String>,
    pub record: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub page: Option<String>,
}

fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

fn number(text: &Option<String>) -> Result<Option<i32>, &'static str> {
    given(text)
        .map(|t| t.parse::<i32>().map_err(|_| "admin-audit-error-number"))
        .transpose()
}

fn day(text: &Option<String>) -> Result<Option<NaiveDate>, &'static str> {
    given(text)
        .map(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| "admin-audit-error-date"))
        .transpose()
}

impl AuditParams {
    /// The filters, or the message key saying what is wrong.
    pub fn read(&self) -> Result<AuditQuery, &'static str> {
        let from = day(&self.from)?;
        let to = day(&self.to)?;
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err("admin-audit-error-reversed");
        }
        let action = given(&self.action).map(str::to_owned);
        // Action codes are short lower-case words with dots and underscores.
        if action.as_deref().is_some_and(|a| {
            a.len() > 40 || !a.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_')
        }) {
            return Err("admin-audit-error-action");
        }
        Ok(AuditQuery {
            actor: number(&self.actor)?,
            action,
            agency: number(&self.agency)?,
            record: number(&self.record)?,
            from,
            to,
            page: given(&self.page)
                .and_then(|p| p.parse::<u64>().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        })
    }
}

impl AuditQuery {
    /// The query string of these filters (without the page), for links and the CSV download.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        let mut push = |name: &str, value: Option<String>| {
            if let Some(value) = value {
                parts.push(format!("{name}={}", crate::components::encode(&value)));
            }
        };
        push("actor", self.actor.map(|v| v.to_string()));
        push("action", self.action.clone());
        push("agency", self.agency.map(|v| v.to_string()));
        push("record", self.record.map(|v| v.to_string()));
        push("from", self.from.map(|d| d.format("%Y-%m-%d").to_string()));
        push("to", self.to.map(|d| d.format("%Y-%m-%d").to_string()));
        parts.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(from: &str, to: &str) -> AuditParams {
        AuditParams {
            from: Some(from.to_owned()),
            to: Some(to.to_owned()),
            ..Default::default()
        }
    }

    #[test]
    fn dates_are_read_or_refused() {
        let query = params("2026-01-01", "2026-01-31").read().unwrap();
        assert_eq!(query.from, NaiveDate::from_ymd_opt(2026, 1, 1));
        assert_eq!(query.page, 1);
        assert_eq!(params("2026-13-01", "").read(), Err("admin-audit-error-date"));
        assert_eq!(
            params("2026-02-01", "2026-01-01").read(),
            Err("admin-audit-error-reversed")
        );
        assert_eq!(query.to_query(), "from=2026-01-01&to=2026-01-31");
    }

    #[test]
    fn numbers_and_actions_are_checked() {
        let bad = AuditParams {
            actor: Some("x".to_owned()),
            ..Default::default()
        };
        assert_eq!(bad.read(), Err("admin-audit-error-number"));
        let bad = AuditParams {
            action: Some("<script>".to_owned()),
            ..Default::default()
        };
        assert_eq!(bad.read(), Err("admin-audit-error-action"));
    }
}
