//! Sending through Kannel's smsbox: `GET …/cgi-bin/sendsms` with the sendsms user's name and
//! password, UTF-8 text (`coding=2` for UCS-2, since Kannel never switches by itself), and a
//! delivery-report address with Kannel's `%d` where it puts the report's type.

use super::delivery::KANNEL_DLR_MASK;
use super::gateways::Outbound;
use super::gsm::Coding;
use super::send::{Accepted, OutboundSms, SendError, SmsSender, execute};

pub struct KannelSender {
    http: reqwest::Client,
    outbound: Outbound,
    from: String,
}

impl KannelSender {
    pub fn new(http: reqwest::Client, outbound: Outbound, from: String) -> Self {
        Self { http, outbound, from }
    }
}

#[async_trait::async_trait]
impl SmsSender for KannelSender {
    async fn send(&self, sms: &OutboundSms<'_>) -> Result<Accepted, SendError> {
        let mask = KANNEL_DLR_MASK.to_string();
        let mut query = vec![
            ("username", self.outbound.account.as_deref().unwrap_or_default()),
            ("password", self.outbound.secret.expose()),
            ("from", self.from.as_str()),
            ("to", sms.to),
            ("text", sms.text),
            ("charset", "UTF-8"),
            ("dlr-mask", mask.as_str()),
            ("dlr-url", sms.report_url),
        ];
        if sms.coding == Coding::Ucs2 {
            query.push(("coding", "2"));
        }
        let request = self.http.get(&self.outbound.send_url).query(&query);
        // Kannel answers "0: Accepted for delivery" (202) and gives no id: reports come back
        // on our own reference, which the dlr-url carries.
        execute(request).await?;
        Ok(Accepted::default())
    }
}
