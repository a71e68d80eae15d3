//! The comments service on both databases: masking before storage, every comment pending,
//! held reasons, the anti-spam refusals storing nothing, one comment a minute per account, and
//! reports once per person.

use app::locale::Locale;
use chrono::Duration;
use sea_orm::{DatabaseConnection, EntityTrait};
use server::catalog::comments::{
    self, CommentError, CommentForm, Commenter, Posted, ReportError, approve, post_comment, report,
};
use server::db::entities::{comment_report, service_comment};

use crate::comments_support::{SECRET, comment, friday, member, stamp_for};
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::{OTHER, SERVICE, person, service_id};

pub async fn citizen(db: &DatabaseConnection) -> Commenter {
    let rater = person(db, "citizen").await;
    Commenter {
        account_id: rater.account_id,
        staff: false,
    }
}

/// Posts `body` on `slug` at `now` with a valid stamp; the comment's id.
pub async fn post(
    db: &DatabaseConnection,
    who: Commenter,
    slug: &str,
    body: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Posted, CommentError> {
    let stamp = stamp_for(service_id(db, slug).await, now);
    let form = CommentForm {
        service: slug,
        body,
        honeypot: "",
        stamp: &stamp,
    };
    post_comment(db, SECRET, Locale::Pt, Some(who), form, now).await
}

fn queued_id(posted: Posted) -> i32 {
    match posted {
        Posted::Queued { id, .. } => id,
        Posted::Discarded => panic!("discarded"),
    }
}

async fn personal_data_is_masked_before_storage(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let ana = citizen(&app.db).await;
    let text = "  Demorou 30 dias e custou R$ 1.250,00. Meu CPF é 123.456.789-09, \
                escrevam para ana.silva@gmail.com ou (11) 91234-5678.  ";
    let posted = post(&app.db, ana, SERVICE, text, friday()).await.unwrap();
    let Posted::Queued { id, held, masked } = posted else {
        panic!("stored");
    };
    assert_eq!((held, masked), (None, 3));
    let row = comment(&app.db, id).await;
    assert_eq!(
        row.body,
        "Demorou 30 dias e custou R$ 1.250,00. Meu CPF é […], escrevam para […] ou […]."
    );
    assert_eq!(row.masked_count, 3);
    assert_eq!(row.status, "pending", "every comment waits for a moderator");
    assert_eq!(row.locale, "pt");
    assert_eq!(row.account_id, Some(ana.account_id));
    assert_eq!(row.published_at, None);
    assert_eq!(row.created_at, friday());
    assert_eq!(row.body_hash.len(), 64);

    let page = comments::SqlComments::new(app.db.clone(), SECRET.to_vec().into(), 10);
    let shown = app::comments::Comments::page(&page, service_id(&app.db, SERVICE).await, 1)
        .await
        .unwrap();
    assert_eq!(shown.total, 0, "pending comments are not public");
}
on_both_backends!(masked_before_storage, personal_data_is_masked_before_storage);

async fn links_and_repeated_text_are_held_with_a_reason(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (ana, bia) = (citizen(&app.db).await, citizen(&app.db).await);
    let spam = post(&app.db, ana, SERVICE, "https://cheap.example/pills", friday())
        .await
        .unwrap();
    assert!(matches!(
        spam,
        Posted::Queued {
            held: Some(app::model::HeldReason::Links),
            ..
        }
    ));
    let first = "O atendimento foi rápido e claro.";
    let original = post(&app.db, bia, OTHER, first, friday()).await.unwrap();
    assert!(matches!(original, Posted::Queued { held: None, .. }));
    let later = friday() + Duration::minutes(5);
    let copy = post(&app.db, ana, SERVICE, "o atendimento  foi RÁPIDO e claro.", later)
        .await
        .unwrap();
    let copy_id = queued_id(copy);
    assert_eq!(
        comment(&app.db, copy_id).await.held_reason.as_deref(),
        Some("repeated")
    );
    assert_eq!(comment(&app.db, copy_id).await.status, "pending");
    assert_eq!(
        count(&app.db, "service_comments").await,
        3,
        "held comments are kept, for the moderator"
    );
}
on_both_backends!(held_reasons, links_and_repeated_text_are_held_with_a_reason);

async fn refusals_store_nothing_and_keep_the_minute(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let ana = citizen(&app.db).await;
    let id = service_id(&app.db, SERVICE).await;
    let now = friday();
    let good = stamp_for(id, now);
    let fast = comments::stamp(SECRET, id, now - Duration::seconds(1));
    let old = comments::stamp(SECRET, id, now - Duration::days(2));
    let forged = format!("{}.{}", now.timestamp() - 60, "0".repeat(32));
    let long = "a".repeat(1251);
    let cases: Vec<(Option<Commenter>, &str, &str, &str, &str)> = vec![
        (Some(ana), "", "texto", "", good.as_str()),
        (Some(ana), "no-such-service", "texto", "", good.as_str()),
        (None, SERVICE, "texto", "", good.as_str()),
        (
            Some(Commenter { staff: true, ..ana }),
            SERVICE,
            "texto",
            "",
            good.as_str(),
        ),
        (Some(ana), SERVICE, "texto", "", fast.as_str()),
        (Some(ana), SERVICE, "texto", "", old.as_str()),
        (Some(ana), SERVICE, "texto", "", forged.as_str()),
        (Some(ana), SERVICE, "texto", "", ""),
        (Some(ana), SERVICE, " \r\n ", "", good.as_str()),
        (Some(ana), SERVICE, long.as_str(), "", good.as_str()),
    ];
    let expected = [
        "comment-error-no-service",
        "comment-error-unknown-service",
        "comment-error-signed-out",
        "comment-error-staff",
        "comment-error-too-fast",
        "comment-error-expired",
        "comment-error-expired",
        "comment-error-expired",
        "comment-error-empty",
        "comment-error-too-long",
    ];
    for ((who, service, body, honeypot, stamp), key) in cases.into_iter().zip(expected) {
        let form = CommentForm {
            service,
            body,
            honeypot,
            stamp,
        };
        let refused = post_comment(&app.db, SECRET, Locale::Es, who, form, now).await;
        assert_eq!(refused.err().map(|e| e.message_key()), Some(key));
    }
    let trap = CommentForm {
        service: SERVICE,
        body: "buy now",
        honeypot: "http://spam.example",
        stamp: &good,
    };
    let discarded = post_comment(&app.db, SECRET, Locale::Es, Some(ana), trap, now).await;
    assert_eq!(discarded.unwrap(), Posted::Discarded);
    assert_eq!(count(&app.db, "service_comments").await, 0, "nothing stored");

    // None of that used up the person's minute.
    let exactly = "é".repeat(1250);
    post(&app.db, ana, SERVICE, &exactly, now).await.unwrap();
    let again = post(
        &app.db,
        ana,
        OTHER,
        "Outro comentário.",
        now + Duration::seconds(20),
    )
    .await;
    assert!(matches!(again, Err(CommentError::RateLimited(seconds)) if (1..=60).contains(&seconds)));
    let bia = citizen(&app.db).await;
    post(
        &app.db,
        bia,
        OTHER,
        "Eu também comento.",
        now + Duration::seconds(20),
    )
    .await
    .expect("the limit is per account");
    post(
        &app.db,
        ana,
        OTHER,
        "Outro comentário.",
        now + Duration::seconds(61),
    )
    .await
    .expect("a minute later");
    assert_eq!(count(&app.db, "service_comments").await, 3);
}
on_both_backends!(refusals, refusals_store_nothing_and_keep_the_minute);

async fn readers_report_published_comments_once(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (ana, bia, caio) = (
        citizen(&app.db).await,
        citizen(&app.db).await,
        citizen(&app.db).await,
    );
    let id = queued_id(
        post(&app.db, ana, SERVICE, "Fila enorme.", friday())
            .await
            .unwrap(),
    );
    let now = friday() + Duration::hours(1);
    assert!(
        matches!(
            report(&app.db, Some(bia.account_id), id, "spam", now).await,
            Err(ReportError::NotFound)
        ),
        "pending comments cannot be reported"
    );
    let admin = member(
        person(&app.db, "staff").await.account_id,
        server::auth::roles::Role::PlatformAdmin,
        None,
    );
    approve(&app.db, &admin, id, 10, now).await.unwrap();

    let slug = report(&app.db, Some(bia.account_id), id, "offensive", now)
        .await
        .unwrap();
    assert_eq!(slug, SERVICE);
    assert!(matches!(
        report(&app.db, Some(bia.account_id), id, "spam", now).await,
        Err(ReportError::AlreadyReported)
    ));
    assert!(matches!(
        report(&app.db, Some(caio.account_id), id, "rude", now).await,
        Err(ReportError::Reason)
    ));
    assert!(matches!(
        report(&app.db, None, id, "spam", now).await,
        Err(ReportError::SignedOut)
    ));
    assert!(matches!(
        report(&app.db, Some(caio.account_id), 999_999, "spam", now).await,
        Err(ReportError::NotFound)
    ));
    report(&app.db, Some(caio.account_id), id, "personal_data", now)
        .await
        .unwrap();

    let row = comment(&app.db, id).await;
    assert_eq!((row.report_count, row.reports_reviewed), (2, 0));
    let reports = comment_report::Entity::find().all(&app.db).await.unwrap();
    let mut reasons: Vec<&str> = reports.iter().map(|r| r.reason.as_str()).collect();
    reasons.sort_unstable();
    assert_eq!(reasons, ["offensive", "personal_data"]);
    assert_eq!(
        service_comment::Entity::find().all(&app.db).await.unwrap().len(),
        1
    );
}
on_both_backends!(reports_once, readers_report_published_comments_once);
