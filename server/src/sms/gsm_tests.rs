//! Tests for `gsm.rs`: table-driven cases at the exact size boundaries and property tests.

use super::*;
use proptest::prelude::*;

fn rep(s: &str, n: usize) -> String {
    s.repeat(n)
}

fn policy(transliterate: bool, max_segments: usize) -> Policy {
    Policy {
        transliterate,
        max_segments,
    }
}

fn units_of(text: &str, coding: Coding) -> usize {
    text.chars().map(|c| coding.units(c)).sum()
}

#[test]
fn tables_have_their_published_sizes() {
    // 128 codes in the basic table, less the escape code.
    assert_eq!(BASIC.chars().count(), 127);
    assert_eq!(EXTENSION.chars().count(), 10);
    assert!(BASIC.chars().all(|c| !EXTENSION.contains(c)));
}

#[test]
fn septet_costs() {
    for (c, cost) in [
        ('a', Some(1)),
        ('@', Some(1)),
        ('Ç', Some(1)),
        ('ñ', Some(1)),
        ('¿', Some(1)),
        ('€', Some(2)),
        ('{', Some(2)),
        ('\\', Some(2)),
        ('\u{c}', Some(2)),
        ('ç', None),
        ('á', None),
        ('`', None),
        ('\u{1b}', None),
        ('😀', None),
    ] {
        assert_eq!(septets(c), cost, "{c:?}");
    }
}

#[test]
fn coding_choice() {
    for (text, coding) in [
        ("", Coding::Gsm7),
        ("Hola, ¿qué tal? Año 2024 [ok] {€}", Coding::Gsm7),
        ("Où est-ce ? Ça va.", Coding::Gsm7),
        ("ação", Coding::Ucs2),
        ("cómo", Coding::Ucs2),
        ("hi 😀", Coding::Ucs2),
        ("it’s", Coding::Ucs2),
    ] {
        assert_eq!(coding_for(text), coding, "{text:?}");
    }
}

#[test]
fn segment_count_boundaries() {
    let cases: Vec<(String, Coding, usize)> = vec![
        (String::new(), Coding::Gsm7, 0),
        (rep("a", 160), Coding::Gsm7, 1),
        (rep("a", 161), Coding::Gsm7, 2),
        (rep("a", 306), Coding::Gsm7, 2),
        (rep("a", 307), Coding::Gsm7, 3),
        (rep("€", 80), Coding::Gsm7, 1),
        (rep("€", 80) + "a", Coding::Gsm7, 2),
        (rep("ã", 70), Coding::Ucs2, 1),
        (rep("ã", 71), Coding::Ucs2, 2),
        (rep("ã", 134), Coding::Ucs2, 2),
        (rep("ã", 135), Coding::Ucs2, 3),
        (rep("😀", 35), Coding::Ucs2, 1),
        (rep("😀", 35) + "a", Coding::Ucs2, 2),
    ];
    for (text, coding, count) in cases {
        assert_eq!(
            segment_count(&text, coding),
            count,
            "{} chars {coding:?}",
            text.len()
        );
    }
}

#[test]
fn extension_char_at_a_part_edge_moves_whole_to_the_next_part() {
    let text = rep("a", 152) + "€" + &rep("b", 10);
    let plan = plan(&text, &policy(false, 5), "");
    assert_eq!(plan.coding, Coding::Gsm7);
    assert_eq!(plan.segments, vec![rep("a", 152), "€".to_owned() + &rep("b", 10)]);
}

#[test]
fn surrogate_pair_at_a_part_edge_moves_whole_to_the_next_part() {
    let text = rep("ã", 66) + "😀" + &rep("õ", 10);
    let plan = plan(&text, &policy(false, 5), "");
    assert_eq!(plan.coding, Coding::Ucs2);
    assert_eq!(plan.segments, vec![rep("ã", 66), "😀".to_owned() + &rep("õ", 10)]);
}

#[test]
fn parts_break_between_words() {
    let text = rep("palabra ", 25); // 200 septets
    let plan = plan(&text, &policy(false, 5), "");
    assert_eq!(plan.segments.len(), 2);
    assert!(plan.segments[0].ends_with("palabra "));
    assert!(plan.segments[1].starts_with("palabra"));
    assert_eq!(plan.segments.concat(), text);
}

#[test]
fn transliteration_examples() {
    for (input, expected) in [
        // es
        (
            "¿Cómo está? Año, niño, pingüino",
            "¿Como esta? Año, niño, pingüino",
        ),
        (
            "Trámite número 5 — días hábiles",
            "Tramite numero 5 - dias habiles",
        ),
        ("Nº 12, 25°C", "No 12, 25oC"),
        // pt
        ("Não sei, você já foi à seção?", "Nao sei, voce ja foi à secao?"),
        ("AÇÃO, pôr, três, avô", "AÇAO, por, tres, avo"),
        ("Emissão de 2ª via…", "Emissao de 2a via..."),
        // fr
        ("Où êtes-vous ? Ça coûte 5 €", "Où etes-vous ? Ça coute 5 €"),
        ("l’État dit «oui» à l’œuvre", "l'État dit \"oui\" à l'oeuvre"),
        ("Noël\u{a0}: fête", "Noel : fete"),
        // punctuation, decomposed accents, symbols with no equivalent
        ("“quoted” ‘single’ – dash", "\"quoted\" 'single' - dash"),
        ("cafe\u{301}\tte\u{301}", "café té"),
        ("ok 😀👍🏽\u{fe0f}", "ok ???"),
        ("zero\u{200b}width", "zerowidth"),
    ] {
        assert_eq!(transliterate_to_gsm(input), expected, "{input:?}");
    }
}

#[test]
fn transliterate_policy_always_sends_gsm7() {
    let plan = plan("Ação — já!", &policy(true, 3), "");
    assert_eq!(plan.coding, Coding::Gsm7);
    assert_eq!(plan.segments, vec!["Acao - ja!".to_owned()]);
    assert!(!plan.truncated);
}

#[test]
fn unicode_policy_keeps_text_as_is() {
    let plan = plan("Ação — já!", &policy(false, 3), "");
    assert_eq!(plan.coding, Coding::Ucs2);
    assert_eq!(plan.segments, vec!["Ação — já!".to_owned()]);
}

#[test]
fn truncates_at_a_word_boundary_and_appends_the_note() {
    let text = rep("trámite ", 40);
    let note = " Responda MÁS";
    let plan = plan(&text, &policy(true, 1), note);
    assert!(plan.truncated);
    assert_eq!(plan.segments.len(), 1);
    let message = &plan.segments[0];
    let kept = message.strip_suffix(" Responda MAS").unwrap();
    assert!(kept.ends_with("tramite"));
    assert!(transliterate_to_gsm(&text).starts_with(kept));
    assert!(units_of(message, Coding::Gsm7) <= 160);
    // One more word would not have fitted.
    assert!(kept.len() + " tramite".len() + " Responda MAS".len() > 160);
}

#[test]
fn a_word_longer_than_a_part_is_cut_hard() {
    let text = rep("x", 400);
    let plan = plan(&text, &policy(false, 2), " MAS");
    assert!(plan.truncated);
    assert_eq!(plan.segments.concat(), rep("x", 302) + " MAS");
}

#[test]
fn a_note_needing_ucs2_makes_the_message_ucs2() {
    let text = rep("hola ", 70);
    let plan = plan(&text, &policy(false, 2), " Responde MÁS…");
    assert!(plan.truncated);
    assert_eq!(plan.coding, Coding::Ucs2);
    assert!(plan.segments.concat().ends_with(" Responde MÁS…"));
    assert!(plan.segments.iter().all(|s| units_of(s, Coding::Ucs2) <= 67));
}

#[test]
fn a_note_that_cannot_fit_is_left_out() {
    let text = rep("hola ", 60);
    let plan = plan(&text, &policy(false, 1), &rep("y", 170));
    assert!(plan.truncated);
    assert_eq!(plan.coding, Coding::Gsm7);
    assert_eq!(plan.segments.len(), 1);
    assert!(text.starts_with(&plan.segments[0]));
    assert!(plan.segments[0].ends_with("hola"));
}

#[test]
fn no_segments_allowed_sends_nothing() {
    let plan = plan("hola", &policy(false, 0), " MAS");
    assert!(plan.truncated);
    assert!(plan.segments.is_empty());
    let empty = super::plan("", &policy(false, 0), " MAS");
    assert!(!empty.truncated);
    assert!(empty.segments.is_empty());
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z ]{0,700}",
        "[a-zA-Z0-9 ñé€{}\\[\\]\n]{0,500}",
        "[a-zãçõ😀 ]{0,300}",
        "(palavra|ação|€|😀|x{150}| |\n|\u{a0}|—|…){0,60}",
    ]
}

fn note_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" Reply MORE for more".to_owned()),
        Just(" Responda MAIS… ✓".to_owned()),
        "[ a-z€😀]{0,40}",
        "[a-z]{150,200}",
    ]
}

proptest! {
    #[test]
    fn plans_respect_the_limits(
        text in text_strategy(),
        transliterate in any::<bool>(),
        max_segments in 0usize..6,
        note in note_strategy(),
    ) {
        let policy = Policy { transliterate, max_segments };
        let plan = plan(&text, &policy, &note);
        let (body, note) = if transliterate {
            (transliterate_to_gsm(&text), transliterate_to_gsm(&note))
        } else {
            (text.clone(), note)
        };
        prop_assert!(plan.segments.len() <= max_segments);
        let limit = if plan.segments.len() == 1 {
            plan.coding.single_limit()
        } else {
            plan.coding.part_limit()
        };
        for segment in &plan.segments {
            prop_assert!(!segment.is_empty());
            prop_assert!(units_of(segment, plan.coding) <= limit);
        }
        if plan.coding == Coding::Gsm7 || transliterate {
            prop_assert_eq!(plan.coding, Coding::Gsm7);
            prop_assert!(plan.segments.iter().flat_map(|s| s.chars()).all(|c| septets(c).is_some()));
        }
        let joined = plan.segments.concat();
        if plan.truncated {
            prop_assert!(segment_count(&body, coding_for(&body)) > max_segments);
            let kept_ok = match joined.strip_suffix(note.as_str()) {
                Some(kept) => body.starts_with(kept) || joined == note.trim_start(),
                None => body.starts_with(&joined) || joined == note.trim_start(),
            };
            prop_assert!(kept_ok, "{:?} is not a cut of {:?} + {:?}", joined, body, note);
        } else {
            prop_assert_eq!(&joined, &body);
            prop_assert_eq!(plan.segments.len(), segment_count(&body, plan.coding));
        }
    }

    #[test]
    fn transliteration_yields_gsm7(text in any::<String>()) {
        let out = transliterate_to_gsm(&text);
        prop_assert_eq!(coding_for(&out), Coding::Gsm7);
        prop_assert_eq!(transliterate_to_gsm(&out), out.clone());
    }
}
