//! What each SMS command does: search and page through results, show a service by number or
//! short code, rate it, choose a municipality. Reads go through the catalogue service, as on the
//! web; what an answer changes (the list, a rating) is gathered in [`Effects`] and written with
//! the message.

use app::i18n::{tr, tr_args};
use app::model::{SearchQuery, ServiceDetail, ServiceLookup};

use super::conversation::{Conversation, ConversationError, Turn};
use super::details::details;
use super::effects::Effects;
use super::replies::{self, Entry, LIST_SIZE, id_of_code, number, short_code, text};
use super::store::{self, List, ListKind, Phone};
use crate::text::fold;

type Answer = Result<String, ConversationError>;

/// Places offered to choose from when a name matches several.
const MAX_PLACES: usize = 5;

/// Up to three results from a position in the whole list.
struct Window {
    entries: Vec<Entry>,
    total: u64,
    did_you_mean: Option<String>,
}

impl Conversation {
    /// The first results of a new search, and whether it found any.
    pub(super) async fn search(
        &self,
        turn: &Turn<'_>,
        prefs: &Phone,
        query: &str,
        effects: &mut Effects,
    ) -> Result<(String, bool), ConversationError> {
        let window = self.window(turn, prefs, query, 0).await?;
        if window.entries.is_empty() {
            let query = text(replies::shorten(query, 40));
            let reply = match window.did_you_mean {
                Some(suggestion) => tr_args(
                    turn.locale,
                    "sms-did-you-mean",
                    &[("query", query), ("suggestion", text(suggestion))],
                ),
                None => tr_args(turn.locale, "sms-no-results", &[("query", query)]),
            };
            return Ok((reply, false));
        }
        Ok((self.show(turn, query, 0, window, effects), true))
    }

    pub(super) async fn more(&self, turn: &Turn<'_>, prefs: &Phone, effects: &mut Effects) -> Answer {
        let list = store::list(&self.db, turn.phone, turn.now).await?;
        let Some(list) = list.filter(|l| l.kind == ListKind::Services) else {
            return Ok(tr(turn.locale, "sms-no-list"));
        };
        let next = list.offset + u32::try_from(list.ids.len()).unwrap_or(0);
        let window = self.window(turn, prefs, &list.query, next).await?;
        if window.entries.is_empty() {
            return Ok(tr(turn.locale, "sms-more-none"));
        }
        Ok(self.show(turn, &list.query, next, window, effects))
    }

    /// Remembers the list about to be sent and writes it.
    fn show(
        &self,
        turn: &Turn<'_>,
        query: &str,
        offset: u32,
        window: Window,
        effects: &mut Effects,
    ) -> String {
        let list = List {
            kind: ListKind::Services,
            query: query.to_owned(),
            ids: window.entries.iter().map(|e| e.id).collect(),
            offset,
        };
        effects.save_list(list);
        let shown = u64::from(offset) + window.entries.len() as u64;
        let more = shown < window.total;
        replies::results(turn.locale, &window.entries, more, turn.policy)
    }

    async fn window(
        &self,
        turn: &Turn<'_>,
        prefs: &Phone,
        query: &str,
        offset: u32,
    ) -> Result<Window, ConversationError> {
        let home_place = match prefs.place_id {
            Some(id) => store::place_code(&self.db, id).await?,
            None => None,
        };
        // The engine is asked for one SMS list's worth of hits, not a web page of them.
        let page_size = LIST_SIZE as u32;
        let page = offset / page_size + 1;
        let request = SearchQuery {
            text: query.to_owned(),
            page,
            home_place,
            brief: true,
            per_page: Some(page_size),
            ..SearchQuery::default()
        };
        let found = self.catalog.search(turn.locale, request).await?;
        // Asked past the end, the catalogue answers with its last page: that is not more results.
        let hits = if found.paging.page == page {
            found.results
        } else {
            Vec::new()
        };
        // Lists always start at a multiple of their size; anything else is read from its page.
        let start = (offset % page_size) as usize;
        let entries = hits
            .into_iter()
            .skip(start)
            .filter_map(|hit| {
                hit.service_id.map(|id| Entry {
                    id,
                    name: hit.service.name.value,
                })
            })
            .collect();
        Ok(Window {
            entries,
            total: found.paging.total,
            did_you_mean: found.did_you_mean,
        })
    }

    pub(super) async fn pick(
        &self,
        turn: &Turn<'_>,
        prefs: &mut Phone,
        pick: u8,
        effects: &mut Effects,
    ) -> Answer {
        let Some(list) = store::list(&self.db, turn.phone, turn.now).await? else {
            return Ok(tr(turn.locale, "sms-no-list"));
        };
        let Some(&id) = list.ids.get(usize::from(pick).saturating_sub(1)) else {
            return Ok(tr_args(
                turn.locale,
                "sms-pick-out-of-range",
                &[("last", number(list.ids.len()))],
            ));
        };
        match list.kind {
            ListKind::Services => {
                // Reading a result keeps the list alive for the next number or MAS.
                effects.save_list(list);
                self.details_of(turn, id).await
            }
            ListKind::Places => {
                effects.clear_list();
                self.set_place(turn, prefs, id).await
            }
        }
    }

    pub(super) async fn code(&self, turn: &Turn<'_>, code: &str) -> Answer {
        match id_of_code(code) {
            Some(id) => self.details_of(turn, id).await,
            None => Ok(unknown_code(turn, code)),
        }
    }

    async fn details_of(&self, turn: &Turn<'_>, id: i32) -> Answer {
        Ok(match self.service(turn, id).await? {
            Some(detail) => details(turn.locale, &detail, turn.policy),
            None => unknown_code(turn, &short_code(id)),
        })
    }

    /// The service a short code names, as its page shows it; `None` for drafts and unknown ids.
    async fn service(&self, turn: &Turn<'_>, id: i32) -> Result<Option<ServiceDetail>, ConversationError> {
        let Some(slug) = store::visible_slug(&self.db, id).await? else {
            return Ok(None);
        };
        Ok(match self.catalog.service(turn.locale, &slug).await? {
            ServiceLookup::Found(detail) => Some(*detail),
            ServiceLookup::Moved(_) | ServiceLookup::NotFound => None,
        })
    }

    pub(super) async fn rate(&self, turn: &Turn<'_>, code: &str, stars: u8, effects: &mut Effects) -> Answer {
        let Some(id) = id_of_code(code) else {
            return Ok(unknown_code(turn, code));
        };
        if store::visible_slug(&self.db, id).await?.is_none() {
            return Ok(unknown_code(turn, code));
        }
        // Recorded with the message (the simulator records none: a test must not move totals).
        effects.rating = Some((id, stars));
        Ok(tr_args(
            turn.locale,
            "sms-rate-saved",
            &[
                ("stars", number(usize::from(stars))),
                ("code", text(short_code(id))),
            ],
        ))
    }

    pub(super) async fn local(
        &self,
        turn: &Turn<'_>,
        prefs: &mut Phone,
        name: &str,
        effects: &mut Effects,
    ) -> Answer {
        if name.trim().is_empty() {
            return Ok(tr(turn.locale, "sms-local-usage"));
        }
        let mut found = self.catalog.places(name).await?;
        // "LOCAL Santa Cruz" is a choice, not a question, when only one place is named exactly so.
        let typed = fold(name);
        let exact: Vec<_> = found.iter().filter(|p| fold(&p.name) == typed).cloned().collect();
        if exact.len() == 1 {
            found = exact;
        }
        let mut ids = Vec::new();
        let mut listed = Vec::new();
        for place in found.iter().take(MAX_PLACES) {
            if let Some(id) = store::place_id(&self.db, &place.code).await? {
                ids.push(id);
                listed.push(place.clone());
            }
        }
        match ids.as_slice() {
            [] => Ok(tr_args(
                turn.locale,
                "sms-local-none",
                &[("name", text(replies::shorten(name, 40)))],
            )),
            [id] => self.set_place(turn, prefs, *id).await,
            _ => {
                let list = List {
                    kind: ListKind::Places,
                    query: String::new(),
                    ids,
                    offset: 0,
                };
                effects.save_list(list);
                Ok(replies::places(turn.locale, &listed, found.len() > MAX_PLACES))
            }
        }
    }

    async fn set_place(&self, turn: &Turn<'_>, prefs: &mut Phone, id: i32) -> Answer {
        let place = match store::place_code(&self.db, id).await? {
            Some(code) => self.catalog.place(&code).await?,
            None => None,
        };
        let Some(place) = place else {
            return Ok(tr(turn.locale, "sms-local-usage"));
        };
        prefs.place_id = Some(id);
        Ok(tr_args(
            turn.locale,
            "sms-local-set",
            &[("place", text(place.name))],
        ))
    }
}

fn unknown_code(turn: &Turn<'_>, code: &str) -> String {
    tr_args(
        turn.locale,
        "sms-code-unknown",
        &[("code", text(code.to_owned()))],
    )
}
