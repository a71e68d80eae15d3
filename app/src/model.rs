//! Plain data the pages show, as the catalogue service returns it. No database types here:
//! these cross from the server crate into the views.

mod comment;
mod common;
mod listing;
mod rating;
mod service;

pub use comment::*;
pub use common::*;
pub use listing::*;
pub use rating::*;
pub use service::*;
