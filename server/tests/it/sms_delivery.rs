//! Delivery reports on both databases: Kannel's dlr-url (per-message token), Twilio's signed
//! status callback and the generic HMAC-signed report update the outbox row and the message
//! log; a synchronous Kannel reply asks for reports too. Forged reports get 403, reports for
//! messages we never sent 404, bad statuses 400, and none of them changes anything.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::db::entities::{sms_message, sms_outbox};
use server::sms::clock::Clock;
use server::sms::delivery::report_token;
use server::sms::gateways::{GatewayKind, Secret, SmsGateways};
use server::sms::signatures::{sign_generic, twilio_signature};

use app::locale::Locale;

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;
use crate::sms_fake_gateway::{FakeGateway, ManualClock};
use crate::sms_outbox_support::{SITE, queue_on, rows, worker};
use crate::sms_send::sending;
use crate::sms_support::{GENERIC_SECRET, KANNEL_TOKEN, KannelPhone, TWILIO_TOKEN, gateway};

async fn app_with_senders(backend: Backend, fake: &FakeGateway) -> (TestApp, SmsGateways) {
    let gateways = SmsGateways::new(vec![
        gateway("kannel-es", GatewayKind::Kannel, Locale::Es, false, KANNEL_TOKEN),
        sending(GatewayKind::Kannel, fake, "k"),
        sending(GatewayKind::Twilio, fake, "tw"),
        sending(GatewayKind::Generic, fake, "agg"),
    ])
    .unwrap();
    (
        TestApp::with_fixtures_and_sms(backend, gateways.clone()).await,
        gateways,
    )
}

/// The status and body of a GET to an address we gave a gateway.
async fn call(app: &TestApp, url: &str) -> (u16, String) {
    let path = url.strip_prefix(SITE).expect("our own address");
    app.page(path).await
}

async fn log_status(app: &TestApp, reference: &str) -> Option<String> {
    sms_message::Entity::find()
        .filter(sms_message::Column::DeliveryRef.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .and_then(|m| m.delivery_status)
}

async fn outbox_row(app: &TestApp, gateway: &str) -> sms_outbox::Model {
    rows(&app.db)
        .await
        .into_iter()
        .find(|r| r.gateway == gateway)
        .unwrap()
}

async fn kannel_reports_update_the_outbox(backend: Backend) {
    let fake = FakeGateway::start().await;
    let (app, gateways) = app_with_senders(backend, &fake).await;
    let phone = KannelPhone::new(&app, "k", "+5491133330000");
    assert_eq!(phone.send("AYUDA").await, "", "queued");
    let clock = ManualClock::starting_now();
    assert_eq!(
        worker(&app.db, &gateways, &clock).run_once().await.unwrap().sent,
        1
    );
    let row = outbox_row(&app, "k").await;
    let dlr = fake.accepted()[0].param("dlr-url").unwrap().to_owned();
    let token = report_token(&Secret::new(KANNEL_TOKEN), &row.reference);
    assert_eq!(
        dlr,
        format!(
            "{SITE}/sms/kannel/k/dlr?ref={}&token={token}&status=%d",
            row.reference
        )
    );

    let forged = dlr.replace(&token, &"0".repeat(32));
    let (status, body) = call(&app, &forged.replace("%d", "1")).await;
    assert_eq!(status, 403);
    assert!(body.contains("Solicitud rechazada"), "{body}");
    let other_ref = dlr.replace(&row.reference, "someone-else");
    assert_eq!(
        call(&app, &other_ref.replace("%d", "1")).await.0,
        403,
        "the token is per message"
    );
    let unknown = format!(
        "{SITE}/sms/kannel/k/dlr?ref=never-sent&token={}&status=1",
        report_token(&Secret::new(KANNEL_TOKEN), "never-sent")
    );
    let (status, body) = call(&app, &unknown).await;
    assert_eq!(
        (status, body.as_str()),
        (
            404,
            "Mensaje desconocido: no se envió ningún SMS con esta referencia por esta pasarela."
        )
    );
    let (status, body) = call(&app, &dlr.replace("%d", "32")).await;
    assert_eq!(
        (status, body.as_str()),
        (400, "Falta el estado de entrega o no se reconoce.")
    );
    assert_eq!(
        call(&app, &dlr).await.0,
        400,
        "%d not filled in: a malformed query"
    );
    let elsewhere = dlr.replace("/kannel/k/", "/kannel/nope/").replace("%d", "1");
    assert_eq!(call(&app, &elsewhere).await.0, 404, "unknown gateway");
    let unchanged = outbox_row(&app, "k").await;
    assert_eq!((unchanged.status.as_str(), unchanged.reported_at), ("sent", None));
    assert_eq!(log_status(&app, &row.reference).await, None);

    assert_eq!(call(&app, &dlr.replace("%d", "8")).await.0, 200);
    assert_eq!(
        outbox_row(&app, "k").await.status,
        "sent",
        "taken by the SMSC: not final"
    );
    assert_eq!(
        log_status(&app, &row.reference).await.as_deref(),
        Some("accepted")
    );
    assert_eq!(call(&app, &dlr.replace("%d", "1")).await.0, 200);
    let delivered = outbox_row(&app, "k").await;
    assert_eq!(delivered.status, "delivered");
    assert!(delivered.reported_at.is_some());
    assert_eq!(
        log_status(&app, &row.reference).await.as_deref(),
        Some("delivered")
    );
    assert_eq!(call(&app, &dlr.replace("%d", "2")).await.0, 200);
    assert_eq!(
        outbox_row(&app, "k").await.status,
        "delivered",
        "the first final report wins"
    );
}
on_both_backends!(kannel_reports, kannel_reports_update_the_outbox);

async fn synchronous_kannel_replies_ask_for_reports(backend: Backend) {
    let fake = FakeGateway::start().await;
    let (app, _) = app_with_senders(backend, &fake).await;
    let webhook = |id: &'static str| {
        app.client.get(app.url("/sms/kannel/kannel-es")).query(&[
            ("from", "+5491122220000"),
            ("to", "7777"),
            ("text", "AYUDA"),
            ("id", id),
            ("token", KANNEL_TOKEN),
        ])
    };
    let response = webhook("sync-1").send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    assert_eq!(header("x-kannel-dlr-mask").as_deref(), Some("31"));
    let dlr = header("x-kannel-dlr-url").unwrap();
    assert!(
        dlr.starts_with(&format!("{SITE}/sms/kannel/kannel-es/dlr?ref=")),
        "{dlr}"
    );
    assert!(
        response.text().await.unwrap().contains("CALIFICAR"),
        "the reply is in the body"
    );
    let reference = dlr
        .split("ref=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(log_status(&app, &reference).await, None);

    let retry = webhook("sync-1").send().await.unwrap();
    assert!(
        retry.headers().get("x-kannel-dlr-url").is_none(),
        "a retry is no new message"
    );
    assert_eq!(
        call(&app, &dlr.replace(&reference, "forged").replace("%d", "1"))
            .await
            .0,
        403
    );
    assert_eq!(call(&app, &dlr.replace("%d", "1")).await.0, 200);
    let logged = sms_message::Entity::find()
        .filter(sms_message::Column::DeliveryRef.eq(reference.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (logged.direction.as_str(), logged.delivery_status.as_deref()),
        ("out", Some("delivered"))
    );
    assert!(logged.delivery_at.is_some());
}
on_both_backends!(sync_kannel_reports, synchronous_kannel_replies_ask_for_reports);

async fn post_twilio_status(app: &TestApp, url: &str, params: &[(&str, &str)], token: &str) -> u16 {
    let owned: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    app.client
        .post(app.url(url.strip_prefix(SITE).unwrap()))
        .header("x-twilio-signature", twilio_signature(token, url, &owned))
        .form(&owned)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn twilio_status_callbacks_are_signed(backend: Backend) {
    let fake = FakeGateway::start().await;
    let (app, gateways) = app_with_senders(backend, &fake).await;
    let clock = ManualClock::starting_now();
    queue_on(&app.db, "tw", "tw", 1, clock.now()).await;
    worker(&app.db, &gateways, &clock).run_once().await.unwrap();
    let row = outbox_row(&app, "tw").await;
    let sid = row.gateway_message_id.clone().unwrap();
    let callback = fake.accepted()[0].field("StatusCallback").unwrap();
    assert_eq!(
        callback,
        format!("{SITE}/sms/twilio/tw/status?ref={}", row.reference)
    );
    let delivered = [("MessageSid", sid.as_str()), ("MessageStatus", "delivered")];
    assert_eq!(
        post_twilio_status(&app, &callback, &delivered, "not-the-token").await,
        403
    );
    let unsigned = app
        .client
        .post(app.url(callback.strip_prefix(SITE).unwrap()))
        .form(&delivered)
        .send();
    assert_eq!(unsigned.await.unwrap().status().as_u16(), 403);
    let elsewhere = format!("{SITE}/sms/twilio/tw/status?ref=never-sent");
    assert_eq!(
        post_twilio_status(&app, &elsewhere, &delivered, TWILIO_TOKEN).await,
        404
    );
    let odd = [("MessageSid", sid.as_str()), ("MessageStatus", "teleported")];
    assert_eq!(post_twilio_status(&app, &callback, &odd, TWILIO_TOKEN).await, 400);
    assert_eq!(outbox_row(&app, "tw").await.status, "sent", "nothing changed");
    assert_eq!(
        post_twilio_status(&app, &callback, &delivered, TWILIO_TOKEN).await,
        200
    );
    assert_eq!(outbox_row(&app, "tw").await.status, "delivered");
}
on_both_backends!(twilio_reports, twilio_status_callbacks_are_signed);

async fn post_generic_status(app: &TestApp, body: &str, secret: &[u8]) -> u16 {
    let signature = sign_generic(secret, body.as_bytes(), chrono::Utc::now().timestamp());
    app.client
        .post(app.url("/sms/webhook/agg/status"))
        .header("content-type", "application/json")
        .header("x-signature", signature)
        .body(body.to_owned())
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn generic_reports_are_hmac_checked(backend: Backend) {
    let fake = FakeGateway::start().await;
    let (app, gateways) = app_with_senders(backend, &fake).await;
    let clock = ManualClock::starting_now();
    queue_on(&app.db, "agg", "agg", 1, clock.now()).await;
    worker(&app.db, &gateways, &clock).run_once().await.unwrap();
    let row = outbox_row(&app, "agg").await;
    assert_eq!(
        fake.accepted()[0].json()["status_url"],
        format!("{SITE}/sms/webhook/agg/status")
    );
    let failed = format!(r#"{{"ref":"{}","status":"failed"}}"#, row.reference);
    assert_eq!(post_generic_status(&app, &failed, b"forged").await, 403);
    assert_eq!(
        post_generic_status(&app, r#"{"status":"failed"}"#, GENERIC_SECRET.as_bytes()).await,
        400
    );
    let unknown = r#"{"ref":"never-sent","status":"failed"}"#;
    assert_eq!(
        post_generic_status(&app, unknown, GENERIC_SECRET.as_bytes()).await,
        404
    );
    let odd = format!(r#"{{"ref":"{}","status":"lost in space"}}"#, row.reference);
    assert_eq!(
        post_generic_status(&app, &odd, GENERIC_SECRET.as_bytes()).await,
        400
    );
    assert_eq!(outbox_row(&app, "agg").await.status, "sent", "nothing changed");
    assert_eq!(
        post_generic_status(&app, &failed, GENERIC_SECRET.as_bytes()).await,
        200
    );
    let reported = outbox_row(&app, "agg").await;
    assert_eq!(reported.status, "failed");
    assert_eq!(
        reported.last_error.as_deref(),
        Some("delivery report: not delivered")
    );
    assert_eq!(log_status(&app, &row.reference).await.as_deref(), Some("failed"));
}
on_both_backends!(generic_reports, generic_reports_are_hmac_checked);
