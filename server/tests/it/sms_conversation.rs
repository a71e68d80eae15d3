//! The SMS conversation end to end over the gateways' webhooks: search, details by number and by
//! code, more results, ratings, help, opt-out and back, in Spanish (Kannel) and Portuguese
//! (Twilio); municipality and language; a retried message answered once.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::db::entities::{sms_message, sms_phone, sms_rating};

use crate::helpers::{Backend, count};
use crate::on_both_backends;
use crate::sms_support::{KannelPhone, TwilioPhone, codes, sms_app};

async fn stars(app: &crate::helpers::TestApp) -> Vec<i16> {
    sms_rating::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.stars)
        .collect()
}

async fn spanish_conversation_through_kannel(backend: Backend) {
    let app = sms_app(backend).await;
    let phone = KannelPhone::new(&app, "kannel-es", "+54 9 11 5555-0000");

    let list = phone.send("certificado").await;
    let first = codes(&list);
    assert_eq!(first.len(), 3, "{list}");
    assert!(list.starts_with("1) Certificado"), "{list}");
    assert!(list.contains("MAS"), "more results are offered: {list}");

    let second = phone.send("2").await;
    assert!(second.contains(&format!("#{}", first[1])), "{second}");
    assert!(second.contains("Costo:"), "{second}");
    assert!(second.contains("Documentos: DNI"), "{second}");

    let by_code = phone.send(&first[0]).await;
    assert!(by_code.contains(&format!("#{}", first[0])), "{by_code}");
    assert!(by_code.lines().count() >= 3, "{by_code}");

    let more = phone.send("MAS").await;
    let next = codes(&more);
    assert_eq!(next.len(), 2, "five certificates in all: {more}");
    assert!(next.iter().all(|code| !first.contains(code)), "{more}");
    assert!(!more.contains("MAS:"), "nothing after these: {more}");
    assert!(
        phone.send("1").await.contains(&format!("#{}", next[0])),
        "numbers follow the last list"
    );
    assert!(phone.send("mas").await.contains("No hay más resultados"));

    let rated = phone.send(&format!("CALIFICAR {} 5", first[0])).await;
    assert!(rated.contains("5 estrellas"), "{rated}");
    assert_eq!(stars(&app).await, vec![5]);
    phone.send(&format!("calificar {} 3", first[0])).await;
    assert_eq!(stars(&app).await, vec![3], "a second rating replaces the first");
    assert!(
        phone
            .send(&format!("CALIFICAR {} 9", first[0]))
            .await
            .contains("de 1 a 5")
    );
    assert!(phone.send("CALIFICAR 99999 4").await.contains("código 99999"));
    assert_eq!(count(&app.db, "sms_ratings").await, 1);

    assert!(
        phone
            .send("999999")
            .await
            .contains("No hay ningún servicio con el código 999999")
    );
    assert!(phone.send("zzzqqxx").await.contains("No encontramos servicios"));
    assert!(phone.send("AYUDA").await.contains("CALIFICAR"));

    assert!(phone.send("BAJA").await.contains("no recibirá más mensajes"));
    assert_eq!(phone.send("certificado").await, "", "silent after opting out");
    assert_eq!(phone.send("AYUDA").await, "");
    assert!(phone.send("ALTA").await.contains("Bienvenido"));
    assert_eq!(codes(&phone.send("certificado").await).len(), 3);

    // Only keyed hashes are stored: never the number, in any form.
    let rows = sms_message::Entity::find().all(&app.db).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| r.phone_hash.len() == 24 && !r.phone_hash.contains("5555"))
    );
    let inbound = rows.iter().filter(|r| r.direction == "in").count();
    let outbound = rows.iter().filter(|r| r.direction == "out").count();
    assert_eq!(outbound, inbound - 2, "the two silent turns sent nothing");
    assert_eq!(count(&app.db, "sms_phones").await, 1);
}
on_both_backends!(spanish_conversation, spanish_conversation_through_kannel);

async fn portuguese_conversation_through_twilio(backend: Backend) {
    let app = sms_app(backend).await;
    let phone = TwilioPhone::new(&app, "+5511999990000");
    let list = phone.send("certidão").await;
    let first = codes(&list);
    assert_eq!(first.len(), 3, "{list}");
    assert!(
        list.contains("Certidao"),
        "transliterated for this gateway: {list}"
    );
    assert!(list.contains("MAIS"), "{list}");
    let details = phone.send("1").await;
    assert!(details.contains(&format!("#{}", first[0])), "{details}");
    assert!(details.contains("Custo:"), "{details}");
    let code = &first[2];
    let by_code = phone.send(code).await;
    assert!(by_code.contains(&format!("#{code}")), "{by_code}");
    let more = phone.send("MAIS").await;
    assert_eq!(codes(&more).len(), 1, "four certidoes in all: {more}");
    assert!(
        phone
            .send(&format!("AVALIAR {code} 4"))
            .await
            .contains("4 estrelas")
    );
    assert!(
        phone
            .send(&format!("avaliar {code} 1"))
            .await
            .contains("1 estrela para")
    );
    assert_eq!(stars(&app).await, vec![1]);
    assert!(phone.send("AJUDA").await.contains("AVALIAR"));
    assert!(phone.send("SAIR").await.contains("VOLTAR"));
    assert_eq!(phone.send("certidão").await, "", "an empty TwiML response");
    assert!(phone.send("VOLTAR").await.contains("Bem-vindo"));
    assert_eq!(codes(&phone.send("certidão").await).len(), 3);
}
on_both_backends!(portuguese_conversation, portuguese_conversation_through_twilio);

async fn language_and_municipality_are_remembered(backend: Backend) {
    let app = sms_app(backend).await;
    let phone = KannelPhone::new(&app, "kannel-es", "+50688880000");
    assert!(phone.send("IDIOMA pt").await.contains("português"));
    assert!(phone.send("ajuda").await.contains("Envie o que procura"));
    assert!(phone.send("LANG en").await.contains("English"));
    assert!(phone.send("LANG klingon").await.contains("Languages"));
    assert!(phone.send("LOCAL").await.contains("LOCAL"));
    assert!(phone.send("LOCAL Atlantis").await.contains("No town called"));
    let choose = phone.send("LOCAL San José").await;
    let line = choose
        .lines()
        .find(|line| line.contains("Entre Ríos"))
        .unwrap_or_else(|| panic!("both towns listed: {choose}"));
    assert!(choose.contains("Provincia de San José"), "{choose}");
    let number = &line[..1];
    assert!(phone.send(number).await.contains("your town is San José"));
    let stored = sms_phone::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(stored.place_id.is_some());
    assert_eq!(stored.locale.as_deref(), Some("en"));
    // A new phone on the same gateway gets its default language.
    let other = KannelPhone::new(&app, "kannel-es", "+50688880001");
    assert!(other.send("help").await.contains("Envíe lo que busca"));
}
on_both_backends!(
    language_and_municipality,
    language_and_municipality_are_remembered
);

async fn a_retried_message_is_answered_once(backend: Backend) {
    let app = sms_app(backend).await;
    let phone = KannelPhone::new(&app, "kannel-es", "+5491144440000");
    let first = phone.send_with_id("kannel-abc-1", "certificado").await;
    assert_eq!(first.status, 200);
    let tables = ["sms_messages", "sms_phones", "sms_sessions", "sms_ratings"];
    let mut before = Vec::new();
    for table in tables {
        before.push(count(&app.db, table).await);
    }
    let retry = phone.send_with_id("kannel-abc-1", "certificado").await;
    assert_eq!((retry.status, &retry.body), (200, &first.body), "the same reply");
    assert_eq!(retry.kannel_coding, first.kannel_coding);
    for (table, was) in tables.iter().zip(before) {
        assert_eq!(count(&app.db, table).await, was, "{table}: nothing new");
    }
    // Numbers still refer to the list of the first delivery: the retry did not move it.
    assert!(phone.send("1").await.contains("Costo:"));
    let logged = sms_message::Entity::find()
        .filter(sms_message::Column::GatewayMessageId.eq("kannel-abc-1"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].reply_text.as_deref(), Some(first.body.as_str()));

    // Replies are kept 7 days for retries, lists 30 minutes; then pruning forgets them.
    let later = chrono::Utc::now() + chrono::Duration::days(8);
    assert!(server::sms::log::prune(&app.db, later).await.unwrap() >= 2);
    assert_eq!(count(&app.db, "sms_sessions").await, 0);
    let kept = sms_message::Entity::find().all(&app.db).await.unwrap();
    assert!(kept.iter().all(|m| m.reply_text.is_none()), "no reply text left");
    assert_eq!(kept.len(), 4, "the log of sizes stays");
}
on_both_backends!(retried_message, a_retried_message_is_answered_once);
