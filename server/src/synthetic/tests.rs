//! The generator's promises, checked on the real templates: a seed names one catalogue, and
//! slugs and source ids never repeat.

use std::collections::HashSet;
use std::sync::OnceLock;

use app::model::Level;

use super::read_templates;
use super::services::{Catalogue, Owner};
use crate::import::Batch;

fn templates() -> Batch {
    static TEMPLATES: OnceLock<Batch> = OnceLock::new();
    TEMPLATES
        .get_or_init(|| read_templates().expect("the bundled catalogue reads"))
        .clone()
}

/// The first `count` services of a catalogue of `size`, as JSON.
fn first(seed: u64, size: u64, count: usize) -> Vec<String> {
    let catalogue = Catalogue::new(seed, size, templates()).unwrap();
    catalogue
        .services()
        .take(count)
        .map(|g| serde_json::to_string(&g.service).unwrap())
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_records_and_another_seed_others() {
    assert_eq!(first(1, 10_000, 50), first(1, 10_000, 50));
    assert_ne!(first(1, 10_000, 50), first(2, 10_000, 50));
    let geography = |seed| Catalogue::new(seed, 10_000, templates()).unwrap().jurisdictions();
    let names = |seed| -> Vec<String> { geography(seed).into_iter().map(|p| p.name).collect() };
    assert_eq!(names(1), names(1));
    assert_ne!(names(1), names(2));
}

#[test]
fn slugs_and_ids_are_unique_and_fit_their_columns() {
    let catalogue = Catalogue::new(9, 30_000, templates()).unwrap();
    let mut slugs = HashSet::new();
    let mut ids = HashSet::new();
    let mut levels = [0u64; 3];
    let mut count = 0;
    for generated in catalogue.services() {
        let service = &generated.service;
        assert!(
            slugs.insert(service.slug.clone()),
            "slug {} repeats",
            service.slug
        );
        assert!(ids.insert(service.source_id.clone()));
        assert!(service.slug.len() <= 200, "{}", service.slug);
        assert!(service.old_slugs.is_empty());
        levels[match service.level {
            Level::National => 0,
            Level::State => 1,
            Level::Municipal => 2,
        }] += 1;
        count += 1;
    }
    assert_eq!(count, 30_000);
    assert!(
        (1_500..3_000).contains(&levels[0]),
        "about 7% national: {levels:?}"
    );
    assert!(levels[1] > 4_000 && levels[2] > 20_000, "{levels:?}");
}

#[test]
fn a_municipal_service_is_the_real_one_localized() {
    let real = templates();
    let catalogue = Catalogue::new(4, 5_000, templates()).unwrap();
    let generated = catalogue
        .services()
        .find(|g| matches!(g.owner, Owner::Municipal { .. }))
        .unwrap();
    let service = &generated.service;
    let name = service.text("name").unwrap();
    assert!(name.contains(" — Prefeitura de "), "{name}");
    let template = real
        .services
        .iter()
        .find(|t| name.starts_with(&format!("{} — ", t.text("name").unwrap())))
        .unwrap();
    assert_eq!(service.text("description"), template.text("description"));
    assert_eq!(service.steps.len(), template.steps.len());
    assert_eq!(service.jurisdiction_codes.len(), 1);
    assert_eq!(service.jurisdiction_codes[0].len(), "BR-MG-3100000".len());
    assert!(service.source_id.starts_with("synthetic:4:"));
    let agency = catalogue.agency(&generated).unwrap();
    assert_eq!(agency.source_id, service.agency_source_id);
    assert_eq!(agency.level, Level::Municipal);
    assert_eq!(agency.jurisdiction_code, service.jurisdiction_codes[0]);
    assert!(
        agency.name.starts_with("Secretaria Municipal "),
        "{}",
        agency.name
    );
}

#[test]
fn federal_copies_keep_their_real_agency() {
    let real = templates();
    let catalogue = Catalogue::new(1, 5_000, templates()).unwrap();
    let generated = catalogue.services().find(|g| g.owner == Owner::Federal).unwrap();
    assert_eq!(generated.service.level, Level::National);
    assert_eq!(generated.service.jurisdiction_codes, vec!["BR".to_owned()]);
    assert!(
        generated
            .service
            .text("name")
            .unwrap()
            .contains(" — atendimento ")
    );
    let agency = catalogue.agency(&generated).unwrap();
    assert!(real.agencies.iter().any(|a| a.source_id == agency.source_id));
}
