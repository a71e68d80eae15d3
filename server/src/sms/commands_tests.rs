//! Tests for `commands.rs`: real-looking messages in the four languages, and near misses.

use super::*;
use Command::*;

fn search(text: &str) -> Command {
    Search(text.to_owned())
}

#[test]
fn keywords_and_near_misses() {
    let cases: Vec<(&str, Command, Option<Locale>)> = vec![
        // Stop: the whole message only, whatever the case, accents and punctuation around it.
        ("stop", Stop, None),
        ("  Stop!  ", Stop, None),
        ("STOP ALL", Stop, None),
        ("stopall", Stop, None),
        ("Baja", Stop, Some(Locale::Es)),
        ("ALTO.", Stop, Some(Locale::Es)),
        ("parar", Stop, None),
        ("Cancelar", Stop, None),
        ("salir", Stop, Some(Locale::Es)),
        ("Sair", Stop, Some(Locale::Pt)),
        ("PARE", Stop, Some(Locale::Pt)),
        ("arrêt", Stop, Some(Locale::Fr)),
        ("ARRET", Stop, Some(Locale::Fr)),
        ("end", Stop, Some(Locale::En)),
        ("cancel", Stop, Some(Locale::En)),
        ("Unsubscribe", Stop, Some(Locale::En)),
        ("quit", Stop, Some(Locale::En)),
        ("STOP smoking programs", search("STOP smoking programs"), None),
        ("parar de fumar", search("parar de fumar"), None),
        ("stopper", search("stopper"), None),
        // Start
        ("START", Start, None),
        ("alta", Start, Some(Locale::Es)),
        ("Comenzar", Start, Some(Locale::Es)),
        ("voltar", Start, Some(Locale::Pt)),
        ("alta de monotributo", search("alta de monotributo"), None),
        // Help
        ("¿Ayuda?", Help, Some(Locale::Es)),
        ("ajuda", Help, Some(Locale::Pt)),
        ("HELP", Help, Some(Locale::En)),
        ("Aide", Help, Some(Locale::Fr)),
        ("info", Help, None),
        ("?", Help, None),
        ("info pasaporte", search("info pasaporte"), None),
        // More
        ("MAS", More, Some(Locale::Es)),
        ("más", More, Some(Locale::Es)),
        ("Mais", More, Some(Locale::Pt)),
        ("more", More, Some(Locale::En)),
        ("plus", More, Some(Locale::Fr)),
        ("mais informações", search("mais informações"), None),
        // Picks and codes
        ("1", Pick(1), None),
        (" 9. ", Pick(9), None),
        ("0", search("0"), None),
        ("10", search("10"), None),
        ("a7k2", Code("A7K2".to_owned()), None),
        ("#A7K2", Code("A7K2".to_owned()), None),
        ("123", Code("123".to_owned()), None),
        ("DNI", search("DNI"), None),
        ("A7", search("A7"), None),
        ("A7K2B9X", search("A7K2B9X"), None),
        // Empty
        ("", Empty, None),
        (" \n\t ", Empty, None),
        ("...", Empty, None),
    ];
    for (text, command, locale) in cases {
        assert_eq!(parse(text), (command, locale), "{text:?}");
    }
}

#[test]
fn language_changes() {
    let cases: Vec<(&str, Command, Option<Locale>)> = vec![
        ("IDIOMA pt", Language(Locale::Pt), None),
        ("idioma Español", Language(Locale::Es), None),
        ("Idioma: inglés", Language(Locale::En), None),
        ("LANG en", Language(Locale::En), Some(Locale::En)),
        ("lang pt-BR", Language(Locale::Pt), Some(Locale::En)),
        ("langue français", Language(Locale::Fr), Some(Locale::Fr)),
        ("LANGUE anglais", Language(Locale::En), Some(Locale::Fr)),
        ("LINGUA es", Language(Locale::Es), Some(Locale::Pt)),
        ("Língua português", Language(Locale::Pt), Some(Locale::Pt)),
        ("língua francês", Language(Locale::Fr), Some(Locale::Pt)),
        ("IDIOMA", LanguageUnknown, None),
        ("idioma klingon", LanguageUnknown, None),
        ("LANG de", LanguageUnknown, Some(Locale::En)),
    ];
    for (text, command, locale) in cases {
        assert_eq!(parse(text), (command, locale), "{text:?}");
    }
}

#[test]
fn municipality() {
    let cases: Vec<(&str, Command)> = vec![
        ("LOCAL São Paulo", Local("São Paulo".to_owned())),
        (
            "local   San  Miguel de Tucumán.",
            Local("San Miguel de Tucumán".to_owned()),
        ),
        ("Local Saint-Étienne", Local("Saint-Étienne".to_owned())),
        ("LOCAL", Local(String::new())),
    ];
    for (text, command) in cases {
        assert_eq!(parse(text), (command, None), "{text:?}");
    }
    let Local(long) = parse(&format!("local {}", "x".repeat(300))).0 else {
        panic!("not a Local");
    };
    assert_eq!(long.chars().count(), MAX_PLACE_CHARS);
}

#[test]
fn ratings() {
    let rate = |code: &str, stars| Rate {
        code: code.to_owned(),
        stars,
    };
    let cases: Vec<(&str, Command, Option<Locale>)> = vec![
        ("CALIFICAR 123 5", rate("123", 5), Some(Locale::Es)),
        ("calificar a7k2 1", rate("A7K2", 1), Some(Locale::Es)),
        ("AVALIAR A7K2 4", rate("A7K2", 4), Some(Locale::Pt)),
        (
            "avaliar A7K2 3 atendimento rápido",
            rate("A7K2", 3),
            Some(Locale::Pt),
        ),
        ("rate B12 5!", rate("B12", 5), Some(Locale::En)),
        ("Noter A7K2 2", rate("A7K2", 2), Some(Locale::Fr)),
        ("calificar abc", RateInvalid, Some(Locale::Es)),
        ("CALIFICAR A7K2 6", RateInvalid, Some(Locale::Es)),
        ("CALIFICAR A7K2 0", RateInvalid, Some(Locale::Es)),
        ("calificar A7K2", RateInvalid, Some(Locale::Es)),
        ("calificar 5", RateInvalid, Some(Locale::Es)),
        ("CALIFICAR", RateInvalid, Some(Locale::Es)),
        ("avaliar abc 4", RateInvalid, Some(Locale::Pt)),
        ("rate A7K2 five", RateInvalid, Some(Locale::En)),
        ("rate of income tax", search("rate of income tax"), None),
        (
            "noter les services municipaux",
            search("noter les services municipaux"),
            None,
        ),
    ];
    for (text, command, locale) in cases {
        assert_eq!(parse(text), (command, locale), "{text:?}");
    }
}

#[test]
fn searches_are_trimmed_collapsed_and_capped() {
    let cases: Vec<(&str, &str)> = vec![
        ("  ¿Cómo saco   el pasaporte?  ", "¿Cómo saco el pasaporte?"),
        (
            "Como tirar a\nsegunda via do RG",
            "Como tirar a segunda via do RG",
        ),
        ("renouveler\tcarte d'identité", "renouveler carte d'identité"),
        (
            "How do I renew my driver's license?",
            "How do I renew my driver's license?",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse(text), (search(expected), None), "{text:?}");
    }
    let (Search(long), None) = parse(&"ñandú ".repeat(100)) else {
        panic!("not a search");
    };
    assert_eq!(long.chars().count(), MAX_SEARCH_CHARS);
}

#[test]
fn short_code_format() {
    for (word, ok) in [
        ("A7K2", true),
        ("a7k", true),
        ("123456", true),
        ("AB1", true),
        ("ABC", false),
        ("A1", false),
        ("A1B2C3D", false),
        ("A-7K", false),
        ("Á7K2", false),
    ] {
        assert_eq!(is_short_code(word), ok, "{word:?}");
    }
}

#[test]
fn guesses_languages() {
    let cases: Vec<(&str, Option<Locale>)> = vec![
        ("¿Cómo saco el pasaporte?", Some(Locale::Es)),
        (
            "Necesito una cita para renovar la licencia de conducir",
            Some(Locale::Es),
        ),
        ("quiero sacar el DNI de mi hijo", Some(Locale::Es)),
        ("trámite de jubilación", Some(Locale::Es)),
        ("Como tirar a segunda via do RG?", Some(Locale::Pt)),
        ("Quero renovar minha carteira de motorista", Some(Locale::Pt)),
        ("não consigo agendar", Some(Locale::Pt)),
        ("emissão de certidão", Some(Locale::Pt)),
        ("Comment obtenir un passeport ?", Some(Locale::Fr)),
        ("Je voudrais renouveler ma carte d'identité", Some(Locale::Fr)),
        ("où est la mairie", Some(Locale::Fr)),
        ("inscription à l'école", Some(Locale::Fr)),
        ("How do I renew my driver's license?", Some(Locale::En)),
        ("where is the nearest office", Some(Locale::En)),
        ("passport appointment", Some(Locale::En)),
        ("", None),
        ("RG", None),
        ("IPVA 2024", None),
        ("como", None),
        ("la", None),
        ("ok", None),
    ];
    for (text, expected) in cases {
        assert_eq!(guess_language(text), expected, "{text:?}");
    }
}
