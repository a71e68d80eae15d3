//! People who act on the site: citizens (passkeys only) and agency staff (invited, password
//! plus passkey), their credentials, recovery codes and roles.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_indexes, drop_tables, fk_cascade, index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn accounts() -> TableCreateStatement {
    Table::create()
        .table("accounts")
        .if_not_exists()
        .col(pk_auto("id"))
        // citizen | staff
        .col(string_len("kind", 16))
        // The WebAuthn user handle: a random UUID, never personal data.
        .col(string_len_uniq("user_handle", 36))
        .col(string_len_null("display_name", 100))
        // Staff only: where invitations and notices go; citizens give none.
        .col(string_len_null("email", 320).unique_key())
        .col(text_null("password_hash"))
        // active | disabled
        .col(string_len("status", 16))
        .col(integer("failed_attempts").default(0))
        .col(timestamp_with_time_zone_null("locked_until"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone_null("last_sign_in_at"))
        .to_owned()
}

fn passkeys() -> TableCreateStatement {
    Table::create()
        .table("passkeys")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("account_id"))
        // base64url of the credential id, to find the key an assertion names.
        .col(string_len_uniq("credential_id", 1400))
        // The webauthn-rs `Passkey`, serialized: public key and signature counter.
        .col(text("passkey"))
        .col(string_len("name", 100))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone_null("last_used_at"))
        .foreign_key(&mut fk_cascade("passkeys", "account_id", "accounts"))
        .to_owned()
}

fn recovery_codes() -> TableCreateStatement {
    Table::create()
        .table("recovery_codes")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("account_id"))
        // The code's first half: finds the row (people have no user name to type).
        .col(string_len_uniq("lookup", 16))
        // argon2id PHC string of the code's second half; the code is shown once and never stored.
        .col(text("code_hash"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone_null("used_at"))
        .foreign_key(&mut fk_cascade("recovery_codes", "account_id", "accounts"))
        .to_owned()
}

fn roles() -> TableCreateStatement {
    Table::create()
        .table("account_roles")
        .if_not_exists()
        .col(pk_auto("id"))
        .col(integer("account_id"))
        // platform_admin | agency_admin | publisher | editor
        .col(string_len("role", 32))
        // Null for platform-wide roles.
        .col(integer_null("agency_id"))
        .col(timestamp_with_time_zone("granted_at"))
        .foreign_key(&mut fk_cascade("account_roles", "account_id", "accounts"))
        .foreign_key(&mut fk_cascade("account_roles", "agency_id", "agencies"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(accounts()).await?;
        manager.create_table(passkeys()).await?;
        manager.create_table(recovery_codes()).await?;
        manager.create_table(roles()).await?;
        create_indexes(
            manager,
            vec![
                index("passkeys", &["account_id"]),
                index("recovery_codes", &["account_id"]),
                unique_index("account_roles", &["account_id", "role", "agency_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &["account_roles", "recovery_codes", "passkeys", "accounts"],
        )
        .await
    }
}
