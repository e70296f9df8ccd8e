//! Reading rows back into domain types, and the few things every use case
//! shares (its transaction, its advisory locks). A value that does not parse
//! means the database was written by something else: reported as `Corrupt`,
//! never a panic.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    office::OfficeCode,
    repository::{RepoError, RepoResult, Slot},
};
use serde::de::DeserializeOwned;
use sqlx::{PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::db_error;

/// Starts a use case's transaction. READ COMMITTED is said explicitly: the
/// code relies on each statement seeing what committed before it (after a
/// lock wait), and a server whose default is SERIALIZABLE would instead fail
/// concurrent bookers with serialization errors.
pub async fn begin(pool: &PgPool) -> RepoResult<Transaction<'static, Postgres>> {
    pool.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await.map_err(db_error)
}

/// Takes a transaction-scoped advisory lock named by `key` (a text, hashed by
/// the server so every workstation's build agrees on the number). Held until
/// commit or rollback; serializes the few checks a single statement cannot
/// make atomic (MAX+1 queue numbers, duplicate bookings, area overlaps).
pub async fn lock(tx: &mut Transaction<'_, Postgres>, key: &str) -> RepoResult<()> {
    sqlx::query!("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", key).execute(&mut **tx).await.map_err(db_error)?;
    Ok(())
}

pub fn json<T: DeserializeOwned>(what: &str, v: serde_json::Value) -> RepoResult<T> {
    serde_json::from_value(v).map_err(|e| RepoError::Corrupt(format!("{what}: {e}")))
}

pub fn to_json<T: serde::Serialize>(v: &T) -> RepoResult<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| RepoError::Corrupt(e.to_string()))
}

pub fn count<N: TryInto<u32> + Copy + std::fmt::Display>(n: N) -> RepoResult<u32> {
    n.try_into().map_err(|_| RepoError::Corrupt(format!("bad count {n}")))
}

/// A count for an `integer` column (capacities, ZIP codes).
pub fn int4(n: u32) -> RepoResult<i32> {
    i32::try_from(n).map_err(|_| RepoError::Conflict(format!("{n} is too large to store")))
}

pub fn office_code(s: &str) -> RepoResult<OfficeCode> {
    s.parse().map_err(|e: passdesk_domain::DomainError| RepoError::Corrupt(e.to_string()))
}

/// A slot as the queries select it (`office_code` joined in, `booked`
/// counted from its taken seats).
pub struct SlotRow {
    pub id: Uuid,
    pub office_code: String,
    pub local_date: NaiveDate,
    pub track: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: i32,
    pub booked: i64,
    pub types: Vec<String>,
}

impl SlotRow {
    pub fn into_slot(self) -> RepoResult<Slot> {
        Ok(Slot {
            id: self.id,
            office: office_code(&self.office_code)?,
            local_date: self.local_date,
            track: self.track,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            capacity: count(self.capacity)?,
            booked: count(self.booked)?,
            types: self.types,
        })
    }
}
