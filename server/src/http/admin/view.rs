//! The staff pages' data: who the session belongs to (decided here, on the server, for every
//! page), the SMS simulator's conversation and the SMS statistics.

use std::sync::Arc;

use app::accounts::SessionHandle;
use app::admin::{Admin, DateRange, SimulatorView, SmsStats, StaffAccess, StaffPass};
use app::catalog::CatalogError;
use chrono::Utc;
use sea_orm::{DatabaseConnection, DbErr};

use crate::auth::accounts::Current;
use crate::auth::roles::Role;
use crate::auth::sessions;
use crate::auth::staff_access::{self, Access};
use crate::sms::gateways::SmsGateways;
use crate::sms::{simulator, stats_report};

pub struct SqlAdmin {
    db: DatabaseConnection,
    gateways: Arc<SmsGateways>,
}

impl SqlAdmin {
    pub fn new(db: DatabaseConnection, gateways: Arc<SmsGateways>) -> Self {
        Self { db, gateways }
    }
}

fn unavailable(error: DbErr) -> CatalogError {
    tracing::error!(%error, "cannot read the staff pages' data");
    CatalogError::Unavailable
}

#[async_trait::async_trait]
impl Admin for SqlAdmin {
    async fn access(&self, session: Option<&SessionHandle>) -> Result<StaffAccess, CatalogError> {
        let Some(handle) = session else {
            return Ok(StaffAccess::SignedOut);
        };
        let found = sessions::find(&self.db, &handle.0, Utc::now())
            .await
            .map_err(unavailable)?;
        let current = found.map(|(session, account)| Current {
            session,
            account,
            token: handle.0.clone(),
        });
        Ok(
            match staff_access::access(&self.db, current.as_ref())
                .await
                .map_err(unavailable)?
            {
                Access::SignedOut => StaffAccess::SignedOut,
                Access::NotStaff => StaffAccess::NotStaff,
                Access::Staff(member) => StaffAccess::Staff(StaffPass {
                    account_id: member.account_id,
                    platform_admin: member.is_platform_admin(),
                    audit_reader: member.is_platform_admin()
                        || !member.agencies_with(&[Role::AgencyAdmin]).is_empty(),
                }),
            },
        )
    }

    async fn simulator(&self, pass: &StaffPass) -> Result<SimulatorView, CatalogError> {
        let turns = simulator::transcript(&self.db, &self.gateways, pass.account_id)
            .await
            .map_err(unavailable)?;
        Ok(SimulatorView {
            gateways: self.gateways.iter().map(simulator::choice).collect(),
            built_in: simulator::built_in(),
            turns,
        })
    }

    async fn sms_stats(&self, range: DateRange) -> Result<SmsStats, CatalogError> {
        stats_report::report(&self.db, range).await.map_err(unavailable)
    }
}
