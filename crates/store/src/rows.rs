//! Reading rows back into domain types. A value that does not parse means the
//! file was written by something else: reported as `Corrupt`, never a panic.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    office::OfficeCode,
    repository::{RepoError, RepoResult, Slot},
};
use serde::de::DeserializeOwned;
use uuid::Uuid;

pub fn id(s: &str) -> RepoResult<Uuid> {
    Uuid::parse_str(s).map_err(|_| RepoError::Corrupt(format!("bad id {s:?}")))
}

pub fn instant(secs: i64) -> RepoResult<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0).ok_or_else(|| RepoError::Corrupt(format!("bad time {secs}")))
}

pub fn date(s: &str) -> RepoResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| RepoError::Corrupt(format!("bad date {s:?}")))
}

pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub fn json<T: DeserializeOwned>(what: &str, s: &str) -> RepoResult<T> {
    serde_json::from_str(s).map_err(|e| RepoError::Corrupt(format!("{what}: {e}")))
}

pub fn to_json<T: serde::Serialize>(v: &T) -> RepoResult<String> {
    serde_json::to_string(v).map_err(|e| RepoError::Corrupt(e.to_string()))
}

pub fn count(n: i64) -> RepoResult<u32> {
    u32::try_from(n).map_err(|_| RepoError::Corrupt(format!("bad count {n}")))
}

/// A slot as the queries select it (`office_code` joined in).
pub struct SlotRow {
    pub id: String,
    pub office_code: String,
    pub local_date: String,
    pub track: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub capacity: i64,
    pub booked: i64,
    pub types: String,
}

impl SlotRow {
    pub fn into_slot(self) -> RepoResult<Slot> {
        Ok(Slot {
            id: id(&self.id)?,
            office: self.office_code.parse::<OfficeCode>().map_err(|e| RepoError::Corrupt(e.to_string()))?,
            local_date: date(&self.local_date)?,
            track: self.track,
            starts_at: instant(self.starts_at)?,
            ends_at: instant(self.ends_at)?,
            capacity: count(self.capacity)?,
            booked: count(self.booked)?,
            types: json("slot types", &self.types)?,
        })
    }
}
