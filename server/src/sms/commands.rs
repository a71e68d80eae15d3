//! Reading an inbound SMS as a command: the keywords citizens may text in any of the four
//! languages (stop, start, help, more, language, municipality, rating), picks from a numbered
//! list, service short codes, and everything else as a search. Also a small guess of the language
//! a free-text message is written in.

use app::locale::Locale;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Search(String),
    /// 1..=9: an entry of the numbered list sent last.
    Pick(u8),
    /// A service short code, upper-cased: see [`is_short_code`].
    Code(String),
    More,
    Rate {
        code: String,
        stars: u8,
    },
    /// A rating keyword whose code or stars (1–5) are missing or wrong.
    RateInvalid,
    Help,
    Stop,
    Start,
    Language(Locale),
    /// A language keyword naming no language we speak.
    LanguageUnknown,
    /// The municipality, as typed (whitespace collapsed); empty when none was given.
    Local(String),
    Empty,
}

/// Searches are cut to one SMS worth of text: longer messages are rarely a single question.
const MAX_SEARCH_CHARS: usize = 160;
/// No municipality name is this long; the cap keeps junk out of the stored preference.
const MAX_PLACE_CHARS: usize = 80;

#[derive(Clone, Copy)]
enum Keyword {
    Stop,
    Start,
    Help,
    More,
}

/// Keywords that are a command only when they are the whole message, matched folded (upper
/// case, no accents). STOP, START and the like are the carriers' own and get no language.
const WHOLE: &[(&str, Keyword, Option<Locale>)] = &[
    ("STOP", Keyword::Stop, None),
    ("STOPALL", Keyword::Stop, None),
    ("STOP ALL", Keyword::Stop, None),
    ("BAJA", Keyword::Stop, Some(Locale::Es)),
    ("ALTO", Keyword::Stop, Some(Locale::Es)),
    ("PARAR", Keyword::Stop, None),
    ("CANCELAR", Keyword::Stop, None),
    ("SALIR", Keyword::Stop, Some(Locale::Es)),
    ("SAIR", Keyword::Stop, Some(Locale::Pt)),
    ("PARE", Keyword::Stop, Some(Locale::Pt)),
    ("ARRET", Keyword::Stop, Some(Locale::Fr)),
    ("END", Keyword::Stop, Some(Locale::En)),
    ("CANCEL", Keyword::Stop, Some(Locale::En)),
    ("UNSUBSCRIBE", Keyword::Stop, Some(Locale::En)),
    ("QUIT", Keyword::Stop, Some(Locale::En)),
    ("START", Keyword::Start, None),
    ("ALTA", Keyword::Start, Some(Locale::Es)),
    ("COMENZAR", Keyword::Start, Some(Locale::Es)),
    ("VOLTAR", Keyword::Start, Some(Locale::Pt)),
    ("AYUDA", Keyword::Help, Some(Locale::Es)),
    ("AJUDA", Keyword::Help, Some(Locale::Pt)),
    ("HELP", Keyword::Help, Some(Locale::En)),
    ("AIDE", Keyword::Help, Some(Locale::Fr)),
    ("INFO", Keyword::Help, None),
    ("MAS", Keyword::More, Some(Locale::Es)),
    ("MAIS", Keyword::More, Some(Locale::Pt)),
    ("MORE", Keyword::More, Some(Locale::En)),
    ("PLUS", Keyword::More, Some(Locale::Fr)),
];

#[derive(Clone, Copy)]
enum Leading {
    Language,
    Local,
    Rate,
}

/// Keywords that take arguments after them.
const LEADING: &[(&str, Leading, Option<Locale>)] = &[
    ("IDIOMA", Leading::Language, None),
    ("LANG", Leading::Language, Some(Locale::En)),
    ("LANGUAGE", Leading::Language, Some(Locale::En)),
    ("LANGUE", Leading::Language, Some(Locale::Fr)),
    ("LINGUA", Leading::Language, Some(Locale::Pt)),
    ("LOCAL", Leading::Local, None),
    ("CALIFICAR", Leading::Rate, Some(Locale::Es)),
    ("AVALIAR", Leading::Rate, Some(Locale::Pt)),
    ("RATE", Leading::Rate, Some(Locale::En)),
    ("NOTER", Leading::Rate, Some(Locale::Fr)),
];

/// Language names as citizens type them, folded to lower-case ASCII, in each of our languages.
const LANGUAGE_NAMES: &[(&str, Locale)] = &[
    ("espanol", Locale::Es),
    ("castellano", Locale::Es),
    ("spanish", Locale::Es),
    ("espanhol", Locale::Es),
    ("espagnol", Locale::Es),
    ("portugues", Locale::Pt),
    ("portuguese", Locale::Pt),
    ("portugais", Locale::Pt),
    ("english", Locale::En),
    ("ingles", Locale::En),
    ("anglais", Locale::En),
    ("francais", Locale::Fr),
    ("french", Locale::Fr),
    ("frances", Locale::Fr),
];

/// Reads `text` as a command. The second value is the language the keyword itself implies
/// (AJUDA → Pt); `None` for keywords shared by several languages and for anything that is not a
/// keyword: callers may then use [`guess_language`] on a search.
pub fn parse(text: &str) -> (Command, Option<Locale>) {
    let collapsed = collapse(text);
    if collapsed.is_empty() {
        return (Command::Empty, None);
    }
    // "  Stop!  " and "¿Ayuda?" are still keywords: ignore what surrounds the words.
    let core = collapsed.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() {
        // A lone "?" is how many people ask for help by SMS.
        let command = if collapsed.contains('?') {
            Command::Help
        } else {
            Command::Empty
        };
        return (command, None);
    }
    let folded = fold(core);
    if let Some(&(_, keyword, locale)) = WHOLE.iter().find(|(word, _, _)| *word == folded) {
        let command = match keyword {
            Keyword::Stop => Command::Stop,
            Keyword::Start => Command::Start,
            Keyword::Help => Command::Help,
            Keyword::More => Command::More,
        };
        return (command, locale);
    }
    let words: Vec<&str> = core.split(' ').collect();
    if let [only] = words.as_slice() {
        if let Some(pick) = pick(only) {
            return (Command::Pick(pick), None);
        }
        if is_short_code(only) {
            return (Command::Code(only.to_ascii_uppercase()), None);
        }
    }
    if let Some((first, args)) = words.split_first() {
        let first = fold(bare(first));
        if let Some(&(_, leading, locale)) = LEADING.iter().find(|(word, _, _)| *word == first)
            && let Some(command) = leading_command(leading, args)
        {
            return (command, locale);
        }
    }
    (
        Command::Search(collapsed.chars().take(MAX_SEARCH_CHARS).collect()),
        None,
    )
}

/// A service short code: 3 to 6 ASCII letters or digits, at least one a digit (so that words like
/// "DNI" or "IPVA" stay searches). Case-insensitive.
pub fn is_short_code(word: &str) -> bool {
    (3..=6).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().any(|c| c.is_ascii_digit())
}

fn pick(word: &str) -> Option<u8> {
    match word.parse::<u8>() {
        Ok(n @ 1..=9) if word.len() == 1 => Some(n),
        _ => None,
    }
}

/// `None` means the keyword is better read as the first word of a search.
fn leading_command(leading: Leading, args: &[&str]) -> Option<Command> {
    match leading {
        Leading::Language => Some(
            args.first()
                .and_then(|arg| language_named(arg))
                .map_or(Command::LanguageUnknown, Command::Language),
        ),
        Leading::Local => Some(Command::Local(
            args.join(" ").chars().take(MAX_PLACE_CHARS).collect(),
        )),
        Leading::Rate => rating(args),
    }
}

fn language_named(word: &str) -> Option<Locale> {
    let folded = fold(bare(word)).to_ascii_lowercase();
    // "pt-BR", "en_US": the primary subtag is enough.
    let primary = folded.split(['-', '_']).next().unwrap_or_default();
    Locale::from_code(primary).or_else(|| {
        LANGUAGE_NAMES
            .iter()
            .find(|(name, _)| *name == folded)
            .map(|&(_, l)| l)
    })
}

/// CODE then stars 1–5; words after that (a comment) are ignored.
fn rating(args: &[&str]) -> Option<Command> {
    let code = args.first().map(|w| bare(w)).unwrap_or_default();
    let stars = args.get(1).map(|w| bare(w)).unwrap_or_default();
    let numeric = !stars.is_empty() && stars.chars().all(|c| c.is_ascii_digit());
    if is_short_code(code)
        && numeric
        && let Ok(stars @ 1..=5) = stars.parse::<u8>()
    {
        return Some(Command::Rate {
            code: code.to_ascii_uppercase(),
            stars,
        });
    }
    // "rate of income tax" is a search; "CALIFICAR abc" or "RATE A7K2 9" is a botched rating.
    let attempt = args.len() <= 1 || is_short_code(code) || numeric;
    attempt.then_some(Command::RateInvalid)
}

/// A word without the punctuation around it: "#A7K2" → "A7K2", "pt." → "pt".
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Trims and turns every run of whitespace into one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Upper-case ASCII without accents, so that "Más", "MAS" and "más" match alike.
fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_ascii_uppercase()
}

/// Words (space-separated) with the language they point to and how strongly (2: seldom found in
/// the others, 1: shared or ambiguous). Matched on lower-cased words, accents kept: "cómo" is
/// Spanish while "como" is as likely Portuguese.
const WORDS: &[(Locale, u32, &str)] = &[
    (
        Locale::Es,
        2,
        "el los las del y una con cómo qué dónde cuándo cuánto sacar saco trámite \
         tramite necesito quiero puedo hola gracias cita licencia pasaporte obtener",
    ),
    (Locale::Es, 1, "mi la dos como para por"),
    (
        Locale::Pt,
        2,
        "não nao você voce tirar das os em um uma com meu minha preciso quero posso onde \
         quando obrigado obrigada carteira identidade passaporte também já ao pelo pela \
         fazer",
    ),
    (Locale::Pt, 1, "do da dos o é como para por"),
    (
        Locale::Fr,
        2,
        "le les des du pour est je mon une avec dans et au aux vous votre pas comment \
         obtenir demande carte passeport permis bonjour merci",
    ),
    (Locale::Fr, 1, "la ma"),
    (
        Locale::En,
        2,
        "the how my i is of and for get can where what need want renew apply license \
         passport appointment please you your",
    ),
    (Locale::En, 1, "to do"),
];

/// Guesses the language of a free-text message, or `None` when unsure.
///
/// Scores each language: letters only its spelling uses (ã õ for Portuguese, ñ ¿ ¡ for Spanish,
/// è ù œ… for French) and shared ones for each that uses them (ç: pt and fr), the function and
/// request words of [`WORDS`], "segunda via" for Portuguese and French elisions (l', d', qu').
/// A language wins with at least 2 points and strictly more than any other.
pub fn guess_language(text: &str) -> Option<Locale> {
    let lower = text.to_lowercase();
    let mut scores = [0u32; 4];
    let mut add = |locale: Locale, points: u32| {
        if let Some(slot) = Locale::ALL
            .iter()
            .position(|l| *l == locale)
            .and_then(|i| scores.get_mut(i))
        {
            *slot += points;
        }
    };
    for c in lower.chars() {
        match c {
            'ñ' | '¿' | '¡' => add(Locale::Es, 2),
            'ã' | 'õ' => add(Locale::Pt, 2),
            'è' | 'ù' | 'ë' | 'î' | 'ï' | 'û' | 'œ' => add(Locale::Fr, 2),
            'ç' | 'ê' | 'â' | 'ô' | 'à' => {
                add(Locale::Pt, 1);
                add(Locale::Fr, 1);
            }
            _ => {}
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for word in &words {
        for &(locale, points, list) in WORDS {
            if list.split(' ').any(|w| w == *word) {
                add(locale, points);
            }
        }
    }
    if words.windows(2).any(|pair| pair == ["segunda", "via"]) {
        add(Locale::Pt, 2);
    }
    let elided = ["l'", "d'", "j'", "qu'", "n'", "l’", "d’", "j’", "qu’", "n’"];
    for word in lower.split_whitespace() {
        if elided
            .iter()
            .any(|e| word.strip_prefix(e).is_some_and(|rest| !rest.is_empty()))
        {
            add(Locale::Fr, 2);
        }
    }
    let mut ranked: Vec<(u32, Locale)> = scores.into_iter().zip(Locale::ALL).collect();
    ranked.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    match ranked.as_slice() {
        [(best, locale), (second, _), ..] if *best >= 2 && best > second => Some(*locale),
        _ => None,
    }
}

#[cfg(test)]
#[path = "commands_tests.rs"]
mod tests;
