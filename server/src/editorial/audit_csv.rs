//! The audit log as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote
//! or line break). A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
//! leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
//! (OWASP, "CSV Injection").

use crate::db::entities::audit_event;

/// Column names of the export: stable identifiers, documented in `docs/admin.md`.
pub const HEADER: [&str; 8] = [
    "id",
    "occurred_at",
    "actor_account_id",
    "action",
    "record_kind",
    "record_id",
    "agency_id",
    "detail",
];

/// A cell as a spreadsheet will read it safely.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

fn line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|cell| quote(&neutralise(cell)))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn optional(value: Option<i32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The rows with a header line.
pub fn to_csv(rows: &[audit_event::Model]) -> String {
    let mut out = line(&HEADER.map(str::to_owned));
    for row in rows {
        out.push_str(&line(&[
            row.id.to_string(),
            row.occurred_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            optional(row.actor_account_id),
            row.action.clone(),
            row.record_kind.clone(),
            optional(row.record_id),
            optional(row.agency_id),
            row.detail.clone(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn row(detail: &str) -> audit_event::Model {
        audit_event::Model {
            id: 3,
            occurred_at: chrono::Utc
                .with_ymd_and_hms(2026, 11, 28, 9, 30, 0)
                .single()
                .unwrap(),
            actor_account_id: Some(12),
            action: "service.reject".to_owned(),
            record_kind: "service".to_owned(),
            record_id: Some(40),
            agency_id: None,
            detail: detail.to_owned(),
        }
    }

    #[test]
    fn fields_are_quoted_only_when_needed_and_quotes_doubled() {
        let csv = to_csv(&[row(r#"{"reason":"says "no", twice"}"#)]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "id,occurred_at,actor_account_id,action,record_kind,record_id,agency_id,detail"
        );
        assert_eq!(
            lines[1],
            r#"3,2026-11-28T09:30:00Z,12,service.reject,service,40,,"{""reason"":""says ""no"", twice""}""#
        );
        assert_eq!(lines[2], "", "every line ends with CRLF");
    }

    #[test]
    fn line_breaks_stay_inside_a_quoted_field() {
        let csv = to_csv(&[row("first\nsecond")]);
        assert!(csv.contains(",\"first\nsecond\"\r\n"));
    }

    #[test]
    fn formulas_are_neutralised_with_an_apostrophe() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"));
        }
        assert_eq!(neutralise("plain"), "plain");
        assert_eq!(neutralise(""), "");
        let csv = to_csv(&[row("=1+1")]);
        assert!(csv.ends_with(",'=1+1\r\n"), "{csv}");
    }
}
