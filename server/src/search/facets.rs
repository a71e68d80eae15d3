//! Counts, for every document a query matches, its level, online flag, agency, taxonomy terms
//! and places: the numbers beside each filter on the results page.

use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::doc_table::{DocTable, DocTables};

/// Counts per value. Values are database ids, small and dense, so a vector indexed by id counts
/// a broad query's hundred thousand matches far faster than a hash map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    counts: Vec<u64>,
    /// The same counts once the search is done, only those above zero: a cached answer keeps
    /// these (tens of values) instead of a slot for each of thousands of agencies.
    kept: Vec<(u64, u64)>,
}

/// Ids above this are not database ids of this catalogue; they are not counted rather than
/// making a vector of gigabytes.
const MAX_VALUE: u64 = 16_000_000;

impl Tally {
    fn add(&mut self, value: u64, by: u64) {
        if value > MAX_VALUE {
            return;
        }
        let slot = value as usize;
        if slot >= self.counts.len() {
            self.counts.resize(slot + 1, 0);
        }
        self.counts[slot] += by;
    }

    pub fn get(&self, value: u64) -> u64 {
        let counted = usize::try_from(value)
            .ok()
            .and_then(|slot| self.counts.get(slot))
            .copied();
        counted.unwrap_or_else(|| {
            self.kept
                .binary_search_by_key(&value, |(kept, _)| *kept)
                .map_or(0, |at| self.kept[at].1)
        })
    }

    /// Keeps only the values counted, and frees the vector.
    fn compact(&mut self) {
        self.kept = self.iter().collect();
        self.counts = Vec::new();
    }

    fn weight(&self) -> usize {
        (self.counts.len() + 2 * self.kept.len()) * std::mem::size_of::<u64>()
    }

    /// `(value, count)` for every value counted at least once, by value.
    pub fn iter(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        let counted = self
            .counts
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(|(value, count)| (value as u64, *count));
        self.kept.iter().copied().chain(counted)
    }

    fn merge(&mut self, other: &Tally) {
        if other.counts.len() > self.counts.len() {
            self.counts.resize(other.counts.len(), 0);
        }
        for (slot, count) in other.counts.iter().enumerate() {
            self.counts[slot] += count;
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub levels: Tally,
    pub online: u64,
    pub agencies: Tally,
    pub terms: Tally,
    pub places: Tally,
}

impl FacetCounts {
    /// Bytes held by the counts, for the answer cache's budget.
    pub fn weight(&self) -> usize {
        self.levels.weight() + self.agencies.weight() + self.terms.weight() + self.places.weight()
    }

    fn compact(&mut self) {
        for tally in [
            &mut self.levels,
            &mut self.agencies,
            &mut self.terms,
            &mut self.places,
        ] {
            tally.compact();
        }
    }

    fn merge(&mut self, other: &FacetCounts) {
        self.levels.merge(&other.levels);
        self.agencies.merge(&other.agencies);
        self.terms.merge(&other.terms);
        self.places.merge(&other.places);
        self.online += other.online;
    }
}

/// Reads each match's values from the segment's [`DocTable`].
pub struct FacetCollector(pub Arc<DocTables>);

pub struct FacetSegmentCollector {
    table: Arc<DocTable>,
    counts: FacetCounts,
}

impl Collector for FacetCollector {
    type Fruit = FacetCounts;
    type Child = FacetSegmentCollector;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<Self::Child> {
        Ok(FacetSegmentCollector {
            table: self.0.of(segment)?,
            counts: FacetCounts::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut total = FacetCounts::default();
        for fruit in &fruits {
            total.merge(fruit);
        }
        total.compact();
        Ok(total)
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        let (counts, table) = (&mut self.counts, &self.table);
        if let Some(level) = table.level(doc) {
            counts.levels.add(level, 1);
        }
        if table.online(doc) {
            counts.online += 1;
        }
        if let Some(agency) = table.agency(doc) {
            counts.agencies.add(agency, 1);
        }
        for term in table.terms(doc) {
            counts.terms.add(u64::from(*term), 1);
        }
        for place in table.places(doc) {
            counts.places.add(u64::from(*place), 1);
        }
    }

    fn harvest(self) -> FacetCounts {
        self.counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tally_counts_merges_and_ignores_ids_no_catalogue_has() {
        let mut first = Tally::default();
        first.add(3, 1);
        first.add(3, 1);
        first.add(MAX_VALUE + 1, 1);
        let mut second = Tally::default();
        second.add(7, 5);
        first.merge(&second);
        assert_eq!(first.get(3), 2);
        assert_eq!(first.get(7), 5);
        assert_eq!(first.get(u64::MAX), 0);
        assert_eq!(first.iter().collect::<Vec<_>>(), vec![(3, 2), (7, 5)]);
        let dense = first.weight();
        first.compact();
        assert_eq!(first.get(3), 2, "the same counts once compacted");
        assert_eq!(first.get(7), 5);
        assert_eq!(first.get(4), 0);
        assert_eq!(first.iter().collect::<Vec<_>>(), vec![(3, 2), (7, 5)]);
        assert!(first.weight() < dense, "two pairs instead of eight slots");
    }
}
