//! The index's fields. Text is indexed once per content language with that language's
//! analyzer; facets and ranking signals are fast fields; what a result shows is stored.

use app::locale::Locale;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, NumericOptions, STORED, Schema, TextFieldIndexing, TextOptions,
};

use super::analyzers::{FOLDED, analyzer_name};

/// The text fields of one content language, from most to least telling.
#[derive(Clone, Copy, Debug)]
pub struct LanguageFields {
    pub name: Field,
    pub popular: Field,
    pub keywords: Field,
    pub summary: Field,
    pub body: Field,
}

#[derive(Clone, Debug)]
pub struct Fields {
    pub id: Field,
    pub languages: Vec<(Locale, LanguageFields)>,
    /// Names and popular names, folded but not stemmed: autocomplete and "did you mean".
    pub folded: Field,
    pub level: Field,
    pub online: Field,
    pub agency: Field,
    pub terms: Field,
    pub places: Field,
    /// First bytes of the folded name, for listing in name order when nothing was typed.
    pub name_order: Field,
    /// The Bayesian average rating in thousandths of a star: ranked up a little, never above
    /// relevance.
    pub rating: Field,
    /// JSON of what a result shows (names, summaries, agency), per language.
    pub display: Field,
}

impl Fields {
    pub fn of(&self, locale: Locale) -> Option<&LanguageFields> {
        self.languages
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, fields)| fields)
    }
}

/// Frequencies but no positions: no query here is a phrase, and positions would make the index
/// larger and its build slower for nothing (snippets re-read the stored text).
fn text(analyzer: &str, stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(analyzer)
        .set_index_option(IndexRecordOption::WithFreqs);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored { options.set_stored() } else { options }
}

pub fn build() -> (Schema, Fields) {
    let mut schema = Schema::builder();
    let numeric = || NumericOptions::from(INDEXED | FAST);
    let id = schema.add_u64_field("id", NumericOptions::from(INDEXED | FAST | STORED));
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            let analyzer = analyzer_name(locale);
            let code = locale.code();
            let fields = LanguageFields {
                name: schema.add_text_field(&format!("name_{code}"), text(&analyzer, false)),
                popular: schema.add_text_field(&format!("popular_{code}"), text(&analyzer, false)),
                keywords: schema.add_text_field(&format!("keywords_{code}"), text(&analyzer, false)),
                summary: schema.add_text_field(&format!("summary_{code}"), text(&analyzer, true)),
                body: schema.add_text_field(&format!("body_{code}"), text(&analyzer, false)),
            };
            (locale, fields)
        })
        .collect();
    let folded = schema.add_text_field("folded", text(FOLDED, false));
    let level = schema.add_u64_field("level", numeric());
    let online = schema.add_u64_field("online", numeric());
    let agency = schema.add_u64_field("agency", numeric());
    let terms = schema.add_u64_field("terms", numeric());
    let places = schema.add_u64_field("places", numeric());
    let name_order = schema.add_u64_field("name_order", NumericOptions::from(FAST));
    let rating = schema.add_u64_field("rating", NumericOptions::from(FAST));
    let display = schema.add_bytes_field("display", STORED);
    let fields = Fields {
        id,
        languages,
        folded,
        level,
        online,
        agency,
        terms,
        places,
        name_order,
        rating,
        display,
    };
    (schema.build(), fields)
}
