//! The editorial service layer of the admin panel: who may do what to which service
//! (`access`), the workflow draft → in review → published → archived (`workflow`), saved
//! versions with optimistic locking, differences and restore (`versions`, `diff`), quality
//! checks before publishing (`quality`, `readability`), the "last verified" date
//! (`verification`) and the append-only audit log (`audit`, `audit_csv`).
//!
//! Every function takes the database, the acting staff member and the time as arguments:
//! nothing here reads the clock, so tests pin it.

pub mod access;
pub mod agencies;
mod agency_input;
pub mod audit;
pub mod audit_csv;
pub mod diff;
pub mod drafts;
mod errors;
pub mod imports;
pub mod quality;
pub mod readability;
pub mod services_csv;
pub mod snapshot;
mod snapshot_read;
mod snapshot_write;
pub mod staff_roles;
mod status;
pub mod taxonomy;
mod taxonomy_input;
mod taxonomy_usage;
mod taxonomy_write;
mod validate;
pub mod verification;
mod version_store;
pub mod versions;
pub mod workflow;

pub use access::{Action, may};
pub use errors::{EditorialError, FieldError};
pub use snapshot::ServiceSnapshot;
pub use status::Status;

/// Who acts: the staff account and the roles it holds (from `auth::roles::of`).
pub use crate::auth::staff_access::StaffMember as Actor;
