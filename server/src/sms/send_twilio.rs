//! Sending through Twilio's REST API: a form `POST …/Accounts/{sid}/Messages.json` with basic
//! auth (Account SID, auth token), `To`, `From`, `Body` and the status callback address. Twilio
//! picks the encoding itself; its answer names the message's SID.

use serde::Deserialize;

use super::gateways::Outbound;
use super::send::{Accepted, OutboundSms, SendError, SmsSender, execute};

pub struct TwilioSender {
    http: reqwest::Client,
    outbound: Outbound,
    from: String,
}

impl TwilioSender {
    pub fn new(http: reqwest::Client, outbound: Outbound, from: String) -> Self {
        Self { http, outbound, from }
    }
}

#[derive(Deserialize)]
struct Created {
    sid: Option<String>,
}

#[async_trait::async_trait]
impl SmsSender for TwilioSender {
    async fn send(&self, sms: &OutboundSms<'_>) -> Result<Accepted, SendError> {
        let account = self.outbound.account.as_deref().unwrap_or_default();
        let url = format!("{}/Accounts/{account}/Messages.json", self.outbound.send_url);
        let form = [
            ("To", sms.to),
            ("From", self.from.as_str()),
            ("Body", sms.text),
            ("StatusCallback", sms.report_url),
        ];
        let request = self
            .http
            .post(url)
            .basic_auth(account, Some(self.outbound.secret.expose()))
            .form(&form);
        let response = execute(request).await?;
        // Taken is taken: an answer we cannot read must not make us send the message again.
        let sid = response
            .json::<Created>()
            .await
            .ok()
            .and_then(|created| created.sid);
        Ok(Accepted {
            gateway_message_id: sid,
        })
    }
}
