//! Database connection, migrations and readiness, the same on SQLite and PostgreSQL.

pub mod entities;

use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, SqlxSqliteConnector,
    TransactionTrait,
};

/// Opens a pool without touching the database yet: a server whose database is down still starts,
/// answers `/healthz`, and reports not-ready on `/readyz` until the database comes back.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    ensure_sqlite_folder(url);
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .connect_lazy(true)
        .sqlx_logging(false)
        .max_connections(if is_sqlite(url) { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(3))
        .connect_timeout(Duration::from_secs(3))
        // WAL lets readers go on while the importer writes; NORMAL is durable enough with WAL.
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    Database::connect(options).await
}

/// A connection for one bulk read, such as the search index build. On SQLite it is a pool of its
/// own, closed after the read: SQLite keeps each connection's prepared statements with their
/// working memory, and the build's (lists of 5,000 ids) left in the shared pool held about
/// 300 MB at a million services. PostgreSQL keeps such memory in its own processes, so there
/// the shared pool serves.
pub struct BulkReader {
    pub db: DatabaseConnection,
    own_pool: bool,
}

impl BulkReader {
    pub fn for_database(db: &DatabaseConnection) -> BulkReader {
        if db.get_database_backend() != DbBackend::Sqlite {
            return BulkReader {
                db: db.clone(),
                own_pool: false,
            };
        }
        let options = db.get_sqlite_connection_pool().connect_options();
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_lazy_with((*options).clone());
        BulkReader {
            db: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
            own_pool: true,
        }
    }

    /// Frees the read's connection and its memory (the shared pool stays open).
    pub async fn close(self) {
        if self.own_pool
            && let Err(error) = self.db.close().await
        {
            tracing::warn!(%error, "bulk read connection not closed cleanly");
        }
    }
}

/// SQLite has one writer, and a writer that finds the file locked sleeps in SQLite's busy
/// handler (1, 2, 5 … 100 ms at a time), which makes the slowest answers very slow under load.
/// Frequent write transactions (one per SMS) queue here instead, in order, each starting when
/// the one before has committed. PostgreSQL locks only the rows written: nothing queues there.
static SQLITE_WRITER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Hold the guard from `begin` to `commit` of a write transaction.
pub async fn queue_for_writing(db: &DatabaseConnection) -> Option<tokio::sync::MutexGuard<'static, ()>> {
    match db.get_database_backend() {
        DbBackend::Sqlite => Some(SQLITE_WRITER.lock().await),
        _ => None,
    }
}

pub fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// SQLite creates the file but not its folder (`data/` on a fresh clone).
fn ensure_sqlite_folder(url: &str) {
    let Some(path) = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    else {
        return;
    };
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.starts_with(":memory:") {
        return;
    }
    if let Some(parent) = std::path::Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        && let Err(error) = std::fs::create_dir_all(parent)
    {
        tracing::warn!(%error, folder = %parent.display(), "could not create the database folder");
    }
}

/// Applies pending migrations. On PostgreSQL an advisory lock makes instances that start
/// together take turns, so each migration runs once.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        let txn = db.begin().await?;
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(727274001)")
            .await?;
        Migrator::up(&txn, None).await?;
        txn.commit().await
    } else {
        Migrator::up(db, None).await
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    Unreachable,
    MigrationsPending,
}

pub async fn readiness(db: &DatabaseConnection) -> Readiness {
    if db.ping().await.is_err() {
        return Readiness::Unreachable;
    }
    match Migrator::get_pending_migrations_read_only(db).await {
        Ok(pending) if pending.is_empty() => Readiness::Ready,
        Ok(_) => Readiness::MigrationsPending,
        // No migrations table yet: nothing has been applied.
        Err(_) => Readiness::MigrationsPending,
    }
}

/// Retries migrations with back-off until they succeed, without ever exiting: a database
/// that is down at start is logged once per attempt, and the server stays up.
pub async fn migrate_until_ready(db: DatabaseConnection) {
    let mut delay = Duration::from_millis(500);
    loop {
        match migrate(&db).await {
            Ok(()) => {
                tracing::info!("database ready: migrations applied");
                return;
            }
            Err(error) => {
                tracing::error!(%error, retry_in_ms = delay.as_millis() as u64, "database not reachable or migration failed");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(30));
            }
        }
    }
}
