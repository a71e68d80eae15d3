//! The generated country: Brazil, its 27 real states, and as many municipalities as the
//! catalogue's size calls for, with names unique in their state and IBGE-like 7-digit codes.

use std::collections::HashSet;

use super::apportion::apportion;
use super::names;
use super::rng::Rng;
use super::states::{STATES, State, total_municipalities};
use crate::import::JurisdictionRecord;
use crate::text::slugify;

pub const COUNTRY_CODE: &str = "BR";

/// Random-stream tags; each state's names come from `NAMES + state`.
const NAMES: u64 = 1 << 32;
const WEIGHTS: u64 = 2 << 32;

pub struct Municipality {
    /// Index into `STATES`.
    pub state: usize,
    pub name: String,
    /// Seven digits: the state's two, then five of its own.
    pub ibge: u32,
    /// How many services it offers relative to the others of its state.
    pub weight: u64,
}

impl Municipality {
    pub fn state(&self) -> &'static State {
        &STATES[self.state]
    }

    /// "BR-MG-3104512": the state's ISO code, then the IBGE number, as other importers do.
    pub fn code(&self) -> String {
        format!("{}-{}", self.state().code(), self.ibge)
    }

    /// "nova-esperanca-do-sul-rs": names repeat between states, never inside one.
    pub fn slug(&self) -> String {
        slugify(&format!("{} {}", self.name, self.state().uf), 80)
    }
}

pub struct Geography {
    pub municipalities: Vec<Municipality>,
}

impl Geography {
    /// `count` municipalities (at least one per state, the capital first; at most the real
    /// 5,570), shared out like the real ones.
    pub fn generate(seed: u64, count: u32) -> Geography {
        let count = count.clamp(STATES.len() as u32, total_municipalities());
        let real: Vec<u64> = STATES.iter().map(|s| u64::from(s.municipalities - 1)).collect();
        let extra = apportion(u64::from(count) - STATES.len() as u64, &real, u64::MAX);
        let mut municipalities = Vec::with_capacity(count as usize);
        for (index, (state, extra)) in STATES.iter().zip(extra).enumerate() {
            let names = state_names(seed, index, state, 1 + extra as usize);
            let codes = codes(seed, state, names.len());
            let mut weights = Rng::stream(seed, WEIGHTS + index as u64);
            let others: Vec<u64> = (1..names.len())
                .map(|_| {
                    // Mostly small towns, a few large ones: a cube skews towards the small.
                    let u = 1 + weights.below(20);
                    u * u * u
                })
                .collect();
            // The capital offers about a quarter of what its state's municipalities offer.
            let capital = (others.iter().sum::<u64>() / 3).max(1);
            let weights = std::iter::once(capital).chain(others);
            for ((name, ibge), weight) in names.into_iter().zip(codes).zip(weights) {
                municipalities.push(Municipality {
                    state: index,
                    name,
                    ibge,
                    weight,
                });
            }
        }
        Geography { municipalities }
    }

    /// Every place, parents before children, as the writer needs them.
    pub fn jurisdictions(&self) -> Vec<JurisdictionRecord> {
        let place = |code: String, kind, parent: Option<String>, name: &str| JurisdictionRecord {
            code,
            kind,
            parent_code: parent,
            country_code: COUNTRY_CODE.to_owned(),
            name: name.to_owned(),
        };
        let mut places = vec![place(COUNTRY_CODE.to_owned(), "country", None, "Brasil")];
        places.extend(
            STATES
                .iter()
                .map(|s| place(s.code(), "state", Some(COUNTRY_CODE.to_owned()), s.name)),
        );
        places.extend(
            self.municipalities
                .iter()
                .map(|m| place(m.code(), "municipality", Some(m.state().code()), &m.name)),
        );
        places
    }
}

/// The capital, then generated names, none repeated within the state.
fn state_names(seed: u64, index: usize, state: &State, count: usize) -> Vec<String> {
    let mut rng = Rng::stream(seed, NAMES + index as u64);
    let mut taken = HashSet::from([state.capital.to_owned()]);
    let mut names = vec![state.capital.to_owned()];
    while names.len() < count {
        let mut name = names::municipality(&mut rng);
        // Thousands of combinations per state: a clash is rare, and a numbered name ends it.
        for attempt in 2.. {
            if !taken.contains(&name) {
                break;
            }
            name = if attempt < 50 {
                names::municipality(&mut rng)
            } else {
                format!("{name} {attempt}")
            };
        }
        taken.insert(name.clone());
        names.push(name);
    }
    names
}

/// Increasing five-digit suffixes, one per evenly spaced slot, so they never repeat.
fn codes(seed: u64, state: &State, count: usize) -> Vec<u32> {
    let mut rng = Rng::stream(seed, WEIGHTS + 1_000 + u64::from(state.ibge));
    let slot = (99_990 / (count as u64 + 1)).max(1);
    (0..count as u64)
        .map(|i| {
            let suffix = i * slot + 1 + rng.below(slot);
            state.ibge * 100_000 + u32::try_from(suffix).unwrap_or(99_999)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_slugs_are_unique_across_the_whole_country() {
        let geography = Geography::generate(3, 10_000);
        assert_eq!(
            geography.municipalities.len(),
            5_570,
            "never more than the real country"
        );
        let codes: HashSet<String> = geography.municipalities.iter().map(Municipality::code).collect();
        assert_eq!(codes.len(), 5_570);
        let slugs: HashSet<String> = geography.municipalities.iter().map(Municipality::slug).collect();
        assert_eq!(slugs.len(), 5_570);
        assert!(
            geography
                .municipalities
                .iter()
                .all(|m| { (1_000_000..10_000_000).contains(&m.ibge) && m.ibge / 100_000 == m.state().ibge })
        );
        let brasilia: Vec<&Municipality> = geography
            .municipalities
            .iter()
            .filter(|m| m.state().uf == "DF")
            .collect();
        assert_eq!(brasilia.len(), 1);
        assert_eq!(brasilia[0].name, "Brasília");
    }

    #[test]
    fn small_catalogues_get_the_capitals_and_parents_come_first() {
        let geography = Geography::generate(1, 0);
        assert_eq!(geography.municipalities.len(), 27);
        assert!(
            geography
                .municipalities
                .iter()
                .any(|m| m.name == "Belo Horizonte")
        );
        let places = geography.jurisdictions();
        assert_eq!(places.len(), 1 + 27 + 27);
        assert_eq!(places[0].code, "BR");
        assert_eq!(places[17].code, "BR-MG");
        assert_eq!(places[17].parent_code.as_deref(), Some("BR"));
        assert!(
            places[28..]
                .iter()
                .all(|p| p.kind == "municipality" && p.code.len() == 13)
        );
    }

    #[test]
    fn the_same_seed_draws_the_same_map() {
        let names = |seed| -> Vec<String> {
            Geography::generate(seed, 600)
                .municipalities
                .into_iter()
                .map(|m| m.code() + &m.name)
                .collect()
        };
        assert_eq!(names(5), names(5));
        assert_ne!(names(5), names(6));
    }
}
