//! What the service editor's pages (`/{lang}/admin/services/new`, `…/{id}/edit`, `…/{id}/preview`)
//! show: plain descriptions of forms built by the server (fields with their label keys, typed
//! values and error keys), so the same view renders a fresh form, a form sent back with errors
//! (422) and a conflict (409) without the page knowing the data model.

use crate::admin::editorial::{AgencyChoice, ChangeLine, ServiceHead};
use crate::locale::Locale;

/// The parts of a service the editor shows one at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    General,
    Texts,
    Steps,
    Conditions,
    Documents,
    Costs,
    Channels,
    Places,
    Topics,
    Terms,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::General,
        Section::Texts,
        Section::Steps,
        Section::Conditions,
        Section::Documents,
        Section::Costs,
        Section::Channels,
        Section::Places,
        Section::Topics,
        Section::Terms,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::General => "general",
            Section::Texts => "texts",
            Section::Steps => "steps",
            Section::Conditions => "conditions",
            Section::Documents => "documents",
            Section::Costs => "costs",
            Section::Channels => "channels",
            Section::Places => "places",
            Section::Topics => "topics",
            Section::Terms => "terms",
        }
    }

    pub fn from_code(code: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Sections whose fields are written in one language (the content tab). Places and
    /// topics are chosen from shared lists, named in the reader's language.
    pub fn per_locale(self) -> bool {
        !matches!(self, Section::General | Section::Places | Section::Topics)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    LongText,
    Url,
    Email,
    Tel,
    Number,
    Time,
    Checkbox,
    /// `(value, label key)`; an empty value is "not set".
    Select(Vec<(String, String)>),
    /// A checkbox labelled in words (a place's name, a topic's label in the reader's language)
    /// instead of by the `label` key, which names its list in the error summary. `lang` is set
    /// when the words are in another language than the page's.
    Choice {
        caption: String,
        lang: Option<Locale>,
    },
}

/// One input: its form name (a path into the service, also its error's path), its label key,
/// the value to show (what the editor typed, when sent back) and the error beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormField {
    pub name: String,
    pub label: String,
    pub kind: FieldKind,
    pub value: String,
    /// The language the value is written in (the content tab's), for its `lang`.
    pub lang: Option<Locale>,
    pub hint: Option<String>,
    pub error: Option<String>,
}

impl FieldKind {
    /// Posted only when checked: absent from a post means unchecked.
    pub fn is_checkbox(&self) -> bool {
        matches!(self, FieldKind::Checkbox | FieldKind::Choice { .. })
    }
}

impl FormField {
    /// The element id: the name with dots as hyphens, so it works as a fragment and selector.
    pub fn id(&self) -> String {
        field_id(&self.name)
    }
}

pub fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// A fieldset: a legend key (numbered for repeating rows), its fields, and the value of its
/// "remove" button when the row can be removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldGroup {
    pub legend: String,
    pub number: Option<usize>,
    pub fields: Vec<FormField>,
    pub remove: Option<String>,
    /// Rows inside this one (a channel's opening hours).
    pub rows: Vec<FieldGroup>,
    /// A hint key shown under the legend.
    pub hint: Option<String>,
    /// Another submit button of the group: its `row` value and label key (finding places).
    pub submit: Option<(String, String)>,
}

/// A content tab: a language and how complete the service's texts are in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentTab {
    pub locale: Locale,
    /// `original`, `complete`, `missing`, `machine` or `outdated` (`admin-editor-status-…`).
    pub status: String,
    /// Texts the main language has and this one lacks (with `missing`).
    pub missing: usize,
}

/// An error for the summary at the top: the field's name (its anchor) and the message key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub key: String,
    /// The field's label key, when the field is on this page.
    pub label: Option<String>,
}

/// Someone saved first: the version now stored and what differs from the one sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub current_version: i32,
    /// `before`: the saved version; `after`: what this editor sent.
    pub changes: Vec<ChangeLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EditorView {
    pub head: ServiceHead,
    pub section: Section,
    pub content: Locale,
    pub main_locale: Locale,
    pub tabs: Vec<ContentTab>,
    /// The version the form was opened from (after a conflict: the newest one).
    pub version: i32,
    pub groups: Vec<FieldGroup>,
    /// The "add a row" button's label key, for sections with repeating rows.
    pub add: Option<String>,
    pub problems: Vec<Problem>,
    pub conflict: Option<Conflict>,
    /// 200, or 422 (invalid fields) or 409 (conflict) when a post comes back.
    pub status: u16,
}

/// The "new service" form: the agencies the member may create in, and what was typed.
#[derive(Clone, Debug, PartialEq)]
pub struct NewServiceView {
    pub agencies: Vec<AgencyChoice>,
    pub agency: Option<i32>,
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// The language the name and summary are written in: the service's main language.
    pub main_locale: Locale,
    pub problems: Vec<Problem>,
    pub status: u16,
}

/// Put in a request's extensions by a form post that comes back (422, 409, or a row added or
/// removed): the page shows this instead of reading the service again.
#[derive(Clone, Debug)]
pub enum Returned {
    Editor(Box<EditorView>),
    New(Box<NewServiceView>),
}

/// The returned form of this request, if a post put one there.
pub fn returned() -> Option<Returned> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Returned>().cloned())
}
