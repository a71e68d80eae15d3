//! Fuzzes the search path from what a reader types to results: `SearchIndex::search` (several
//! pages, any filters, any language chain), `suggest` and `did_you_mean`, on a small index of
//! services in four languages. Whatever the bytes, every call must return `Ok` (a page of
//! results, possibly empty) and never panic: nothing a reader types is a syntax error.
//!
//! Input layout (shorter inputs are all text, with default settings):
//!
//! | bytes | meaning |
//! |---|---|
//! | 0 | bits 0–1 the reader's language; bits 2–3 the fallback chain; bit 4 repeat the text to 5,000+ characters; bits 5–7 how many suggestions |
//! | 1 | filters: bits 0–1 level, bit 2 online only, bit 3 agency, bit 4 topic, bit 5 place, bits 6–7 the reader's municipality |
//! | 2–5 | a page number (`u32`, little-endian), as `?page=` can ask for |
//! | 6… | the text, as UTF-8 (invalid sequences replaced) |

#![no_main]

use std::sync::{Arc, OnceLock};

use app::locale::Locale;
use app::model::Level;
use libfuzzer_sys::fuzz_target;
use server::search::{
    Display, EngineQuery, Filters, LanguageTexts, Scope, SearchIndex, ServiceDocument, level_code,
};

/// Results per page, as the catalogue asks.
const PER_PAGE: usize = 20;
const HEADER: usize = 6;
/// The "5,000-character input".
const LONG: usize = 5_000;

/// Place ids: a country, two states, three municipalities.
const BRAZIL: i32 = 1;
const SAO_PAULO_STATE: i32 = 2;
const BAHIA: i32 = 3;
const SAO_PAULO: i32 = 10;
const CAMPINAS: i32 = 11;
const SALVADOR: i32 = 12;

struct Service {
    slug: &'static str,
    level: Level,
    online: bool,
    agency: i32,
    terms: &'static [i32],
    places: &'static [i32],
    /// Language, name, popular names, keywords, summary, body.
    texts: &'static [(Locale, &'static str, &'static [&'static str], &'static [&'static str], &'static str, &'static str)],
}

const SERVICES: &[Service] = &[
    Service {
        slug: "emitir-carteira-de-trabalho-digital",
        level: Level::National,
        online: true,
        agency: 1,
        terms: &[1],
        places: &[BRAZIL],
        texts: &[
            (
                Locale::Pt,
                "Emitir Carteira de Trabalho Digital",
                &["CTPS", "carteira profissional"],
                &["emprego", "trabalho"],
                "A Carteira de Trabalho Digital substitui a carteira em papel.",
                "Acesse o aplicativo ou o portal gov.br com seu CPF. Não é preciso ir a um posto.",
            ),
            (
                Locale::En,
                "Get a digital work card",
                &["work permit"],
                &["employment"],
                "The digital work card replaces the paper booklet.",
                "Use the app or the gov.br portal with your CPF number.",
            ),
        ],
    },
    Service {
        slug: "obter-autorizacao-de-residencia",
        level: Level::National,
        online: false,
        agency: 2,
        terms: &[2],
        places: &[BRAZIL],
        texts: &[
            (
                Locale::Pt,
                "Obter autorização de residência",
                &["visto de residência"],
                &["migrante", "estrangeiro"],
                "Autorizações de residência para migrantes: trabalho, estudo, reunião familiar.",
                "Agende o atendimento na Polícia Federal e leve o passaporte.",
            ),
            (
                Locale::Es,
                "Obtener permiso de residencia",
                &["residencia temporal"],
                &["migrante", "extranjero"],
                "Permisos de residencia para migrantes: trabajo, estudio, reunión familiar.",
                "Pida cita en la Policía Federal y lleve el pasaporte.",
            ),
            (
                Locale::Fr,
                "Obtenir une autorisation de résidence",
                &["titre de séjour"],
                &["migrant", "étranger"],
                "Autorisations de résidence pour les migrants : travail, études, famille.",
                "Prenez rendez-vous à la Police fédérale avec votre passeport.",
            ),
        ],
    },
    Service {
        slug: "emissao-de-passaporte",
        level: Level::National,
        online: false,
        agency: 2,
        terms: &[2, 3],
        places: &[BRAZIL],
        texts: &[(
            Locale::Pt,
            "Emissão de passaporte comum",
            &["passaporte"],
            &["viagem", "documento"],
            "Peça o passaporte comum para viajar ao exterior.",
            "Preencha o formulário, pague a GRU (R$ 257,25) e compareça com RG e CPF.",
        )],
    },
    Service {
        slug: "emergency-food-assistance",
        level: Level::State,
        online: true,
        agency: 3,
        terms: &[4],
        places: &[SAO_PAULO_STATE],
        texts: &[
            (
                Locale::En,
                "Emergency food assistance",
                &["food bank", "food stamps"],
                &["hunger", "benefit"],
                "Food for families in an emergency, within 48 hours.",
                "Call 156 or apply online; bring an ID card and proof of address.",
            ),
            (
                Locale::Es,
                "Asistencia alimentaria de emergencia",
                &["banco de alimentos"],
                &["hambre"],
                "Alimentos para familias en emergencia, en 48 horas.",
                "Llame al 156 o solicítela en línea.",
            ),
        ],
    },
    Service {
        slug: "iptu-segunda-via",
        level: Level::Municipal,
        online: true,
        agency: 4,
        terms: &[5],
        places: &[SAO_PAULO],
        texts: &[(
            Locale::Pt,
            "Segunda via do IPTU",
            &["IPTU", "imposto predial"],
            &["imposto", "boleto"],
            "Emita a segunda via do boleto do IPTU 2026.",
            "Informe o número do contribuinte (SQL) e imprima o boleto.",
        )],
    },
    Service {
        slug: "matricula-escolar",
        level: Level::Municipal,
        online: false,
        agency: 5,
        terms: &[6],
        places: &[CAMPINAS],
        texts: &[
            (
                Locale::Pt,
                "Matrícula na rede municipal de ensino",
                &["vaga em escola"],
                &["educação", "creche"],
                "Inscrição de crianças em creches e escolas municipais.",
                "Leve a certidão de nascimento e o comprovante de residência.",
            ),
            (
                Locale::Fr,
                "Inscription à l'école municipale",
                &["inscription scolaire"],
                &["éducation", "crèche"],
                "Inscription des enfants dans les crèches et écoles municipales.",
                "Apportez l'acte de naissance et un justificatif de domicile.",
            ),
        ],
    },
    Service {
        slug: "carteira-de-identidade",
        level: Level::State,
        online: false,
        agency: 6,
        terms: &[3],
        places: &[BAHIA, SALVADOR],
        texts: &[
            (
                Locale::Pt,
                "Carteira de Identidade Nacional",
                &["RG", "identidade"],
                &["documento"],
                "A nova carteira de identidade usa o CPF como número único.",
                "Agende no SAC com certidão de nascimento ou casamento.",
            ),
            (
                Locale::Es,
                "Documento nacional de identidad",
                &["cédula"],
                &["documento"],
                "El nuevo documento de identidad usa el CPF como número único.",
                "Pida cita en el SAC.",
            ),
            (
                Locale::En,
                "National identity card",
                &["ID card"],
                &["document"],
                "The new identity card uses the CPF as its single number.",
                "Book at an SAC office.",
            ),
            (
                Locale::Fr,
                "Carte d'identité nationale",
                &["carte d'identité"],
                &["document"],
                "La nouvelle carte d'identité utilise le CPF comme numéro unique.",
                "Prenez rendez-vous au SAC.",
            ),
        ],
    },
    Service {
        slug: "aposentadoria-por-idade",
        level: Level::National,
        online: true,
        agency: 1,
        terms: &[1, 4],
        places: &[BRAZIL],
        texts: &[(
            Locale::Pt,
            "Aposentadoria por idade urbana",
            &["aposentar", "INSS"],
            &["previdência", "benefício"],
            "Benefício para quem atingiu a idade mínima e 15 anos de contribuição.",
            "Peça pelo Meu INSS: 65 anos (homens) ou 62 anos (mulheres).",
        )],
    },
];

fn document(id: i32, service: &Service) -> ServiceDocument {
    let names = |pick: fn(&(Locale, &str, &[&str], &[&str], &str, &str)) -> String| {
        service
            .texts
            .iter()
            .map(|t| (t.0, pick(t)))
            .collect::<Vec<_>>()
    };
    ServiceDocument {
        id,
        level: service.level,
        online: service.online,
        agency_id: service.agency,
        term_ids: service.terms.to_vec(),
        place_ids: service.places.to_vec(),
        texts: service
            .texts
            .iter()
            .map(|&(locale, name, popular, keywords, summary, body)| {
                let texts = LanguageTexts {
                    name: name.to_owned(),
                    popular: popular.iter().map(|s| (*s).to_owned()).collect(),
                    keywords: keywords.iter().map(|s| (*s).to_owned()).collect(),
                    summary: summary.to_owned(),
                    body: body.to_owned(),
                };
                (locale, texts)
            })
            .collect(),
        display: Display {
            slug: service.slug.to_owned(),
            names: names(|t| t.1.to_owned()),
            summaries: names(|t| t.4.to_owned()),
            agency_slug: format!("agency-{}", service.agency),
            agency_acronym: None,
            agency_names: Vec::new(),
            level: Some(level_code(service.level).to_string()),
            online: service.online,
        },
        rating: 3_500 + (id as u64 % 3) * 500,
    }
}

fn index() -> &'static Arc<SearchIndex> {
    static INDEX: OnceLock<Arc<SearchIndex>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = SearchIndex::open(None).expect("open a temporary index");
        let ids: Vec<i32> = (1..).take(SERVICES.len()).collect();
        let documents: Vec<ServiceDocument> =
            ids.iter().zip(SERVICES).map(|(id, s)| document(*id, s)).collect();
        index.replace(&ids, &documents).expect("index the services");
        assert_eq!(index.document_count(), SERVICES.len() as u64);
        index
    })
}

fn chain(reader: Locale, variant: u8) -> Vec<Locale> {
    match variant {
        0 => vec![reader],
        1 => std::iter::once(reader)
            .chain(Locale::ALL.into_iter().filter(|l| *l != reader))
            .collect(),
        2 => Vec::new(),
        _ => vec![reader, reader, Locale::DEFAULT],
    }
}

fn filters(bits: u8) -> Filters {
    let level = match bits & 0b11 {
        1 => Some(level_code(Level::National)),
        2 => Some(level_code(Level::State)),
        3 => Some(level_code(Level::Municipal)),
        _ => None,
    };
    let scope = match bits >> 6 {
        1 => Some(Scope {
            municipality: SAO_PAULO as u64,
            state: Some(SAO_PAULO_STATE as u64),
            country: Some(BRAZIL as u64),
        }),
        2 => Some(Scope {
            municipality: SALVADOR as u64,
            state: Some(BAHIA as u64),
            country: None,
        }),
        3 => Some(Scope {
            municipality: 999,
            state: None,
            country: None,
        }),
        _ => None,
    };
    Filters {
        level,
        agency: (bits & 0b1000 != 0).then_some(2),
        term: (bits & 0b1_0000 != 0).then_some(3),
        place: (bits & 0b10_0000 != 0).then_some(BRAZIL as u64),
        online: bits & 0b100 != 0,
        scope,
    }
}

/// Snippets are escaped text with `<b>` marks: nothing else may look like markup.
fn assert_safe_snippet(html: &str) {
    let stripped = html.replace("<b>", "").replace("</b>", "");
    assert!(!stripped.contains('<'), "snippet with markup: {html:?}");
}

fuzz_target!(|data: &[u8]| {
    let index = index();
    let (header, text) = match data.split_at_checked(HEADER) {
        Some((header, text)) => (header, String::from_utf8_lossy(text)),
        None => (&[0u8; HEADER][..], String::from_utf8_lossy(data)),
    };
    let reader = Locale::ALL[usize::from(header[0] & 0b11)];
    let chain = chain(reader, (header[0] >> 2) & 0b11);
    let mut text = text.into_owned();
    if header[0] & 0b1_0000 != 0 && !text.is_empty() {
        let times = LONG / text.chars().count() + 1;
        text = text.repeat(times);
    }
    let suggestions = usize::from(header[0] >> 5);
    let filters = filters(header[1]);
    let asked_page = u32::from_le_bytes([header[2], header[3], header[4], header[5]]);

    let documents = index.document_count();
    let mut first_total = None;
    // The first two pages, then the page the address asks for, as the results page does.
    for page in [1, 2, asked_page.max(1)] {
        let request = EngineQuery {
            text: text.clone(),
            chain: chain.clone(),
            filters: filters.clone(),
            offset: (page as usize - 1) * PER_PAGE,
            limit: PER_PAGE,
            // The second page as the SMS channel asks it: no facets, no snippets.
            brief: page == 2,
        };
        let results = match index.search(&request) {
            Ok(results) => results,
            Err(error) => panic!("search failed on page {page}: {error}"),
        };
        assert!(results.total <= documents);
        assert!(results.hits.len() <= PER_PAGE);
        assert_eq!(*first_total.get_or_insert(results.total), results.total);
        let before = request.offset as u64;
        let expected = results.total.saturating_sub(before).min(PER_PAGE as u64);
        assert_eq!(results.hits.len() as u64, expected, "page {page}");
        for hit in &results.hits {
            if let Some((_, html)) = &hit.snippet {
                assert_safe_snippet(html);
            }
        }
        if text.trim().is_empty() && filters == Filters::default() {
            assert_eq!(results.total, documents, "no text and no filters: everything");
        }
    }

    match index.suggest(&text, reader, suggestions) {
        Ok(found) => assert!(found.len() <= suggestions.max(1)),
        Err(error) => panic!("suggest failed: {error}"),
    }
    match index.did_you_mean(&text, reader) {
        Ok(Some(corrected)) => assert!(!corrected.trim().is_empty()),
        Ok(None) => {}
        Err(error) => panic!("did_you_mean failed: {error}"),
    }
});
