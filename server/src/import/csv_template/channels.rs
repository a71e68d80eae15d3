//! The `channels` column: `kind:value` items separated by `|` (`web:https://…|phone:010|
//! office:Plaza Mayor 1`), each checked for the kind of value it must hold.

use app::model::ChannelKind;
use sha2::{Digest, Sha256};

use super::values::{list, web_address};
use crate::import::markup::markdown;
use crate::import::record::{ChannelRecord, PartPlace, PointRecord};
use crate::text::fold;

const KINDS: &str = "web, app, phone, sms, email, mail, office";

fn kind_of(text: &str) -> Option<ChannelKind> {
    match text.trim().to_lowercase().as_str() {
        "web" => Some(ChannelKind::Web),
        "app" => Some(ChannelKind::App),
        "phone" => Some(ChannelKind::Phone),
        "sms" => Some(ChannelKind::Sms),
        "email" | "e-mail" => Some(ChannelKind::Email),
        "mail" | "post" => Some(ChannelKind::Mail),
        "office" => Some(ChannelKind::Office),
        _ => None,
    }
}

fn looks_like_phone(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " ()-+./".contains(c) || c.is_alphabetic())
}

fn looks_like_email(text: &str) -> bool {
    matches!(text.split_once('@'), Some((user, domain))
        if !user.is_empty() && domain.contains('.') && !domain.contains('@')
            && !text.contains(char::is_whitespace))
}

/// Offices at the same address are one service point, whichever services list them.
fn office_point(address: &str) -> PointRecord {
    let key = hex::encode(Sha256::digest(fold(address).as_bytes()));
    PointRecord {
        source_id: format!("csv:office:{}", &key[..24]),
        name: None,
        address: Some(address.to_owned()),
        phone: None,
        email: None,
        postal_code: None,
        latitude: None,
        longitude: None,
        hours: Vec::new(),
    }
}

pub fn channels(text: &str) -> Result<Vec<ChannelRecord>, Vec<String>> {
    let mut channels = Vec::new();
    let mut reasons = Vec::new();
    for item in list(text) {
        let Some((kind, value)) = item
            .split_once(':')
            .and_then(|(k, v)| Some((kind_of(k)?, v.trim())))
        else {
            reasons.push(format!(
                "channel {item:?} does not start with one of {KINDS} and a colon"
            ));
            continue;
        };
        let mut channel = ChannelRecord {
            place: PartPlace::default(),
            kind,
            purpose: None,
            url: None,
            phone: None,
            email: None,
            wait_minutes: None,
            description_html: None,
            when_unavailable_html: None,
            hours: Vec::new(),
            points: Vec::new(),
        };
        let fits = match kind {
            ChannelKind::Web | ChannelKind::App => match web_address("channel", value) {
                Ok(url) => {
                    channel.url = url;
                    channel.url.is_some()
                }
                Err(_) => false,
            },
            ChannelKind::Phone | ChannelKind::Sms => {
                channel.phone = Some(value.to_owned());
                looks_like_phone(value)
            }
            ChannelKind::Email => {
                channel.email = Some(value.to_owned());
                looks_like_email(value)
            }
            ChannelKind::Office => {
                channel.points.push(office_point(value));
                !value.is_empty()
            }
            ChannelKind::Mail => {
                channel.description_html = markdown(value);
                channel.description_html.is_some()
            }
        };
        if fits {
            channels.push(channel);
        } else {
            reasons.push(format!(
                "channel {item:?}: {value:?} is not a valid {} value",
                kind.code()
            ));
        }
    }
    if reasons.is_empty() {
        Ok(channels)
    } else {
        Err(reasons)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_holds_its_value() {
        let found = channels(
            "web:https://sede.example.es/tramite | phone: 010 | email:info@example.es|office:Plaza Mayor 1",
        )
        .unwrap();
        let kinds: Vec<ChannelKind> = found.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                ChannelKind::Web,
                ChannelKind::Phone,
                ChannelKind::Email,
                ChannelKind::Office
            ]
        );
        assert_eq!(found[0].url.as_deref(), Some("https://sede.example.es/tramite"));
        assert_eq!(found[1].phone.as_deref(), Some("010"));
        assert_eq!(found[3].points[0].address.as_deref(), Some("Plaza Mayor 1"));
        assert_eq!(
            found[3].points[0].source_id,
            channels("office: plaza mayor 1").unwrap()[0].points[0].source_id,
            "one address, one point"
        );
    }

    #[test]
    fn wrong_values_and_kinds_are_named() {
        let reasons = channels("web:sede.example.es|fax:123|phone:call us|email:nobody").unwrap_err();
        assert_eq!(reasons.len(), 4, "{reasons:?}");
        assert!(reasons[1].contains("does not start with one of"));
        assert!(channels("").unwrap().is_empty());
    }
}
