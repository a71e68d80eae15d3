//! Building blocks shared by the pages.

mod chrome;
mod content;
mod format;
mod listing;
mod status;

pub use chrome::{SiteFooter, SiteHeader};
pub use content::{FallbackNotice, LocalizedHtml, LocalizedText};
pub use format::{cost_text, duration_text, hours_text, weekday_name};
pub use listing::{Pagination, ServiceList, encode};
pub use status::{ErrorContent, ErrorPage, set_status};
