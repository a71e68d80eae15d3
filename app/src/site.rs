//! What the pages need to know about the site itself that only the server's configuration says.

/// `scheme://host[:port]` people reach the site at (`PUBLIC_URL`), for links shared elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicOrigin(pub String);

/// An absolute address for a path of this site; the path alone when the server gave no origin.
pub fn absolute_url(path: &str) -> String {
    let origin = leptos::prelude::use_context::<PublicOrigin>()
        .map(|origin| origin.0)
        .unwrap_or_default();
    format!("{}{path}", origin.trim_end_matches('/'))
}
