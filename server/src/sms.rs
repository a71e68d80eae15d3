//! The SMS channel: how text is encoded and cut into segments, what an inbound message asks
//! for, whether a gateway's webhook is genuine, the conversation that answers it from the
//! catalogue, and the outbound side: the outbox, the sender worker, the gateways' send APIs,
//! delivery reports and rate limits. The gateways' HTTP adapters live in `http/sms.rs`.

mod actions;
pub mod backoff;
pub mod clock;
pub mod commands;
pub mod conversation;
pub mod counters;
pub mod delivery;
mod details;
mod effects;
pub mod gateways;
pub mod gsm;
pub mod log;
pub mod outbox;
pub mod replies;
mod secret;
pub mod send;
mod send_generic;
mod send_kannel;
mod send_twilio;
pub mod signatures;
pub mod simulator;
pub mod stats;
pub mod stats_report;
pub mod store;
mod turn_record;
pub mod worker;

pub use conversation::{Conversation, Inbound, Reply, SentLog};
