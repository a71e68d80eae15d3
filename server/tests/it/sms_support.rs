//! What the SMS tests share: the gateways the test app answers, a small catalogue of Spanish and
//! Portuguese certificates (enough results to page through), and phones that text through Kannel
//! or Twilio.

use std::cell::Cell;

use app::locale::Locale;
use server::sms::gateways::{Gateway, GatewayKind, ReplyMode, Secret, SmsGateways};
use server::sms::gsm::Policy;
use server::sms::signatures::twilio_signature;

use crate::helpers::{Backend, TestApp};

pub const KANNEL_TOKEN: &str = "kannel-test-token";
pub const TWILIO_TOKEN: &str = "twilio-test-token";
pub const TWILIO_URL: &str = "https://gov.example/sms/twilio/twilio-pt";
pub const GENERIC_SECRET: &str = "whsec-test";

pub fn gateway(
    name: &str,
    kind: GatewayKind,
    language: Locale,
    transliterate: bool,
    secret: &str,
) -> Gateway {
    Gateway {
        name: name.to_owned(),
        kind,
        short_code: "7777".to_owned(),
        language: Some(language),
        policy: Policy {
            transliterate,
            max_segments: 3,
        },
        max_per_second: 10,
        secret: Secret::new(secret),
        public_url: (kind == GatewayKind::Twilio).then(|| TWILIO_URL.to_owned()),
        reply: ReplyMode::Sync,
        callback_url: None,
        outbound: None,
    }
}

pub fn gateways() -> SmsGateways {
    SmsGateways::new(vec![
        gateway("kannel-es", GatewayKind::Kannel, Locale::Es, false, KANNEL_TOKEN),
        gateway("kannel-pt", GatewayKind::Kannel, Locale::Pt, false, KANNEL_TOKEN),
        gateway("kannel-gsm", GatewayKind::Kannel, Locale::Pt, true, KANNEL_TOKEN),
        gateway("twilio-pt", GatewayKind::Twilio, Locale::Pt, true, TWILIO_TOKEN),
        gateway(
            "generic-en",
            GatewayKind::Generic,
            Locale::En,
            true,
            GENERIC_SECRET,
        ),
    ])
    .expect("unique names")
    // A whole conversation from one phone takes more messages than a minute allows; the limit
    // itself is tested in sms_limits.rs.
    .with_phone_limit(1000)
}

const HEADER: &str = "source_id,language,name,summary,agency_id,agency_name,level,country_code,\
                      country_name,state_code,state_name,municipality_code,municipality_name,cost,documents,channels";

/// Five Argentine certificates, four Brazilian ones, and two towns called San José.
const ROWS: &[&str] = &[
    "ar-001,es,Certificado de nacimiento,Pida su partida.,renaper,Registro Nacional de las Personas,national,AR,Argentina,,,,,free,DNI|Libreta de familia,web:https://tramites.example.ar/nacimiento|phone:0800 555 0101|office:Av. de Mayo 100 Buenos Aires",
    "ar-002,es,Certificado de matrimonio,Pida el acta.,renaper,Registro Nacional de las Personas,national,AR,Argentina,,,,,1500 ARS,DNI de los contrayentes,web:https://tramites.example.ar/matrimonio",
    "ar-003,es,Certificado de defunción,Pida el acta.,renaper,Registro Nacional de las Personas,national,AR,Argentina,,,,,free,DNI del fallecido,office:Av. de Mayo 100 Buenos Aires",
    "ar-004,es,Certificado de antecedentes penales,Para trabajar.,renaper,Registro Nacional de las Personas,national,AR,Argentina,,,,,variable,DNI,web:https://tramites.example.ar/antecedentes",
    "ar-005,es,Certificado de residencia,Para trámites.,renaper,Registro Nacional de las Personas,national,AR,Argentina,,,,,free,DNI|Factura de servicios,phone:0800 555 0105",
    "br-001,pt,Certidão de nascimento,Segunda via.,cartorios,Cartórios do Brasil,national,BR,Brasil,,,,,free,Documento de identidade,web:https://servicos.example.br/nascimento",
    "br-002,pt,Certidão de casamento,Segunda via.,cartorios,Cartórios do Brasil,national,BR,Brasil,,,,,free,Documento de identidade,web:https://servicos.example.br/casamento",
    "br-003,pt,Certidão de óbito,Segunda via.,cartorios,Cartórios do Brasil,national,BR,Brasil,,,,,free,Documento de identidade,web:https://servicos.example.br/obito",
    "br-004,pt,Certidão negativa de débitos,Para empresas.,cartorios,Cartórios do Brasil,national,BR,Brasil,,,,,free,CNPJ,web:https://servicos.example.br/debitos",
    "ar-101,es,Licencia de conducir,Para manejar.,sj-ar,Municipalidad de San José (AR),municipal,AR,Argentina,AR-E,Entre Ríos,AR-E-001,San José,free,DNI,office:Calle 1 San José",
    "cr-101,es,Patente comercial,Para comercios.,sj-cr,Municipalidad de San José (CR),municipal,CR,Costa Rica,CR-SJ,Provincia de San José,CR-SJ-101,San José,free,Cédula,office:Avenida 2 San José",
];

/// The fixtures plus the certificates, indexed, with the SMS gateways configured.
pub async fn sms_app(backend: Backend) -> TestApp {
    let app = TestApp::with_fixtures_and_sms(backend, gateways()).await;
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("certificates.csv");
    std::fs::write(&path, format!("{HEADER}\n{}\n", ROWS.join("\n"))).expect("write CSV");
    server::import::run(&app.db, server::cli::ImportFormat::Csv, &path, false)
        .await
        .expect("certificates import");
    app.follow_changes().await;
    app
}

/// A response as a test reads it.
pub struct Answer {
    pub status: u16,
    pub kannel_coding: Option<String>,
    pub body: String,
}

/// A phone texting through one Kannel gateway; each message gets a new id.
pub struct KannelPhone<'a> {
    pub app: &'a TestApp,
    pub gateway: &'a str,
    pub number: &'a str,
    sent: Cell<u32>,
}

impl<'a> KannelPhone<'a> {
    pub fn new(app: &'a TestApp, gateway: &'a str, number: &'a str) -> Self {
        Self {
            app,
            gateway,
            number,
            sent: Cell::new(0),
        }
    }

    /// Sends `text` and returns the reply (empty when silent); fails unless answered with 200.
    pub async fn send(&self, text: &str) -> String {
        self.sent.set(self.sent.get() + 1);
        let id = format!("{}-{}", self.number, self.sent.get());
        let answer = self.send_with_id(&id, text).await;
        assert_eq!(answer.status, 200, "{text}: {}", answer.body);
        answer.body
    }

    pub async fn send_with_id(&self, id: &str, text: &str) -> Answer {
        kannel(
            self.app,
            self.gateway,
            &[
                ("from", self.number),
                ("to", "7777"),
                ("text", text),
                ("id", id),
                ("token", KANNEL_TOKEN),
            ],
        )
        .await
    }
}

pub async fn kannel(app: &TestApp, gateway: &str, params: &[(&str, &str)]) -> Answer {
    let response = app
        .client
        .get(app.url(&format!("/sms/kannel/{gateway}")))
        .query(params)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let kannel_coding = response
        .headers()
        .get("x-kannel-coding")
        .map(|v| v.to_str().expect("ASCII").to_owned());
    Answer {
        status,
        kannel_coding,
        body: response.text().await.expect("body"),
    }
}

/// A Twilio-style form post, signed with `token` (pass another to forge it).
pub async fn twilio(app: &TestApp, params: &[(&str, &str)], token: &str) -> (u16, String) {
    let owned: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let signature = twilio_signature(token, TWILIO_URL, &owned);
    let response = app
        .client
        .post(app.url("/sms/twilio/twilio-pt"))
        .header("x-twilio-signature", signature)
        .form(&owned)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// A phone texting through the Twilio-compatible gateway, each message with a new SID.
pub struct TwilioPhone<'a> {
    pub app: &'a TestApp,
    pub number: &'a str,
    sent: Cell<u32>,
}

impl<'a> TwilioPhone<'a> {
    pub fn new(app: &'a TestApp, number: &'a str) -> Self {
        Self {
            app,
            number,
            sent: Cell::new(0),
        }
    }

    /// Sends `text`, signed, and returns the TwiML message (empty when silent).
    pub async fn send(&self, text: &str) -> String {
        self.sent.set(self.sent.get() + 1);
        let sid = format!("SM{:032}", self.sent.get());
        let params = [
            ("MessageSid", sid.as_str()),
            ("From", self.number),
            ("To", "+15005550006"),
            ("Body", text),
        ];
        let (status, body) = twilio(self.app, &params, TWILIO_TOKEN).await;
        assert_eq!(status, 200, "{text}: {body}");
        assert!(body.starts_with("<?xml"), "{body}");
        twiml_message(&body).unwrap_or_default()
    }
}

/// The text of a TwiML reply, or `None` for an empty `<Response/>`.
pub fn twiml_message(body: &str) -> Option<String> {
    let start = body.find("<Message>")? + "<Message>".len();
    let end = body.find("</Message>")?;
    Some(
        body[start..end]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The short codes of a results list, in order ("1) Name #042" → "042").
pub fn codes(reply: &str) -> Vec<String> {
    reply
        .lines()
        .filter_map(|line| line.rsplit_once('#').map(|(_, code)| code.trim().to_owned()))
        .filter(|code| !code.is_empty() && code.chars().all(|c| c.is_ascii_digit()))
        .collect()
}
