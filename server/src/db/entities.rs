//! sea-orm entities, one per table. Relations are queried explicitly by id, so none are declared.

pub mod agency;
pub mod catalog_change;
pub mod channel_service_point;
pub mod jurisdiction;
pub mod locale;
pub mod opening_hours;
pub mod search_miss;
pub mod service;
pub mod service_channel;
pub mod service_condition;
pub mod service_cost;
pub mod service_document;
pub mod service_jurisdiction;
pub mod service_language;
pub mod service_point;
pub mod service_step;
pub mod service_taxonomy;
pub mod service_term;
pub mod slug_redirect;
pub mod taxonomy_term;
pub mod translation;
