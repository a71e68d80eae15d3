//! Staff members with roles in two agencies of the fixtures, a complete service to create, and
//! a pinned clock for the editorial tests.

use chrono::{DateTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, QueryOrder, Set};
use server::auth::roles::{self, Grant, Role};
use server::db::entities::{account, agency};
use server::editorial::Actor;
use server::editorial::snapshot::{ChannelPart, ServiceSnapshot, Texts};

use crate::helpers::TestApp;

/// The editorial tests' "now": 28 November 2026, 10:00 UTC, plus `minutes`.
pub fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).single().unwrap() + chrono::Duration::minutes(minutes)
}

/// Two distinct agencies of the fixtures: the staff's own and another.
pub async fn two_agencies(db: &DatabaseConnection) -> (i32, i32) {
    let rows = agency::Entity::find()
        .order_by_asc(agency::Column::Id)
        .all(db)
        .await
        .unwrap();
    assert!(rows.len() >= 2, "the fixtures hold several agencies");
    (rows[0].id, rows[1].id)
}

/// A staff account holding `role` (in `agency` unless platform-wide); `n` keeps them apart.
pub async fn staff(app: &TestApp, role: Role, agency: Option<i32>, n: usize) -> Actor {
    let row = account::ActiveModel {
        kind: Set("staff".to_owned()),
        user_handle: Set(format!("00000000-0000-4000-9000-{n:012}")),
        display_name: Set(Some(format!("Editor {n}"))),
        email: Set(Some(format!("editorial{n}@gov.example"))),
        password_hash: Set(None),
        status: Set("active".to_owned()),
        failed_attempts: Set(0),
        locked_until: Set(None),
        created_at: Set(at(0)),
        last_sign_in_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    roles::grant(&app.db, row.id, &Grant { role, agency }, at(0))
        .await
        .unwrap();
    Actor {
        account_id: row.id,
        grants: roles::of(&app.db, row.id).await.unwrap(),
    }
}

pub fn set(texts: &mut Texts, field: &str, locale: &str, value: &str) {
    texts
        .entry(field.to_owned())
        .or_default()
        .insert(locale.to_owned(), value.to_owned());
}

/// A service that passes every blocking quality check, named `name` in Spanish.
pub fn complete(name: &str) -> ServiceSnapshot {
    let mut snapshot = ServiceSnapshot {
        main_locale: "es".to_owned(),
        level: "national".to_owned(),
        cost_kind: "free".to_owned(),
        ..Default::default()
    };
    set(&mut snapshot.texts, "name", "es", name);
    set(
        &mut snapshot.texts,
        "summary",
        "es",
        "Pida la licencia en línea. Tarda diez minutos.",
    );
    let mut step = Texts::new();
    set(&mut step, "title", "es", "Rellene el formulario.");
    snapshot.steps.push(step);
    snapshot.channels.push(ChannelPart {
        kind: "web".to_owned(),
        url: Some("https://tramites.example.gov/licencia".to_owned()),
        ..Default::default()
    });
    snapshot
}

/// Rows in `table` for one service (`column` names its id).
pub async fn rows_for(db: &DatabaseConnection, table: &str, column: &str, id: i32) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = $1"),
            [id.into()],
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}
