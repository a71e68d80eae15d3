//! A file uploaded to the admin panel's import, waiting between the dry run and the
//! confirmation; it expires after an hour.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "import_uploads")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub account_id: i32,
    pub agency_id: i32,
    pub format: String,
    /// JSON: `[{"name": …, "base64": …}]`.
    #[sea_orm(column_type = "Text")]
    pub files: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub completed_at: Option<DateTimeUtc>,
    /// JSON counts of the real run, once done.
    #[sea_orm(column_type = "Text", nullable)]
    pub result: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
