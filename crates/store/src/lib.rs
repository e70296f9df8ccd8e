//! PassDesk's local store: one SQLite file per workstation, in WAL mode, with
//! the migrations under `migrations/local` embedded in the binary. Queries are
//! checked at compile time against the schema; `.sqlx/` holds the offline data
//! so a build needs no database.

mod appointments;
mod error;
mod offices;
pub mod outbox;
mod replica;
mod pins;
mod repository;
mod rows;
mod slots;
mod staff;
mod visits;

use std::{path::Path, str::FromStr, time::Duration};

use passdesk_domain::repository::{RepoError, RepoResult};
use sqlx::{
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    SqlitePool,
};

pub use error::db_error;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/local");

/// The local SQLite store. Cheap to clone: clones share one connection pool.
#[derive(Clone, Debug)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `path` and brings its schema
    /// up to date.
    pub async fn open(path: &Path) -> RepoResult<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| RepoError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
        }
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(db_error)?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a booking confirmed to a person survives a power cut too.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Writers queue behind each other instead of failing at once.
            .busy_timeout(Duration::from_secs(30));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .map_err(|e| RepoError::Unavailable(format!("cannot open {}: {e}", path.display())))?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| RepoError::Unavailable(format!("cannot migrate {}: {e}", path.display())))?;
        let store = Self { pool };
        store.fill_search_keys().await?;
        Ok(store)
    }

    /// The pool, for benchmarks and tests that measure the raw database.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// One `meta` value of the database at `path`, read through a connection
    /// of its own that is closed before this returns; `None` also when the
    /// file has no `meta` table (not a PassDesk database). For a file about to
    /// be deleted: a pool's last connection may close a moment after the pool
    /// says it has, and the last connection to close a WAL database deletes
    /// its `-wal` by name, whatever file has that name by then.
    pub async fn meta_of_file(path: &Path, key: &str) -> RepoResult<Option<String>> {
        use sqlx::Connection;
        let options = SqliteConnectOptions::new().filename(path).create_if_missing(false);
        let mut conn = sqlx::SqliteConnection::connect_with(&options)
            .await
            .map_err(|e| RepoError::Unavailable(format!("cannot open {}: {e}", path.display())))?;
        let value = sqlx::query_scalar::<_, String>("SELECT value FROM meta WHERE key = ?").bind(key).fetch_optional(&mut conn).await;
        conn.close().await.map_err(db_error)?;
        match value {
            Ok(v) => Ok(v),
            Err(sqlx::Error::Database(e)) if e.message().contains("no such table") => Ok(None),
            Err(e) => Err(db_error(e)),
        }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub async fn integrity_check(&self) -> RepoResult<String> {
        sqlx::query_scalar::<_, String>("PRAGMA integrity_check").fetch_one(&self.pool).await.map_err(db_error)
    }
}
