//! Names of the records and fields that have per-locale text in `translations`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OwnerKind {
    Service,
    Agency,
    Term,
    Step,
    Condition,
    Document,
    Cost,
    Channel,
    ServicePoint,
}

impl OwnerKind {
    pub fn code(self) -> &'static str {
        match self {
            OwnerKind::Service => "service",
            OwnerKind::Agency => "agency",
            OwnerKind::Term => "term",
            OwnerKind::Step => "step",
            OwnerKind::Condition => "condition",
            OwnerKind::Document => "document",
            OwnerKind::Cost => "cost",
            OwnerKind::Channel => "channel",
            OwnerKind::ServicePoint => "service_point",
        }
    }
}

/// Field names, shared by the importers (which write them) and the catalogue (which reads them).
pub struct FieldName;

impl FieldName {
    pub const NAME: &'static str = "name";
    pub const ACRONYM: &'static str = "acronym";
    pub const SUMMARY: &'static str = "summary";
    pub const DESCRIPTION: &'static str = "description";
    pub const ELIGIBILITY: &'static str = "eligibility";
    pub const PROCESSING_NOTE: &'static str = "processing_note";
    pub const VALIDITY_NOTE: &'static str = "validity_note";
    pub const LEGAL_BASIS: &'static str = "legal_basis";
    pub const CONTACT: &'static str = "contact";
    pub const TITLE: &'static str = "title";
    pub const LABEL: &'static str = "label";
    pub const ADDRESS: &'static str = "address";
    pub const WHEN_UNAVAILABLE: &'static str = "when_unavailable";
}
