//! The server's SMS parsing, signature and segmentation modules, compiled from the server's own
//! source files, so the fuzz targets exercise exactly the code the server runs.

// `commands.rs` names the locale type as `app::locale::Locale`: this crate stands in for `app`.
extern crate self as app;

#[path = "../../../../app/src/locale.rs"]
pub mod locale;

#[path = "../../../src/sms/commands.rs"]
pub mod commands;
#[path = "../../../src/sms/gsm.rs"]
pub mod gsm;
#[path = "../../../src/sms/signatures.rs"]
pub mod signatures;

/// The same paths as in the server crate (`server::sms::…`).
pub mod sms {
    pub use super::{commands, gsm, signatures};
}
