//! The facet values and ranking signals of every document of a segment, as plain arrays. A
//! search for a common word ("obter" names half the catalogue) counts facets and adjusts the
//! score of every match; reading tantivy's fast fields decodes each value (bit unpacking,
//! linear interpolation, multi-value offsets), and a profile showed that decoding to be two
//! thirds of such a search. The arrays are built once per segment, when a reload brings it.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::{DocId, Searcher, SegmentReader};

/// A rating value meaning "not rated".
const UNRATED: u16 = u16::MAX;

pub struct DocTable {
    ids: Vec<u32>,
    levels: Vec<u8>,
    online: Vec<bool>,
    agencies: Vec<u32>,
    /// Thousandths of a star, or `UNRATED`.
    ratings: Vec<u16>,
    terms: MultiValues,
    places: MultiValues,
}

/// Values of every document, one after another: document `d`'s are `values[starts[d]..starts[d + 1]]`.
#[derive(Default)]
struct MultiValues {
    starts: Vec<u32>,
    values: Vec<u32>,
}

impl MultiValues {
    fn of(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&start), Some(&end)) => self.values.get(start as usize..end as usize).unwrap_or_default(),
            _ => &[],
        }
    }
}

/// Catalogue ids and codes are small; a value that does not fit is not one of ours.
fn small(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

impl DocTable {
    fn build(segment: &SegmentReader) -> tantivy::Result<DocTable> {
        let fast = segment.fast_fields();
        let column = |name: &str| fast.u64(name);
        let (id, level, online, agency, rating) = (
            column("id")?,
            column("level")?,
            column("online")?,
            column("agency")?,
            column("rating")?,
        );
        let (terms, places) = (column("terms")?, column("places")?);
        let documents = segment.max_doc() as usize;
        let mut table = DocTable {
            ids: Vec::with_capacity(documents),
            levels: Vec::with_capacity(documents),
            online: Vec::with_capacity(documents),
            agencies: Vec::with_capacity(documents),
            ratings: Vec::with_capacity(documents),
            terms: MultiValues::default(),
            places: MultiValues::default(),
        };
        for doc in 0..segment.max_doc() {
            table.ids.push(id.first(doc).map_or(0, small));
            table.levels.push(
                level
                    .first(doc)
                    .map_or(u8::MAX, |l| u8::try_from(l).unwrap_or(u8::MAX)),
            );
            table.online.push(online.first(doc) == Some(1));
            table.agencies.push(agency.first(doc).map_or(u32::MAX, small));
            table.ratings.push(
                rating
                    .first(doc)
                    .map_or(UNRATED, |r| u16::try_from(r.min(5_000)).unwrap_or(UNRATED)),
            );
            push_values(&mut table.terms, &terms, doc);
            push_values(&mut table.places, &places, doc);
        }
        close(&mut table.terms);
        close(&mut table.places);
        Ok(table)
    }

    pub fn id(&self, doc: DocId) -> u64 {
        self.ids.get(doc as usize).copied().map_or(0, u64::from)
    }

    pub fn level(&self, doc: DocId) -> Option<u64> {
        self.levels
            .get(doc as usize)
            .filter(|level| **level != u8::MAX)
            .map(|level| u64::from(*level))
    }

    pub fn online(&self, doc: DocId) -> bool {
        self.online.get(doc as usize).copied().unwrap_or(false)
    }

    pub fn agency(&self, doc: DocId) -> Option<u64> {
        self.agencies
            .get(doc as usize)
            .filter(|agency| **agency != u32::MAX)
            .map(|agency| u64::from(*agency))
    }

    /// Thousandths of a star, when rated.
    pub fn rating(&self, doc: DocId) -> Option<u64> {
        self.ratings
            .get(doc as usize)
            .filter(|rating| **rating != UNRATED)
            .map(|rating| u64::from(*rating))
    }

    pub fn terms(&self, doc: DocId) -> &[u32] {
        self.terms.of(doc)
    }

    pub fn places(&self, doc: DocId) -> &[u32] {
        self.places.of(doc)
    }
}

fn push_values(into: &mut MultiValues, column: &Column<u64>, doc: DocId) {
    into.starts.push(small(into.values.len() as u64));
    into.values.extend(column.values_for_doc(doc).map(small));
}

/// The end of the last document's values.
fn close(values: &mut MultiValues) {
    values.starts.push(small(values.values.len() as u64));
}

/// The tables of the segments searches use, shared by all of them.
#[derive(Default)]
pub struct DocTables {
    by_segment: RwLock<HashMap<SegmentId, Arc<DocTable>>>,
}

impl DocTables {
    /// The table of a segment, built now if a reload has not built it yet.
    pub fn of(&self, segment: &SegmentReader) -> tantivy::Result<Arc<DocTable>> {
        let id = segment.segment_id();
        if let Ok(tables) = self.by_segment.read()
            && let Some(table) = tables.get(&id)
        {
            return Ok(Arc::clone(table));
        }
        let table = Arc::new(DocTable::build(segment)?);
        if let Ok(mut tables) = self.by_segment.write() {
            tables.insert(id, Arc::clone(&table));
        }
        Ok(table)
    }

    /// Builds the tables of the segments `searcher` sees and drops those of segments it no
    /// longer has (merged or emptied).
    pub fn follow(&self, searcher: &Searcher) -> tantivy::Result<()> {
        let mut current = Vec::new();
        for segment in searcher.segment_readers() {
            self.of(segment)?;
            current.push(segment.segment_id());
        }
        if let Ok(mut tables) = self.by_segment.write() {
            tables.retain(|id, _| current.contains(id));
        }
        Ok(())
    }
}
