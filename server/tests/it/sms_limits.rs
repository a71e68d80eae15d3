//! The per-phone limit on both databases: within a minute a phone gets its first 10 messages
//! answered, the 11th one short notice in its language, then silence (still logged) until the
//! next minute; a retried webhook is not counted again; a message over the limit changes no
//! setting; STOP is always honoured; other phones are not affected. Through the webhooks too, on Kannel and Twilio alike.

use std::sync::Arc;

use app::locale::Locale;
use chrono::{DateTime, Duration, TimeZone, Timelike, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::catalog::SqlCatalog;
use server::db::entities::sms_message;
use server::sms::gsm::Policy;
use server::sms::{Conversation, Inbound, Reply};

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;
use crate::sms_support::{KannelPhone, TwilioPhone, gateways};

const NOTICE_ES: &str = "Demasiados mensajes: espere un minuto antes de enviar más.";

fn inbound(from: &str, id: &str, text: &str) -> Inbound {
    Inbound {
        gateway: "kannel-es".to_owned(),
        message_id: id.to_owned(),
        from: from.to_owned(),
        to: "7777".to_owned(),
        text: text.to_owned(),
        default_locale: Some(Locale::Es),
        policy: Policy {
            transliterate: false,
            max_segments: 3,
        },
    }
}

/// The start of a minute, a little ahead of now.
fn minute_start() -> DateTime<Utc> {
    let now = Utc::now().timestamp();
    Utc.timestamp_opt(now - now % 60 + 120, 0).unwrap()
}

async fn inbound_logged(app: &TestApp) -> usize {
    sms_message::Entity::find()
        .filter(sms_message::Column::Direction.eq("in"))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

async fn one_notice_then_silence_until_the_minute_passes(backend: Backend) {
    let app = TestApp::with_fixtures_and_sms(backend, gateways()).await;
    let catalog = Arc::new(SqlCatalog::new(app.db.clone(), Arc::clone(&app.index)));
    let conversation = Conversation::new(catalog, app.db.clone(), Arc::new(vec![7; 32])).with_phone_limit(10);
    let phone = "+5491188880000";
    let t0 = minute_start();
    let at = |s: i64| t0 + Duration::seconds(s);
    let send = |id: String, text: &'static str, s: i64| conversation.handle(inbound(phone, &id, text), at(s));
    for i in 1..=9 {
        let reply = send(format!("m{i}"), "AYUDA", i).await;
        assert!(reply.text.unwrap().contains("CALIFICAR"), "message {i}");
    }
    let retried = send("m3".to_owned(), "AYUDA", 10).await;
    assert!(retried.duplicate, "a retried webhook is not counted");
    let tenth = send("m10".to_owned(), "AYUDA", 11).await;
    assert!(
        tenth.text.unwrap().contains("CALIFICAR"),
        "the 10th is still answered"
    );
    let eleventh = send("m11".to_owned(), "AYUDA", 12).await;
    assert_eq!(eleventh.text.as_deref(), Some(NOTICE_ES));
    assert_eq!(eleventh.locale, Locale::Es);
    // Over the limit a message changes nothing: this language choice is not kept.
    for (i, text) in [(12, "AYUDA"), (13, "IDIOMA ingles")] {
        let silent = send(format!("m{i}"), text, i + 1).await;
        assert_eq!((silent.text, silent.duplicate), (None, false), "message {i}");
    }
    let again = send("m11".to_owned(), "AYUDA", 20).await;
    assert_eq!((again.text.as_deref(), again.duplicate), (Some(NOTICE_ES), true));
    let stop = send("m14".to_owned(), "BAJA", 30).await;
    assert!(
        stop.text.unwrap().contains("no recibirá más mensajes"),
        "STOP is honoured"
    );
    assert_eq!(inbound_logged(&app).await, 14, "every distinct message is logged");

    let other = conversation
        .handle(inbound("+5491188880001", "o1", "AYUDA"), at(40))
        .await;
    assert!(
        other.text.unwrap().contains("CALIFICAR"),
        "another phone has its own count"
    );
    let next_minute: Reply = send("m15".to_owned(), "ALTA", 60).await;
    assert!(next_minute.text.unwrap().contains("Bienvenido"), "answered again");
    assert_eq!(
        next_minute.locale,
        Locale::Es,
        "the language sent over the limit was not kept"
    );
    let help = send("m16".to_owned(), "AYUDA", 61).await;
    assert_eq!(help.locale, Locale::Es);
}
on_both_backends!(
    notice_then_silence,
    one_notice_then_silence_until_the_minute_passes
);

/// Waits out the end of a minute, so that a few messages sent now fall in one window.
async fn clear_of_the_minute_boundary() {
    let second = Utc::now().second();
    if second >= 55 {
        tokio::time::sleep(std::time::Duration::from_secs(u64::from(61 - second))).await;
    }
}

async fn every_gateway_goes_through_the_limit(backend: Backend) {
    let app = TestApp::with_fixtures_and_sms(backend, gateways().with_phone_limit(2)).await;
    clear_of_the_minute_boundary().await;
    let kannel = KannelPhone::new(&app, "kannel-es", "+5491199990000");
    let first = kannel.send_with_id("lim-1", "AYUDA").await;
    assert!(kannel.send("AYUDA").await.contains("CALIFICAR"));
    assert_eq!(kannel.send("AYUDA").await, NOTICE_ES);
    assert_eq!(kannel.send("AYUDA").await, "", "then silence");
    let retry = kannel.send_with_id("lim-1", "AYUDA").await;
    assert_eq!(
        (retry.status, retry.body),
        (200, first.body),
        "a retry gets its first answer"
    );

    let twilio = TwilioPhone::new(&app, "+5511999990000");
    assert!(twilio.send("AJUDA").await.contains("AVALIAR"));
    assert!(twilio.send("AJUDA").await.contains("AVALIAR"));
    let notice = twilio.send("AJUDA").await;
    assert!(notice.starts_with("Mensagens demais"), "{notice}");
    assert_eq!(twilio.send("AJUDA").await, "");
}
on_both_backends!(webhooks_limited, every_gateway_goes_through_the_limit);
