//! Scratch databases for tests and benchmarks: each caller gets a fresh,
//! migrated database on one PostgreSQL server, like `#[sqlx::test]`.
//!
//! The server is `PASSDESK_TEST_POSTGRES` (a `postgres://` URL of a role that
//! may create databases; the test script starts one); without it, a loopback
//! server is started once with `scripts/postgres.sh` on port 54330.

use std::{process::Command, str::FromStr, sync::OnceLock};

use passdesk_domain::repository::{RepoError, RepoResult};
use sqlx::{postgres::PgConnectOptions, ConnectOptions, Connection};
use uuid::Uuid;

use crate::{db_error, PgStore};

const FALLBACK: &str = "postgres://passdesk@127.0.0.1:54330/passdesk";

fn start_fallback() -> Result<(), String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/postgres.sh");
    let out = Command::new("bash")
        .args([script, "/tmp/passdesk-test-postgres", "54330"])
        .output()
        .map_err(|e| format!("cannot run {script}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{script} failed: {}", String::from_utf8_lossy(&out.stderr)))
    }
}

/// The server's URL, starting the fallback server when none is given.
pub async fn server_url() -> RepoResult<String> {
    static STARTED: OnceLock<Result<(), String>> = OnceLock::new();
    if let Ok(url) = std::env::var("PASSDESK_TEST_POSTGRES") {
        return Ok(url);
    }
    let options = PgConnectOptions::from_str(FALLBACK).map_err(db_error)?;
    if options.connect().await.is_err() {
        STARTED.get_or_init(start_fallback).clone().map_err(RepoError::Unavailable)?;
    }
    Ok(FALLBACK.to_string())
}

/// A new empty database on the test server, with the central schema.
/// Returns the store (a pool of `max_connections`) and the database's URL.
pub async fn scratch_database(max_connections: u32) -> RepoResult<(PgStore, String)> {
    let url = empty_database().await?;
    let store = PgStore::connect_url(&url, max_connections).await?;
    store.migrate().await?;
    Ok((store, url))
}

/// A new database on the test server with no schema at all (for a test of
/// an upgrade, which applies the migrations' files itself). Returns its URL.
pub async fn empty_database() -> RepoResult<String> {
    let server = server_url().await?;
    let options = PgConnectOptions::from_str(&server).map_err(db_error)?;
    let name = format!("passdesk_test_{}", Uuid::now_v7().simple());
    let mut admin = options.connect().await.map_err(db_error)?;
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.map_err(db_error)?;
    admin.close().await.map_err(db_error)?;
    match server.rsplit_once('/') {
        Some((base, _)) => Ok(format!("{base}/{name}")),
        None => Err(RepoError::Unavailable(format!("no database name in {server}"))),
    }
}
