//! The public performance pages: figures computed from ratings (web and SMS), "useful" answers,
//! published comments against their answer target and services online, for the catalogue and
//! for one agency; the CSV; an agency nobody rated; an unknown agency.

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use server::catalog::performance;
use server::catalog::ratings::{UsefulForm, answer_useful, rate_by_phone};
use server::db::entities::{agency, service, service_comment};

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;
use crate::sms_support::sms_app;

async fn comment(
    app: &TestApp,
    service_id: i32,
    status: &str,
    due_in_days: i64,
    answered_after_days: Option<i64>,
) {
    let now = Utc::now();
    let published = now - Duration::days(10);
    let due = published + Duration::days(due_in_days);
    service_comment::ActiveModel {
        service_id: Set(service_id),
        account_id: Set(None),
        locale: Set("pt".to_owned()),
        body: Set("Um comentário".to_owned()),
        masked_count: Set(0),
        body_hash: Set(format!("hash-{status}-{due_in_days}-{answered_after_days:?}")),
        status: Set(status.to_owned()),
        held_reason: Set(None),
        rejection_reason: Set(None),
        rejection_note: Set(None),
        moderated_by: Set(None),
        moderated_at: Set(None),
        created_at: Set(published),
        published_at: Set((status == "published").then_some(published)),
        answer_due_at: Set(Some(due)),
        first_answer_at: Set(answered_after_days.map(|d| published + Duration::days(d))),
        report_count: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("comment");
}

async fn performance_figures_come_from_real_rows(backend: Backend) {
    // The certificates give two agencies with several services each.
    let app = sms_app(backend).await;
    let agencies = agency::Entity::find().all(&app.db).await.unwrap();
    let services = service::Entity::find()
        .filter(service::Column::Status.eq("published"))
        .all(&app.db)
        .await
        .unwrap();
    let rated = agencies
        .iter()
        .find(|a| services.iter().filter(|s| s.agency_id == a.id).count() >= 2)
        .expect("an agency with two services");
    let quiet = agencies
        .iter()
        .find(|a| a.id != rated.id && services.iter().any(|s| s.agency_id == a.id))
        .expect("another agency with services");
    let own: Vec<&service::Model> = services.iter().filter(|s| s.agency_id == rated.id).collect();
    let now = Utc::now();
    for (phone, (service, stars)) in [(own[0], 5u8), (own[0], 4), (own[1], 2)].into_iter().enumerate() {
        rate_by_phone(&app.db, service.id, &format!("phone-{phone}"), stars, now)
            .await
            .expect("rating");
    }
    for useful in ["yes", "yes", "no"] {
        let form = UsefulForm {
            service: &own[0].slug,
            useful,
        };
        answer_useful(&app.db, app::locale::Locale::Pt, form, now)
            .await
            .expect("answer");
    }
    comment(&app, own[0].id, "published", 5, Some(3)).await; // on time
    comment(&app, own[0].id, "published", 5, Some(7)).await; // late
    comment(&app, own[1].id, "published", 5, None).await; // overdue
    comment(&app, own[1].id, "published", 30, None).await; // awaiting, within target
    comment(&app, own[1].id, "pending", 5, None).await; // not published: not counted
    comment(&app, own[1].id, "rejected", 5, Some(1)).await; // not published: not counted

    let report = performance::report(&app.db, Some(&rated.slug), now.date_naive(), now)
        .await
        .unwrap()
        .expect("the agency exists");
    assert_eq!(report.ratings, 3);
    assert_eq!(report.stars, [0, 1, 0, 1, 1]);
    assert!((report.average.unwrap() - 11.0 / 3.0).abs() < 1e-9);
    let this_month = report.months.last().unwrap();
    assert_eq!(report.months.len(), 12);
    assert_eq!(this_month.ratings, 3);
    assert!(
        report.months[..11]
            .iter()
            .all(|m| m.ratings == 0 && m.average.is_none())
    );
    assert_eq!((report.useful_yes, report.useful_no), (2, 1));
    assert_eq!(report.comments, 4);
    assert_eq!(
        (
            report.answered_on_time,
            report.answered_late,
            report.overdue,
            report.awaiting
        ),
        (1, 1, 1, 1)
    );
    let published = own.len() as u64;
    assert_eq!(report.services, published);
    assert_eq!(
        report.services_online,
        own.iter().filter(|s| s.fully_online).count() as u64
    );

    let whole = performance::report(&app.db, None, now.date_naive(), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(whole.ratings, 3);
    assert_eq!(whole.services, services.len() as u64);
    assert!(
        performance::report(&app.db, Some("no-such-agency"), now.date_naive(), now)
            .await
            .unwrap()
            .is_none()
    );

    let (status, html) = app
        .page(&format!("/en/agencies/{}/performance", rated.slug))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Average 3.7 out of 5, from 3 ratings."), "{html}");
    assert!(html.contains("67% of 3 answers said yes."));
    assert!(
        html.contains("4 published comments; 33% of those due or answered were answered within the target.")
    );
    assert!(html.contains("role=\"img\" aria-labelledby=\"performance-stars-title\""));
    assert!(html.contains(&format!("href=\"/en/agencies/{}/performance.csv\"", rated.slug)));
    let (status, html) = app
        .page(&format!("/pt/agencies/{}/performance", quiet.slug))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Ninguém avaliou estes serviços ainda."), "{html}");
    assert_eq!(app.page("/en/agencies/no-such-agency/performance").await.0, 404);
    let (status, html) = app.page("/fr/performance").await;
    assert_eq!(status, 200);
    assert!(html.contains("Moyenne de 3,7 sur 5, sur 3 notes."), "{html}");
    let (status, html) = app.page("/en/agency-that-is-not/performance").await;
    assert_eq!(status, 404, "{html}");

    let (status, csv) = app
        .page(&format!("/en/agencies/{}/performance.csv", rated.slug))
        .await;
    assert_eq!(status, 200);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "figure,period,value");
    for expected in [
        "ratings,all,3",
        "average,all,3.67",
        "stars_5,all,1",
        "useful_yes,all,2",
        "comments_published,all,4",
        "comments_answered_on_time,all,1",
        "comments_answered_late,all,1",
        "comments_overdue,all,1",
        "comments_awaiting_answer,all,1",
    ] {
        assert!(lines.contains(&expected), "{expected} in {csv}");
    }
    let month = now.format("%Y-%m").to_string();
    assert!(lines.contains(&format!("ratings,{month},3").as_str()));
    assert_eq!(
        app.page("/en/agencies/no-such-agency/performance.csv").await.0,
        404
    );
}
on_both_backends!(performance_pages, performance_figures_come_from_real_rows);
