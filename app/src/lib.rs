//! The one-stop shop's user interface: server-rendered pages, the islands that enhance them in the
//! browser, and the plain data types and service traits shared with the server.
//!
//! Only `locale`, `model` and `islands` are compiled for the browser: everything else is
//! server-side rendering, kept out of the wasm bundle by the `ssr` feature.

#![recursion_limit = "256"]

pub mod islands;
pub mod locale;
pub mod model;

#[cfg(feature = "ssr")]
pub mod accounts;
#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
pub mod comments;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod performance;
#[cfg(feature = "ssr")]
pub mod ratings;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(feature = "ssr")]
pub mod site;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
