//! The service editor over HTTP: an editor creates a draft through the form and fills each
//! section (general facts, texts in two languages, steps added and removed, a document, a
//! channel with a service point and opening hours, keywords), read back through the service
//! layer; the preview shows the draft under its banner.

use sea_orm::EntityTrait;
use server::auth::roles::Role;
use server::db::entities::service_point;
use server::editorial::snapshot::ServiceSnapshot;
use server::editorial::versions;

use crate::admin_services::member;
use crate::auth_support::{Answer, Browser};
use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

pub fn text(answer: &Answer) -> String {
    answer.body.as_str().unwrap_or_default().to_owned()
}

/// The newest version's content and number.
pub async fn newest(app: &TestApp, actor: &server::editorial::Actor, id: i32) -> (i32, ServiceSnapshot) {
    let open = versions::open(&app.db, actor, id, chrono::Utc::now())
        .await
        .unwrap();
    (open.version.number, open.version.snapshot)
}

/// Posts a section with its version and expects the redirect back to it.
pub async fn save(browser: &mut Browser<'_>, id: i32, fields: &[(&str, &str)]) {
    let answer = browser
        .post_form(&format!("/en/admin/services/{id}/edit"), fields)
        .await;
    assert_eq!(answer.status, 303, "{}", text(&answer));
    assert!(
        answer
            .location
            .unwrap_or_default()
            .contains("done=admin-editor-done-saved")
    );
}

fn get<'a>(s: &'a ServiceSnapshot, field: &str, locale: &str) -> Option<&'a str> {
    s.text(field, locale)
}

async fn an_editor_fills_every_section(backend: Backend) {
    let app = TestApp::with_fixtures(backend).await;
    let (mut editor, actor, own) = member(&app, Role::Editor, 1).await;

    let home = text(&editor.get("/en/admin/services").await);
    assert!(
        home.contains("href=\"/en/admin/services/new\""),
        "linked from the agency home"
    );
    let form = editor.get("/en/admin/services/new").await;
    assert_eq!(form.status, 200);
    assert!(text(&form).contains("name=\"slug\""));
    let created = editor
        .post_form(
            "/en/admin/services/new",
            &[
                ("agency", &own.to_string()),
                ("main_locale", "es"),
                ("slug", "licencia-de-zorblax"),
                ("name", "Licencia de zorblax"),
                ("summary", "Pida la licencia en línea."),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", text(&created));
    let location = created.location.unwrap();
    let id: i32 = location
        .trim_start_matches("/en/admin/services/")
        .split('/')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap();
    assert!(location.contains("/edit?done=admin-editor-done-created"));
    let page = text(&editor.get(&location).await);
    assert!(page.contains("The draft was created."));
    assert!(page.contains("Licencia de zorblax"));
    assert!(
        page.contains("aria-current=\"page\""),
        "the current section and tab"
    );
    assert!(
        page.contains("main language") && page.contains("texts missing"),
        "tab statuses"
    );
    let desk = text(&editor.get(&format!("/en/admin/services/{id}")).await);
    assert!(desk.contains(&format!("href=\"/en/admin/services/{id}/edit\"")));
    assert!(desk.contains(&format!("href=\"/en/admin/services/{id}/preview\"")));

    save(
        &mut editor,
        id,
        &[
            ("section", "general"),
            ("content", "es"),
            ("version", "1"),
            ("level", "state"),
            ("fully_online", "true"),
            ("start_url", "https://tramites.example.gov/zorblax"),
            ("cost.kind", "fixed"),
            ("cost.amount", "12,50"),
            ("cost.currency", "eur"),
            ("processing_kind", "up_to"),
            ("processing_max", "10"),
            ("processing_unit", "working_days"),
        ],
    )
    .await;
    let (version, s) = newest(&app, &actor, id).await;
    assert_eq!(version, 2);
    assert_eq!(s.level, "state");
    assert!(s.fully_online);
    assert_eq!(
        (s.cost_amount_minor, s.cost_currency.as_deref()),
        (Some(1250), Some("EUR"))
    );
    assert_eq!(s.processing_max, Some(10));

    let texts = |locale: &'static str, name: &'static str, version: &'static str| {
        vec![
            ("section", "texts"),
            ("content", locale),
            ("version", version),
            (
                if locale == "es" {
                    "texts.name.es"
                } else {
                    "texts.name.en"
                },
                name,
            ),
            (
                if locale == "es" {
                    "texts.summary.es"
                } else {
                    "texts.summary.en"
                },
                "Resumen / summary.",
            ),
        ]
    };
    save(&mut editor, id, &texts("es", "Licencia de zorblax", "2")).await;
    save(&mut editor, id, &texts("en", "Zorblax licence", "3")).await;
    let (version, s) = newest(&app, &actor, id).await;
    assert_eq!(version, 4);
    assert_eq!(get(&s, "name", "en"), Some("Zorblax licence"));
    assert_eq!(get(&s, "name", "es"), Some("Licencia de zorblax"));
    let tabs = text(
        &editor
            .get(&format!("/en/admin/services/{id}/edit?section=texts&content=en"))
            .await,
    );
    assert!(tabs.contains("value=\"Zorblax licence\""));
    assert!(tabs.contains("complete"), "English now has every text");

    // Steps: "add a row" twice re-renders without saving; the rows are then saved, and one removed.
    let edit = format!("/en/admin/services/{id}/edit");
    let added = editor
        .post_form(
            &edit,
            &[
                ("section", "steps"),
                ("content", "es"),
                ("version", "4"),
                ("row", "add"),
            ],
        )
        .await;
    assert_eq!(added.status, 200);
    assert!(text(&added).contains("name=\"steps.0.title.es\""));
    let added = editor
        .post_form(
            &edit,
            &[
                ("section", "steps"),
                ("content", "es"),
                ("version", "4"),
                ("steps.0.title.es", "Rellene el formulario."),
                ("row", "add"),
            ],
        )
        .await;
    let body = text(&added);
    assert!(body.contains("value=\"Rellene el formulario.\"") && body.contains("name=\"steps.1.title.es\""));
    assert_eq!(newest(&app, &actor, id).await.0, 4, "adding rows saves nothing");
    save(
        &mut editor,
        id,
        &[
            ("section", "steps"),
            ("content", "es"),
            ("version", "4"),
            ("steps.0.title.es", "Rellene el formulario."),
            ("steps.1.title.es", "Pague la tasa."),
            ("steps.1.description.es", "Con tarjeta."),
        ],
    )
    .await;
    let (_, s) = newest(&app, &actor, id).await;
    assert_eq!(s.steps.len(), 2);
    let removed = editor
        .post_form(
            &edit,
            &[
                ("section", "steps"),
                ("content", "es"),
                ("version", "5"),
                ("steps.0.title.es", "Rellene el formulario."),
                ("steps.1.title.es", "Pague la tasa."),
                ("row", "remove-0"),
            ],
        )
        .await;
    assert_eq!(removed.status, 200);
    let body = text(&removed);
    assert!(body.contains("value=\"Pague la tasa.\"") && !body.contains("Rellene el formulario."));
    save(
        &mut editor,
        id,
        &[
            ("section", "steps"),
            ("content", "es"),
            ("version", "5"),
            ("steps.0.title.es", "Pague la tasa."),
        ],
    )
    .await;
    let (_, s) = newest(&app, &actor, id).await;
    assert_eq!(s.steps.len(), 1);
    assert_eq!(s.steps[0]["title"]["es"], "Pague la tasa.");

    save(
        &mut editor,
        id,
        &[
            ("section", "documents"),
            ("content", "es"),
            ("version", "6"),
            ("documents.0.description.es", "Documento de identidad."),
        ],
    )
    .await;
    let point = service_point::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the fixtures hold service points");
    save(
        &mut editor,
        id,
        &[
            ("section", "channels"),
            ("content", "es"),
            ("version", "7"),
            ("channels.0.kind", "office"),
            ("channels.0.url", ""),
            ("channels.0.phone", "+34 900 000 000"),
            ("channels.0.email", ""),
            ("channels.0.service_points", &point.id.to_string()),
            ("channels.0.description.es", "Con cita previa."),
            ("channels.0.hours.0.weekday", "1"),
            ("channels.0.hours.0.opens", "09:00"),
            ("channels.0.hours.0.closes", "14:00"),
            ("channels.0.hours.1.weekday", ""),
            ("channels.0.hours.1.opens", ""),
            ("channels.0.hours.1.closes", ""),
        ],
    )
    .await;
    save(
        &mut editor,
        id,
        &[
            ("section", "terms"),
            ("content", "es"),
            ("version", "8"),
            ("terms.keyword.es", "zorblax\nlicencia\n"),
            ("terms.popular_name.es", "el zorb"),
        ],
    )
    .await;
    let (version, s) = newest(&app, &actor, id).await;
    assert_eq!(version, 9);
    assert_eq!(s.documents.len(), 1);
    assert_eq!(
        s.documents[0].texts["description"]["es"],
        "Documento de identidad."
    );
    let channel = &s.channels[0];
    assert_eq!(channel.kind, "office");
    assert_eq!(channel.service_points, vec![point.id]);
    assert_eq!(channel.hours.len(), 1, "the blank row is not saved");
    assert_eq!(
        (channel.hours[0].weekday, channel.hours[0].opens.as_str()),
        (1, "09:00")
    );
    let terms: Vec<(&str, &str)> = s
        .terms
        .iter()
        .map(|t| (t.kind.as_str(), t.term.as_str()))
        .collect();
    assert_eq!(
        terms,
        [
            ("keyword", "zorblax"),
            ("keyword", "licencia"),
            ("popular_name", "el zorb")
        ]
    );
    let hours = text(&editor.get(&format!("{edit}?section=channels&content=es")).await);
    assert!(hours.contains("value=\"09:00\"") && hours.contains("name=\"channels.0.hours.1.weekday\""));

    // The preview: the draft as citizens will see it, under its banner, never indexed.
    let token = editor.cookie.clone().unwrap();
    let preview = app
        .client
        .get(app.url(&format!("/es/admin/services/{id}/preview")))
        .header(reqwest::header::COOKIE, format!("__Host-session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(preview.status().as_u16(), 200);
    assert!(
        preview.headers()["x-robots-tag"]
            .to_str()
            .unwrap()
            .contains("noindex")
    );
    let body = preview.text().await.unwrap();
    assert!(body.contains("Vista previa: no publicado."));
    assert!(body.contains("Licencia de zorblax") && body.contains("Pague la tasa."));
    assert_eq!(
        app.page("/es/services/licencia-de-zorblax").await.0,
        404,
        "still a draft"
    );
}
on_both_backends!(every_section, an_editor_fills_every_section);
