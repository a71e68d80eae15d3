//! The only code that runs in the browser. Each island is small, receives its strings from the
//! server (no translations in the bundle) and only adds to markup that works without it.

mod copy_link;
pub mod search_box;

pub use copy_link::CopyLink;
pub use search_box::SearchBox;
