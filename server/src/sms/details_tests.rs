//! Tests for `details.rs`: the essentials of a rich service fit the segment budget under both
//! encoding policies, dropping the least needed parts first; hours are grouped into day runs.

use app::model::{
    AgencyRef, Channel, ChannelKind, Cost, Grouped, Level, Money, OpeningHours, ServiceDetail, ServicePoint,
    ServiceStatus, Text,
};
use chrono::Utc;

use super::*;
use crate::sms::replies::segments;

fn text_of(value: &str) -> Text {
    Text::new(value, Locale::Pt, false)
}

fn channel(kind: ChannelKind) -> Channel {
    Channel {
        kind,
        purpose: None,
        description_html: None,
        url: None,
        phone: None,
        email: None,
        wait_minutes: None,
        processing: None,
        cost: None,
        when_unavailable_html: None,
        hours: Vec::new(),
        points: Vec::new(),
    }
}

fn weekdays(opens: (u8, u8), closes: (u8, u8)) -> Vec<OpeningHours> {
    (1..=5)
        .map(|weekday| OpeningHours {
            weekday,
            opens,
            closes,
        })
        .collect()
}

fn service(documents: &[&str]) -> ServiceDetail {
    let mut web = channel(ChannelKind::Web);
    web.url = Some("https://www.gov.br/pt-br/servicos/emitir-carteira".into());
    let mut office = channel(ChannelKind::Office);
    office.points.push(ServicePoint {
        name: Some(text_of("Superintendência Regional do Trabalho")),
        address: Some(text_of("Rua da Consolação, 1000 - Centro, São Paulo - SP")),
        phone: None,
        email: None,
        hours: weekdays((8, 0), (17, 0)),
    });
    let mut phone = channel(ChannelKind::Phone);
    phone.phone = Some("158".into());
    ServiceDetail {
        id: 42,
        slug: "emitir-carteira".into(),
        name: text_of("Emitir carteira de trabalho e previdência social digital"),
        acronym: None,
        summary: None,
        description_html: None,
        agency: AgencyRef {
            slug: "mte".into(),
            name: text_of("Ministério do Trabalho"),
            acronym: None,
        },
        level: Level::National,
        jurisdictions: Vec::new(),
        status: ServiceStatus::Published,
        fully_online: false,
        start_url: None,
        cost: Cost::Fixed(Money {
            amount_minor: 967_200,
            currency: "BRL".into(),
        }),
        processing: None,
        processing_note: None,
        validity: None,
        validity_note: None,
        eligibility_html: None,
        life_events: Vec::new(),
        topics: Vec::new(),
        popular_names: Vec::new(),
        keywords: Vec::new(),
        languages: Vec::new(),
        steps: Vec::new(),
        documents: vec![Grouped {
            condition: None,
            items: documents.iter().map(|d| text_of(d)).collect(),
        }],
        costs: Vec::new(),
        channels: vec![Grouped {
            condition: None,
            items: vec![web, office, phone],
        }],
        legal_basis_html: None,
        contact_html: None,
        last_verified_on: None,
        updated_at: Utc::now(),
        replacement: None,
    }
}

const TRANSLITERATE: Policy = Policy {
    transliterate: true,
    max_segments: 3,
};
const UCS2: Policy = Policy {
    transliterate: false,
    max_segments: 3,
};

#[test]
fn a_short_service_says_everything() {
    let message = details(
        Locale::Pt,
        &service(&["Documento de identidade", "CPF"]),
        &TRANSLITERATE,
    );
    for expected in [
        "Emitir carteira de trabalho e previdência social digital #042",
        "Custo: R$ 9.672,00",
        "Documentos: Documento de identidade; CPF",
        "Online: https://www.gov.br/pt-br/servicos/emitir-carteira",
        "Rua da Consolação, 1000",
        "(seg-sex 8:00-17:00)",
        "Tel: 158",
        "AVALIAR 042 1-5",
    ] {
        assert!(message.contains(expected), "{expected:?} in {message}");
    }
    assert!(segments(&message, &TRANSLITERATE) <= 3);
}

#[test]
fn a_long_service_is_cut_to_the_budget_least_needed_first() {
    let long: Vec<String> = (1..=6)
        .map(|n| format!("Comprovante número {n} de residência emitido há menos de noventa dias"))
        .collect();
    let documents: Vec<&str> = long.iter().map(String::as_str).collect();
    for policy in [TRANSLITERATE, UCS2] {
        let message = details(Locale::Pt, &service(&documents), &policy);
        assert!(segments(&message, &policy) <= 3, "{message}");
        assert!(message.contains("Custo:"), "{message}");
        assert!(message.contains("#042"), "{message}");
        assert!(
            !message.contains("AVALIAR"),
            "the rating hint goes first: {message}"
        );
        assert!(message.contains("(+"), "dropped documents are counted: {message}");
    }
    let tiny = Policy {
        transliterate: false,
        max_segments: 1,
    };
    let message = details(Locale::Pt, &service(&documents), &tiny);
    assert!(segments(&message, &tiny) <= 1, "{message}");
}

#[test]
fn hours_are_grouped_into_runs_of_days() {
    let mut hours = weekdays((8, 0), (12, 0));
    hours.push(OpeningHours {
        weekday: 7,
        opens: (8, 0),
        closes: (12, 0),
    });
    hours.push(OpeningHours {
        weekday: 6,
        opens: (9, 30),
        closes: (13, 0),
    });
    assert_eq!(
        hours_text(Locale::Es, &hours).as_deref(),
        Some("lun-vie,dom 8:00-12:00, sáb 9:30-13:00")
    );
    let two = [1, 2].map(|weekday| OpeningHours {
        weekday,
        opens: (8, 0),
        closes: (9, 0),
    });
    assert_eq!(hours_text(Locale::En, &two).as_deref(), Some("Mon,Tue 8:00-9:00"));
    assert_eq!(hours_text(Locale::En, &[]), None);
}

#[test]
fn costs_read_as_on_the_web() {
    assert_eq!(cost_text(Locale::Es, &Cost::Free), tr(Locale::Es, "cost-free"));
    let fee = Money {
        amount_minor: 4550,
        currency: "EUR".into(),
    };
    assert_eq!(
        cost_text(Locale::Fr, &Cost::Fixed(fee.clone())),
        format_money(Locale::Fr, &fee)
    );
}
