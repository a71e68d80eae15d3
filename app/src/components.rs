//! Building blocks shared by the pages.

mod account;
pub mod charts;
mod chrome;
mod content;
mod format;
mod listing;
mod status;

pub use account::{
    AccountHead, AlreadySignedIn, Outcome, PasskeyExplained, PasskeyForm, PasskeyScript, PasskeyUnsupported,
};
pub use charts::{BarChart, Chart, Series, ValueKind};
pub use chrome::{SiteFooter, SiteHeader};
pub use content::{FallbackNotice, LocalizedHtml, LocalizedText, TextWithLink};
pub use format::{cost_text, duration_text, hours_text, weekday_name};
pub use listing::{Pagination, ServiceList, encode};
pub use status::{ErrorContent, ErrorPage, set_status};
