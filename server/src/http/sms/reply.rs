//! What every webhook does once it has a genuine message: the conversation answers it, the reply
//! is planned into segments under the gateway's policy, and then either goes back in the
//! webhook's answer (with, for Kannel, where to report its delivery) or waits in the outbox
//! while the webhook answers at once with nothing.

use chrono::{DateTime, Utc};

use super::super::AppState;
use crate::auth::secrets::random_token;
use crate::sms::delivery::report_url;
use crate::sms::gateways::{Gateway, GatewayKind, ReplyMode};
use crate::sms::gsm::Plan;
use crate::sms::outbox::{self, NewReply};
use crate::sms::{Conversation, Inbound, SentLog};

pub(super) enum Outcome {
    /// Send this in the answer; `report_url` asks the gateway for a delivery report.
    Reply { plan: Plan, report_url: Option<String> },
    /// Waiting in the outbox: the answer carries nothing.
    Queued,
    /// Nothing to send (the phone opted out, or is over its limit and was told).
    Silent,
    /// The reply could not be queued: the gateway should deliver the message again.
    Retry,
}

pub(super) async fn answer(
    state: &AppState,
    gateway: &Gateway,
    inbound: Inbound,
    now: DateTime<Utc>,
) -> Outcome {
    let conversation = Conversation::new(
        state.sms_catalog.clone(),
        state.db.clone(),
        state.auth.secret.clone(),
    )
    .with_phone_limit(state.sms_gateways.phone_limit_per_minute());
    let (from, message_id) = (inbound.from.clone(), inbound.message_id.clone());
    let (reply, reference) = match gateway.reply {
        ReplyMode::Outbox => (conversation.handle(inbound, now).await, None),
        ReplyMode::Sync => {
            // Only Kannel can be told, in its answer, where to report a reply's delivery.
            let reference = (gateway.kind == GatewayKind::Kannel).then(random_token);
            let sent = SentLog {
                delivery_ref: reference.clone(),
            };
            (
                conversation.handle_sent(inbound, Some(sent), now).await,
                reference,
            )
        }
    };
    let Some(plan) = reply.plan else {
        return Outcome::Silent;
    };
    match gateway.reply {
        // Queued on retries too: the key makes it once only, and a first delivery that failed
        // between answering and queueing is covered by the gateway's retry.
        ReplyMode::Outbox => {
            let phone_hash = conversation.phone_hash(&from);
            let queued = NewReply {
                gateway: &gateway.name,
                inbound_id: &message_id,
                destination: &from,
                phone_hash: &phone_hash,
                locale: reply.locale,
                plan: &plan,
            };
            match outbox::enqueue(&state.db, &queued, now).await {
                Ok(_) => Outcome::Queued,
                Err(error) => {
                    tracing::error!(%error, gateway = %gateway.name, phone = %phone_hash, "cannot queue an SMS reply");
                    Outcome::Retry
                }
            }
        }
        // A retry's reply was logged the first time, and its delivery report asked for then.
        ReplyMode::Sync if reply.duplicate => Outcome::Reply {
            plan,
            report_url: None,
        },
        ReplyMode::Sync => {
            let report_url =
                reference.map(|reference| report_url(gateway, &state.auth.origin_text(), &reference));
            Outcome::Reply { plan, report_url }
        }
    }
}
