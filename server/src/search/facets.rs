//! Counts, for every document a query matches, its level, online flag, agency, taxonomy terms
//! and places: the numbers beside each filter on the results page.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub levels: HashMap<u64, u64>,
    pub online: u64,
    pub agencies: HashMap<u64, u64>,
    pub terms: HashMap<u64, u64>,
    pub places: HashMap<u64, u64>,
}

impl FacetCounts {
    fn merge(&mut self, other: FacetCounts) {
        let add = |into: &mut HashMap<u64, u64>, from: HashMap<u64, u64>| {
            for (key, count) in from {
                *into.entry(key).or_default() += count;
            }
        };
        add(&mut self.levels, other.levels);
        add(&mut self.agencies, other.agencies);
        add(&mut self.terms, other.terms);
        add(&mut self.places, other.places);
        self.online += other.online;
    }
}

pub struct FacetCollector;

pub struct FacetSegmentCollector {
    level: Column<u64>,
    online: Column<u64>,
    agency: Column<u64>,
    terms: Column<u64>,
    places: Column<u64>,
    counts: FacetCounts,
}

impl Collector for FacetCollector {
    type Fruit = FacetCounts;
    type Child = FacetSegmentCollector;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<Self::Child> {
        let fast = segment.fast_fields();
        Ok(FacetSegmentCollector {
            level: fast.u64("level")?,
            online: fast.u64("online")?,
            agency: fast.u64("agency")?,
            terms: fast.u64("terms")?,
            places: fast.u64("places")?,
            counts: FacetCounts::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut total = FacetCounts::default();
        for fruit in fruits {
            total.merge(fruit);
        }
        Ok(total)
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        let counts = &mut self.counts;
        if let Some(level) = self.level.first(doc) {
            *counts.levels.entry(level).or_default() += 1;
        }
        if self.online.first(doc) == Some(1) {
            counts.online += 1;
        }
        if let Some(agency) = self.agency.first(doc) {
            *counts.agencies.entry(agency).or_default() += 1;
        }
        for term in self.terms.values_for_doc(doc) {
            *counts.terms.entry(term).or_default() += 1;
        }
        for place in self.places.values_for_doc(doc) {
            *counts.places.entry(place).or_default() += 1;
        }
    }

    fn harvest(self) -> FacetCounts {
        self.counts
    }
}
