//! What an inbound SMS webhook parses from outside: the message text into a command, the
//! language guess, and both webhook signatures. Nothing may panic; commands stay within their
//! documented bounds; a forged signature is never accepted. Input: byte 0 picks the part, the
//! rest is the text (or, for signatures, header and body separated by the first 0x00 byte).
#![no_main]

use libfuzzer_sys::fuzz_target;
use server_fuzz_sms::sms::commands::{Command, guess_language, is_short_code, parse};
use server_fuzz_sms::sms::signatures::{verify_generic, verify_twilio};

const SECRET: &str = "fuzzing-secret";
const NOW: i64 = 1_790_000_000;

fuzz_target!(|data: &[u8]| {
    let Some((&part, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    match part % 3 {
        0 => {
            let (command, _) = parse(&text);
            match command {
                Command::Search(words) => assert!(words.chars().count() <= 160),
                Command::Pick(n) => assert!((1..=9).contains(&n)),
                Command::Code(code) => assert!(is_short_code(&code)),
                Command::Rate { code, stars } => {
                    assert!(is_short_code(&code));
                    assert!((1..=5).contains(&stars));
                }
                Command::Local(place) => assert!(place.chars().count() <= 80),
                _ => {}
            }
            let _ = guess_language(&text);
        }
        1 => {
            let (header, body) = text.split_once('\0').unwrap_or((&text, ""));
            let params: Vec<(String, String)> = body
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            // Any header an attacker can write without the token is refused.
            assert!(!verify_twilio(SECRET, "https://example.org/sms/twilio/gw", &params, header));
        }
        _ => {
            let (header, body) = text.split_once('\0').unwrap_or((&text, ""));
            assert!(verify_generic(SECRET.as_bytes(), header, body.as_bytes(), NOW).is_err());
        }
    }
});
