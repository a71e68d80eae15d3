//! One real gov.br service turned into a synthetic one: offered by a state or a municipality
//! (or still by the federal agency, at a local office), with the place in its name and slug.

use app::model::Level;

use super::geography::Municipality;
use super::states::State;
use crate::catalog::FieldName;
use crate::import::ServiceRecord;
use crate::text::slugify;

/// Where a synthetic service is offered.
#[derive(Clone, Copy)]
pub enum Place<'a> {
    State(&'a State),
    Municipality(&'a Municipality),
}

impl Place<'_> {
    pub fn code(&self) -> String {
        match self {
            Place::State(state) => state.code(),
            Place::Municipality(town) => town.code(),
        }
    }

    pub fn level(&self) -> Level {
        match self {
            Place::State(_) => Level::State,
            Place::Municipality(_) => Level::Municipal,
        }
    }

    /// Who offers it, after the service's own name: "Governo da Bahia", "Prefeitura de Natal".
    fn government(&self) -> String {
        match self {
            Place::State(state) => format!("Governo {}", state.of_name()),
            Place::Municipality(town) => format!("Prefeitura de {}", town.name),
        }
    }

    /// Where a federal office serves: "atendimento na Bahia", "atendimento em Natal (RN)".
    fn office(&self) -> String {
        match self {
            Place::State(state) => format!("atendimento {}", state.in_name()),
            Place::Municipality(town) => format!("atendimento em {} ({})", town.name, town.state().uf),
        }
    }

    fn slug(&self) -> String {
        match self {
            Place::State(state) => state.uf.to_lowercase(),
            Place::Municipality(town) => town.slug(),
        }
    }
}

/// Room left at the end of a slug for "-{number}" when two services would share one.
pub const SLUG_SPARE: usize = 10;
const SLUG_MAX: usize = 200;

/// "emitir-alvara-nova-esperanca-do-sul-rs": the real slug, shortened if need be, then the place.
pub fn slug(template: &ServiceRecord, place: Place) -> String {
    let place = place.slug();
    let room = SLUG_MAX.saturating_sub(place.len() + 1 + SLUG_SPARE);
    let own = slugify(&template.slug, room);
    if own.is_empty() {
        place
    } else {
        format!("{own}-{place}")
    }
}

/// The template as offered at `place`; `agency` is `None` when the federal agency keeps it.
pub fn localize(
    template: &ServiceRecord,
    source_id: String,
    slug: String,
    place: Place,
    agency: Option<String>,
) -> ServiceRecord {
    let mut record = template.clone();
    let name = template.text(FieldName::NAME).unwrap_or_default();
    let suffix = match &agency {
        Some(agency_source_id) => {
            record.agency_source_id.clone_from(agency_source_id);
            record.level = place.level();
            record.jurisdiction_codes = vec![place.code()];
            place.government()
        }
        None => place.office(),
    };
    let localized = format!("{name} — {suffix}");
    for (field, text) in &mut record.texts {
        if *field == FieldName::NAME {
            text.clone_from(&localized);
        }
    }
    record.source_id = source_id;
    record.slug = slug;
    // Revisions of the real record redirect to the real service, not to its copies.
    record.old_slugs.clear();
    // Service points are federal offices at real addresses; linking every copy to them would
    // tie thousands of channels to a handful of rows and say nothing true.
    for channel in &mut record.channels {
        channel.points.clear();
    }
    record
}
