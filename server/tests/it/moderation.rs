//! Moderation and answers on both databases: pending → published (once) or rejected, the answer
//! due in working days across a weekend, the first answer timed once, reports bringing a
//! comment back, and moderators of another agency (or editors) treated as if the comment did
//! not exist.

use app::comments::Comments;
use app::model::CommentStatus;
use chrono::{DateTime, Duration, Utc};
use sea_orm::EntityTrait;
use server::auth::roles::Role;
use server::catalog::comments::{
    ModerationError, Posted, SqlComments, answer, approve, keep, queue, reject, report,
};
use server::db::entities::comment_reply;

use crate::comments::{citizen, post};
use crate::comments_support::{SECRET, agency_of, comment, friday, member, other_agency};
use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::ratings::{SERVICE, person, service_id};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

async fn a_comment(app: &TestApp, body: &str) -> i32 {
    let who = citizen(&app.db).await;
    match post(&app.db, who, SERVICE, body, friday() - Duration::hours(2))
        .await
        .unwrap()
    {
        Posted::Queued { id, .. } => id,
        Posted::Discarded => panic!("discarded"),
    }
}

async fn pending_comments_are_published_once_or_rejected(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let agency = agency_of(&app.db, SERVICE).await;
    let publisher = member(
        person(&app.db, "staff").await.account_id,
        Role::Publisher,
        Some(agency),
    );
    let stranger = member(
        person(&app.db, "staff").await.account_id,
        Role::AgencyAdmin,
        Some(other_agency(&app.db, agency).await),
    );
    let editor = member(
        person(&app.db, "staff").await.account_id,
        Role::Editor,
        Some(agency),
    );
    let kept = a_comment(&app, "Muito bom.").await;
    let dropped = a_comment(&app, "Não gostei da fila.").await;

    for outsider in [&stranger, &editor] {
        assert!(matches!(
            approve(&app.db, outsider, kept, 10, friday()).await,
            Err(ModerationError::NotFound)
        ));
        assert!(matches!(
            reject(&app.db, outsider, dropped, "spam", "", friday()).await,
            Err(ModerationError::NotFound)
        ));
    }
    assert!(matches!(
        approve(&app.db, &publisher, 999_999, 10, friday()).await,
        Err(ModerationError::NotFound)
    ));
    assert_eq!(comment(&app.db, kept).await.status, "pending", "nothing changed");
    assert_eq!(comment(&app.db, dropped).await.status, "pending");

    // Published on a Friday: ten working days later is the Friday two weeks on.
    approve(&app.db, &publisher, kept, 10, friday()).await.unwrap();
    let row = comment(&app.db, kept).await;
    assert_eq!(row.status, "published");
    assert_eq!(row.published_at, Some(friday()));
    assert_eq!(row.answer_due_at, Some(at("2026-12-11T10:00:00Z")));
    assert_eq!(row.moderated_by, Some(publisher.account_id));
    assert!(matches!(
        approve(&app.db, &publisher, kept, 10, friday() + Duration::hours(1)).await,
        Err(ModerationError::AlreadyModerated)
    ));
    assert_eq!(
        comment(&app.db, kept).await.published_at,
        Some(friday()),
        "approved once"
    );

    // A Saturday's approval with a 3-day target is due on Wednesday.
    let saturday = a_comment(&app, "Sábado.").await;
    approve(&app.db, &publisher, saturday, 3, at("2026-11-28T09:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        comment(&app.db, saturday).await.answer_due_at,
        Some(at("2026-12-02T09:00:00Z"))
    );

    assert!(matches!(
        reject(&app.db, &publisher, dropped, "rude", "", friday()).await,
        Err(ModerationError::Reason)
    ));
    assert!(matches!(
        reject(&app.db, &publisher, dropped, "spam", &"x".repeat(501), friday()).await,
        Err(ModerationError::NoteTooLong)
    ));
    reject(
        &app.db,
        &publisher,
        dropped,
        "off_topic",
        " Fala de outro serviço. ",
        friday(),
    )
    .await
    .unwrap();
    let row = comment(&app.db, dropped).await;
    assert_eq!(row.status, "rejected");
    assert_eq!(row.rejection_reason.as_deref(), Some("off_topic"));
    assert_eq!(row.rejection_note.as_deref(), Some("Fala de outro serviço."));
    assert_eq!(row.published_at, None);
    assert!(matches!(
        approve(&app.db, &publisher, dropped, 10, friday()).await,
        Err(ModerationError::AlreadyModerated)
    ));
    assert!(matches!(
        reject(&app.db, &publisher, dropped, "spam", "", friday()).await,
        Err(ModerationError::AlreadyModerated)
    ));
}
on_both_backends!(
    published_or_rejected,
    pending_comments_are_published_once_or_rejected
);

async fn the_first_answer_is_timed_once(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let agency = agency_of(&app.db, SERVICE).await;
    let publisher = member(
        person(&app.db, "staff").await.account_id,
        Role::Publisher,
        Some(agency),
    );
    let stranger = member(
        person(&app.db, "staff").await.account_id,
        Role::Publisher,
        Some(other_agency(&app.db, agency).await),
    );
    let id = a_comment(&app, "Quando sai o resultado?").await;
    assert!(matches!(
        answer(&app.db, &publisher, id, "Em breve.", friday()).await,
        Err(ModerationError::NotPublished)
    ));
    approve(&app.db, &publisher, id, 10, friday()).await.unwrap();
    assert!(matches!(
        answer(&app.db, &publisher, id, "  ", friday()).await,
        Err(ModerationError::AnswerEmpty)
    ));
    assert!(matches!(
        answer(&app.db, &publisher, id, &"é".repeat(2001), friday()).await,
        Err(ModerationError::AnswerTooLong)
    ));
    assert!(matches!(
        answer(&app.db, &stranger, id, "Não é nosso.", friday()).await,
        Err(ModerationError::NotFound)
    ));
    assert_eq!(count(&app.db, "comment_replies").await, 0);

    let monday = at("2026-11-30T15:00:00Z");
    answer(
        &app.db,
        &publisher,
        id,
        "O resultado sai em 5 dias úteis.",
        monday,
    )
    .await
    .unwrap();
    answer(
        &app.db,
        &publisher,
        id,
        "Atualização: já saiu.",
        monday + Duration::days(1),
    )
    .await
    .unwrap();
    let row = comment(&app.db, id).await;
    assert_eq!(row.first_answer_at, Some(monday), "set by the first answer only");
    let replies = comment_reply::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(replies.len(), 2);
    assert!(
        replies
            .iter()
            .all(|r| r.agency_id == agency && r.account_id == Some(publisher.account_id))
    );

    let comments = SqlComments::new(app.db.clone(), SECRET.to_vec().into(), 10);
    let page = comments
        .page(service_id(&app.db, SERVICE).await, 1)
        .await
        .unwrap();
    assert_eq!(page.total, 1);
    let shown = &page.comments[0];
    assert_eq!(shown.body, "Quando sai o resultado?");
    assert_eq!(
        shown.answers.iter().map(|a| a.body.as_str()).collect::<Vec<_>>(),
        ["O resultado sai em 5 dias úteis.", "Atualização: já saiu."]
    );

    let listed = queue(&app.db, &publisher, app::locale::Locale::En, 10, monday)
        .await
        .unwrap();
    assert!(listed.awaiting_answer.is_empty());
    assert_eq!(listed.answered.len(), 1);
    assert_eq!(
        listed.answered[0].answer_working_days,
        Some(1),
        "Friday to Monday"
    );
    let elsewhere = queue(&app.db, &stranger, app::locale::Locale::En, 10, monday)
        .await
        .unwrap();
    assert!(elsewhere.answered.is_empty(), "other agencies see nothing of it");
}
on_both_backends!(first_answer, the_first_answer_is_timed_once);

async fn reports_bring_a_comment_back_to_the_queue(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let agency = agency_of(&app.db, SERVICE).await;
    let admin = member(
        person(&app.db, "staff").await.account_id,
        Role::AgencyAdmin,
        Some(agency),
    );
    let id = a_comment(&app, "Comentário polêmico.").await;
    let waiting = queue(&app.db, &admin, app::locale::Locale::Pt, 10, friday())
        .await
        .unwrap();
    assert_eq!(waiting.to_review.iter().map(|c| c.id).collect::<Vec<_>>(), [id]);
    assert_eq!(waiting.to_review[0].status, CommentStatus::Pending);
    assert!(!waiting.to_review[0].service_name.value.is_empty());

    approve(&app.db, &admin, id, 10, friday()).await.unwrap();
    let listed = queue(&app.db, &admin, app::locale::Locale::Pt, 10, friday())
        .await
        .unwrap();
    assert!(listed.to_review.is_empty());
    assert_eq!(
        listed.awaiting_answer[0].answer_due,
        Some(at("2026-12-11T10:00:00Z"))
    );

    let reader = citizen(&app.db).await;
    report(&app.db, Some(reader.account_id), id, "offensive", friday())
        .await
        .unwrap();
    let listed = queue(&app.db, &admin, app::locale::Locale::Pt, 10, friday())
        .await
        .unwrap();
    assert_eq!(listed.to_review.len(), 1);
    assert_eq!(
        (listed.to_review[0].report_count, listed.to_review[0].new_reports),
        (1, 1)
    );

    keep(&app.db, &admin, id, friday()).await.unwrap();
    let listed = queue(&app.db, &admin, app::locale::Locale::Pt, 10, friday())
        .await
        .unwrap();
    assert!(listed.to_review.is_empty(), "seen reports leave the queue");
    assert_eq!(comment(&app.db, id).await.status, "published");

    let another = citizen(&app.db).await;
    report(&app.db, Some(another.account_id), id, "spam", friday())
        .await
        .unwrap();
    let listed = queue(&app.db, &admin, app::locale::Locale::Pt, 10, friday())
        .await
        .unwrap();
    assert_eq!(
        (listed.to_review[0].report_count, listed.to_review[0].new_reports),
        (2, 1)
    );
    reject(&app.db, &admin, id, "offensive", "", friday())
        .await
        .unwrap();
    let row = comment(&app.db, id).await;
    assert_eq!((row.status.as_str(), row.reports_reviewed), ("rejected", 2));
    let comments = SqlComments::new(app.db.clone(), SECRET.to_vec().into(), 10);
    assert_eq!(
        comments
            .page(service_id(&app.db, SERVICE).await, 1)
            .await
            .unwrap()
            .total,
        0,
        "taken down"
    );
}
on_both_backends!(reports_come_back, reports_bring_a_comment_back_to_the_queue);
