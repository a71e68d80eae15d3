//! What a results page names things by — languages' fallback chains, agencies, topics and
//! places — kept in memory per instance so a search asks the database nothing. Like the search
//! index it is a cache that follows the database: reloaded as soon as the index has applied a
//! newer catalogue change, and at least every minute for edits that touch no service.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use app::locale::Locale;
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use tokio::sync::Mutex;

use super::owner::{FieldName, OwnerKind};
use crate::db::entities::{agency, jurisdiction, locale, taxonomy_term, translation};

/// Longest a snapshot is used without looking at the database again.
const MAX_AGE: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub struct AgencyLabel {
    pub slug: String,
    pub names: Vec<(Locale, String)>,
}

#[derive(Clone, Debug)]
pub struct TermLabel {
    pub slug: String,
    pub life_event: bool,
    pub labels: Vec<(Locale, String)>,
}

#[derive(Clone, Debug)]
pub struct PlaceLabel {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Default)]
pub struct Labels {
    /// The catalogue change the index had applied when this was read.
    followed: i64,
    chains: HashMap<Locale, Vec<Locale>>,
    pub agencies: HashMap<i32, AgencyLabel>,
    pub terms: HashMap<i32, TermLabel>,
    pub places: HashMap<i32, PlaceLabel>,
}

/// The reader first, then the chain the database names, then every other language.
pub fn complete_chain(reader: Locale, named: &[Locale]) -> Vec<Locale> {
    let mut chain = vec![reader];
    for locale in named.iter().chain(Locale::ALL.iter()) {
        if !chain.contains(locale) {
            chain.push(*locale);
        }
    }
    chain
}

/// The languages of a `locales.fallback_chain` column, unknown codes left out.
pub fn parse_chain(codes: &str) -> Vec<Locale> {
    codes
        .split(',')
        .filter_map(|code| Locale::from_code(code.trim()))
        .collect()
}

impl Labels {
    pub fn chain(&self, reader: Locale) -> Vec<Locale> {
        let named = self.chains.get(&reader).map(Vec::as_slice).unwrap_or_default();
        complete_chain(reader, named)
    }

    async fn load(db: &DatabaseConnection, followed: i64) -> Result<Labels, DbErr> {
        let chains = locale::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .filter_map(|row| {
                let reader = Locale::from_code(&row.code)?;
                Some((reader, parse_chain(&row.fallback_chain)))
            })
            .collect();
        let mut texts = texts(db).await?;
        let agencies = agency::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|row| {
                let names = texts.remove(&(OwnerKind::Agency, row.id)).unwrap_or_default();
                (
                    row.id,
                    AgencyLabel {
                        slug: row.slug,
                        names,
                    },
                )
            })
            .collect();
        let terms = taxonomy_term::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|row| {
                let labels = texts.remove(&(OwnerKind::Term, row.id)).unwrap_or_default();
                let life_event = row.kind == "life_event";
                (
                    row.id,
                    TermLabel {
                        slug: row.slug,
                        life_event,
                        labels,
                    },
                )
            })
            .collect();
        let places = jurisdiction::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|row| {
                (
                    row.id,
                    PlaceLabel {
                        slug: row.slug,
                        name: row.name,
                    },
                )
            })
            .collect();
        Ok(Labels {
            followed,
            chains,
            agencies,
            terms,
            places,
        })
    }
}

/// Agency names and topic labels, in every language.
async fn texts(db: &DatabaseConnection) -> Result<HashMap<(OwnerKind, i32), Vec<(Locale, String)>>, DbErr> {
    let rows = translation::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(translation::Column::OwnerKind.eq(OwnerKind::Agency.code()))
                        .add(translation::Column::Field.eq(FieldName::NAME)),
                )
                .add(
                    Condition::all()
                        .add(translation::Column::OwnerKind.eq(OwnerKind::Term.code()))
                        .add(translation::Column::Field.eq(FieldName::LABEL)),
                ),
        )
        .all(db)
        .await?;
    let mut texts: HashMap<(OwnerKind, i32), Vec<(Locale, String)>> = HashMap::new();
    for row in rows {
        let kind = if row.owner_kind == OwnerKind::Agency.code() {
            OwnerKind::Agency
        } else {
            OwnerKind::Term
        };
        if let Some(locale) = Locale::from_code(&row.locale)
            && !row.value.trim().is_empty()
        {
            texts
                .entry((kind, row.owner_id))
                .or_default()
                .push((locale, row.value));
        }
    }
    Ok(texts)
}

#[derive(Default)]
pub struct LabelCache {
    current: RwLock<Option<(Arc<Labels>, Instant)>>,
    /// One reload at a time; the others use the snapshot they have or wait for the first one.
    reloading: Mutex<()>,
}

impl LabelCache {
    fn snapshot(&self) -> Option<(Arc<Labels>, Instant)> {
        self.current.read().ok().and_then(|current| current.clone())
    }

    /// Labels at least as new as the index (`followed`: the change it has applied last).
    pub async fn get(&self, db: &DatabaseConnection, followed: i64) -> Result<Arc<Labels>, DbErr> {
        if let Some((labels, loaded)) = self.snapshot()
            && labels.followed >= followed
        {
            if loaded.elapsed() < MAX_AGE {
                return Ok(labels);
            }
            // Old but consistent with the index: one request refreshes it, the rest go on.
            let Ok(_guard) = self.reloading.try_lock() else {
                return Ok(labels);
            };
            return self.reload(db, followed).await;
        }
        let _guard = self.reloading.lock().await;
        if let Some((labels, _)) = self.snapshot()
            && labels.followed >= followed
        {
            return Ok(labels);
        }
        self.reload(db, followed).await
    }

    async fn reload(&self, db: &DatabaseConnection, followed: i64) -> Result<Arc<Labels>, DbErr> {
        let labels = Arc::new(Labels::load(db, followed).await?);
        if let Ok(mut current) = self.current.write() {
            *current = Some((Arc::clone(&labels), Instant::now()));
        }
        Ok(labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_starts_with_the_reader_and_holds_every_language_once() {
        assert_eq!(
            complete_chain(Locale::Pt, &[Locale::Pt, Locale::Es]),
            vec![Locale::Pt, Locale::Es, Locale::En, Locale::Fr]
        );
        assert_eq!(
            complete_chain(Locale::Fr, &[Locale::En, Locale::Fr]),
            vec![Locale::Fr, Locale::En, Locale::Es, Locale::Pt]
        );
        assert_eq!(complete_chain(Locale::Es, &[]).len(), Locale::ALL.len());
    }
}
