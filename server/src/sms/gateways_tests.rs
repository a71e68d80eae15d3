//! Reading the gateways file: defaults, the outbound settings, and a clear refusal (naming the
//! variable, never its value) for each bad entry.

use super::*;

fn env(name: &str) -> Option<String> {
    match name {
        "SMS_TOKEN_A" => Some("s3cret".to_owned()),
        "KANNEL_SEND_PW" => Some("sendpw".to_owned()),
        _ => None,
    }
}

#[test]
fn reads_gateways_with_defaults() {
    let json = r#"{ "gateways": [
        { "name": "claro-ar", "kind": "kannel", "short_code": "7777", "language": "es",
          "secret_env": "SMS_TOKEN_A" },
        { "name": "tw", "kind": "twilio", "short_code": "+15005550006", "encoding": "ucs2",
          "max_segments": 2, "max_per_second": 1, "secret_env": "SMS_TOKEN_A",
          "public_url": "https://gov.example/sms/twilio/tw" }
    ] }"#;
    let gateways = SmsGateways::parse(json, env).unwrap();
    let kannel = gateways.get("claro-ar").unwrap();
    assert_eq!(kannel.kind, GatewayKind::Kannel);
    assert_eq!(kannel.language, Some(Locale::Es));
    assert_eq!(
        kannel.policy,
        Policy {
            transliterate: true,
            max_segments: 3
        }
    );
    assert_eq!(kannel.max_per_second, 10);
    assert_eq!(kannel.secret.expose(), "s3cret");
    assert!(
        !format!("{kannel:?}").contains("s3cret"),
        "secrets stay out of logs"
    );
    assert!(kannel.secret.matches("s3cret"));
    assert!(!kannel.secret.matches("s3cret "));
    assert!(!kannel.secret.matches(""));
    let twilio = gateways.get("tw").unwrap();
    assert!(!twilio.policy.transliterate);
    assert_eq!(twilio.language, None);
    assert!(gateways.get("other").is_none());
}

#[test]
fn refuses_bad_entries_saying_why() {
    let cases = [
        (
            r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"MISSING"}"#,
            "MISSING",
        ),
        (
            r#"{"name":"a b","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A"}"#,
            "name",
        ),
        (
            r#"{"name":"a","kind":"smpp","short_code":"1","secret_env":"SMS_TOKEN_A"}"#,
            "unknown variant",
        ),
        (
            r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A","language":"de"}"#,
            "language",
        ),
        (
            r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A","max_segments":0}"#,
            "max_segments",
        ),
        (
            r#"{"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A","token":"x"}"#,
            "unknown field",
        ),
    ];
    for (entry, expected) in cases {
        let json = format!(r#"{{"gateways":[{entry}]}}"#);
        let error = SmsGateways::parse(&json, env).unwrap_err().to_string();
        assert!(error.contains(expected), "{entry}: {error}");
        assert!(!error.contains("s3cret"));
    }
    let twice = r#"{"gateways":[
        {"name":"a","kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A"},
        {"name":"a","kind":"generic","short_code":"2","secret_env":"SMS_TOKEN_A"}]}"#;
    assert!(
        SmsGateways::parse(twice, env)
            .unwrap_err()
            .to_string()
            .contains("twice")
    );
    assert!(SmsGateways::default().is_empty());
}

#[test]
fn reads_outbound_settings() {
    let json = r#"{ "phone_limit_per_minute": 5, "gateways": [
        { "name": "k", "kind": "kannel", "short_code": "7777", "secret_env": "SMS_TOKEN_A",
          "reply": "outbox", "send_url": "http://127.0.0.1:13013/cgi-bin/sendsms",
          "account": "tester", "send_secret_env": "KANNEL_SEND_PW",
          "callback_url": "http://10.0.0.5:3000/" },
        { "name": "t", "kind": "twilio", "short_code": "+15005550006", "secret_env": "SMS_TOKEN_A",
          "reply": "outbox", "account": "AC123" },
        { "name": "g", "kind": "generic", "short_code": "7777", "secret_env": "SMS_TOKEN_A",
          "send_url": "https://aggregator.example/send" },
        { "name": "plain", "kind": "kannel", "short_code": "7777", "secret_env": "SMS_TOKEN_A" }
    ] }"#;
    let gateways = SmsGateways::parse(json, env).unwrap();
    assert_eq!(gateways.phone_limit_per_minute(), 5);
    let kannel = gateways.get("k").unwrap();
    assert_eq!(kannel.reply, ReplyMode::Outbox);
    assert_eq!(kannel.callback_url.as_deref(), Some("http://10.0.0.5:3000"));
    let out = kannel.outbound.as_ref().unwrap();
    assert_eq!(out.send_url, "http://127.0.0.1:13013/cgi-bin/sendsms");
    assert_eq!(out.account.as_deref(), Some("tester"));
    assert_eq!(out.secret.expose(), "sendpw");
    assert!(!format!("{kannel:?}").contains("sendpw"));
    let twilio = gateways.get("t").unwrap().outbound.as_ref().unwrap();
    assert_eq!(twilio.send_url, TWILIO_API);
    assert_eq!(twilio.secret.expose(), "s3cret", "the auth token signs and sends");
    let generic = gateways.get("g").unwrap();
    assert_eq!(generic.reply, ReplyMode::Sync, "sync unless asked");
    assert_eq!(generic.outbound.as_ref().unwrap().secret.expose(), "s3cret");
    let plain = gateways.get("plain").unwrap();
    assert_eq!((plain.reply, plain.outbound.is_none()), (ReplyMode::Sync, true));
    assert_eq!(
        SmsGateways::parse(r#"{"gateways":[]}"#, env)
            .unwrap()
            .phone_limit_per_minute(),
        DEFAULT_PHONE_LIMIT_PER_MINUTE
    );
}

#[test]
fn refuses_incomplete_outbound_settings() {
    let base = r#""kind":"kannel","short_code":"1","secret_env":"SMS_TOKEN_A""#;
    let cases = [
        (r#""reply":"outbox""#, "needs send_url"),
        (
            r#""send_url":"http://k/sendsms","send_secret_env":"KANNEL_SEND_PW""#,
            "account",
        ),
        (
            r#""send_url":"http://k/sendsms","account":"u""#,
            "send_secret_env",
        ),
        (
            r#""send_url":"http://k/sendsms","account":"u","send_secret_env":"NOPE""#,
            "NOPE is not set",
        ),
        (
            r#""send_url":"ftp://k","account":"u","send_secret_env":"KANNEL_SEND_PW""#,
            "send_url must",
        ),
        (r#""callback_url":"k:3000""#, "callback_url must"),
        (r#""reply":"later""#, "unknown variant"),
    ];
    for (fields, expected) in cases {
        let json = format!(r#"{{"gateways":[{{"name":"a",{base},{fields}}}]}}"#);
        let error = SmsGateways::parse(&json, env).unwrap_err().to_string();
        assert!(error.contains(expected), "{fields}: {error}");
        assert!(!error.contains("sendpw") && !error.contains("s3cret"));
    }
    let twilio = r#"{"gateways":[{"name":"t","kind":"twilio","short_code":"1","secret_env":"SMS_TOKEN_A","reply":"outbox"}]}"#;
    assert!(
        SmsGateways::parse(twilio, env)
            .unwrap_err()
            .to_string()
            .contains("send_url")
    );
    let limit = r#"{"gateways":[],"phone_limit_per_minute":0}"#;
    assert!(
        SmsGateways::parse(limit, env)
            .unwrap_err()
            .to_string()
            .contains("phone_limit_per_minute")
    );
}
