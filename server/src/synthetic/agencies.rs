//! The secretariats that own localized services: one per area of government in each state
//! and municipality that needs it, named as Brazilian governments name them.

use app::locale::Locale;
use app::model::Level;

use super::geography::Municipality;
use super::states::State;
use crate::import::AgencyRecord;
use crate::text::{fold, slugify};

pub struct Theme {
    pub slug: &'static str,
    /// The area with its article: "Secretaria Municipal *da Saúde*".
    area: &'static str,
    /// State secretariats go by acronym and state: "SES-MG".
    acronym: &'static str,
    /// Folded beginnings of words in gov.br topic labels that belong to this area, comma-separated.
    clues: &'static str,
}

impl Theme {
    /// The web host part: "saude" in www.saude.mg.gov.br.
    fn host(&self) -> String {
        self.slug.replace('-', "")
    }
}

const fn theme(slug: &'static str, area: &'static str, acronym: &'static str, clues: &'static str) -> Theme {
    Theme {
        slug,
        area,
        acronym,
        clues,
    }
}

/// The last theme takes whatever no clue claims.
pub static THEMES: [Theme; 14] = [
    theme("saude", "da Saúde", "SES", "saude, sanitari, medicament, vacin"),
    theme(
        "educacao",
        "da Educação",
        "SEE",
        "educa, ensino, escola, estudant",
    ),
    theme(
        "agricultura",
        "da Agricultura",
        "SEAGRI",
        "agro, agricult, pecuar, pesca, rural, extrativ, abastec",
    ),
    theme(
        "meio-ambiente",
        "do Meio Ambiente",
        "SEMA",
        "ambient, florest, clima, hidric, biodivers, saneamento",
    ),
    theme(
        "transportes",
        "de Transportes",
        "SETRANS",
        "transport, transito, veicul, rodovi, aere, aviac, hidrovi",
    ),
    theme(
        "desenvolvimento-social",
        "de Desenvolvimento Social",
        "SEDES",
        "assistencia, protecao social, direitos, famili, deficien, idos, crianc, mulher, juventude, cidadania",
    ),
    theme(
        "trabalho",
        "do Trabalho e Emprego",
        "SETRAB",
        "trabalh, emprego, previd, aposentad",
    ),
    theme(
        "cultura",
        "da Cultura",
        "SECULT",
        "cultur, lazer, esporte, turismo, arte, museu",
    ),
    theme(
        "seguranca-publica",
        "de Segurança Pública",
        "SESP",
        "seguranca, justica, defesa, polici, armas, prisional",
    ),
    theme(
        "fazenda",
        "da Fazenda",
        "SEFAZ",
        "tribut, fiscal, impost, financ, encargo, econom, orcament, credito, divida",
    ),
    theme(
        "desenvolvimento-economico",
        "de Desenvolvimento Econômico",
        "SEDEC",
        "industri, comerci, energia, minera, combustiv, empresa, empreend",
    ),
    theme(
        "ciencia-e-tecnologia",
        "de Ciência, Tecnologia e Inovação",
        "SECTI",
        "pesquisa, ciencia, tecnolog, inovac, comunicac, propriedade",
    ),
    theme(
        "infraestrutura",
        "de Infraestrutura e Obras",
        "SEINFRA",
        "constru, obra, habita, urban, infraestrutura, patrimonio",
    ),
    theme("administracao", "de Administração", "SEAD", ""),
];

/// The area whose clues the most topic labels mention; ties go to the earlier area.
pub fn theme_of(topics: &[String]) -> usize {
    let folded: Vec<String> = topics.iter().map(|t| fold(t)).collect();
    let mentions = |topic: &str, clue: &str| {
        if clue.contains(' ') {
            topic.contains(clue)
        } else {
            topic.split(' ').any(|word| word.starts_with(clue))
        }
    };
    let mut best = (0, THEMES.len() - 1);
    for (index, theme) in THEMES.iter().enumerate() {
        let points = folded
            .iter()
            .filter(|topic| {
                theme
                    .clues
                    .split(',')
                    .map(str::trim)
                    .filter(|clue| !clue.is_empty())
                    .any(|clue| mentions(topic, clue))
            })
            .count();
        if points > best.0 {
            best = (points, index);
        }
    }
    best.1
}

pub fn source_id(seed: u64, place_code: &str, theme: &Theme) -> String {
    format!("synthetic:{seed}:agency:{place_code}:{}", theme.slug)
}

/// "Secretaria de Estado da Saúde de Minas Gerais" (SES-MG).
pub fn state_agency(seed: u64, state: &State, theme: &Theme) -> AgencyRecord {
    let name = format!("Secretaria de Estado {} {}", theme.area, state.of_name());
    AgencyRecord {
        source_id: source_id(seed, &state.code(), theme),
        slug: slugify(&name, 160),
        level: Level::State,
        jurisdiction_code: state.code(),
        acronym: Some(format!("{}-{}", theme.acronym, state.uf)),
        website: Some(format!(
            "https://www.{}.{}.gov.br",
            theme.host(),
            state.uf.to_lowercase()
        )),
        email: None,
        phone: None,
        locale: Locale::Pt,
        name,
        description_html: None,
    }
}

/// "Secretaria Municipal de Educação de Nova Esperança do Sul", at the town hall's site.
pub fn municipal_agency(seed: u64, municipality: &Municipality, theme: &Theme) -> AgencyRecord {
    let name = format!("Secretaria Municipal {} de {}", theme.area, municipality.name);
    let state = municipality.state();
    let town = slugify(&municipality.name, 80).replace('-', "");
    AgencyRecord {
        source_id: source_id(seed, &municipality.code(), theme),
        // Town names repeat between states: the state's letters keep the slug unique.
        slug: slugify(&format!("{name} {}", state.uf), 160),
        level: Level::Municipal,
        jurisdiction_code: municipality.code(),
        acronym: None,
        website: Some(format!(
            "https://www.{town}.{}.gov.br/{}",
            state.uf.to_lowercase(),
            theme.host()
        )),
        email: None,
        phone: None,
        locale: Locale::Pt,
        name,
        description_html: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::states::STATES;

    fn topics(labels: &[&str]) -> Vec<String> {
        labels.iter().map(|l| (*l).to_owned()).collect()
    }

    #[test]
    fn topics_choose_the_secretariat() {
        let slug = |labels: &[&str]| THEMES[theme_of(&topics(labels))].slug;
        assert_eq!(slug(&["Saúde", "Vigilância Sanitária"]), "saude");
        assert_eq!(slug(&["Educação Superior"]), "educacao");
        assert_eq!(slug(&["Trânsito", "Transporte Rodoviário"]), "transportes");
        assert_eq!(slug(&["Tributação", "Finanças"]), "fazenda");
        assert_eq!(slug(&["Assistência Social"]), "desenvolvimento-social");
        assert_eq!(slug(&[]), "administracao");
        assert_eq!(slug(&["Relações Internacionais"]), "administracao");
    }

    #[test]
    fn state_secretariats_are_named_as_states_name_them() {
        let agency = state_agency(1, &STATES[16], &THEMES[0]);
        assert_eq!(agency.name, "Secretaria de Estado da Saúde de Minas Gerais");
        assert_eq!(agency.acronym.as_deref(), Some("SES-MG"));
        assert_eq!(agency.website.as_deref(), Some("https://www.saude.mg.gov.br"));
        assert_eq!(agency.jurisdiction_code, "BR-MG");
        assert_eq!(agency.level, Level::State);
    }
}
