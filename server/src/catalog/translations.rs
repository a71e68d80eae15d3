//! Picks each field's text in the reader's language, or the next language of its fallback chain,
//! and says which language it picked.

use std::collections::HashMap;

use app::locale::Locale;
use app::model::Text;
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::labels::{complete_chain, parse_chain};
use super::owner::OwnerKind;
use crate::db::entities::{locale, translation};

/// The reader's language first, then the languages its content falls back to.
pub async fn fallback_chain(db: &DatabaseConnection, reader: Locale) -> Result<Vec<Locale>, DbErr> {
    let row = locale::Entity::find_by_id(reader.code().to_owned())
        .one(db)
        .await?;
    let named = row
        .map(|row| parse_chain(&row.fallback_chain))
        .unwrap_or_default();
    Ok(complete_chain(reader, &named))
}

type Key = (OwnerKind, i32, String);

pub struct Translations {
    chain: Vec<Locale>,
    values: HashMap<Key, Vec<(Locale, String)>>,
}

impl Translations {
    /// Loads every text of the given owners in one query.
    pub async fn load(
        db: &DatabaseConnection,
        chain: &[Locale],
        owners: &[(OwnerKind, Vec<i32>)],
    ) -> Result<Self, DbErr> {
        let mut values: HashMap<Key, Vec<(Locale, String)>> = HashMap::new();
        let mut any = Condition::any();
        let mut has_owner = false;
        for (kind, ids) in owners {
            if ids.is_empty() {
                continue;
            }
            has_owner = true;
            any = any.add(
                Condition::all()
                    .add(translation::Column::OwnerKind.eq(kind.code()))
                    .add(translation::Column::OwnerId.is_in(ids.iter().copied())),
            );
        }
        if has_owner {
            let kinds: HashMap<&str, OwnerKind> =
                owners.iter().map(|(kind, _)| (kind.code(), *kind)).collect();
            let rows = translation::Entity::find().filter(any).all(db).await?;
            for row in rows {
                let (Some(kind), Some(locale)) =
                    (kinds.get(row.owner_kind.as_str()), Locale::from_code(&row.locale))
                else {
                    continue;
                };
                values
                    .entry((*kind, row.owner_id, row.field))
                    .or_default()
                    .push((locale, row.value));
            }
        }
        Ok(Self {
            chain: chain.to_vec(),
            values,
        })
    }

    /// The field's text in the first language of the chain that has it.
    pub fn text(&self, kind: OwnerKind, id: i32, field: &str) -> Option<Text> {
        let reader = *self.chain.first()?;
        let candidates = self.values.get(&(kind, id, field.to_owned()))?;
        self.chain.iter().find_map(|locale| {
            candidates
                .iter()
                .find(|(candidate, value)| candidate == locale && !value.trim().is_empty())
                .map(|(_, value)| Text::new(value.clone(), *locale, *locale != reader))
        })
    }

    /// Like [`Translations::text`], for fields every record has; an empty text if it is missing.
    pub fn text_or_empty(&self, kind: OwnerKind, id: i32, field: &str) -> Text {
        self.text(kind, id, field)
            .unwrap_or_else(|| Text::new(String::new(), self.reader(), false))
    }

    pub fn reader(&self) -> Locale {
        self.chain.first().copied().unwrap_or(Locale::DEFAULT)
    }
}
