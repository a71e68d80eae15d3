//! Municipality names that read like Brazilian ones, built the way real ones are: saints,
//! "Nova"/"Bom" + a hope, a river or hill with its colour, Tupi-style words, "-ópolis",
//! "-lândia", "Vila …", often followed by "do Sul", "da Serra"…

use super::rng::Rng;

// Word lists are comma-separated text so a table stays a few lines long.
const SAINTS: &str = "São João, São José, São Pedro, São Francisco, São Sebastião, São Miguel, São Bento, \
    São Gonçalo, São Domingos, São Lourenço, São Vicente, São Jorge, São Mateus, São Tomé, São Félix, \
    São Caetano, São Joaquim, São Roque, São Jerônimo, São Brás, Santo Antônio, Santo Amaro, Santo André, \
    Santo Inácio, Santo Expedito, Santa Rita, Santa Luzia, Santa Maria, Santa Helena, Santa Cruz, \
    Santa Bárbara, Santa Teresa, Santa Inês, Santa Clara, Santa Isabel, Santa Rosa, Santa Terezinha, \
    Santa Cecília, Santana, Conceição, Aparecida, Nazaré, Nossa Senhora das Dores, \
    Nossa Senhora da Glória, Bom Jesus, Divino, Trindade";
const COMPLEMENTS: &str = "do Sul, do Norte, do Oeste, do Leste, da Serra, do Campo, das Flores, dos Campos, \
    do Rio, da Mata, das Pedras, das Palmeiras, do Paraíso, da Boa Vista, dos Pinheiros, do Livramento, \
    das Missões, do Ouro, da Barra, do Bonfim, da Estrela, das Águas, do Cerrado, da Lapa, d'Oeste";
const FEMININE_NOUNS: &str = "Esperança, Aurora, Vitória, Alegria, Floresta, Fronteira, Colina, Estrela, \
    Aliança, Ventura, Vista, Fé, União";
const MASCULINE_NOUNS: &str = "Horizonte, Jardim, Paraíso, Progresso, Oriente, Cruzeiro, Triunfo, Destino, \
    Mundo, Retiro, Sossego, Descanso, Pontal, Planalto, Lar, Sucesso";
/// masculine/feminine
const LEADING: &str = "Novo/Nova, Bom/Boa, Belo/Bela, Alto/Alta";
const MASCULINE_PLACES: &str = "Porto, Rio, Campo, Morro, Monte, Ribeirão, Arroio, Passo, Capão, Poço";
const FEMININE_PLACES: &str = "Serra, Lagoa, Barra, Cachoeira, Ponte, Pedra, Ilha, Vargem, Chapada, Várzea";
/// masculine/feminine
const ADJECTIVES: &str = "Alegre/Alegre, Branco/Branca, Verde/Verde, Bonito/Bonita, Grande/Grande, \
    Claro/Clara, Azul/Azul, Novo/Nova, Alto/Alta, Dourado/Dourada, Preto/Preta, Fundo/Funda, Seco/Seca, \
    Formoso/Formosa, Largo/Larga, Redondo/Redonda, Velho/Velha, Feliz/Feliz, Santo/Santa, Rico/Rica";
const TUPI_STARTS: &str = "Ita, Ibi, Ara, Jaca, Pira, Gua, Cara, Iba, Tupi, Jagua, Para, Uba, Ipi, Itu, Tapi, \
    Mara, Cata, Aru, Jua, Ina, Baca, Cora, Maca, Pari, Tiju, Una, Buri, Ibo, Igua, Jabo, Capi, Muri, Cana";
const TUPI_MIDDLES: &str = "ra, pe, ti, ju, qua, ba, cu, po, ma, na, ca, bi, to, gua, pi";
const TUPI_ENDS: &str = "tuba, tinga, guaçu, mirim, rana, í, ã, ema, porã, poranga, uba, oca, juba, guá, \
    tiba, puã, cema, baí, raí, nema, quara, peva, çaba";
const OPOLIS_ROOTS: &str = "Petr, Teres, Flor, Ros, Joan, Marian, Cel, Luz, Dor, Jacint, Aurel, Cristin, Heli, \
    Guar, Santan, Lucian, Sebastian, Valent, Iren, Leon";
const LANDIA_ROOTS: &str = "Uber, Rosa, Flora, Ouro, Grama, Ita, Campina, Mira, Bela, Palme, Goia, Nova, Aura, \
    Ronda, Terra, Serra, Mata, Cristal, Jata, Ara";

fn pick(rng: &mut Rng, list: &'static str) -> &'static str {
    let count = list.split(',').count();
    list.split(',').nth(rng.index(count)).unwrap_or_default().trim()
}

fn gendered(rng: &mut Rng, list: &'static str, feminine: bool) -> &'static str {
    let pair = pick(rng, list);
    let (masculine, female) = pair.split_once('/').unwrap_or((pair, pair));
    if feminine { female } else { masculine }
}

fn tupi(rng: &mut Rng) -> String {
    let mut word = pick(rng, TUPI_STARTS).to_owned();
    if rng.percent(55) {
        word.push_str(pick(rng, TUPI_MIDDLES));
    }
    word.push_str(pick(rng, TUPI_ENDS));
    word
}

/// A noun or landform and whether it is feminine.
fn either(rng: &mut Rng, feminine: &'static str, masculine: &'static str) -> (&'static str, bool) {
    if rng.percent(50) {
        (pick(rng, feminine), true)
    } else {
        (pick(rng, masculine), false)
    }
}

/// One name; the caller retries when it is already taken in the state.
pub fn municipality(rng: &mut Rng) -> String {
    let (name, completable) = match rng.below(100) {
        0..=21 => (pick(rng, SAINTS).to_owned(), true),
        22..=36 => {
            let (noun, feminine) = either(rng, FEMININE_NOUNS, MASCULINE_NOUNS);
            (format!("{} {noun}", gendered(rng, LEADING, feminine)), true)
        }
        37..=51 => {
            let (place, feminine) = either(rng, FEMININE_PLACES, MASCULINE_PLACES);
            (format!("{place} {}", gendered(rng, ADJECTIVES, feminine)), false)
        }
        52..=61 => {
            let (place, _) = either(rng, FEMININE_PLACES, MASCULINE_PLACES);
            (format!("{place} do {}", tupi(rng)), false)
        }
        62..=79 => (tupi(rng), true),
        80..=85 => (format!("{}ópolis", pick(rng, OPOLIS_ROOTS)), true),
        86..=91 => (format!("{}lândia", pick(rng, LANDIA_ROOTS)), true),
        _ => {
            let second = if rng.percent(50) {
                gendered(rng, ADJECTIVES, true).to_owned()
            } else {
                tupi(rng)
            };
            (format!("Vila {second}"), false)
        }
    };
    if completable && rng.percent(35) {
        format!("{name} {}", pick(rng, COMPLEMENTS))
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_look_portuguese_and_vary() {
        let mut rng = Rng::stream(1, 99);
        let names: Vec<String> = (0..2_000).map(|_| municipality(&mut rng)).collect();
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert!(distinct.len() > 1_200, "only {} distinct names", distinct.len());
        assert!(names.iter().any(|n| n.starts_with("São ")));
        assert!(names.iter().any(|n| n.ends_with("ópolis")));
        assert!(names.iter().any(|n| n.ends_with(" do Sul")));
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("Nova ") || n.starts_with("Bom "))
        );
        assert!(
            names
                .iter()
                .all(|n| !n.is_empty() && !n.contains("  ") && n.trim() == n)
        );
    }
}
