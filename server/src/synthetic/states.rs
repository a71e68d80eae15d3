//! Brazil's 27 federative units as they really are: IBGE code, ISO 3166-2 code, name, the
//! preposition Portuguese puts before the name, capital, number of municipalities (IBGE 2022)
//! and population in thousands (Census 2022), which weigh how much each one generates.

pub struct State {
    /// Two-digit IBGE code: the first digits of every municipality code in the state.
    pub ibge: u32,
    pub uf: &'static str,
    pub name: &'static str,
    /// "de", "do" or "da": "Governo do Pará", "Governo da Bahia", "Governo de Goiás".
    pub of: &'static str,
    pub capital: &'static str,
    pub municipalities: u32,
    pub population_thousands: u32,
}

impl State {
    /// ISO 3166-2, the jurisdiction code: "BR-MG".
    pub fn code(&self) -> String {
        format!("BR-{}", self.uf)
    }

    /// "de Minas Gerais", "do Pará".
    pub fn of_name(&self) -> String {
        format!("{} {}", self.of, self.name)
    }

    /// "em Minas Gerais", "no Pará", "na Bahia".
    pub fn in_name(&self) -> String {
        let within = match self.of {
            "do" => "no",
            "da" => "na",
            _ => "em",
        };
        format!("{within} {}", self.name)
    }
}

const fn state(
    ibge: u32,
    uf: &'static str,
    name: &'static str,
    of: &'static str,
    capital: &'static str,
    municipalities: u32,
    population_thousands: u32,
) -> State {
    State {
        ibge,
        uf,
        name,
        of,
        capital,
        municipalities,
        population_thousands,
    }
}

pub static STATES: [State; 27] = [
    state(11, "RO", "Rondônia", "de", "Porto Velho", 52, 1_581),
    state(12, "AC", "Acre", "do", "Rio Branco", 22, 830),
    state(13, "AM", "Amazonas", "do", "Manaus", 62, 3_941),
    state(14, "RR", "Roraima", "de", "Boa Vista", 15, 636),
    state(15, "PA", "Pará", "do", "Belém", 144, 8_121),
    state(16, "AP", "Amapá", "do", "Macapá", 16, 733),
    state(17, "TO", "Tocantins", "do", "Palmas", 139, 1_511),
    state(21, "MA", "Maranhão", "do", "São Luís", 217, 6_775),
    state(22, "PI", "Piauí", "do", "Teresina", 224, 3_271),
    state(23, "CE", "Ceará", "do", "Fortaleza", 184, 8_794),
    state(24, "RN", "Rio Grande do Norte", "do", "Natal", 167, 3_302),
    state(25, "PB", "Paraíba", "da", "João Pessoa", 223, 3_974),
    state(26, "PE", "Pernambuco", "de", "Recife", 185, 9_058),
    state(27, "AL", "Alagoas", "de", "Maceió", 102, 3_127),
    state(28, "SE", "Sergipe", "de", "Aracaju", 75, 2_210),
    state(29, "BA", "Bahia", "da", "Salvador", 417, 14_136),
    state(31, "MG", "Minas Gerais", "de", "Belo Horizonte", 853, 20_539),
    state(32, "ES", "Espírito Santo", "do", "Vitória", 78, 3_833),
    state(33, "RJ", "Rio de Janeiro", "do", "Rio de Janeiro", 92, 16_054),
    state(35, "SP", "São Paulo", "de", "São Paulo", 645, 44_411),
    state(41, "PR", "Paraná", "do", "Curitiba", 399, 11_444),
    state(42, "SC", "Santa Catarina", "de", "Florianópolis", 295, 7_610),
    state(43, "RS", "Rio Grande do Sul", "do", "Porto Alegre", 497, 10_882),
    state(50, "MS", "Mato Grosso do Sul", "de", "Campo Grande", 79, 2_757),
    state(51, "MT", "Mato Grosso", "de", "Cuiabá", 141, 3_658),
    state(52, "GO", "Goiás", "de", "Goiânia", 246, 7_056),
    state(53, "DF", "Distrito Federal", "do", "Brasília", 1, 2_817),
];

/// Every municipality of Brazil: the most the generator creates.
pub fn total_municipalities() -> u32 {
    STATES.iter().map(|s| s.municipalities).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_the_real_country() {
        assert_eq!(total_municipalities(), 5_570);
        let mut codes: Vec<u32> = STATES.iter().map(|s| s.ibge).collect();
        codes.dedup();
        assert_eq!(codes.len(), 27, "codes are sorted and distinct");
        assert_eq!(STATES[16].code(), "BR-MG");
        assert_eq!(STATES[15].in_name(), "na Bahia");
        assert_eq!(STATES[4].of_name(), "do Pará");
    }
}
