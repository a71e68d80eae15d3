//! The segments of the index: a full build's are merged into one per core, of about equal size,
//! so that a search walks every core's share of the catalogue at once.

use std::cmp::Reverse;

use tantivy::index::SegmentId;
use tantivy::indexer::LogMergePolicy;

use super::{SearchError, SearchIndex, answers};

impl SearchIndex {
    /// Merges the segments of a full build into one per core, of about equal size, then lets
    /// the background merger fold in the small segments later changes add. A build leaves
    /// many, and every fuzzy or prefix word is looked up in each segment's dictionary; one per
    /// core lets a search walk its matches on every core at once (`answers::search_threads`).
    /// Searches go on meanwhile.
    pub fn compact(&self) -> Result<(), SearchError> {
        let merges = self.with_writer(|writer| {
            let segments = writer.index().searchable_segment_metas()?;
            let groups = balanced_groups(segments, answers::engine_slots());
            Ok(groups
                .into_iter()
                .filter(|group| group.len() > 1)
                .map(|group| writer.merge(&group))
                .collect::<Vec<_>>())
        })?;
        let mut failed = None;
        for merging in merges {
            if let Err(error) = merging.wait() {
                failed = Some(error);
            }
        }
        self.with_writer(|writer| {
            writer.set_merge_policy(Box::<LogMergePolicy>::default());
            Ok(())
        })?;
        self.reload()?;
        failed.map_or(Ok(()), |error| Err(error.into()))
    }
}

/// Segment ids in `count` groups of about equal document counts, largest segments placed first.
fn balanced_groups(mut segments: Vec<tantivy::SegmentMeta>, count: usize) -> Vec<Vec<SegmentId>> {
    segments.sort_by_key(|segment| Reverse(segment.num_docs()));
    let mut groups: Vec<(u64, Vec<SegmentId>)> = vec![(0, Vec::new()); count.max(1)];
    for segment in segments {
        if let Some(lightest) = groups.iter_mut().min_by_key(|(documents, _)| *documents) {
            lightest.0 += u64::from(segment.num_docs());
            lightest.1.push(segment.id());
        }
    }
    groups
        .into_iter()
        .map(|(_, ids)| ids)
        .filter(|ids| !ids.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::schema;
    use tantivy::Index;

    #[test]
    fn segments_are_grouped_per_core_by_document_count() {
        let (schema, _) = schema::build();
        let index = Index::create_in_ram(schema);
        let segments: Vec<tantivy::SegmentMeta> = [500, 90, 300, 200, 10, 400]
            .into_iter()
            .map(|documents| index.new_segment_meta(SegmentId::generate_random(), documents))
            .collect();
        let documents_of = |group: &[SegmentId]| -> u32 {
            segments
                .iter()
                .filter(|segment| group.contains(&segment.id()))
                .map(|segment| segment.num_docs())
                .sum()
        };
        let groups = balanced_groups(segments.clone(), 2);
        let mut sizes: Vec<u32> = groups.iter().map(|group| documents_of(group)).collect();
        sizes.sort_unstable();
        assert_eq!(sizes.iter().sum::<u32>(), 1_500);
        assert!(
            sizes[1] - sizes[0] <= 90,
            "about even: the heavier group is ahead by no more than a small segment, {sizes:?}"
        );
        assert_eq!(
            groups.iter().map(Vec::len).sum::<usize>(),
            6,
            "every segment placed once"
        );
        assert_eq!(balanced_groups(segments.clone(), 1).len(), 1);
        assert_eq!(
            balanced_groups(segments[..1].to_vec(), 2),
            vec![vec![segments[0].id()]],
            "no empty group"
        );
    }
}
