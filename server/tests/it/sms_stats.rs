//! SMS statistics from real inbound messages through the Kannel webhook: messages in and out,
//! opt-outs and opt-ins, the searches asked and those that found nothing; a retried webhook is
//! counted once; the page, its CSV and bad dates.

use server::auth::roles::Role;

use crate::admin_support::{Who, signed_in};
use crate::helpers::{Backend, count};
use crate::on_both_backends;
use crate::sms_support::{KannelPhone, sms_app};

async fn statistics_count_what_phones_sent(backend: Backend) {
    let app = sms_app(backend).await;
    let phone = KannelPhone::new(&app, "kannel-es", "+5491155550001");
    let other = KannelPhone::new(&app, "kannel-es", "+5491155550002");
    phone.send("Certificado").await;
    phone.send("xyzzyq plumbus").await;
    phone.send("STOP").await;
    assert_eq!(phone.send("certificado").await, "", "opted out: silent");
    phone.send("START").await;
    other.send("certificado ").await;
    // A retried delivery of a message already answered counts nothing more.
    let retry = other.send_with_id("+5491155550002-1", "certificado ").await;
    assert_eq!(retry.status, 200);

    let today = chrono::Utc::now().date_naive().format("%Y-%m-%d").to_string();
    let (mut admin, _) = signed_in(&app, Who::Staff(Role::PlatformAdmin), 1).await;
    let csv = admin
        .get(&format!("/en/admin/sms/stats.csv?from={today}&to={today}"))
        .await;
    assert_eq!(csv.status, 200);
    let text = csv.body.as_str().unwrap().to_owned();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("day,messages_in,messages_out,opt_outs,opt_ins")
    );
    // 6 messages in (the silent one too), 5 replies out.
    assert_eq!(lines.next(), Some(format!("{today},6,5,1,1").as_str()), "{text}");
    assert_eq!(lines.next(), None);

    let default = admin.get("/en/admin/sms/stats.csv").await;
    assert_eq!(
        default.body.as_str().unwrap().lines().count(),
        31,
        "30 days and a header"
    );

    let page = admin.get("/en/admin/sms/stats").await;
    assert_eq!(page.status, 200);
    let html = page.body.as_str().unwrap();
    assert!(html.contains("role=\"img\" aria-labelledby=\"sms-messages-title\""));
    assert!(html.contains("<title id=\"sms-opt-outs-title\">"));
    let top = html.split("id=\"top-queries-heading\"").nth(1).unwrap();
    let zero = html.split("id=\"zero-queries-heading\"").nth(1).unwrap();
    // "Certificado" and "certificado " are one query, asked three times (once while opted out:
    // unanswered, so not counted), found every time.
    assert!(
        top.contains("<th scope=\"row\" lang=\"es\">certificado</th><td>Español</td><td class=\"number\">2</td><td class=\"number\">0</td>"),
        "{top}"
    );
    assert!(zero.contains(">xyzzyq plumbus</th>"), "{zero}");
    assert!(!zero.contains(">certificado</th>"));
    assert_eq!(count(&app.db, "sms_query_days").await, 2);
    // The channel's zero-result searches are its own figures, not the web's misses report.
    assert_eq!(count(&app.db, "search_misses").await, 0);

    // Bad dates: a clear error and no figures.
    for (query, message) in [
        ("from=2026-13-01", "Write the dates as YYYY-MM-DD"),
        (
            "from=2026-03-10&to=2026-03-01",
            "The start date is after the end date.",
        ),
        ("from=2024-01-01&to=2026-01-01", "at most 366 days"),
    ] {
        let refused = admin.get(&format!("/en/admin/sms/stats?{query}")).await;
        assert_eq!(refused.status, 400, "{query}");
        assert!(refused.body.as_str().unwrap().contains(message), "{query}");
        let csv = admin.get(&format!("/en/admin/sms/stats.csv?{query}")).await;
        assert_eq!(csv.status, 400, "{query}");
    }
    let spanish = admin.get("/es/admin/sms/stats?to=ayer").await;
    assert!(
        spanish
            .body
            .as_str()
            .unwrap()
            .contains("Escriba las fechas como AAAA-MM-DD")
    );
}
on_both_backends!(sms_statistics, statistics_count_what_phones_sent);
