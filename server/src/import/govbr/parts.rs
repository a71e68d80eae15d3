//! Documents, costs and channels of a step, each under its default or one of its cases.

use app::model::ChannelKind;
use roxmltree::Node;

use super::service::is_web_address;
use super::xml::{child, child_text, children, text_of};
use crate::import::markup::{brazilian_amount_minor, markdown, plain};
use crate::import::record::{ChannelRecord, CostItemRecord, DocumentRecord, PartPlace};

/// The cases ("if you are naturalised…") of one service, numbered in order of appearance.
#[derive(Default)]
pub struct Conditions {
    labels: Vec<String>,
}

impl Conditions {
    fn index(&mut self, label: &str) -> Option<usize> {
        let label = plain(label);
        if label.is_empty() {
            return None;
        }
        if let Some(index) = self.labels.iter().position(|known| *known == label) {
            return Some(index);
        }
        self.labels.push(label);
        Some(self.labels.len() - 1)
    }

    pub fn into_labels(self) -> Vec<String> {
        self.labels
    }
}

/// The `default` and `caso` sections of a list, each with the place its items go.
fn sections<'a, 'input>(
    list: Option<Node<'a, 'input>>,
    place: PartPlace,
    conditions: &mut Conditions,
) -> Vec<(Node<'a, 'input>, PartPlace)> {
    let Some(list) = list else { return Vec::new() };
    list.children()
        .filter(|n| n.is_element())
        .filter_map(|section| match section.tag_name().name() {
            "default" => Some((section, place)),
            "caso" => {
                let condition = conditions.index(section.attribute("descricao").unwrap_or_default());
                Some((section, PartPlace { condition, ..place }))
            }
            _ => None,
        })
        .collect()
}

pub fn documents_of(step: Node, place: PartPlace, conditions: &mut Conditions) -> Vec<DocumentRecord> {
    sections(child(step, "documentos"), place, conditions)
        .into_iter()
        .flat_map(|(section, place)| {
            section
                .children()
                .filter(|n| n.is_element())
                .filter_map(|entry| match entry.tag_name().name() {
                    "item" => text_of(entry),
                    "documento" => child_text(entry, "descricao"),
                    _ => None,
                })
                .map(|text| plain(&text))
                .filter(|text| !text.is_empty())
                .map(move |description| DocumentRecord { place, description })
                .collect::<Vec<_>>()
        })
        .collect()
}

pub fn currency_code(symbol: &str) -> Option<&'static str> {
    match symbol.trim() {
        "R$" | "BRL" | "r$" => Some("BRL"),
        "US$" | "USD" | "$" => Some("USD"),
        "€" | "EUR" => Some("EUR"),
        _ => None,
    }
}

pub fn costs_of(step: Node, place: PartPlace, conditions: &mut Conditions) -> Vec<CostItemRecord> {
    sections(child(step, "custos"), place, conditions)
        .into_iter()
        .flat_map(|(section, place)| {
            children(section, "custo")
                .filter_map(|cost| {
                    let description = child_text(cost, "descricao")
                        .map(|d| plain(&d))
                        .filter(|d| !d.is_empty());
                    let currency = child_text(cost, "moeda").and_then(|m| currency_code(&m));
                    let amount = child_text(cost, "valor").and_then(|v| brazilian_amount_minor(&v));
                    let (amount_minor, currency) = match (amount, currency) {
                        (Some(amount), Some(currency)) => (Some(amount), Some(currency.to_owned())),
                        _ => (None, None),
                    };
                    (description.is_some() || amount_minor.is_some()).then_some(CostItemRecord {
                        place,
                        description,
                        amount_minor,
                        currency,
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn kind_and_purpose(tipo: &str) -> Option<(ChannelKind, Option<&'static str>)> {
    let web = |purpose| Some((ChannelKind::Web, Some(purpose)));
    match tipo.trim() {
        "web" => Some((ChannelKind::Web, None)),
        "presencial" => Some((ChannelKind::Office, None)),
        "telefone" => Some((ChannelKind::Phone, None)),
        "fax" => Some((ChannelKind::Phone, Some("fax"))),
        "e-mail" => Some((ChannelKind::Email, None)),
        "postal" => Some((ChannelKind::Mail, None)),
        "sms" => Some((ChannelKind::Sms, None)),
        "aplicativo-movel" => Some((ChannelKind::App, None)),
        "web-acompanhar" => web("track"),
        "web-agendar" => web("schedule"),
        "web-calcular-taxas" => web("calculate_fees"),
        "web-consultar" => web("look_up"),
        "web-declarar" => web("declare"),
        "web-emitir" => web("issue"),
        "web-inscrever-se" => web("enrol"),
        "web-postos-de-atendimento" => web("find_office"),
        "web-preencher" => web("fill_in"),
        "web-simular" => web("simulate"),
        _ => None,
    }
}

fn looks_like_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits >= 8 && text.chars().all(|c| c.is_ascii_digit() || " ()-+./".contains(c))
}

fn looks_like_email(text: &str) -> bool {
    let mut parts = text.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(user), Some(domain), None)
        if !user.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace))
}

fn wait_minutes(channel: Node) -> Option<i32> {
    let amount: i32 = channel.attribute("tempo-estimado-espera")?.trim().parse().ok()?;
    match channel.attribute("tempo-estimado-periodo").map(str::trim) {
        Some("horas") => amount.checked_mul(60),
        Some("minutos") | None => Some(amount),
        _ => None,
    }
}

pub fn channels_of(step: Node, place: PartPlace, conditions: &mut Conditions) -> Vec<ChannelRecord> {
    sections(child(step, "canais-de-prestacao"), place, conditions)
        .into_iter()
        .flat_map(|(section, place)| {
            children(section, "canal-de-prestacao")
                .filter_map(|channel| {
                    let (kind, purpose) = kind_and_purpose(channel.attribute("tipo").unwrap_or_default())?;
                    let text = child_text(channel, "descricao")
                        .map(|d| html_escape::decode_html_entities(&d).trim().to_owned());
                    let mut record = ChannelRecord {
                        place,
                        kind,
                        purpose,
                        url: None,
                        phone: None,
                        email: None,
                        wait_minutes: wait_minutes(channel),
                        description_html: None,
                        when_unavailable_html: channel
                            .attribute("procedimento-sistema-indisponivel")
                            .and_then(markdown),
                        hours: Vec::new(),
                        points: Vec::new(),
                    };
                    match text {
                        Some(text) if kind == ChannelKind::Web && is_web_address(&text) => {
                            record.url = Some(text)
                        }
                        Some(text) if kind == ChannelKind::Email && looks_like_email(&text) => {
                            record.email = Some(text)
                        }
                        Some(text) if kind == ChannelKind::Phone && looks_like_phone(&text) => {
                            record.phone = Some(text)
                        }
                        Some(text) => record.description_html = markdown(&text),
                        None => {}
                    }
                    Some(record)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_types_map_to_kinds_and_purposes() {
        assert_eq!(
            kind_and_purpose("web-agendar"),
            Some((ChannelKind::Web, Some("schedule")))
        );
        assert_eq!(kind_and_purpose("presencial"), Some((ChannelKind::Office, None)));
        assert_eq!(kind_and_purpose("pombo-correio"), None);
    }

    #[test]
    fn contact_details_are_recognised() {
        assert!(looks_like_phone("(21) 3289-8674"));
        assert!(looks_like_phone("6133126000"));
        assert!(!looks_like_phone("Ligue 136"));
        assert!(looks_like_email("consulta.acervo@rb.gov.br"));
        assert!(!looks_like_email("escreva para nós@"));
    }
}
