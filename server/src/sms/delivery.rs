//! Delivery reports: where each gateway is told to send them, how a report proves it is genuine,
//! what each gateway's words mean, and recording one on the outbound message (the log row, and
//! the outbox row when it went through the outbox). The first final report wins; a report for a
//! message we do not know changes nothing.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter};
use sha2::Sha256;

use super::gateways::{Gateway, GatewayKind, Secret};
use super::outbox::Status;
use crate::db::entities::{sms_message, sms_outbox};

/// Kannel reports asked for: delivered (1), not delivered (2), queued on the SMSC (4), taken by
/// the SMSC (8), refused by the SMSC (16).
pub const KANNEL_DLR_MASK: u8 = 31;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// On the handset.
    Delivered,
    /// The operator gave up or refused it.
    Failed,
    /// On its way (taken by the operator); more will follow.
    Accepted,
}

impl Report {
    pub fn code(self) -> &'static str {
        match self {
            Report::Delivered => "delivered",
            Report::Failed => "failed",
            Report::Accepted => "accepted",
        }
    }

    pub fn is_final(self) -> bool {
        self != Report::Accepted
    }

    /// Kannel's `%d`: the report's type bit.
    pub fn from_kannel(status: &str) -> Option<Self> {
        match status.trim() {
            "1" => Some(Report::Delivered),
            "2" | "16" => Some(Report::Failed),
            "4" | "8" => Some(Report::Accepted),
            _ => None,
        }
    }

    /// Twilio's `MessageStatus`.
    pub fn from_twilio(status: &str) -> Option<Self> {
        match status.trim() {
            "delivered" | "read" => Some(Report::Delivered),
            "undelivered" | "failed" | "canceled" => Some(Report::Failed),
            "queued" | "accepted" | "scheduled" | "sending" | "sent" => Some(Report::Accepted),
            _ => None,
        }
    }

    /// The generic webhook's `status`.
    pub fn from_generic(status: &str) -> Option<Self> {
        match status.trim() {
            "delivered" => Some(Report::Delivered),
            "failed" | "undelivered" | "rejected" | "expired" => Some(Report::Failed),
            "accepted" | "queued" | "sent" => Some(Report::Accepted),
            _ => None,
        }
    }
}

/// The token a Kannel report address carries for `reference`: an HMAC under the gateway's secret,
/// so the address proves itself without holding the secret, and each message has its own.
pub fn report_token(secret: &Secret, reference: &str) -> String {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret.expose().as_bytes()) else {
        return String::new();
    };
    mac.update(b"dlr:");
    mac.update(reference.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

pub fn token_matches(secret: &Secret, reference: &str, candidate: &str) -> bool {
    Secret::new(report_token(secret, reference)).matches(candidate)
}

/// The address this gateway reaches us at: its `callback_url`, else `PUBLIC_URL`.
pub fn callback_base(gateway: &Gateway, public_url: &str) -> String {
    gateway
        .callback_url
        .clone()
        .unwrap_or_else(|| public_url.trim_end_matches('/').to_owned())
}

/// Where the gateway reports on the message `reference`. Kannel fills in `%d` itself; the
/// reference and token use only letters, digits, '-' and '_', which Kannel leaves alone.
pub fn report_url(gateway: &Gateway, public_url: &str, reference: &str) -> String {
    let base = callback_base(gateway, public_url);
    let name = &gateway.name;
    match gateway.kind {
        GatewayKind::Kannel => format!(
            "{base}/sms/kannel/{name}/dlr?ref={reference}&token={}&status=%d",
            report_token(&gateway.secret, reference)
        ),
        GatewayKind::Twilio => format!("{base}/sms/twilio/{name}/status?ref={reference}"),
        GatewayKind::Generic => format!("{base}/sms/webhook/{name}/status"),
    }
}

/// What recording a report found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recorded {
    /// The message is known; the report was applied or was older news.
    Known,
    /// No outbound message of this gateway has this reference.
    Unknown,
}

/// Applies `report` to the outbound message `reference` of `gateway`.
pub async fn record(
    db: &impl ConnectionTrait,
    gateway: &str,
    reference: &str,
    report: Report,
    now: DateTime<Utc>,
) -> Result<Recorded, DbErr> {
    let logged = sms_message::Entity::find()
        .filter(sms_message::Column::Gateway.eq(gateway))
        .filter(sms_message::Column::DeliveryRef.eq(reference))
        .count(db)
        .await?;
    let queued = sms_outbox::Entity::find()
        .filter(sms_outbox::Column::Gateway.eq(gateway))
        .filter(sms_outbox::Column::Reference.eq(reference))
        .count(db)
        .await?;
    if logged == 0 && queued == 0 {
        return Ok(Recorded::Unknown);
    }
    // A final report replaces nothing final; "accepted" only fills an empty state.
    let open = if report.is_final() {
        Condition::any()
            .add(sms_message::Column::DeliveryStatus.is_null())
            .add(sms_message::Column::DeliveryStatus.eq(Report::Accepted.code()))
    } else {
        Condition::all().add(sms_message::Column::DeliveryStatus.is_null())
    };
    sms_message::Entity::update_many()
        .col_expr(sms_message::Column::DeliveryStatus, Expr::value(report.code()))
        .col_expr(sms_message::Column::DeliveryAt, Expr::value(now))
        .filter(sms_message::Column::Gateway.eq(gateway))
        .filter(sms_message::Column::DeliveryRef.eq(reference))
        .filter(open)
        .exec(db)
        .await?;
    if report.is_final() {
        let status = if report == Report::Delivered {
            Status::Delivered
        } else {
            Status::Failed
        };
        // Also from queued: a report proves the gateway took a message whose answer we missed
        // (a timeout), so it must not be sent again. The number is no longer needed.
        let mut update = sms_outbox::Entity::update_many()
            .col_expr(sms_outbox::Column::Status, Expr::value(status.code()))
            .col_expr(sms_outbox::Column::ReportedAt, Expr::value(now))
            .col_expr(sms_outbox::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                sms_outbox::Column::Destination,
                Expr::value(Option::<String>::None),
            );
        if status == Status::Failed {
            update = update.col_expr(
                sms_outbox::Column::LastError,
                Expr::value("delivery report: not delivered"),
            );
        }
        update
            .filter(sms_outbox::Column::Gateway.eq(gateway))
            .filter(sms_outbox::Column::Reference.eq(reference))
            .filter(sms_outbox::Column::ReportedAt.is_null())
            .exec(db)
            .await?;
    }
    Ok(Recorded::Known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_gateway_words_map_to_reports() {
        assert_eq!(Report::from_kannel("1"), Some(Report::Delivered));
        assert_eq!(Report::from_kannel("2"), Some(Report::Failed));
        assert_eq!(Report::from_kannel("16"), Some(Report::Failed));
        assert_eq!(Report::from_kannel("8"), Some(Report::Accepted));
        assert_eq!(Report::from_kannel("%d"), None);
        assert_eq!(Report::from_twilio("delivered"), Some(Report::Delivered));
        assert_eq!(Report::from_twilio("undelivered"), Some(Report::Failed));
        assert_eq!(Report::from_twilio("sent"), Some(Report::Accepted));
        assert_eq!(Report::from_twilio("receiving"), None);
        assert_eq!(Report::from_generic("rejected"), Some(Report::Failed));
        assert_eq!(Report::from_generic("DELIVERED"), None, "exact words only");
        assert!(Report::Failed.is_final() && !Report::Accepted.is_final());
    }

    #[test]
    fn tokens_are_per_message_and_per_secret() {
        let secret = Secret::new("kannel-token");
        let token = report_token(&secret, "ref-1");
        assert_eq!(token.len(), 32);
        assert!(!token.contains("kannel"));
        assert!(token_matches(&secret, "ref-1", &token));
        assert!(!token_matches(&secret, "ref-2", &token));
        assert!(!token_matches(&Secret::new("other"), "ref-1", &token));
        assert!(!token_matches(&secret, "ref-1", ""));
        assert!(!token_matches(&secret, "ref-1", "kannel-token"));
    }
}
