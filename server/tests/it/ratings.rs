//! The ratings service on both databases: totals with both channels, the Bayesian average, one
//! rating per person under concurrency, replacing a rating, and every refusal storing nothing.

use std::sync::Arc;

use app::locale::Locale;
use app::ratings::Ratings;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use server::catalog::ratings::{
    RatingError, RatingForm, Recorded, SqlRatings, WebRater, bayesian_average, rate_by_phone, rate_on_web,
};
use server::db::entities::{account, service, service_rating, service_rating_total};

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;

pub const SERVICE: &str = "obter-autorizacao-de-residencia";
pub const OTHER: &str = "emitir-carteira-de-trabalho-digital";

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// A citizen (or staff) account, made directly: these tests are about ratings, not sign-in.
pub async fn person(db: &DatabaseConnection, kind: &str) -> WebRater {
    let row = account::ActiveModel {
        kind: Set(kind.to_owned()),
        user_handle: Set(uuid::Uuid::new_v4().to_string()),
        display_name: Set(None),
        email: Set(None),
        password_hash: Set(None),
        status: Set("active".to_owned()),
        failed_attempts: Set(0),
        locked_until: Set(None),
        created_at: Set(now()),
        last_sign_in_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    WebRater {
        account_id: row.id,
        staff: kind == "staff",
    }
}

pub async fn service_id(db: &DatabaseConnection, slug: &str) -> i32 {
    service::Entity::find()
        .filter(service::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}

fn form<'a>(service: &'a str, stars: &'a str, dimension: &'a str) -> RatingForm<'a> {
    RatingForm {
        service,
        stars,
        dimension,
    }
}

async fn totals(db: &DatabaseConnection, slug: &str) -> service_rating_total::Model {
    service_rating_total::Entity::find_by_id(service_id(db, slug).await)
        .one(db)
        .await
        .unwrap()
        .expect("a totals row")
}

async fn web_and_sms_ratings_make_the_totals(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = &app.db;
    for stars in ["5", "5", "4"] {
        let who = person(db, "citizen").await;
        let recorded = rate_on_web(db, Some(who), form(SERVICE, stars, ""), now()).await;
        assert_eq!(recorded.unwrap(), Recorded::New);
    }
    let id = service_id(db, SERVICE).await;
    assert_eq!(
        rate_by_phone(db, id, "phone-hash-1", 2, now()).await.unwrap(),
        Recorded::New
    );

    let row = totals(db, SERVICE).await;
    assert_eq!(
        (row.rating_count, row.web_count, row.sms_count),
        (4, 3, 1),
        "both channels, each counted"
    );
    assert_eq!(
        [row.stars_1, row.stars_2, row.stars_3, row.stars_4, row.stars_5],
        [0, 1, 0, 1, 2]
    );
    assert_eq!((row.stars_sum, row.average), (16, Some(4.0)));
    assert!((row.bayesian_average - bayesian_average(16, 4)).abs() < 1e-9);
    assert!(
        (row.bayesian_average - 51.0 / 14.0).abs() < 1e-9,
        "prior 3.5 × 10"
    );

    let ratings = SqlRatings::new(db.clone());
    let summary = ratings.summary(id, None).await.unwrap();
    assert_eq!((summary.count, summary.web_count, summary.sms_count), (4, 3, 1));
    assert_eq!(summary.distribution, [0, 1, 0, 1, 2]);
    assert_eq!((summary.average, summary.mine), (Some(4.0), None));
    let none = ratings.summary(service_id(db, OTHER).await, None).await.unwrap();
    assert_eq!((none.count, none.average), (0, None), "never rated");

    let slugs = [SERVICE, OTHER, "no-such-service"].map(str::to_owned);
    let briefs = ratings.briefs(&slugs).await.unwrap();
    assert_eq!(briefs.len(), 1, "unrated and unknown services are left out");
    assert_eq!((briefs[SERVICE].average, briefs[SERVICE].count), (4.0, 4));
}
on_both_backends!(totals_from_both_channels, web_and_sms_ratings_make_the_totals);

async fn a_new_rating_replaces_the_old_one(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = &app.db;
    let who = person(db, "citizen").await;
    let first = rate_on_web(db, Some(who), form(SERVICE, "2", ""), now()).await;
    assert_eq!(first.unwrap(), Recorded::New);
    let second = rate_on_web(db, Some(who), form(SERVICE, " 5 ", "ease"), now()).await;
    assert_eq!(second.unwrap(), Recorded::Replaced);

    let rows = service_rating::Entity::find().all(db).await.unwrap();
    assert_eq!(rows.len(), 1, "one rating per person per service");
    assert_eq!((rows[0].stars, rows[0].dimension.as_deref()), (5, Some("ease")));
    let row = totals(db, SERVICE).await;
    assert_eq!((row.rating_count, row.stars_2, row.stars_5), (1, 0, 1));
    assert_eq!(row.average, Some(5.0));

    // The same phone rating again by SMS replaces its SMS rating, apart from the web one.
    let id = service_id(db, SERVICE).await;
    rate_by_phone(db, id, "phone", 1, now()).await.unwrap();
    assert_eq!(
        rate_by_phone(db, id, "phone", 3, now()).await.unwrap(),
        Recorded::Replaced
    );
    let row = totals(db, SERVICE).await;
    assert_eq!(
        (row.rating_count, row.sms_count, row.stars_1, row.stars_3),
        (2, 1, 0, 1)
    );

    // Deleting the account keeps the rating, unlinked, and the totals unchanged.
    account::Entity::delete_by_id(who.account_id)
        .exec(db)
        .await
        .unwrap();
    let kept = service_rating::Entity::find().one(db).await.unwrap().unwrap();
    assert_eq!(kept.account_id, None);
    assert_eq!(totals(db, SERVICE).await.rating_count, 2);

    let ratings = SqlRatings::new(db.clone());
    assert_eq!(ratings.summary(id, None).await.unwrap().count, 2);
}
on_both_backends!(replace_on_change, a_new_rating_replaces_the_old_one);

async fn concurrent_ratings_keep_one_row_each_and_exact_totals(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = app.db.clone();
    let same = person(&db, "citizen").await;
    let mut others = Vec::new();
    for _ in 0..4 {
        others.push(person(&db, "citizen").await);
    }
    // The same person's form sent twice at once (a double click), and again with other stars,
    // while four others rate and two phones rate by SMS, all released together.
    let mut raters: Vec<(WebRater, &'static str)> = vec![(same, "4"), (same, "4"), (same, "3"), (same, "4")];
    raters.extend(others.iter().map(|who| (*who, "5")));
    let id = service_id(&db, SERVICE).await;
    let start = Arc::new(tokio::sync::Barrier::new(raters.len() + 2));
    let mut tasks = Vec::new();
    for (who, stars) in raters {
        let (db, start) = (db.clone(), Arc::clone(&start));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            rate_on_web(&db, Some(who), form(SERVICE, stars, ""), now())
                .await
                .map(|_| ())
        }));
    }
    for phone in ["p1", "p2"] {
        let (db, start) = (db.clone(), Arc::clone(&start));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            rate_by_phone(&db, id, phone, 1, now()).await.map(|_| ())
        }));
    }
    for task in tasks {
        task.await.unwrap().expect("every concurrent rating is recorded");
    }

    let mine = service_rating::Entity::find()
        .filter(service_rating::Column::AccountId.eq(same.account_id))
        .all(&db)
        .await
        .unwrap();
    assert_eq!(
        mine.len(),
        1,
        "exactly one row for the person who sent it four times"
    );
    assert!(mine[0].stars == 3 || mine[0].stars == 4);
    assert_eq!(count(&db, "service_ratings").await, 5);
    let row = totals(&db, SERVICE).await;
    assert_eq!(
        (
            row.rating_count,
            row.web_count,
            row.sms_count,
            row.stars_1,
            row.stars_5
        ),
        (7, 5, 2, 2, 4),
        "the totals count every committed rating exactly once"
    );
    assert_eq!(row.stars_sum, 2 + 20 + i32::from(mine[0].stars));
}
on_both_backends!(
    concurrent_ratings,
    concurrent_ratings_keep_one_row_each_and_exact_totals
);

async fn bad_input_is_refused_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = &app.db;
    let citizen = Some(person(db, "citizen").await);
    let staff = Some(person(db, "staff").await);
    let cases: Vec<(Option<WebRater>, RatingForm, &str)> = vec![
        (citizen, form("", "4", ""), "rating-error-no-service"),
        (citizen, form("   ", "4", ""), "rating-error-no-service"),
        (
            citizen,
            form("no-such-service", "4", ""),
            "rating-error-unknown-service",
        ),
        (None, form(SERVICE, "4", ""), "rating-error-signed-out"),
        (staff, form(SERVICE, "4", ""), "rating-error-staff"),
        (citizen, form(SERVICE, "0", ""), "rating-error-stars"),
        (citizen, form(SERVICE, "6", ""), "rating-error-stars"),
        (citizen, form(SERVICE, "five", ""), "rating-error-stars"),
        (citizen, form(SERVICE, "", ""), "rating-error-stars"),
        (citizen, form(SERVICE, "4.5", ""), "rating-error-stars"),
        (citizen, form(SERVICE, "4", "speed"), "rating-error-dimension"),
    ];
    for (who, input, key) in cases {
        let error = rate_on_web(db, who, input, now()).await.unwrap_err();
        assert_eq!(error.message_key(), key, "{input:?}");
        assert_ne!(app::i18n::tr(Locale::Fr, key), key, "{key} is translated");
    }

    // Archived services are no longer rated on the web; drafts do not exist for anyone.
    let set_status = |slug: &'static str, status: &'static str| async move {
        let row = service::Entity::find()
            .filter(service::Column::Slug.eq(slug))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let mut row: service::ActiveModel = row.into();
        row.status = Set(status.to_owned());
        row.update(db).await.unwrap();
    };
    set_status(SERVICE, "archived").await;
    let archived = rate_on_web(db, citizen, form(SERVICE, "4", ""), now()).await;
    assert!(matches!(archived, Err(RatingError::Archived)));
    set_status(OTHER, "draft").await;
    let draft = rate_on_web(db, citizen, form(OTHER, "4", ""), now()).await;
    assert!(matches!(draft, Err(RatingError::UnknownService)));

    let draft_id = service_id(db, OTHER).await;
    for (id, stars) in [(draft_id, 4), (service_id(db, SERVICE).await, 0), (999_999, 3)] {
        assert!(
            rate_by_phone(db, id, "phone", stars, now()).await.is_err(),
            "{id} {stars}"
        );
    }

    assert_eq!(count(db, "service_ratings").await, 0);
    assert_eq!(count(db, "sms_ratings").await, 0);
    assert_eq!(
        count(db, "service_rating_totals").await,
        0,
        "not even a totals row"
    );
}
on_both_backends!(bad_input_refused, bad_input_is_refused_and_nothing_is_stored);
