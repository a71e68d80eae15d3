//! The gateways' send APIs against a fake gateway on port 0: exactly what each adapter sends
//! (address, parameters, coding, credentials, signature), and how each answer is sorted: taken,
//! worth retrying (500, 429, timeout, nobody listening) or refused for good (4xx). No error
//! carries the phone number or a credential.

use std::time::Duration;

use app::locale::Locale;
use chrono::Utc;
use server::sms::gateways::{Gateway, GatewayKind, Outbound, ReplyMode, Secret};
use server::sms::gsm::Coding;
use server::sms::send::{Accepted, OutboundSms, SendError, SharedSender, Timeouts, sender_for};
use server::sms::signatures::verify_generic;

use crate::sms_fake_gateway::{FakeGateway, Mode};
use crate::sms_support::{GENERIC_SECRET, KANNEL_TOKEN, TWILIO_TOKEN, gateway};

const NUMBER: &str = "+5491155550000";
const PASSWORD: &str = "sendsms-pw";
const REPORT: &str = "http://site.example/sms/kannel/k/dlr?ref=r1&token=t&status=%d";
pub const QUICK: Timeouts = Timeouts {
    connect: Duration::from_millis(300),
    total: Duration::from_millis(400),
};

/// A gateway of `kind` sending to the fake, with credentials that must never leak.
pub fn sending(kind: GatewayKind, fake: &FakeGateway, name: &str) -> Gateway {
    let (send_url, account, secret, inbound) = match kind {
        GatewayKind::Kannel => (
            fake.url("/cgi-bin/sendsms"),
            Some("tester"),
            PASSWORD,
            KANNEL_TOKEN,
        ),
        GatewayKind::Twilio => (
            fake.url("/2010-04-01"),
            Some("AC0001"),
            "twilio-auth",
            TWILIO_TOKEN,
        ),
        GatewayKind::Generic => (fake.url("/send"), None, "agg-key", GENERIC_SECRET),
    };
    Gateway {
        reply: ReplyMode::Outbox,
        outbound: Some(Outbound {
            send_url,
            account: account.map(str::to_owned),
            secret: Secret::new(secret),
        }),
        ..gateway(name, kind, Locale::Es, false, inbound)
    }
}

fn adapter(gateway: &Gateway) -> SharedSender {
    sender_for(gateway, QUICK).unwrap().unwrap()
}

fn sms(text: &str, coding: Coding) -> OutboundSms<'_> {
    OutboundSms {
        to: NUMBER,
        text,
        coding,
        reference: "r1",
        idempotency_key: "k:in-1",
        report_url: REPORT,
        now: Utc::now(),
    }
}

fn assert_secret_free(error: &SendError) {
    let text = error.to_string();
    for secret in [
        NUMBER,
        "5491155550000",
        PASSWORD,
        "twilio-auth",
        "agg-key",
        "tester",
    ] {
        assert!(!text.contains(secret), "{text}");
    }
}

#[tokio::test]
async fn kannel_sends_what_sendsms_needs() {
    let fake = FakeGateway::start().await;
    let kannel = adapter(&sending(GatewayKind::Kannel, &fake, "k"));
    assert_eq!(
        kannel.send(&sms("Hola", Coding::Gsm7)).await,
        Ok(Accepted::default())
    );
    let ucs2 = "Autorização necessária";
    kannel.send(&sms(ucs2, Coding::Ucs2)).await.unwrap();
    let seen = fake.accepted();
    assert_eq!(seen.len(), 2);
    let gsm = &seen[0];
    assert_eq!(
        (gsm.method.as_str(), gsm.path.as_str()),
        ("GET", "/cgi-bin/sendsms")
    );
    for (name, value) in [
        ("username", "tester"),
        ("password", PASSWORD),
        ("from", "7777"),
        ("to", NUMBER),
        ("text", "Hola"),
        ("charset", "UTF-8"),
        ("dlr-mask", "31"),
        ("dlr-url", REPORT),
    ] {
        assert_eq!(gsm.param(name), Some(value), "{name}");
    }
    assert_eq!(gsm.param("coding"), None, "GSM-7 is Kannel's default");
    assert_eq!(seen[1].param("coding"), Some("2"), "UCS-2 must be asked for");
    assert_eq!(seen[1].param("text"), Some(ucs2), "sent as UTF-8, unaltered");
}

#[tokio::test]
async fn kannel_errors_are_sorted_and_say_no_secret() {
    let fake = FakeGateway::start().await;
    let kannel = adapter(&sending(GatewayKind::Kannel, &fake, "k"));
    let cases = [
        (Mode::Status(500), SendError::Retryable("HTTP 500".to_owned())),
        (Mode::Status(503), SendError::Retryable("HTTP 503".to_owned())),
        (Mode::Status(429), SendError::Retryable("HTTP 429".to_owned())),
        (Mode::Status(403), SendError::Permanent("HTTP 403".to_owned())),
        (Mode::Status(400), SendError::Permanent("HTTP 400".to_owned())),
        (Mode::Status(302), SendError::Permanent("HTTP 302".to_owned())),
        (
            Mode::Hang(Duration::from_secs(3)),
            SendError::Retryable("timeout".to_owned()),
        ),
    ];
    let tried = cases.len();
    for (mode, expected) in cases {
        fake.set(mode);
        let error = kannel.send(&sms("Hola", Coding::Gsm7)).await.unwrap_err();
        assert_eq!(error, expected, "{mode:?}");
        assert_secret_free(&error);
    }
    assert!(fake.accepted().is_empty());
    assert_eq!(fake.received().len(), tried);

    // Nobody listening: the port of a listener just closed.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = closed.local_addr().unwrap();
    drop(closed);
    let mut gateway = sending(GatewayKind::Kannel, &fake, "k");
    gateway.outbound.as_mut().unwrap().send_url = format!("http://{address}/cgi-bin/sendsms");
    let error = adapter(&gateway)
        .send(&sms("Hola", Coding::Gsm7))
        .await
        .unwrap_err();
    assert_eq!(error, SendError::Retryable("cannot connect".to_owned()));
}

#[tokio::test]
async fn twilio_posts_a_form_with_basic_auth_and_reads_the_sid() {
    let fake = FakeGateway::start().await;
    let twilio = adapter(&sending(GatewayKind::Twilio, &fake, "tw"));
    let accepted = twilio.send(&sms("Olá", Coding::Ucs2)).await.unwrap();
    assert_eq!(
        accepted.gateway_message_id.as_deref(),
        Some(&*format!("SM{:032}", 1))
    );
    let seen = &fake.accepted()[0];
    assert_eq!(seen.method.as_str(), "POST");
    assert_eq!(seen.path, "/2010-04-01/Accounts/AC0001/Messages.json");
    // base64("AC0001:twilio-auth")
    assert_eq!(
        seen.header("authorization"),
        Some("Basic QUMwMDAxOnR3aWxpby1hdXRo")
    );
    assert_eq!(
        seen.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(seen.field("To").as_deref(), Some(NUMBER));
    assert_eq!(seen.field("From").as_deref(), Some("7777"));
    assert_eq!(seen.field("Body").as_deref(), Some("Olá"));
    assert_eq!(seen.field("StatusCallback").as_deref(), Some(REPORT));

    fake.set(Mode::Status(400));
    let refused = twilio.send(&sms("x", Coding::Gsm7)).await.unwrap_err();
    assert_eq!(refused, SendError::Permanent("HTTP 400".to_owned()));
    fake.set(Mode::Status(429));
    assert!(matches!(
        twilio.send(&sms("x", Coding::Gsm7)).await,
        Err(SendError::Retryable(_))
    ));
    fake.set(Mode::Hang(Duration::from_secs(3)));
    let slow = twilio.send(&sms("x", Coding::Gsm7)).await.unwrap_err();
    assert_eq!(slow, SendError::Retryable("timeout".to_owned()));
    assert_secret_free(&slow);
}

#[tokio::test]
async fn generic_posts_signed_json_with_the_idempotency_key() {
    let fake = FakeGateway::start().await;
    let generic = adapter(&sending(GatewayKind::Generic, &fake, "agg"));
    let message = sms("Hello", Coding::Gsm7);
    let accepted = generic.send(&message).await.unwrap();
    assert_eq!(accepted.gateway_message_id.as_deref(), Some("agg-1"));
    let seen = &fake.accepted()[0];
    assert_eq!((seen.method.as_str(), seen.path.as_str()), ("POST", "/send"));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    let signature = seen.header("x-signature").unwrap();
    let now = message.now.timestamp();
    assert_eq!(
        verify_generic(b"agg-key", signature, seen.body.as_bytes(), now),
        Ok(())
    );
    assert!(verify_generic(GENERIC_SECRET.as_bytes(), signature, seen.body.as_bytes(), now).is_err());
    let json = seen.json();
    assert_eq!(json["id"], "k:in-1", "the aggregator can drop a repeat");
    assert_eq!(json["ref"], "r1");
    assert_eq!(json["to"], NUMBER);
    assert_eq!(json["from"], "7777");
    assert_eq!(json["text"], "Hello");
    assert_eq!(json["coding"], "gsm7");
    assert_eq!(json["status_url"], REPORT);

    for (code, retry) in [(500, true), (502, true), (401, false), (422, false)] {
        fake.set(Mode::Status(code));
        let error = generic.send(&message).await.unwrap_err();
        assert_eq!(matches!(error, SendError::Retryable(_)), retry, "{code}");
        assert_secret_free(&error);
    }
}

#[tokio::test]
async fn a_gateway_without_sending_settings_has_no_adapter() {
    let fake = FakeGateway::start().await;
    let mut gateway = sending(GatewayKind::Kannel, &fake, "k");
    gateway.outbound = None;
    assert!(sender_for(&gateway, QUICK).unwrap().is_none());
}
