//! Sending through a generic aggregator: a JSON `POST` signed like the webhooks it sends us
//! (`X-Signature: t=<unix time>,v1=<HMAC-SHA256 of "t.body">`), carrying our idempotency key as
//! `id` so the aggregator can drop a repeat, and where to report delivery.

use serde::Deserialize;

use super::gateways::Outbound;
use super::log::coding_code;
use super::send::{Accepted, OutboundSms, SendError, SmsSender, execute};
use super::signatures::sign_generic;

pub struct GenericSender {
    http: reqwest::Client,
    outbound: Outbound,
    from: String,
}

impl GenericSender {
    pub fn new(http: reqwest::Client, outbound: Outbound, from: String) -> Self {
        Self { http, outbound, from }
    }
}

#[derive(Deserialize)]
struct Taken {
    id: Option<String>,
}

#[async_trait::async_trait]
impl SmsSender for GenericSender {
    async fn send(&self, sms: &OutboundSms<'_>) -> Result<Accepted, SendError> {
        let body = serde_json::json!({
            "id": sms.idempotency_key,
            "ref": sms.reference,
            "from": self.from,
            "to": sms.to,
            "text": sms.text,
            "coding": coding_code(sms.coding),
            "status_url": sms.report_url,
        })
        .to_string();
        let signature = sign_generic(
            self.outbound.secret.expose().as_bytes(),
            body.as_bytes(),
            sms.now.timestamp(),
        );
        let request = self
            .http
            .post(&self.outbound.send_url)
            .header("content-type", "application/json")
            .header("x-signature", signature)
            .body(body);
        let response = execute(request).await?;
        let id = response.json::<Taken>().await.ok().and_then(|taken| taken.id);
        Ok(Accepted {
            gateway_message_id: id,
        })
    }
}
