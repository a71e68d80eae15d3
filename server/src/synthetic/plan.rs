//! How many services each place offers: a fifth of the catalogue by the states (by
//! population), the rest by the municipalities (by state population, then town size), never
//! more at one place than there are real services to copy.

use super::SyntheticError;
use super::apportion::apportion;
use super::geography::Geography;
use super::states::{STATES, total_municipalities};

/// Roughly one municipality per this many services, up to the real 5,570.
const SERVICES_PER_MUNICIPALITY: u64 = 200;
const STATE_PERCENT: u64 = 20;

pub struct Plan {
    pub geography: Geography,
    /// Services per place: the 27 states in table order, then every municipality.
    pub quotas: Vec<u64>,
}

impl Plan {
    /// `templates` real services can each be offered once per place.
    pub fn new(seed: u64, services: u64, templates: u64) -> Result<Plan, SyntheticError> {
        let most = (STATES.len() as u64 / 2 + u64::from(total_municipalities())) * templates;
        if services > most.min(super::MAX_SERVICES) {
            return Err(SyntheticError::TooMany {
                requested: services,
                most: most.min(super::MAX_SERVICES),
            });
        }
        let wanted = u32::try_from(services / SERVICES_PER_MUNICIPALITY).unwrap_or(u32::MAX);
        let geography = Geography::generate(seed, wanted);
        // States hold at most half their capacity, so one state's services stay varied.
        let by_states = (services * STATE_PERCENT / 100).min(STATES.len() as u64 * templates / 2);
        let populations: Vec<u64> = STATES.iter().map(|s| u64::from(s.population_thousands)).collect();
        let mut quotas = apportion(by_states, &populations, templates);
        let mut town_weight_by_state = vec![0u128; STATES.len()];
        for town in &geography.municipalities {
            town_weight_by_state[town.state] += u128::from(town.weight);
        }
        let towns: Vec<u64> = geography
            .municipalities
            .iter()
            .map(|town| {
                let share = u128::from(populations[town.state]) * 1_000_000 * u128::from(town.weight)
                    / town_weight_by_state[town.state].max(1);
                u64::try_from(share).unwrap_or(u64::MAX).max(1)
            })
            .collect();
        let by_towns = services - quotas.iter().sum::<u64>();
        quotas.extend(apportion(by_towns, &towns, templates));
        let planned: u64 = quotas.iter().sum();
        if planned < services {
            return Err(SyntheticError::TooMany {
                requested: services,
                most: planned,
            });
        }
        Ok(Plan { geography, quotas })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_has_a_place_and_no_place_too_many() {
        for services in [1, 300, 100_000, 1_000_000] {
            let plan = Plan::new(1, services, 1_751).unwrap();
            assert_eq!(plan.quotas.iter().sum::<u64>(), services);
            assert!(plan.quotas.iter().all(|q| *q <= 1_751));
            assert_eq!(plan.quotas.len(), 27 + plan.geography.municipalities.len());
        }
        let plan = Plan::new(1, 100_000, 1_751).unwrap();
        assert_eq!(plan.geography.municipalities.len(), 500);
        let states: u64 = plan.quotas[..27].iter().sum();
        assert_eq!(states, 20_000);
        assert!(
            plan.quotas[19] > plan.quotas[3],
            "São Paulo offers more than Roraima"
        );
    }

    #[test]
    fn too_many_services_are_refused() {
        assert!(matches!(
            Plan::new(1, 10_000_000, 1_751),
            Err(SyntheticError::TooMany { .. })
        ));
        assert!(matches!(
            Plan::new(1, 1_000, 1),
            Err(SyntheticError::TooMany { .. })
        ));
    }
}
