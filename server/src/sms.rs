//! The SMS channel: how text is encoded and cut into segments, what an inbound message asks
//! for, whether a gateway's webhook is genuine, and the conversation that answers it from the
//! catalogue. The gateways' HTTP adapters live in `http/sms.rs`.

mod actions;
pub mod commands;
pub mod conversation;
mod details;
pub mod gateways;
pub mod gsm;
pub mod log;
pub mod replies;
pub mod signatures;
pub mod store;

pub use conversation::{Conversation, Inbound, Reply};
