//! Names for the facet values the engine counted: the largest few of each, labelled in the
//! reader's language from the in-memory labels, with the chosen value always kept.

use app::locale::Locale;
use app::model::{FacetOption, SearchFacets, SearchQuery, Text};

use super::labels::Labels;
use super::search_filters::{Resolved, level_values};
use crate::search::{FacetCounts, Tally};

/// Values shown per facet; the rest are reachable by searching.
const SHOWN: usize = 8;

/// The `SHOWN` largest counts, plus the selected value if it is not among them.
fn top(counts: &Tally, selected: Option<i32>) -> Vec<(i32, u64)> {
    let mut entries: Vec<(i32, u64)> = counts
        .iter()
        .filter_map(|(id, count)| Some((i32::try_from(id).ok()?, count)))
        .collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut shown: Vec<(i32, u64)> = entries.iter().take(SHOWN).copied().collect();
    if let Some(selected) = selected
        && !shown.iter().any(|(id, _)| *id == selected)
    {
        shown.push((selected, counts.get(u64::try_from(selected).unwrap_or_default())));
    }
    shown
}

pub fn label_facets(
    labels: &Labels,
    chain: &[Locale],
    counts: &FacetCounts,
    query: &SearchQuery,
    resolved: &Resolved,
) -> SearchFacets {
    let levels = level_values()
        .into_iter()
        .filter_map(|(level, code)| {
            let count = counts.levels.get(code);
            (count > 0 || query.level == Some(level)).then(|| FacetOption {
                value: level.code().to_owned(),
                label: None,
                count,
                selected: query.level == Some(level),
            })
        })
        .collect();
    let reader = chain.first().copied().unwrap_or(Locale::DEFAULT);
    let agencies = top(&counts.agencies, resolved.agency_id)
        .into_iter()
        .filter_map(|(id, count)| {
            let agency = labels.agencies.get(&id)?;
            Some(FacetOption {
                value: agency.slug.clone(),
                label: text_in_chain(&agency.names, chain),
                count,
                selected: resolved.agency_id == Some(id),
            })
        })
        .collect();
    // Life events and topics share one filter; life events (the citizen's words) come first.
    let mut topics: Vec<(bool, FacetOption)> = top(&counts.terms, resolved.term_id)
        .into_iter()
        .filter_map(|(id, count)| {
            let term = labels.terms.get(&id)?;
            Some((
                term.life_event,
                FacetOption {
                    value: term.slug.clone(),
                    label: text_in_chain(&term.labels, chain),
                    count,
                    selected: resolved.term_id == Some(id),
                },
            ))
        })
        .collect();
    topics.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.count.cmp(&a.1.count)));
    let places = top(&counts.places, resolved.place_id)
        .into_iter()
        .filter_map(|(id, count)| {
            let place = labels.places.get(&id)?;
            Some(FacetOption {
                value: place.slug.clone(),
                // Place names are proper names: the same in every language.
                label: Some(Text::new(place.name.clone(), reader, false)),
                count,
                selected: resolved.place_id == Some(id),
            })
        })
        .collect();
    SearchFacets {
        levels,
        agencies,
        topics: topics.into_iter().map(|(_, option)| option).collect(),
        places,
        online: counts.online,
    }
}

/// The text in the first language of the chain that has one, marked when it is not the reader's.
fn text_in_chain(texts: &[(Locale, String)], chain: &[Locale]) -> Option<Text> {
    let reader = *chain.first()?;
    chain.iter().find_map(|locale| {
        texts
            .iter()
            .find(|(candidate, _)| candidate == locale)
            .map(|(_, value)| Text::new(value.clone(), *locale, *locale != reader))
    })
}
