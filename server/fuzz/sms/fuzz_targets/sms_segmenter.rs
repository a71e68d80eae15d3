//! The SMS segmenter on any text, note and policy: every plan must fit its coding's limits, send
//! GSM-7 only with GSM-7 characters, never exceed the segment budget, and either carry the whole
//! text or a cut of it followed by the note. Input: byte 0 = policy (bit 0 transliterate, bits
//! 1..3 the budget 0..7), then the text and the note separated by the first 0x00 byte.
#![no_main]

use libfuzzer_sys::fuzz_target;
use server_fuzz_sms::sms::gsm::{Coding, Policy, coding_for, plan, segment_count, septets, transliterate_to_gsm};

fn units(text: &str, coding: Coding) -> usize {
    text.chars().map(|c| coding.units(c)).sum()
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(rest) = std::str::from_utf8(rest) else {
        return;
    };
    let (text, note) = rest.split_once('\0').unwrap_or((rest, " MAS"));
    let policy = Policy {
        transliterate: flags & 1 == 1,
        max_segments: usize::from((flags >> 1) & 7),
    };
    let planned = plan(text, &policy, note);
    let (body, note) = if policy.transliterate {
        (transliterate_to_gsm(text), transliterate_to_gsm(note))
    } else {
        (text.to_owned(), note.to_owned())
    };
    assert!(planned.segments.len() <= policy.max_segments);
    let limit = if planned.segments.len() == 1 {
        planned.coding.single_limit()
    } else {
        planned.coding.part_limit()
    };
    for segment in &planned.segments {
        assert!(!segment.is_empty());
        assert!(units(segment, planned.coding) <= limit);
    }
    if planned.coding == Coding::Gsm7 {
        assert!(planned.segments.iter().flat_map(|s| s.chars()).all(|c| septets(c).is_some()));
    }
    if policy.transliterate {
        assert_eq!(planned.coding, Coding::Gsm7);
    }
    let joined = planned.segments.concat();
    if planned.truncated {
        assert!(segment_count(&body, coding_for(&body)) > policy.max_segments);
        let kept = joined.strip_suffix(note.as_str()).unwrap_or(&joined);
        assert!(body.starts_with(kept) || joined == note.trim_start());
    } else {
        assert_eq!(joined, body);
    }
});
