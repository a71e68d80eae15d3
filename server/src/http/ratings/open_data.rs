//! `GET /api/v1/ratings` (JSON) and `GET /api/v1/ratings.csv`: every non-draft service that has
//! been rated or answered, with its totals and the prior of the Bayesian average. Counts only:
//! no single rating, comment or anything about a person is ever in them.

use app::locale::Locale;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::catalog::ratings::{self, OpenDataRow, PRIOR_MEAN, PRIOR_WEIGHT};
use crate::http::AppState;

/// Totals move with every rating; five minutes of shared caching is fresh enough for open data.
const CACHE: &str = "public, max-age=300";

#[derive(Deserialize)]
pub struct Params {
    lang: Option<String>,
}

async fn rows(state: &AppState, params: &Params) -> Result<Vec<OpenDataRow>, Response> {
    ratings::open_data(&state.db).await.map_err(|error| {
        tracing::error!(%error, "cannot read the ratings open data");
        let locale = params
            .lang
            .as_deref()
            .and_then(Locale::from_code)
            .unwrap_or(Locale::DEFAULT);
        let message = app::i18n::tr(locale, "error-503-body");
        (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "error": message }))).into_response()
    })
}

pub async fn json(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    let rows = match rows(&state, &params).await {
        Ok(rows) => rows,
        Err(response) => return response,
    };
    let body = json!({
        "prior": { "mean": PRIOR_MEAN, "weight": PRIOR_WEIGHT },
        "services": rows,
    });
    (
        [
            (header::CACHE_CONTROL, CACHE),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        Json(body),
    )
        .into_response()
}

/// One line per service, the header naming each column as the JSON does.
fn to_csv(rows: &[OpenDataRow]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "service",
        "ratings",
        "web_ratings",
        "sms_ratings",
        "average",
        "bayesian_average",
        "stars_1",
        "stars_2",
        "stars_3",
        "stars_4",
        "stars_5",
        "useful_yes",
        "useful_no",
    ])?;
    for row in rows {
        let mut record = vec![
            row.service.clone(),
            row.ratings.to_string(),
            row.web_ratings.to_string(),
            row.sms_ratings.to_string(),
            row.average.map(|a| a.to_string()).unwrap_or_default(),
            row.bayesian_average.to_string(),
        ];
        record.extend(row.stars.iter().map(u64::to_string));
        record.push(row.useful_yes.to_string());
        record.push(row.useful_no.to_string());
        writer.write_record(&record)?;
    }
    writer.into_inner().map_err(|error| error.into_error().into())
}

pub async fn csv(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    let rows = match rows(&state, &params).await {
        Ok(rows) => rows,
        Err(response) => return response,
    };
    match to_csv(&rows) {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CACHE_CONTROL, CACHE),
                (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
            ],
            body,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot write the ratings CSV");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_a_header_and_empty_average_before_any_rating() {
        let row = OpenDataRow {
            service: "passport".into(),
            ratings: 0,
            web_ratings: 0,
            sms_ratings: 0,
            average: None,
            bayesian_average: 3.5,
            stars: [0; 5],
            useful_yes: 2,
            useful_no: 1,
        };
        let text = String::from_utf8(to_csv(&[row]).unwrap()).unwrap();
        let mut lines = text.lines();
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("service,ratings,web_ratings,sms_ratings,average,")
        );
        assert_eq!(lines.next(), Some("passport,0,0,0,,3.5,0,0,0,0,0,2,1"));
    }
}
