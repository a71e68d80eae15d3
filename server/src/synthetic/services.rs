//! The synthetic catalogue as a stream: place after place, each offering its quota of distinct
//! real services, so a million services never sit in memory at once.

use std::collections::{HashMap, HashSet};

use super::SyntheticError;
use super::agencies::{self, THEMES, theme_of};
use super::localize::{self, Place};
use super::plan::Plan;
use super::rng::{Rng, fingerprint};
use super::states::STATES;
use crate::import::{AgencyRecord, Batch, JurisdictionRecord, ServiceRecord};

/// Share of services the federal agencies keep, close to the real mix of a national catalogue.
const NATIONAL_PERCENT: u64 = 7;
/// Random-stream tag of each place's services: `SERVICES + place`.
const SERVICES: u64 = 3 << 32;

/// Who answers for a generated service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The real federal agency of the template.
    Federal,
    State {
        state: usize,
        theme: usize,
    },
    Municipal {
        municipality: usize,
        theme: usize,
    },
}

pub struct Generated {
    pub service: ServiceRecord,
    pub owner: Owner,
}

pub struct Catalogue {
    seed: u64,
    plan: Plan,
    templates: Vec<ServiceRecord>,
    /// The secretariat that takes over each template, by its topics.
    themes: Vec<usize>,
    federal: HashMap<String, AgencyRecord>,
}

impl Catalogue {
    /// `real` is the gov.br catalogue the services are copied from.
    pub fn new(seed: u64, services: u64, real: Batch) -> Result<Catalogue, SyntheticError> {
        let plan = Plan::new(seed, services, real.services.len() as u64)?;
        let themes = real.services.iter().map(|s| theme_of(&s.topics)).collect();
        Ok(Catalogue {
            seed,
            plan,
            templates: real.services,
            themes,
            federal: real
                .agencies
                .into_iter()
                .map(|a| (a.source_id.clone(), a))
                .collect(),
        })
    }

    pub fn jurisdictions(&self) -> Vec<JurisdictionRecord> {
        self.plan.geography.jurisdictions()
    }

    pub fn services(&self) -> Services<'_> {
        let mut services = Services {
            catalogue: self,
            place: 0,
            offered: 0,
            rng: Rng::stream(self.seed, SERVICES),
            order: Vec::new(),
            next_id: 0,
            slugs: HashSet::new(),
        };
        services.enter(0);
        services
    }

    /// The agency a generated service names, built again whenever a batch first needs it.
    pub fn agency(&self, generated: &Generated) -> Option<AgencyRecord> {
        match generated.owner {
            Owner::Federal => self.federal.get(&generated.service.agency_source_id).cloned(),
            Owner::State { state, theme } => Some(agencies::state_agency(
                self.seed,
                STATES.get(state)?,
                THEMES.get(theme)?,
            )),
            Owner::Municipal { municipality, theme } => Some(agencies::municipal_agency(
                self.seed,
                self.plan.geography.municipalities.get(municipality)?,
                THEMES.get(theme)?,
            )),
        }
    }

    fn place(&self, index: usize) -> Option<Place<'_>> {
        match index.checked_sub(STATES.len()) {
            None => STATES.get(index).map(Place::State),
            Some(town) => self
                .plan
                .geography
                .municipalities
                .get(town)
                .map(Place::Municipality),
        }
    }
}

pub struct Services<'a> {
    catalogue: &'a Catalogue,
    /// The place now offering services, and how many it has offered.
    place: usize,
    offered: u64,
    rng: Rng,
    /// Template indices, shuffled a step at a time so a place never offers one twice.
    order: Vec<usize>,
    next_id: u64,
    /// Fingerprints of every slug handed out, to make a clash impossible at a few bytes each.
    slugs: HashSet<u64>,
}

impl Services<'_> {
    fn enter(&mut self, place: usize) {
        self.place = place;
        self.offered = 0;
        self.rng = Rng::stream(self.catalogue.seed, SERVICES + place as u64);
        self.order.clear();
        self.order.extend(0..self.catalogue.templates.len());
    }

    fn owner(&self, place: Place, template: usize) -> Owner {
        let theme = self.catalogue.themes.get(template).copied().unwrap_or_default();
        match place {
            Place::State(_) => Owner::State {
                state: self.place,
                theme,
            },
            Place::Municipality(_) => Owner::Municipal {
                municipality: self.place - STATES.len(),
                theme,
            },
        }
    }
}

impl Iterator for Services<'_> {
    type Item = Generated;

    fn next(&mut self) -> Option<Generated> {
        let catalogue = self.catalogue;
        while self.offered >= *catalogue.plan.quotas.get(self.place)? {
            self.enter(self.place + 1);
        }
        let place = catalogue.place(self.place)?;
        // One step of Fisher–Yates: the quota never exceeds the templates, so `step` is in range.
        let step = usize::try_from(self.offered).ok()?;
        let pick = step + self.rng.index(self.order.len().checked_sub(step)?);
        self.order.swap(step, pick);
        let template_index = *self.order.get(step)?;
        let template = catalogue.templates.get(template_index)?;
        self.offered += 1;

        let owner = if self.rng.percent(NATIONAL_PERCENT) {
            Owner::Federal
        } else {
            self.owner(place, template_index)
        };
        let id = self.next_id;
        self.next_id += 1;
        let mut slug = localize::slug(template, place);
        if !self.slugs.insert(fingerprint(&slug)) {
            slug = format!("{slug}-{id}");
            self.slugs.insert(fingerprint(&slug));
        }
        let agency = match owner {
            Owner::Federal => None,
            Owner::State { theme, .. } | Owner::Municipal { theme, .. } => Some(agencies::source_id(
                catalogue.seed,
                &place.code(),
                THEMES.get(theme)?,
            )),
        };
        let source_id = format!("synthetic:{}:{id}", catalogue.seed);
        Some(Generated {
            service: localize::localize(template, source_id, slug, place, agency),
            owner,
        })
    }
}
