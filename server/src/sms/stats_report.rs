//! The SMS statistics over a period, for the staff page and its CSV: messages in and out per
//! day (counted from the message log), opt-outs and opt-ins per day, and the searches asked
//! most and those that most often found nothing (from the per-day counters of `stats.rs`).

use std::collections::HashMap;

use app::admin::{DateRange, QueryFigure, SmsDay, SmsStats};
use app::locale::Locale;
use chrono::{Duration, NaiveDate, NaiveTime};
use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement, Value};

/// Lines in each query table.
pub const TOP_QUERIES: usize = 20;

/// The UTC day of a timestamp column, as `YYYY-MM-DD` text on either database. SQLite keeps
/// timestamps as RFC 3339 text in UTC, so the day is its first ten characters.
fn day_of(backend: DatabaseBackend, column: &str) -> String {
    match backend {
        DatabaseBackend::Postgres => format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"),
        _ => format!("substr({column}, 1, 10)"),
    }
}

fn count(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

pub async fn report(db: &impl ConnectionTrait, range: DateRange) -> Result<SmsStats, DbErr> {
    let mut days: Vec<SmsDay> = range
        .days()
        .into_iter()
        .map(|day| SmsDay {
            day,
            ..SmsDay::default()
        })
        .collect();
    let index: HashMap<NaiveDate, usize> = days.iter().enumerate().map(|(i, d)| (d.day, i)).collect();
    for (day, direction, n) in messages(db, range).await? {
        if let Some(entry) = index.get(&day).and_then(|&i| days.get_mut(i)) {
            match direction.as_str() {
                "in" => entry.inbound += n,
                _ => entry.outbound += n,
            }
        }
    }
    for (day, event, n) in events(db, range).await? {
        if let Some(entry) = index.get(&day).and_then(|&i| days.get_mut(i)) {
            match event.as_str() {
                "opt_out" => entry.opt_outs += n,
                _ => entry.opt_ins += n,
            }
        }
    }
    Ok(SmsStats {
        range,
        days,
        top: queries(db, range, "searches").await?,
        zero: queries(db, range, "misses").await?,
    })
}

async fn messages(
    db: &impl ConnectionTrait,
    range: DateRange,
) -> Result<Vec<(NaiveDate, String, u64)>, DbErr> {
    let backend = db.get_database_backend();
    let start = range.from.and_time(NaiveTime::MIN).and_utc();
    let end = (range.to + Duration::days(1)).and_time(NaiveTime::MIN).and_utc();
    let day = day_of(backend, "created_at");
    let sql = format!(
        "SELECT {day} AS day, direction, COUNT(*) AS n FROM sms_messages \
         WHERE created_at >= $1 AND created_at < $2 GROUP BY {day}, direction"
    );
    let statement = Statement::from_sql_and_values(backend, sql, [Value::from(start), Value::from(end)]);
    let mut found = Vec::new();
    for row in db.query_all_raw(statement).await? {
        let day: String = row.try_get("", "day")?;
        if let Ok(day) = NaiveDate::parse_from_str(&day, "%Y-%m-%d") {
            found.push((day, row.try_get("", "direction")?, count(row.try_get("", "n")?)));
        }
    }
    Ok(found)
}

async fn events(db: &impl ConnectionTrait, range: DateRange) -> Result<Vec<(NaiveDate, String, u64)>, DbErr> {
    let statement = Statement::from_sql_and_values(
        db.get_database_backend(),
        "SELECT day, event, count FROM sms_event_days WHERE day >= $1 AND day <= $2",
        [Value::from(range.from), Value::from(range.to)],
    );
    let mut found = Vec::new();
    for row in db.query_all_raw(statement).await? {
        let n: i32 = row.try_get("", "count")?;
        found.push((
            row.try_get("", "day")?,
            row.try_get("", "event")?,
            count(i64::from(n)),
        ));
    }
    Ok(found)
}

/// The queries of the period ranked by `order` (`searches` or `misses`), those never counted
/// under it left out.
async fn queries(
    db: &impl ConnectionTrait,
    range: DateRange,
    order: &str,
) -> Result<Vec<QueryFigure>, DbErr> {
    let order = if order == "misses" { "misses" } else { "searches" };
    let sql = format!(
        "SELECT locale, query, SUM(searches) AS searches, SUM(misses) AS misses FROM sms_query_days \
         WHERE day >= $1 AND day <= $2 GROUP BY locale, query HAVING SUM({order}) > 0 \
         ORDER BY SUM({order}) DESC, query ASC LIMIT {TOP_QUERIES}"
    );
    let statement = Statement::from_sql_and_values(
        db.get_database_backend(),
        sql,
        [Value::from(range.from), Value::from(range.to)],
    );
    let mut found = Vec::new();
    for row in db.query_all_raw(statement).await? {
        let locale: String = row.try_get("", "locale")?;
        found.push(QueryFigure {
            query: row.try_get("", "query")?,
            locale: Locale::from_code(&locale).unwrap_or(Locale::DEFAULT),
            searches: count(row.try_get("", "searches")?),
            misses: count(row.try_get("", "misses")?),
        });
    }
    Ok(found)
}

/// The daily figures as CSV, one line a day, the header naming each column.
pub fn daily_csv(stats: &SmsStats) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["day", "messages_in", "messages_out", "opt_outs", "opt_ins"])?;
    for day in &stats.days {
        writer.write_record([
            day.day.format("%Y-%m-%d").to_string(),
            day.inbound.to_string(),
            day.outbound.to_string(),
            day.opt_outs.to_string(),
            day.opt_ins.to_string(),
        ])?;
    }
    writer.into_inner().map_err(|error| error.into_error().into())
}
