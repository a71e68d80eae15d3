//! Reference data every service points to: places, the taxonomy and agencies.

use std::collections::{HashMap, HashSet};

use app::locale::Locale;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};

use super::{Counts, hash_of, insert_all, translation_row};
use crate::catalog::{FieldName, OwnerKind};
use crate::db::entities::{agency, jurisdiction, taxonomy_term, translation};
use crate::import::record::{AgencyRecord, Batch, JurisdictionRecord};
use crate::import::taxonomy::{Seed, SeedTopic};
use crate::text::{slugify, unique_slug};

/// Jurisdiction ids by official code; missing places are created, existing ones left alone.
pub async fn jurisdictions(
    txn: &DatabaseTransaction,
    records: &[JurisdictionRecord],
) -> Result<HashMap<String, i32>, DbErr> {
    let mut ids: HashMap<String, i32> = jurisdiction::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|row| (row.code, row.id))
        .collect();
    for record in records {
        if ids.contains_key(&record.code) {
            continue;
        }
        let row = jurisdiction::ActiveModel {
            code: Set(record.code.clone()),
            kind: Set(record.kind.to_owned()),
            parent_id: Set(record
                .parent_code
                .as_ref()
                .and_then(|code| ids.get(code).copied())),
            country_code: Set(record.country_code.clone()),
            slug: Set(slugify(&record.code, 120)),
            name: Set(record.name.clone()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        ids.insert(record.code.clone(), row.id);
    }
    Ok(ids)
}

/// Term ids a service's topic labels lead to: the topic itself and its life events.
#[derive(Default)]
pub struct TaxonomyMap {
    terms_by_label: HashMap<String, Vec<i32>>,
}

impl TaxonomyMap {
    pub fn terms_for(&self, labels: &[String]) -> Vec<i32> {
        let mut ids: Vec<i32> = labels
            .iter()
            .flat_map(|l| self.terms_by_label.get(l).cloned().unwrap_or_default())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

struct TermTexts<'a> {
    slug: &'a str,
    kind: &'static str,
    position: i32,
    texts: Vec<(&'static str, Locale, &'a str)>,
}

pub async fn taxonomy(
    txn: &DatabaseTransaction,
    batch: &Batch,
    now: DateTime<Utc>,
) -> Result<TaxonomyMap, DbErr> {
    let seed = Seed::get();
    let mut wanted: Vec<TermTexts> = Vec::new();
    for event in &seed.life_events {
        let mut texts = Vec::new();
        for locale in Locale::ALL {
            if let Some(label) = event.labels.get(locale.code()) {
                texts.push((FieldName::LABEL, locale, label.as_str()));
            }
            if let Some(description) = event.descriptions.get(locale.code()) {
                texts.push((FieldName::DESCRIPTION, locale, description.as_str()));
            }
        }
        wanted.push(TermTexts {
            slug: &event.slug,
            kind: "life_event",
            position: event.position,
            texts,
        });
    }
    for topic in &seed.topics {
        let texts = Locale::ALL
            .into_iter()
            .filter_map(|locale| {
                Some((
                    FieldName::LABEL,
                    locale,
                    topic.labels.get(locale.code())?.as_str(),
                ))
            })
            .collect();
        wanted.push(TermTexts {
            slug: &topic.slug,
            kind: "topic",
            position: 0,
            texts,
        });
    }
    // Topics the seed does not know keep the source's own label, in the source's language.
    let by_source = seed.topic_by_source();
    let mut extra_slugs: Vec<(String, Locale, &str)> = Vec::new();
    let mut seen = HashSet::new();
    for service in &batch.services {
        for label in &service.topics {
            if !by_source.contains_key(label.as_str()) && seen.insert(label.as_str()) {
                extra_slugs.push((slugify(label, 150), service.locale, label.as_str()));
            }
        }
    }
    for (slug, locale, label) in &extra_slugs {
        if !slug.is_empty() {
            wanted.push(TermTexts {
                slug,
                kind: "topic",
                position: 0,
                texts: vec![(FieldName::LABEL, *locale, *label)],
            });
        }
    }

    let mut ids: HashMap<String, i32> = taxonomy_term::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|t| (t.slug, t.id))
        .collect();
    // The first import lays out the whole seed. Afterwards the admin panel owns the taxonomy:
    // a term deleted there comes back only when an imported service is tagged with it.
    let first_seeding = ids.is_empty();
    let needed = needed_slugs(batch, &by_source, &extra_slugs);
    for term in &wanted {
        if !ids.contains_key(term.slug) && (first_seeding || needed.contains(term.slug)) {
            let row = taxonomy_term::ActiveModel {
                slug: Set(term.slug.to_owned()),
                kind: Set(term.kind.to_owned()),
                parent_id: Set(None),
                position: Set(term.position),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            ids.insert(term.slug.to_owned(), row.id);
        }
    }
    let existing: HashMap<(i32, String, String), String> = translation::Entity::find()
        .filter(translation::Column::OwnerKind.eq(OwnerKind::Term.code()))
        .all(txn)
        .await?
        .into_iter()
        .map(|t| ((t.owner_id, t.field, t.locale), t.value))
        .collect();
    let mut new_rows = Vec::new();
    for term in &wanted {
        let Some(&id) = ids.get(term.slug) else { continue };
        // Labels written in the panel win: the seed only fills a language still missing.
        for (field, locale, value) in &term.texts {
            if !existing.contains_key(&(id, (*field).to_owned(), locale.code().to_owned())) {
                new_rows.push(translation_row(OwnerKind::Term, id, field, *locale, value, now));
            }
        }
    }
    insert_all(txn, new_rows).await?;

    let mut map = TaxonomyMap::default();
    for topic in &seed.topics {
        let mut terms: Vec<i32> = ids.get(&topic.slug).copied().into_iter().collect();
        terms.extend(
            seed.life_events_of(&topic.slug)
                .iter()
                .filter_map(|slug| ids.get(*slug).copied()),
        );
        map.terms_by_label.insert(topic.source.clone(), terms);
    }
    for (slug, _, label) in &extra_slugs {
        if let Some(&id) = ids.get(slug) {
            map.terms_by_label.insert((*label).to_owned(), vec![id]);
        }
    }
    Ok(map)
}

/// Slugs of the terms the batch's services are tagged with: their topics and those topics'
/// life events.
fn needed_slugs<'a>(
    batch: &Batch,
    by_source: &HashMap<&str, &'a SeedTopic>,
    extra_slugs: &'a [(String, Locale, &str)],
) -> HashSet<&'a str> {
    let seed = Seed::get();
    let mut needed = HashSet::new();
    for label in batch.services.iter().flat_map(|s| &s.topics) {
        if let Some(topic) = by_source.get(label.as_str()) {
            needed.insert(topic.slug.as_str());
            needed.extend(seed.life_events_of(&topic.slug));
        }
    }
    needed.extend(extra_slugs.iter().map(|(slug, _, _)| slug.as_str()));
    needed
}

/// Agency ids by source id; new agencies created, changed ones updated, the rest untouched.
pub async fn agencies(
    txn: &DatabaseTransaction,
    records: &[AgencyRecord],
    places: &HashMap<String, i32>,
    now: DateTime<Utc>,
) -> Result<(HashMap<String, i32>, Counts, Vec<i32>), DbErr> {
    let existing: HashMap<String, agency::Model> = agency::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|row| Some((row.source_id.clone()?, row)))
        .collect();
    let mut taken: HashSet<String> = agency::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|a| a.slug)
        .collect();
    let mut ids = HashMap::new();
    let mut counts = Counts::default();
    let mut updated = Vec::new();
    for record in records {
        let hash = hash_of(record);
        let jurisdiction_id = places.get(&record.jurisdiction_code).copied().unwrap_or_default();
        let id = match existing.get(&record.source_id) {
            Some(row) if row.source_hash.as_deref() == Some(hash.as_str()) => {
                counts.unchanged += 1;
                ids.insert(record.source_id.clone(), row.id);
                continue;
            }
            Some(row) => {
                let mut active: agency::ActiveModel = row.clone().into();
                active.level = Set(record.level.code().to_owned());
                active.jurisdiction_id = Set(jurisdiction_id);
                active.acronym = Set(record.acronym.clone());
                active.website = Set(record.website.clone());
                active.email = Set(record.email.clone());
                active.phone = Set(record.phone.clone());
                active.source_hash = Set(Some(hash));
                active.updated_at = Set(now);
                active.update(txn).await?;
                translation::Entity::delete_many()
                    .filter(translation::Column::OwnerKind.eq(OwnerKind::Agency.code()))
                    .filter(translation::Column::OwnerId.eq(row.id))
                    .exec(txn)
                    .await?;
                counts.updated += 1;
                updated.push(row.id);
                row.id
            }
            None => {
                let slug = unique_slug(&record.slug, &mut taken);
                let row = agency::ActiveModel {
                    slug: Set(slug),
                    source_id: Set(Some(record.source_id.clone())),
                    source_hash: Set(Some(hash)),
                    level: Set(record.level.code().to_owned()),
                    jurisdiction_id: Set(jurisdiction_id),
                    acronym: Set(record.acronym.clone()),
                    website: Set(record.website.clone()),
                    email: Set(record.email.clone()),
                    phone: Set(record.phone.clone()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
                counts.created += 1;
                row.id
            }
        };
        let mut texts = vec![translation_row(
            OwnerKind::Agency,
            id,
            FieldName::NAME,
            record.locale,
            &record.name,
            now,
        )];
        if let Some(description) = &record.description_html {
            texts.push(translation_row(
                OwnerKind::Agency,
                id,
                FieldName::DESCRIPTION,
                record.locale,
                description,
                now,
            ));
        }
        insert_all(txn, texts).await?;
        ids.insert(record.source_id.clone(), id);
    }
    Ok((ids, counts, updated))
}
