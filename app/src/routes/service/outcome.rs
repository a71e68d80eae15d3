//! The outcome a rating or feedback form redirected back with: `?done=…` or `?error=…` (only
//! keys the page knows, see [`crate::ratings::OUTCOME_KEYS`]) and, after a "no", `?ticket=…`
//! for the follow-up form. Each section shows the keys of its own prefix.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::t;
use crate::ratings::known_outcome;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormOutcome {
    pub done: Option<&'static str>,
    pub error: Option<&'static str>,
    /// Lets the follow-up to a "no" say what went wrong; only a token-shaped value is kept.
    pub ticket: Option<String>,
}

impl FormOutcome {
    pub fn from_query() -> FormOutcome {
        let query = use_query_map().read_untracked().clone();
        let key = |name: &str| query.get(name).and_then(|key| known_outcome(&key));
        let ticket = query.get("ticket").filter(|ticket| {
            !ticket.is_empty()
                && ticket.len() <= 64
                && ticket
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        FormOutcome {
            done: key("done"),
            error: key("error"),
            ticket,
        }
    }

    /// The confirmation for the section whose keys start with `prefix`.
    pub fn done_for(&self, prefix: &str) -> Option<&'static str> {
        self.done.filter(|key| key.starts_with(prefix))
    }

    pub fn error_for(&self, prefix: &str) -> Option<&'static str> {
        self.error.filter(|key| key.starts_with(prefix))
    }
}

/// The section's confirmation (announced politely) or error (announced at once).
#[component]
pub fn OutcomeNotice(outcome: FormOutcome, prefix: &'static str) -> impl IntoView {
    let error = outcome.error_for(prefix);
    let done = outcome.done_for(prefix);
    view! {
        {error.map(|key| view! { <p class="notice error" role="alert">{t(key)}</p> })}
        {done.map(|key| view! { <p class="notice done" role="status">{t(key)}</p> })}
    }
}
