//! The figures of the public performance pages, for the whole catalogue or one agency: ratings
//! (from the per-service totals, and per month from the ratings themselves, web and SMS),
//! "useful" answers, published comments against their answer target, and the share of
//! services that can be completed online. Drafts never count.

use app::catalog::CatalogError;
use app::performance::{MonthFigures, Performance, PerformanceReport, TREND_MONTHS};
use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryResult, Statement, Value,
};

use crate::db::entities::agency;

pub struct SqlPerformance {
    db: DatabaseConnection,
}

impl SqlPerformance {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

#[async_trait::async_trait]
impl Performance for SqlPerformance {
    async fn report(
        &self,
        agency: Option<&str>,
        today: NaiveDate,
    ) -> Result<Option<PerformanceReport>, CatalogError> {
        report(&self.db, agency, today, Utc::now())
            .await
            .map_err(|error| {
                tracing::error!(%error, "cannot read the performance figures");
                CatalogError::Unavailable
            })
    }
}

/// Services in scope, as a condition on `s` (the services table), with its parameter.
struct Scope {
    condition: String,
    values: Vec<Value>,
}

fn scope(agency_id: Option<i32>, first_param: usize) -> Scope {
    match agency_id {
        Some(id) => Scope {
            condition: format!("s.status IN ('published', 'archived') AND s.agency_id = ${first_param}"),
            values: vec![Value::from(id)],
        },
        None => Scope {
            condition: "s.status IN ('published', 'archived')".to_owned(),
            values: Vec::new(),
        },
    }
}

fn month_of(backend: DatabaseBackend, column: &str) -> String {
    match backend {
        DatabaseBackend::Postgres => format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')"),
        _ => format!("substr({column}, 1, 7)"),
    }
}

fn n(row: &QueryResult, column: &str) -> Result<u64, DbErr> {
    let value: Option<i64> = row.try_get("", column)?;
    Ok(value.map_or(0, |v| u64::try_from(v).unwrap_or(0)))
}

async fn one(db: &impl ConnectionTrait, sql: String, values: Vec<Value>) -> Result<QueryResult, DbErr> {
    db.query_one_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        sql,
        values,
    ))
    .await?
    .ok_or_else(|| DbErr::RecordNotFound("aggregate row".to_owned()))
}

pub async fn report(
    db: &impl ConnectionTrait,
    agency_slug: Option<&str>,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Option<PerformanceReport>, DbErr> {
    let agency_id = match agency_slug {
        Some(slug) => match agency::Entity::find()
            .filter(agency::Column::Slug.eq(slug))
            .one(db)
            .await?
        {
            Some(found) => Some(found.id),
            None => return Ok(None),
        },
        None => None,
    };
    let mut report = PerformanceReport::default();
    totals(db, agency_id, &mut report).await?;
    report.months = months(db, agency_id, today).await?;
    comments(db, agency_id, now, &mut report).await?;
    services(db, agency_id, &mut report).await?;
    Ok(Some(report))
}

async fn totals(
    db: &impl ConnectionTrait,
    agency_id: Option<i32>,
    report: &mut PerformanceReport,
) -> Result<(), DbErr> {
    let scope = scope(agency_id, 1);
    let row = one(
        db,
        format!(
            "SELECT SUM(t.rating_count) AS ratings, SUM(t.stars_sum) AS stars_sum, \
             SUM(t.stars_1) AS s1, SUM(t.stars_2) AS s2, SUM(t.stars_3) AS s3, SUM(t.stars_4) AS s4, \
             SUM(t.stars_5) AS s5, SUM(t.useful_yes) AS yes, SUM(t.useful_no) AS no \
             FROM service_rating_totals t JOIN services s ON s.id = t.service_id WHERE {}",
            scope.condition
        ),
        scope.values,
    )
    .await?;
    report.ratings = n(&row, "ratings")?;
    let sum = n(&row, "stars_sum")?;
    report.average = (report.ratings > 0).then(|| sum as f64 / report.ratings as f64);
    for (slot, column) in report.stars.iter_mut().zip(["s1", "s2", "s3", "s4", "s5"]) {
        *slot = n(&row, column)?;
    }
    report.useful_yes = n(&row, "yes")?;
    report.useful_no = n(&row, "no")?;
    Ok(())
}

/// The first day of each month of the trend, oldest first.
pub fn trend_months(today: NaiveDate) -> Vec<NaiveDate> {
    let current = today.with_day(1).unwrap_or(today);
    (0..TREND_MONTHS)
        .rev()
        .filter_map(|back| current.checked_sub_months(Months::new(back)))
        .collect()
}

async fn months(
    db: &impl ConnectionTrait,
    agency_id: Option<i32>,
    today: NaiveDate,
) -> Result<Vec<MonthFigures>, DbErr> {
    let trend = trend_months(today);
    let start = trend
        .first()
        .copied()
        .unwrap_or(today)
        .and_time(NaiveTime::MIN)
        .and_utc();
    let scope = scope(agency_id, 2);
    let backend = db.get_database_backend();
    let part = |table: &str| {
        format!(
            "SELECT {} AS month, r.stars AS stars FROM {table} r JOIN services s ON s.id = r.service_id \
             WHERE r.updated_at >= $1 AND {}",
            month_of(backend, "r.updated_at"),
            scope.condition
        )
    };
    let sql = format!(
        "SELECT month, COUNT(*) AS ratings, SUM(stars) AS stars FROM ({} UNION ALL {}) x GROUP BY month",
        part("service_ratings"),
        part("sms_ratings")
    );
    let mut values = vec![Value::from(start)];
    values.extend(scope.values.clone());
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    let mut figures: Vec<MonthFigures> = trend
        .into_iter()
        .map(|month| MonthFigures {
            month,
            ratings: 0,
            average: None,
        })
        .collect();
    for row in rows {
        let month: String = row.try_get("", "month")?;
        let ratings = n(&row, "ratings")?;
        let stars = n(&row, "stars")?;
        if let Some(figure) = figures
            .iter_mut()
            .find(|f| f.month.format("%Y-%m").to_string() == month)
        {
            figure.ratings = ratings;
            figure.average = (ratings > 0).then(|| stars as f64 / ratings as f64);
        }
    }
    Ok(figures)
}

async fn comments(
    db: &impl ConnectionTrait,
    agency_id: Option<i32>,
    now: DateTime<Utc>,
    report: &mut PerformanceReport,
) -> Result<(), DbErr> {
    let scope = scope(agency_id, 2);
    let answered = "c.first_answer_at IS NOT NULL";
    let row = one(
        db,
        format!(
            "SELECT COUNT(*) AS total, \
             SUM(CASE WHEN {answered} AND (c.answer_due_at IS NULL OR c.first_answer_at <= c.answer_due_at) THEN 1 ELSE 0 END) AS on_time, \
             SUM(CASE WHEN {answered} AND c.first_answer_at > c.answer_due_at THEN 1 ELSE 0 END) AS late, \
             SUM(CASE WHEN c.first_answer_at IS NULL AND c.answer_due_at < $1 THEN 1 ELSE 0 END) AS overdue \
             FROM service_comments c JOIN services s ON s.id = c.service_id \
             WHERE c.status = 'published' AND {}",
            scope.condition
        ),
        [vec![Value::from(now)], scope.values].concat(),
    )
    .await?;
    report.comments = n(&row, "total")?;
    report.answered_on_time = n(&row, "on_time")?;
    report.answered_late = n(&row, "late")?;
    report.overdue = n(&row, "overdue")?;
    report.awaiting = report
        .comments
        .saturating_sub(report.answered_on_time + report.answered_late + report.overdue);
    Ok(())
}

async fn services(
    db: &impl ConnectionTrait,
    agency_id: Option<i32>,
    report: &mut PerformanceReport,
) -> Result<(), DbErr> {
    let scope = scope(agency_id, 1);
    let row = one(
        db,
        format!(
            "SELECT COUNT(*) AS total, SUM(CASE WHEN s.fully_online THEN 1 ELSE 0 END) AS online \
             FROM services s WHERE s.status = 'published' AND {}",
            scope.condition
        ),
        scope.values,
    )
    .await?;
    report.services = n(&row, "total")?;
    report.services_online = n(&row, "online")?;
    Ok(())
}

/// The figures as CSV, one line per figure: `figure,period,value` (`all` for the whole period,
/// `YYYY-MM` for a month of the trend); an average with no rating is left empty.
pub fn to_csv(report: &PerformanceReport) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["figure", "period", "value"])?;
    let mut line =
        |figure: &str, period: &str, value: String| writer.write_record([figure, period, value.as_str()]);
    let average = |a: Option<f64>| a.map(|a| format!("{a:.2}")).unwrap_or_default();
    line("ratings", "all", report.ratings.to_string())?;
    line("average", "all", average(report.average))?;
    for (stars, count) in report.stars.iter().enumerate() {
        line(&format!("stars_{}", stars + 1), "all", count.to_string())?;
    }
    line("useful_yes", "all", report.useful_yes.to_string())?;
    line("useful_no", "all", report.useful_no.to_string())?;
    line("comments_published", "all", report.comments.to_string())?;
    line(
        "comments_answered_on_time",
        "all",
        report.answered_on_time.to_string(),
    )?;
    line("comments_answered_late", "all", report.answered_late.to_string())?;
    line("comments_overdue", "all", report.overdue.to_string())?;
    line("comments_awaiting_answer", "all", report.awaiting.to_string())?;
    line("services", "all", report.services.to_string())?;
    line("services_fully_online", "all", report.services_online.to_string())?;
    for month in &report.months {
        let period = month.month.format("%Y-%m").to_string();
        line("ratings", &period, month.ratings.to_string())?;
        line("average", &period, average(month.average))?;
    }
    writer.into_inner().map_err(|error| error.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trend_ends_in_the_current_month() {
        let months = trend_months(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
        assert_eq!(months[11], NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
    }
}
