//! Releasing slots and reading them.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    office::OfficeCode,
    repository::{RepoError, RepoResult, ReleaseReport, Slot},
    slot_engine::PlannedSlot,
};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;

use crate::{db_error, rows, rows::SlotRow, SqliteStore};

async fn insert_slots(tx: &mut Transaction<'_, Sqlite>, office_id: &str, slots: &[PlannedSlot]) -> RepoResult<u32> {
    let mut n = 0;
    for s in slots {
        let id = Uuid::now_v7().to_string();
        let day = rows::date_text(s.local_date);
        let track = s.track.as_str();
        let (start, end) = (s.starts_at.timestamp(), s.ends_at.timestamp());
        let cap = i64::from(s.capacity);
        let types = rows::to_json(&s.types)?;
        // A slot that exists already (same office, track, start) is kept as it is.
        let r = sqlx::query!(
            "INSERT INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, types) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (office_id, track, starts_at) DO NOTHING",
            id, office_id, day, track, start, end, cap, types
        )
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
        n += r.rows_affected() as u32;
    }
    Ok(n)
}

impl SqliteStore {
    pub(crate) async fn release_impl(&self, office: &OfficeCode, days: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let (office_id, version) = self.office_id(&mut tx, office).await?;
        let mut report = ReleaseReport::default();
        let at = now.timestamp();
        for (day, slots) in days {
            let d = rows::date_text(*day);
            let r = sqlx::query!(
                "INSERT INTO released_days (office_id, local_date, office_version, released_at) VALUES (?, ?, ?, ?)
                 ON CONFLICT (office_id, local_date) DO NOTHING",
                office_id, d, version, at
            )
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            if r.rows_affected() == 0 {
                report.days_already_released += 1;
                continue;
            }
            report.days_released += 1;
            report.slots_created += insert_slots(&mut tx, &office_id, slots).await?;
        }
        tx.commit().await.map_err(db_error)?;
        Ok(report)
    }

    pub(crate) async fn rerelease_impl(&self, office: &OfficeCode, day: NaiveDate, slots: &[PlannedSlot], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let (office_id, version) = self.office_id(&mut tx, office).await?;
        let created = rerelease_in(&mut tx, office, &office_id, version, day, slots, now).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(ReleaseReport { days_released: 1, slots_created: created, days_already_released: 0 })
    }

    pub(crate) async fn released_days_impl(&self, office: &OfficeCode, from: NaiveDate, through: NaiveDate) -> RepoResult<Vec<NaiveDate>> {
        let (code, f, t) = (office.as_str(), rows::date_text(from), rows::date_text(through));
        sqlx::query_scalar!(
            r#"SELECT r.local_date AS "d!" FROM released_days r JOIN offices o ON o.id = r.office_id
               WHERE o.code = ? AND r.local_date BETWEEN ? AND ? ORDER BY r.local_date"#,
            code, f, t
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?
        .iter()
        .map(|d| rows::date(d))
        .collect()
    }

    pub(crate) async fn slots_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Slot>> {
        let (code, d) = (office.as_str(), rows::date_text(day));
        sqlx::query_as!(
            SlotRow,
            r#"SELECT s.id AS "id!", o.code AS "office_code!", s.local_date AS "local_date!", s.track AS "track!",
                      s.starts_at AS "starts_at!", s.ends_at AS "ends_at!", s.capacity AS "capacity!", s.booked AS "booked!", s.types AS "types!"
               FROM slots s JOIN offices o ON o.id = s.office_id
               WHERE o.code = ? AND s.local_date = ? ORDER BY s.starts_at, s.track"#,
            code, d
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(SlotRow::into_slot)
        .collect()
    }
}

/// Replaces a released day's slots inside `tx`; refused while any appointment
/// (cancelled ones too: their history points at the slots) stands on the day.
pub(crate) async fn rerelease_in(
    tx: &mut Transaction<'_, Sqlite>,
    office: &OfficeCode,
    office_id: &str,
    version: i64,
    day: NaiveDate,
    slots: &[PlannedSlot],
    now: DateTime<Utc>,
) -> RepoResult<u32> {
    let d = rows::date_text(day);
    // Every appointment ever made on the day blocks it, cancelled ones too:
    // their history points at these slots.
    let holders = sqlx::query!(
        r#"SELECT a.confirmation AS "confirmation!", a.status AS "status!", a.last_name AS "last_name!", s.starts_at AS "starts_at!"
           FROM appointments a JOIN slots s ON s.id = a.slot_id
           WHERE s.office_id = ? AND s.local_date = ? ORDER BY s.starts_at LIMIT 6"#,
        office_id, d
    )
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    if !holders.is_empty() {
        let list = holders
            .iter()
            .take(5)
            .map(|h| {
                // Shown as the applicant's notice shows it.
                let shown = h.confirmation.parse::<passdesk_domain::confirmation::ConfirmationNumber>().map_or_else(|_| h.confirmation.clone(), |c| c.to_string());
                format!("{shown} ({}, {})", h.last_name, h.status)
            })
            .collect::<Vec<_>>()
            .join(", ");
        let more = if holders.len() > 5 { " and more" } else { "" };
        return Err(RepoError::Conflict(format!(
            "{office} {day} cannot be released again: it has appointments {list}{more}; reschedule or cancel them first"
        )));
    }
    sqlx::query!("DELETE FROM slots WHERE office_id = ? AND local_date = ?", office_id, d).execute(&mut **tx).await.map_err(db_error)?;
    let at = now.timestamp();
    sqlx::query!(
        "INSERT INTO released_days (office_id, local_date, office_version, released_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (office_id, local_date) DO UPDATE SET office_version = excluded.office_version, released_at = excluded.released_at",
        office_id, d, version, at
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    insert_slots(tx, office_id, slots).await
}

