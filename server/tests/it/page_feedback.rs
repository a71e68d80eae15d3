//! "Is this page useful?" as a service, on both databases: answers counted in the service's
//! totals, the follow-up to a "no" added once through its ticket, bad input refused with
//! nothing stored, and nothing personal in what is kept.

use app::locale::Locale;
use chrono::Duration;
use sea_orm::EntityTrait;
use server::catalog::ratings::{
    Answered, DetailsForm, FeedbackError, UsefulForm, add_details, answer_useful,
};
use server::db::entities::{page_feedback, service_rating_total};

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::{OTHER, SERVICE, now, service_id};

fn answer<'a>(service: &'a str, useful: &'a str) -> UsefulForm<'a> {
    UsefulForm { service, useful }
}

fn details<'a>(service: &'a str, ticket: &'a str, reason: &'a str, comment: &'a str) -> DetailsForm<'a> {
    DetailsForm {
        service,
        ticket,
        reason,
        comment,
    }
}

fn ticket_of(answered: Answered) -> String {
    match answered {
        Answered::No { ticket } => ticket,
        Answered::Yes => panic!("a no hands back a ticket"),
    }
}

async fn answers_are_counted_and_a_no_can_say_what_went_wrong(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = &app.db;
    let yes = answer_useful(db, Locale::Pt, answer(SERVICE, "yes"), now()).await;
    assert_eq!(yes.unwrap(), Answered::Yes);
    let ticket = ticket_of(
        answer_useful(db, Locale::En, answer(SERVICE, "no"), now())
            .await
            .unwrap(),
    );
    assert_eq!(ticket.len(), 22, "a 128-bit random ticket");

    // A comment too long or an unknown reason is refused, and the ticket still works after.
    let long = "x".repeat(501);
    let refused = add_details(db, details(SERVICE, &ticket, "", &long), now()).await;
    assert!(matches!(refused, Err(FeedbackError::TooLong)));
    let refused = add_details(db, details(SERVICE, &ticket, "rude", ""), now()).await;
    assert!(matches!(refused, Err(FeedbackError::Reason)));
    let elsewhere = add_details(db, details(OTHER, &ticket, "unclear", ""), now()).await;
    assert!(
        matches!(elsewhere, Err(FeedbackError::Expired)),
        "a ticket works only for its own page"
    );
    add_details(
        db,
        details(SERVICE, &ticket, "incorrect", "  The fee changed in 2026.\u{0} "),
        now(),
    )
    .await
    .unwrap();
    let again = add_details(db, details(SERVICE, &ticket, "other", "twice"), now()).await;
    assert!(matches!(again, Err(FeedbackError::Expired)), "once only");

    let rows = page_feedback::Entity::find().all(db).await.unwrap();
    assert_eq!(rows.len(), 2);
    let no = rows.iter().find(|row| !row.useful).unwrap();
    assert_eq!(
        (no.locale.as_str(), no.reason.as_deref(), no.comment.as_deref()),
        ("en", Some("incorrect"), Some("The fee changed in 2026."))
    );
    assert_eq!(no.ticket_hash, None, "the ticket is cleared once used");
    assert_eq!(no.day, now().date_naive(), "the day only, no time");
    let totals = service_rating_total::Entity::find_by_id(service_id(db, SERVICE).await)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((totals.useful_yes, totals.useful_no), (1, 1));
    assert_eq!(
        (totals.rating_count, totals.average),
        (0, None),
        "answers are not ratings"
    );

    // A ticket from three days ago has expired.
    let old = ticket_of(
        answer_useful(db, Locale::Es, answer(SERVICE, "no"), now() - Duration::days(3))
            .await
            .unwrap(),
    );
    let late = add_details(db, details(SERVICE, &old, "unclear", ""), now()).await;
    assert!(matches!(late, Err(FeedbackError::Expired)));
}
on_both_backends!(
    useful_answers,
    answers_are_counted_and_a_no_can_say_what_went_wrong
);

async fn bad_answers_are_refused_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let db = &app.db;
    for (input, key) in [
        (answer("", "yes"), "useful-error-no-service"),
        (answer("no-such-service", "yes"), "useful-error-unknown-service"),
        (answer(SERVICE, "maybe"), "useful-error-answer"),
        (answer(SERVICE, ""), "useful-error-answer"),
        (answer(SERVICE, "YES!"), "useful-error-answer"),
    ] {
        let error = answer_useful(db, Locale::En, input, now()).await.unwrap_err();
        assert_eq!(error.message_key(), key, "{input:?}");
        assert_ne!(app::i18n::tr(Locale::Pt, key), key, "{key} is translated");
    }
    for (ticket, key) in [
        ("", "useful-error-expired"),
        ("no-such-ticket", "useful-error-expired"),
    ] {
        let error = add_details(db, details(SERVICE, ticket, "", ""), now())
            .await
            .unwrap_err();
        assert_eq!(error.message_key(), key);
    }
    assert_eq!(count(db, "page_feedback").await, 0);
    assert_eq!(count(db, "service_rating_totals").await, 0);
}
on_both_backends!(bad_answers_refused, bad_answers_are_refused_and_nothing_is_stored);
