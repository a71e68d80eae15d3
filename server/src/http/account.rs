//! The account endpoints: plain form posts that answer with a redirect to the page that shows
//! the outcome (`?done=…` or `?error=…`, keys the page knows), and the JSON steps of the passkey
//! ceremonies that `passkeys.js` runs in the browser.

pub mod api;
mod common;
pub mod forms;
pub mod staff_forms;
pub mod view;

pub use common::ClientAddress;
