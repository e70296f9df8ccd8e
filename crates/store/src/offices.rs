//! Offices and the areas they serve.

use chrono::{DateTime, Utc};
use passdesk_domain::{
    office::{Office, OfficeCode},
    repository::{stale_office, OfficeWrite, RepoError, RepoResult, StoredOffice, NEW_OFFICE},
    service_area::{CountryCode, Zip},
};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;

use crate::{db_error, rows, SqliteStore};

struct OfficeRow {
    id: String,
    version: i64,
    config: String,
}

impl OfficeRow {
    fn into_stored(self) -> RepoResult<StoredOffice> {
        Ok(StoredOffice { id: rows::id(&self.id)?, version: self.version, office: rows::json("office", &self.config)? })
    }
}

/// Writes one office and replaces its areas, inside the caller's transaction.
async fn write_office(tx: &mut Transaction<'_, Sqlite>, office: &Office, expected_version: Option<i64>, now: DateTime<Utc>) -> RepoResult<StoredOffice> {
    let code = office.code.as_str();
    let existing = sqlx::query!(r#"SELECT id AS "id!", version FROM offices WHERE code = ?"#, code)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?;
    let config = rows::to_json(office)?;
    let tz = office.time_zone.name();
    let at = now.timestamp();
    let (id, version) = match existing {
        Some(row) => {
            if let Some(expected) = expected_version.filter(|e| *e != row.version) {
                return Err(stale_office(code, row.version, expected));
            }
            let version = row.version + 1;
            sqlx::query!(
                "UPDATE offices SET name = ?, time_zone = ?, config = ?, version = ?, updated_at = ? WHERE id = ?",
                office.name, tz, config, version, at, row.id
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
            let id = Uuid::now_v7().to_string();
            sqlx::query!(
                "INSERT INTO offices (id, code, name, time_zone, config, version, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
                id, code, office.name, tz, config, at
            )
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
            (id, 1)
        }
    };
    sqlx::query!("DELETE FROM zip_areas WHERE office_id = ?", id).execute(&mut **tx).await.map_err(db_error)?;
    sqlx::query!("DELETE FROM country_areas WHERE office_id = ?", id).execute(&mut **tx).await.map_err(db_error)?;
    for r in &office.areas.zips {
        let (first, last) = (r.first.value(), r.last.value());
        let clash = sqlx::query_scalar!(
            r#"SELECT o.code AS "code!" FROM zip_areas z JOIN offices o ON o.id = z.office_id WHERE z.first_zip <= ? AND z.last_zip >= ? LIMIT 1"#,
            last, first
        )
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?;
        if let Some(other) = clash {
            return Err(RepoError::Conflict(format!("office {code}: ZIP range {r} overlaps an area of office {other}")));
        }
        sqlx::query!("INSERT INTO zip_areas (office_id, first_zip, last_zip) VALUES (?, ?, ?)", id, first, last)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    for c in &office.areas.countries {
        let country = c.as_str();
        let clash = sqlx::query_scalar!(r#"SELECT o.code AS "code!" FROM country_areas a JOIN offices o ON o.id = a.office_id WHERE a.country = ?"#, country)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?;
        if let Some(other) = clash {
            return Err(RepoError::Conflict(format!("office {code}: country {c} is already served by office {other}")));
        }
        sqlx::query!("INSERT INTO country_areas (country, office_id) VALUES (?, ?)", country, id)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    Ok(StoredOffice { id: rows::id(&id)?, version, office: office.clone() })
}

impl SqliteStore {
    pub(crate) async fn write_offices_impl(&self, writes: &[OfficeWrite], now: DateTime<Utc>) -> RepoResult<Vec<StoredOffice>> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let mut out = Vec::with_capacity(writes.len());
        for w in writes {
            let stored = write_office(&mut tx, &w.office, w.expected_version, now).await?;
            let id = stored.id.to_string();
            if let Some(seen) = &w.seen {
                let (f, t) = (rows::date_text(seen.from), rows::date_text(seen.through));
                let released = sqlx::query_scalar!(
                    r#"SELECT local_date AS "d!" FROM released_days WHERE office_id = ? AND local_date BETWEEN ? AND ? ORDER BY local_date"#,
                    id, f, t
                )
                .fetch_all(&mut *tx)
                .await
                .map_err(db_error)?
                .iter()
                .map(|d| rows::date(d))
                .collect::<RepoResult<Vec<_>>>()?;
                seen.check(&w.office.code, &released)?;
            }
            for (day, slots) in &w.remake {
                crate::slots::rerelease_in(&mut tx, &w.office.code, &id, stored.version, *day, slots, now).await?;
            }
            out.push(stored);
        }
        tx.commit().await.map_err(db_error)?;
        Ok(out)
    }

    pub(crate) async fn offices_impl(&self) -> RepoResult<Vec<StoredOffice>> {
        sqlx::query_as!(OfficeRow, r#"SELECT id AS "id!", version, config FROM offices ORDER BY code"#)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(OfficeRow::into_stored)
            .collect()
    }

    pub(crate) async fn office_impl(&self, code: &OfficeCode) -> RepoResult<StoredOffice> {
        let code = code.as_str();
        sqlx::query_as!(OfficeRow, r#"SELECT id AS "id!", version, config FROM offices WHERE code = ?"#, code)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound(format!("no office {code}; `passdesk office list` shows the offices")))?
            .into_stored()
    }

    pub(crate) async fn office_for_zip_impl(&self, zip: Zip) -> RepoResult<Option<OfficeCode>> {
        let z = zip.value();
        let code = sqlx::query_scalar!(
            r#"SELECT o.code AS "code!" FROM zip_areas a JOIN offices o ON o.id = a.office_id WHERE a.first_zip <= ? AND a.last_zip >= ? LIMIT 1"#,
            z, z
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        code.map(|c| c.parse().map_err(|e: passdesk_domain::DomainError| RepoError::Corrupt(e.to_string()))).transpose()
    }

    pub(crate) async fn office_for_country_impl(&self, country: &CountryCode) -> RepoResult<Option<OfficeCode>> {
        let c = country.as_str();
        let code = sqlx::query_scalar!(r#"SELECT o.code AS "code!" FROM country_areas a JOIN offices o ON o.id = a.office_id WHERE a.country = ?"#, c)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        code.map(|c| c.parse().map_err(|e: passdesk_domain::DomainError| RepoError::Corrupt(e.to_string()))).transpose()
    }

    pub(crate) async fn office_id(&self, tx: &mut Transaction<'_, Sqlite>, code: &OfficeCode) -> RepoResult<(String, i64)> {
        let c = code.as_str();
        let row = sqlx::query!(r#"SELECT id AS "id!", version FROM offices WHERE code = ?"#, c)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound(format!("no office {c}; `passdesk office list` shows the offices")))?;
        Ok((row.id, row.version))
    }
}
