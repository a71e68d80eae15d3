//! The gateways' side of the SMS channel: each bad request gets a clear answer and stores
//! nothing; Twilio signatures and the generic webhook's replay window are enforced; Kannel is
//! told when a reply must go out in UCS-2.

use server::sms::signatures::sign_generic;

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use crate::sms_support::{
    GENERIC_SECRET, KANNEL_TOKEN, KannelPhone, TWILIO_TOKEN, kannel, sms_app, twilio, twiml_message,
};

async fn nothing_stored(app: &TestApp) {
    for table in ["sms_messages", "sms_phones", "sms_sessions", "sms_ratings"] {
        assert_eq!(count(&app.db, table).await, 0, "{table}");
    }
}

async fn bad_requests_get_clear_answers_and_store_nothing(backend: Backend) {
    let app = sms_app(backend).await;
    let good = [
        ("from", "+5491155550000"),
        ("to", "7777"),
        ("text", "certificado"),
        ("id", "k-1"),
        ("token", KANNEL_TOKEN),
    ];
    let unknown = kannel(&app, "nope", &good).await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.body, "Pasarela SMS desconocida.");
    let wrong_kind = app
        .client
        .post(app.url("/sms/twilio/kannel-es"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        wrong_kind.status().as_u16(),
        404,
        "a Kannel gateway is not a Twilio one"
    );

    let mut forged = good.to_vec();
    forged[4] = ("token", "guess");
    let refused = kannel(&app, "kannel-es", &forged).await;
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("Solicitud rechazada"), "{}", refused.body);
    let no_token = kannel(&app, "kannel-pt", &good[..4]).await;
    assert_eq!(no_token.status, 403);
    assert!(
        no_token.body.contains("Pedido recusado"),
        "in the gateway's language"
    );

    let missing = kannel(&app, "kannel-es", &[("text", "hola"), ("token", KANNEL_TOKEN)]).await;
    assert_eq!(missing.status, 400);
    assert_eq!(missing.body, "Faltan campos obligatorios: id, from.");
    let no_text = kannel(&app, "kannel-es", &[good[0], good[3], good[4]]).await;
    assert_eq!(
        (no_text.status, no_text.body.as_str()),
        (400, "Faltan campos obligatorios: text.")
    );

    let long = "a".repeat(1601);
    let mut oversized = good.to_vec();
    oversized[2] = ("text", &long);
    let too_long = kannel(&app, "kannel-es", &oversized).await;
    assert_eq!(too_long.status, 400);
    assert_eq!(too_long.body, "El mensaje supera los 1600 caracteres.");
    let at_limit = "a".repeat(1600);
    oversized[2] = ("text", &at_limit);
    oversized[3] = ("id", "k-2");
    nothing_stored(&app).await;
    assert_eq!(
        kannel(&app, "kannel-es", &oversized).await.status,
        200,
        "1600 is allowed"
    );
    assert_eq!(count(&app.db, "sms_messages").await, 2, "one in, one out");
}
on_both_backends!(bad_requests, bad_requests_get_clear_answers_and_store_nothing);

async fn kannel_posts_forms_and_gets_ucs2_replies_flagged(backend: Backend) {
    let app = sms_app(backend).await;
    let ucs2 = KannelPhone::new(&app, "kannel-pt", "+5511988880000")
        .send_with_id("u-1", "autorização")
        .await;
    assert_eq!(ucs2.status, 200);
    assert!(ucs2.body.contains("autorização"), "{}", ucs2.body);
    assert_eq!(
        ucs2.kannel_coding.as_deref(),
        Some("2"),
        "UCS-2 must be asked for"
    );
    let gsm = KannelPhone::new(&app, "kannel-gsm", "+5511988880000")
        .send_with_id("g-1", "autorização")
        .await;
    assert!(gsm.body.contains("autorizacao"), "transliterated: {}", gsm.body);
    assert_eq!(gsm.kannel_coding, None, "GSM-7 is Kannel's default");

    // post-url style: the same fields as a form, the token in the address.
    let response = app
        .client
        .post(app.url(&format!("/sms/kannel/kannel-es?token={KANNEL_TOKEN}")))
        .header("origin", "https://elsewhere.example")
        .form(&[("from", "+5491100000000"), ("text", "AYUDA"), ("id", "p-1")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status().as_u16(),
        200,
        "webhooks are exempt from the same-site check"
    );
    assert!(response.text().await.unwrap().contains("CALIFICAR"));
}
on_both_backends!(kannel_ucs2, kannel_posts_forms_and_gets_ucs2_replies_flagged);

async fn twilio_signatures_are_checked(backend: Backend) {
    let app = sms_app(backend).await;
    let params = [
        ("MessageSid", "SM0001"),
        ("From", "+5511977770000"),
        ("To", "+15005550006"),
        ("Body", "AJUDA"),
    ];
    let (status, body) = twilio(&app, &params, "not-the-token").await;
    assert_eq!(status, 403);
    assert!(body.contains("Pedido recusado"), "{body}");
    let unsigned = app
        .client
        .post(app.url("/sms/twilio/twilio-pt"))
        .form(&params)
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status().as_u16(), 403);
    nothing_stored(&app).await;

    let (status, body) = twilio(&app, &params, TWILIO_TOKEN).await;
    assert_eq!(status, 200);
    assert!(
        body.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"),
        "{body}"
    );
    assert!(twiml_message(&body).unwrap().contains("AVALIAR"), "{body}");
    let (status, body) = twilio(&app, &[("MessageSid", "SM0002"), ("Body", "oi")], TWILIO_TOKEN).await;
    assert_eq!(status, 400);
    assert!(body.contains("from"), "{body}");
}
on_both_backends!(twilio_signatures, twilio_signatures_are_checked);

async fn post_generic(app: &TestApp, body: &str, signature: &str) -> (u16, String) {
    let response = app
        .client
        .post(app.url("/sms/webhook/generic-en"))
        .header("content-type", "application/json")
        .header("x-signature", signature)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

async fn generic_webhook_refuses_replays(backend: Backend) {
    let app = sms_app(backend).await;
    let body = r#"{"id":"agg-1","from":"+15550001111","to":"7777","text":"HELP"}"#;
    let now = chrono::Utc::now().timestamp();
    let stale = sign_generic(GENERIC_SECRET.as_bytes(), body.as_bytes(), now - 301);
    let (status, text) = post_generic(&app, body, &stale).await;
    assert_eq!(status, 403, "a genuine request replayed after 5 minutes");
    assert!(text.contains("Request refused"), "{text}");
    let (status, _) = post_generic(&app, body, "").await;
    assert_eq!(status, 403);
    let forged = sign_generic(b"other secret", body.as_bytes(), now);
    assert_eq!(post_generic(&app, body, &forged).await.0, 403);
    nothing_stored(&app).await;

    let fresh = sign_generic(GENERIC_SECRET.as_bytes(), body.as_bytes(), now);
    let (status, text) = post_generic(&app, body, &fresh).await;
    assert_eq!(status, 200, "{text}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(json["reply"].as_str().unwrap().contains("RATE"), "{json}");
    assert_eq!(json["coding"], "gsm7");
    let segments = json["segments"].as_array().unwrap();
    assert!(!segments.is_empty() && segments.len() <= 3, "{json}");
    let joined: String = segments.iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(joined, json["reply"].as_str().unwrap());

    let incomplete = r#"{"id":"agg-2","text":"HELP"}"#;
    let signed = sign_generic(GENERIC_SECRET.as_bytes(), incomplete.as_bytes(), now);
    let (status, text) = post_generic(&app, incomplete, &signed).await;
    assert_eq!((status, text.as_str()), (400, "Required fields missing: from."));
}
on_both_backends!(generic_replay_window, generic_webhook_refuses_replays);
