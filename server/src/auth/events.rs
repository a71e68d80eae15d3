//! The security event log: structured `tracing` events under the `security` target, one per
//! sign-in success or failure, authorization failure and rate-limit hit. Never credentials,
//! tokens, codes or raw addresses: accounts by id, addresses by keyed hash.

pub fn sign_in(account_id: i32, method: &'static str) {
    tracing::info!(target: "security", event = "sign_in_success", account = account_id, method);
}

pub fn sign_in_failed(method: &'static str, reason: &'static str, address: &str) {
    tracing::warn!(target: "security", event = "sign_in_failure", method, reason, address);
}

pub fn signed_out(account_id: i32) {
    tracing::info!(target: "security", event = "sign_out", account = account_id);
}

pub fn forbidden(account_id: Option<i32>, action: &'static str) {
    tracing::warn!(target: "security", event = "authorization_failure", account = account_id, action);
}

pub fn rate_limited(what: &'static str, address: &str) {
    tracing::warn!(target: "security", event = "rate_limited", what, address);
}

pub fn counter_regressed(account_id: i32) {
    tracing::error!(target: "security", event = "passkey_counter_regressed", account = account_id);
}

pub fn account_changed(account_id: i32, change: &'static str) {
    tracing::info!(target: "security", event = "account_changed", account = account_id, change);
}
