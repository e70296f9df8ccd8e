//! Offices and the areas they serve.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use chrono::{DateTime, Utc};
use passdesk_domain::{
    office::{Office, OfficeCode},
    repository::{stale_office, OfficeWrite, RepoError, RepoResult, StoredOffice, NEW_OFFICE},
    service_area::{CountryCode, Zip},
};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use crate::{db_error, rows, PgStore};

/// Office writes check ZIP and country overlaps with a read then a write;
/// they are rare, so they simply take turns.
const AREAS_LOCK: &str = "passdesk/office-areas";

struct OfficeRow {
    id: Uuid,
    version: i64,
    config: serde_json::Value,
}

impl OfficeRow {
    fn into_stored(self) -> RepoResult<StoredOffice> {
        Ok(StoredOffice { id: self.id, version: self.version, office: rows::json("office", self.config)? })
    }
}

/// Offices as last read, by code, with the `updated_at` they were read at.
/// Every booking reads its office; the configuration is sent and parsed only
/// when the row changed since (parsing it was a fifth of a booking's client
/// time), the row itself is still read each time.
#[derive(Clone, Debug, Default)]
pub(crate) struct Parsed(Arc<Mutex<HashMap<String, ParsedOffice>>>);

#[derive(Clone, Debug)]
struct ParsedOffice {
    updated_at: DateTime<Utc>,
    stored: StoredOffice,
}

impl Parsed {
    fn get(&self, code: &str) -> Option<ParsedOffice> {
        self.0.lock().ok()?.get(code).cloned()
    }

    fn put(&self, code: &str, updated_at: DateTime<Utc>, stored: &StoredOffice) {
        if let Ok(mut map) = self.0.lock() {
            map.insert(code.to_string(), ParsedOffice { updated_at, stored: stored.clone() });
        }
    }
}

pub(crate) fn no_office(code: &str) -> RepoError {
    RepoError::NotFound(format!("no office {code}; `passdesk office list` shows the offices"))
}

/// Writes one office and replaces its areas, inside the caller's transaction.
async fn write_office(tx: &mut Transaction<'_, Postgres>, office: &Office, expected_version: Option<i64>, now: DateTime<Utc>) -> RepoResult<StoredOffice> {
    rows::lock(tx, AREAS_LOCK).await?;
    let code = office.code.as_str();
    // The row lock makes a concurrent edit of the same office wait, then read
    // the version that edit committed: two edits made on one version cannot
    // both pass the check. NO KEY: bookings' foreign-key checks need not wait.
    let existing = sqlx::query!("SELECT id, version FROM offices WHERE code = $1 FOR NO KEY UPDATE", code)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?;
    let config = rows::to_json(office)?;
    let tz = office.time_zone.name();
    let (id, version) = match existing {
        Some(row) => {
            if let Some(expected) = expected_version.filter(|e| *e != row.version) {
                return Err(stale_office(code, row.version, expected));
            }
            let version = row.version + 1;
            sqlx::query!(
                "UPDATE offices SET name = $1, time_zone = $2, config = $3, version = $4, updated_at = $5 WHERE id = $6",
                office.name, tz, config, version, now, row.id
            )
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            (row.id, version)
        }
        None => {
            if expected_version.is_some_and(|e| e != NEW_OFFICE) {
                return Err(RepoError::NotFound(format!("no office {code}")));
            }
            let id = Uuid::now_v7();
            sqlx::query!(
                "INSERT INTO offices (id, code, name, time_zone, config, version, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6)",
                id, code, office.name, tz, config, now
            )
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            (id, 1)
        }
    };
    sqlx::query!("DELETE FROM zip_areas WHERE office_id = $1", id).execute(&mut **tx).await.map_err(db_error)?;
    sqlx::query!("DELETE FROM country_areas WHERE office_id = $1", id).execute(&mut **tx).await.map_err(db_error)?;
    for r in &office.areas.zips {
        let (first, last) = (rows::int4(r.first.value())?, rows::int4(r.last.value())?);
        let clash = sqlx::query_scalar!(
            "SELECT o.code FROM zip_areas z JOIN offices o ON o.id = z.office_id WHERE z.first_zip <= $1 AND z.last_zip >= $2 LIMIT 1",
            last, first
        )
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?;
        if let Some(other) = clash {
            return Err(RepoError::Conflict(format!("office {code}: ZIP range {r} overlaps an area of office {other}")));
        }
        sqlx::query!("INSERT INTO zip_areas (office_id, first_zip, last_zip) VALUES ($1, $2, $3)", id, first, last)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    for c in &office.areas.countries {
        let country = c.as_str();
        let clash = sqlx::query_scalar!("SELECT o.code FROM country_areas a JOIN offices o ON o.id = a.office_id WHERE a.country = $1", country)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?;
        if let Some(other) = clash {
            return Err(RepoError::Conflict(format!("office {code}: country {c} is already served by office {other}")));
        }
        sqlx::query!("INSERT INTO country_areas (country, office_id) VALUES ($1, $2)", country, id)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    Ok(StoredOffice { id, version, office: office.clone() })
}

/// The office's id, inside a use case's transaction.
pub(crate) async fn office_id(tx: &mut Transaction<'_, Postgres>, code: &OfficeCode) -> RepoResult<Uuid> {
    let c = code.as_str();
    sqlx::query_scalar!("SELECT id FROM offices WHERE code = $1", c)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| no_office(c))
}

/// The office's id and version for a release: the row is share-locked so an
/// edit of the office waits, and the version recorded with the released days
/// is the one still current when they commit.
pub(crate) async fn office_for_release(tx: &mut Transaction<'_, Postgres>, code: &OfficeCode) -> RepoResult<(Uuid, i64)> {
    let c = code.as_str();
    let row = sqlx::query!("SELECT id, version FROM offices WHERE code = $1 FOR SHARE", c)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| no_office(c))?;
    Ok((row.id, row.version))
}

impl PgStore {
    pub(crate) async fn write_offices_impl(&self, writes: &[OfficeWrite], now: DateTime<Utc>) -> RepoResult<Vec<StoredOffice>> {
        let mut tx = rows::begin(&self.pool).await?;
        let mut out = Vec::with_capacity(writes.len());
        for w in writes {
            // The office row is locked now: a release of this office, which
            // share-locks it, has committed before or waits until after.
            let stored = write_office(&mut tx, &w.office, w.expected_version, now).await?;
            if let Some(seen) = &w.seen {
                let released = sqlx::query_scalar!(
                    "SELECT local_date FROM released_days WHERE office_id = $1 AND local_date BETWEEN $2 AND $3 ORDER BY local_date",
                    stored.id, seen.from, seen.through
                )
                .fetch_all(&mut *tx)
                .await
                .map_err(db_error)?;
                seen.check(&w.office.code, &released)?;
            }
            for (day, slots) in &w.remake {
                crate::slots::rerelease_in(&mut tx, &w.office.code, stored.id, stored.version, *day, slots, now).await?;
            }
            out.push(stored);
        }
        tx.commit().await.map_err(db_error)?;
        Ok(out)
    }

    pub(crate) async fn offices_impl(&self) -> RepoResult<Vec<StoredOffice>> {
        sqlx::query_as!(OfficeRow, r#"SELECT id, version, config FROM offices ORDER BY code COLLATE "C""#)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(OfficeRow::into_stored)
            .collect()
    }

    /// The office as it stands now. The configuration comes only when the
    /// row's id, version or `updated_at` differ from the copy parsed before.
    pub(crate) async fn office_impl(&self, code: &OfficeCode) -> RepoResult<StoredOffice> {
        let code = code.as_str();
        let known = self.offices.get(code);
        let (known_id, known_version, known_at) = match &known {
            Some(p) => (Some(p.stored.id), Some(p.stored.version), Some(p.updated_at)),
            None => (None, None, None),
        };
        let row = sqlx::query!(
            "SELECT id, version, updated_at, CASE WHEN (id, version, updated_at) = ($2, $3, $4) THEN NULL ELSE config END AS config
             FROM offices WHERE code = $1",
            code,
            known_id as Option<Uuid>,
            known_version,
            known_at
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .ok_or_else(|| no_office(code))?;
        match (row.config, known) {
            (None, Some(p)) => Ok(p.stored),
            (config, _) => {
                let config = config.ok_or_else(|| RepoError::Corrupt(format!("office {code} has no configuration")))?;
                let office = OfficeRow { id: row.id, version: row.version, config }.into_stored()?;
                self.offices.put(code, row.updated_at, &office);
                Ok(office)
            }
        }
    }

    pub(crate) async fn office_for_zip_impl(&self, zip: Zip) -> RepoResult<Option<OfficeCode>> {
        let z = rows::int4(zip.value())?;
        sqlx::query_scalar!(
            "SELECT o.code FROM zip_areas a JOIN offices o ON o.id = a.office_id WHERE a.first_zip <= $1 AND a.last_zip >= $1 LIMIT 1",
            z
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .map(|c| rows::office_code(&c))
        .transpose()
    }

    pub(crate) async fn office_for_country_impl(&self, country: &CountryCode) -> RepoResult<Option<OfficeCode>> {
        let c = country.as_str();
        sqlx::query_scalar!("SELECT o.code FROM country_areas a JOIN offices o ON o.id = a.office_id WHERE a.country = $1", c)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?
            .map(|c| rows::office_code(&c))
            .transpose()
    }
}
