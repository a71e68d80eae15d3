//! The SMS simulator: the real conversation, answered as the chosen gateway would send it, with
//! state carried between messages, and nothing logged, counted, rated or sent.

use server::auth::roles::Role;
use server::sms::simulator::{phone_key, transcript};

use crate::admin_support::{Who, signed_in};
use crate::helpers::{Backend, count};
use crate::on_both_backends;
use crate::sms_support::{gateways, sms_app};

const PATH: &str = "/en/admin/sms/simulator";

async fn the_simulator_answers_like_the_channel_and_leaves_no_trace(backend: Backend) {
    let app = sms_app(backend).await;
    let (mut staff, account_id) = signed_in(&app, Who::Staff(Role::Editor), 1).await;

    // A UCS-2 gateway (Spanish): the certificates' list needs UCS-2 ("más") and several parts.
    let sent = staff
        .post_form(PATH, &[("text", "certificado"), ("gateway", "kannel-es")])
        .await;
    assert_eq!(sent.status, 303);
    assert_eq!(
        sent.location.as_deref(),
        Some("/en/admin/sms/simulator?gateway=kannel-es#latest-reply")
    );
    let turns = transcript(&app.db, &gateways(), account_id).await.unwrap();
    let list = turns[0].reply.clone().expect("a reply");
    assert!(list.ucs2 && list.segments.len() >= 2, "{list:?}");
    let page = staff.get(PATH).await;
    let html = page.body.as_str().unwrap();
    assert_eq!(page.status, 200);
    assert!(
        html.contains(&format!("{} parts in UCS-2", list.segments.len())),
        "{html}"
    );
    assert!(html.contains("Certificado de"), "the reply's text is shown");

    // "1" reads the first result of the list the simulator just got.
    staff
        .post_form(PATH, &[("text", "1"), ("gateway", "kannel-es")])
        .await;
    let turns = transcript(&app.db, &gateways(), account_id).await.unwrap();
    let details: String = turns[1]
        .reply
        .clone()
        .unwrap()
        .segments
        .iter()
        .map(|s| s.text.clone())
        .collect();
    assert!(details.contains("Certificado"), "{details}");

    // A botched rating on the Portuguese UCS-2 gateway: its usage (in the phone's language, Spanish by now) takes two parts.
    staff
        .post_form(PATH, &[("text", "AVALIAR"), ("gateway", "kannel-pt")])
        .await;
    let turns = transcript(&app.db, &gateways(), account_id).await.unwrap();
    let usage = turns[2].reply.clone().unwrap();
    assert!(usage.ucs2);
    assert_eq!(usage.segments.len(), 2, "{usage:?}");
    for segment in &usage.segments {
        assert_eq!(segment.size, 67);
        assert_eq!(segment.used, segment.text.encode_utf16().count());
        assert!(segment.used <= 67);
    }
    let html = staff.get(PATH).await.body.as_str().unwrap().to_owned();
    assert!(html.contains("2 parts in UCS-2"), "{html}");
    assert!(html.contains("Part 2 (UCS-2)"));
    assert!(html.contains(&format!(
        "{} of 67 characters (UTF-16 units)",
        usage.segments[1].used
    )));

    // A GSM-7 gateway (Portuguese, transliterating): help in septets of 160 or 153.
    staff
        .post_form(PATH, &[("text", "AJUDA"), ("gateway", "kannel-gsm")])
        .await;
    let turns = transcript(&app.db, &gateways(), account_id).await.unwrap();
    let help = turns[3].reply.clone().unwrap();
    assert!(!help.ucs2);
    let expected_size = if help.segments.len() == 1 { 160 } else { 153 };
    for segment in &help.segments {
        assert_eq!(segment.size, expected_size);
        assert_eq!(
            segment.used,
            segment
                .text
                .chars()
                .map(|c| server::sms::gsm::septets(c).unwrap_or(1))
                .sum::<usize>()
        );
    }
    let html = staff.get(PATH).await.body.as_str().unwrap().to_owned();
    assert!(
        html.contains("(GSM-7)") && html.contains("characters (septets)"),
        "{html}"
    );

    // A search that finds nothing, a rating and STOP: answered, but nothing is kept.
    for text in ["xyzzyq plumbus", "CALIFICAR 001 5", "STOP", "START"] {
        let answer = staff
            .post_form(PATH, &[("text", text), ("gateway", "kannel-es")])
            .await;
        assert_eq!(answer.status, 303, "{text}");
    }
    let turns = transcript(&app.db, &gateways(), account_id).await.unwrap();
    assert_eq!(turns.len(), 8);
    assert!(turns[5].reply.is_some(), "the rating is answered as if saved");
    for table in [
        "sms_messages",
        "sms_ratings",
        "service_ratings",
        "service_rating_totals",
        "sms_query_days",
        "sms_event_days",
        "search_misses",
        "sms_counters",
        "sms_outbox",
    ] {
        assert_eq!(
            count(&app.db, table).await,
            0,
            "the simulator left rows in {table}"
        );
    }

    // Bad input changes nothing and says why.
    let empty = staff
        .post_form(PATH, &[("text", "   "), ("gateway", "kannel-es")])
        .await;
    assert_eq!(
        empty.location.as_deref(),
        Some("/en/admin/sms/simulator?gateway=kannel-es&error=admin-simulator-error-empty#simulator-form")
    );
    let unknown = staff
        .post_form(PATH, &[("text", "hola"), ("gateway", "nope")])
        .await;
    assert!(
        unknown
            .location
            .unwrap()
            .contains("error=admin-simulator-error-gateway")
    );
    let long = "a".repeat(1601);
    let too_long = staff
        .post_form(PATH, &[("text", long.as_str()), ("gateway", "kannel-es")])
        .await;
    assert!(
        too_long
            .location
            .unwrap()
            .contains("error=admin-simulator-error-too-long")
    );
    assert_eq!(count(&app.db, "sms_simulator_turns").await, 8);
    let page = staff
        .get("/en/admin/sms/simulator?error=admin-simulator-error-empty")
        .await;
    assert!(page.body.as_str().unwrap().contains("Write a message first."));

    // Each staff member has a conversation of their own; starting over forgets it.
    let (mut other, other_id) = signed_in(&app, Who::Staff(Role::PlatformAdmin), 2).await;
    other
        .post_form(PATH, &[("text", "1"), ("gateway", "kannel-es")])
        .await;
    let theirs = transcript(&app.db, &gateways(), other_id).await.unwrap();
    let text: String = theirs[0]
        .reply
        .clone()
        .unwrap()
        .segments
        .iter()
        .map(|s| s.text.clone())
        .collect();
    assert!(!text.contains("Certificado"), "no list was sent to them: {text}");
    let reset = staff.post_form("/en/admin/sms/simulator/reset", &[]).await;
    assert_eq!(reset.status, 303);
    assert!(
        transcript(&app.db, &gateways(), account_id)
            .await
            .unwrap()
            .is_empty()
    );
    let key = phone_key(account_id);
    let left = crate::helpers::count_where(&app.db, "sms_phones", "phone_hash", &key).await
        + crate::helpers::count_where(&app.db, "sms_sessions", "phone_hash", &key).await;
    assert_eq!(left, 0);
    assert_eq!(transcript(&app.db, &gateways(), other_id).await.unwrap().len(), 1);
}
on_both_backends!(
    sms_simulator,
    the_simulator_answers_like_the_channel_and_leaves_no_trace
);
