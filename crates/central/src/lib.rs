//! PassDesk's central store: one PostgreSQL database shared by every
//! workstation of every office. It decides what is scarce (a slot's seats are
//! rows taken with `FOR UPDATE SKIP LOCKED`), applies the facts the desks push
//! from their outboxes exactly once, and serves the change feed the replicas
//! pull. The migrations under `migrations/central` are embedded; queries are
//! checked at compile time, with `.sqlx/` as the offline data.

mod error;
mod facts;
mod feed;
mod appointments;
mod offices;
mod pins;
mod repository;
mod rows;
mod slots;
mod staff;
mod visits;
mod workstations;
pub mod testing;

use std::{str::FromStr, time::Duration};

use passdesk_domain::repository::{RepoError, RepoResult};
use sqlx::{
    postgres::{PgConnectOptions, PgPoolOptions},
    PgPool,
};

pub use error::db_error;
pub use visits::HeldNumbers;
pub use workstations::{RejectedFact, WorkstationReport, WorkstationSeen};
pub use sqlx::postgres::PgConnectOptions as ConnectOptions;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/central");

/// How long a workstation waits for a connection before it calls the central
/// database unreachable (and works from its replica).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The central store. Cheap to clone: clones share one connection pool.
#[derive(Clone, Debug)]
pub struct PgStore {
    pool: PgPool,
    offices: offices::Parsed,
}

/// Where the central schema stands against this build's migrations.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SchemaState {
    /// The newest migration applied, 0 for an empty database.
    pub applied: i64,
    /// The newest migration this build knows.
    pub known: i64,
}

/// Every session names itself, and one left idle inside a transaction (a
/// workstation that vanished mid-sync) is ended by the server: an open
/// transaction holds back the change feed's horizon for everyone.
fn session_options(options: PgConnectOptions) -> PgConnectOptions {
    options.application_name("passdesk").options([("idle_in_transaction_session_timeout", "30s")])
}

/// A connection idle this long is pinged before it is handed out.
pub const PING_AFTER_IDLE: Duration = Duration::from_millis(100);

/// The pool. A connection idle for more than a moment is pinged before use,
/// so one the network or a server restart ended meanwhile is replaced instead
/// of failing the request. One in steady use (a release storm hands each
/// connection out every few milliseconds) was just seen working and is not:
/// a ping on every use was a round trip more per statement, a booking took
/// two. A connection that breaks within that moment fails its request with
/// "cannot be reached", as one that breaks mid-statement always does.
fn pool_options(max_connections: u32) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(CONNECT_TIMEOUT)
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for >= PING_AFTER_IDLE {
                    sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        })
}

impl PgStore {
    /// Connects with a pool of at most `max_connections`.
    pub async fn connect(options: PgConnectOptions, max_connections: u32) -> RepoResult<Self> {
        let pool = pool_options(max_connections)
            .connect_with(session_options(options))
            .await
            .map_err(|e| RepoError::Unavailable(format!("cannot reach the central database: {e}")))?;
        Ok(Self { pool, offices: Default::default() })
    }

    /// A store whose connections are made when first needed: a workstation
    /// starts (and works from its replica) while the central database is away.
    pub fn connect_lazy(options: PgConnectOptions, max_connections: u32) -> Self {
        let pool = pool_options(max_connections)
            .connect_lazy_with(session_options(options));
        Self { pool, offices: Default::default() }
    }

    /// Connects to a `postgres://` URL (tests, benchmarks, scripts).
    pub async fn connect_url(url: &str, max_connections: u32) -> RepoResult<Self> {
        let options = PgConnectOptions::from_str(url).map_err(|e| RepoError::Unavailable(format!("not a PostgreSQL address: {e}")))?;
        Self::connect(options, max_connections).await
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Brings the central schema up to this build's migrations.
    pub async fn migrate(&self) -> RepoResult<SchemaState> {
        MIGRATOR
            .run(&self.pool)
            .await
            .map_err(|e| RepoError::Unavailable(format!("cannot migrate the central database: {e}")))?;
        self.schema_state().await
    }

    pub async fn schema_state(&self) -> RepoResult<SchemaState> {
        let known = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
        let has_table: bool = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
        let applied = if has_table {
            sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
                .fetch_one(&self.pool)
                .await
                .map_err(db_error)?
                .unwrap_or(0)
        } else {
            0
        };
        Ok(SchemaState { applied, known })
    }
}
