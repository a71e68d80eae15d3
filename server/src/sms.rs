//! The SMS channel: how text is encoded and cut into segments, what an inbound message asks
//! for, and whether a gateway's webhook is genuine. Pure functions, so the conversation and the
//! gateway adapters built on them can be tested without a phone network.

pub mod commands;
pub mod gsm;
pub mod signatures;
