//! What the staff pages (`/{lang}/admin/…`) need from the server. The server decides who may
//! open them ([`Admin::access`], on every request) and provides an [`Admin`] service; the views
//! never see how. Plain data only: no database types cross into the views.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::accounts::SessionHandle;
use crate::catalog::CatalogError;
use crate::locale::Locale;

pub mod agencies;
pub mod audit_query;
pub mod editor;
pub mod editorial;
pub mod imports;
mod range;
pub mod taxonomy;

pub use range::{DEFAULT_RANGE_DAYS, DateRange, MAX_RANGE_DAYS, RangeError, parse_range};

/// Who is asking for a staff page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffAccess {
    /// Sent to the staff sign-in.
    SignedOut,
    /// A citizen, or a staff session without a passkey yet: answered as if the page did not exist.
    NotStaff,
    Staff(StaffPass),
}

/// A staff member whose session used a passkey, as the server found them for this request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffPass {
    pub account_id: i32,
    pub platform_admin: bool,
    /// Agency administrators and platform administrators read the audit log.
    pub audit_reader: bool,
}

/// A configured SMS gateway the simulator can play, or the built-in policy (`name` empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GatewayChoice {
    pub name: String,
    /// GSM-7 always, accents transliterated; otherwise UCS-2 when the text needs it.
    pub transliterate: bool,
    pub max_segments: usize,
    pub language: Option<Locale>,
}

/// One part of a reply as the gateway would send it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedSegment {
    pub text: String,
    /// Septets (GSM-7) or UTF-16 units (UCS-2) this part uses…
    pub used: usize,
    /// …of what one part may hold.
    pub size: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedReply {
    pub locale: Locale,
    pub ucs2: bool,
    /// Cut to the gateway's segment budget, with the continuation note.
    pub truncated: bool,
    pub segments: Vec<PlannedSegment>,
}

/// One message typed into the simulator and what the channel answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimulatedTurn {
    pub gateway: GatewayChoice,
    pub sent: String,
    /// `None`: the channel stays silent (the phone opted out).
    pub reply: Option<PlannedReply>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimulatorView {
    /// The configured gateways; empty when the site answers no gateway.
    pub gateways: Vec<GatewayChoice>,
    /// Used when no gateway is configured.
    pub built_in: GatewayChoice,
    /// Oldest first.
    pub turns: Vec<SimulatedTurn>,
}

/// One day of the SMS channel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SmsDay {
    pub day: NaiveDate,
    pub inbound: u64,
    pub outbound: u64,
    pub opt_outs: u64,
    pub opt_ins: u64,
}

/// A normalized search over a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryFigure {
    pub query: String,
    pub locale: Locale,
    pub searches: u64,
    pub misses: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmsStats {
    pub range: DateRange,
    /// Every day of the range, oldest first, zero where nothing happened.
    pub days: Vec<SmsDay>,
    /// The most asked searches.
    pub top: Vec<QueryFigure>,
    /// The searches that most often found nothing.
    pub zero: Vec<QueryFigure>,
}

#[async_trait::async_trait]
pub trait Admin: Send + Sync + 'static {
    /// Who the request's session belongs to, for the staff pages.
    async fn access(&self, session: Option<&SessionHandle>) -> Result<StaffAccess, CatalogError>;
    /// The gateways to choose from and this staff member's simulated conversation.
    async fn simulator(&self, pass: &StaffPass) -> Result<SimulatorView, CatalogError>;
    /// Daily figures and queries of the SMS channel (platform administrators only: the page
    /// checks the pass).
    async fn sms_stats(&self, range: DateRange) -> Result<SmsStats, CatalogError>;
}

pub type SharedAdmin = Arc<dyn Admin>;

pub fn use_admin() -> Result<SharedAdmin, CatalogError> {
    leptos::prelude::use_context::<SharedAdmin>().ok_or(CatalogError::Unavailable)
}
