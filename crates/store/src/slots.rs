//! Releasing slots and reading them.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    office::OfficeCode,
    repository::{check_plan, still_booked, RepoResult, ReleaseReport, Slot},
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
    pub(crate) async fn release_impl(&self, office: &OfficeCode, planned_on: Option<i64>, days: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let (office_id, version) = self.office_id(&mut tx, office).await?;
        check_plan(office, version, planned_on)?;
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

    pub(crate) async fn rerelease_impl(&self, office: &OfficeCode, planned_on: Option<i64>, day: NaiveDate, slots: &[PlannedSlot], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let (office_id, version) = self.office_id(&mut tx, office).await?;
        check_plan(office, version, planned_on)?;
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

    pub(crate) async fn slot_impl(&self, id: Uuid) -> RepoResult<Option<Slot>> {
        let id = id.to_string();
        sqlx::query_as!(
            SlotRow,
            r#"SELECT s.id AS "id!", o.code AS "office_code!", s.local_date AS "local_date!", s.track AS "track!",
                      s.starts_at AS "starts_at!", s.ends_at AS "ends_at!", s.capacity AS "capacity!", s.booked AS "booked!", s.types AS "types!"
               FROM slots s JOIN offices o ON o.id = s.office_id
               WHERE s.id = ? AND s.withdrawn = 0"#,
            id
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .map(SlotRow::into_slot)
        .transpose()
    }

    pub(crate) async fn slots_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Slot>> {
        let (code, d) = (office.as_str(), rows::date_text(day));
        sqlx::query_as!(
            SlotRow,
            r#"SELECT s.id AS "id!", o.code AS "office_code!", s.local_date AS "local_date!", s.track AS "track!",
                      s.starts_at AS "starts_at!", s.ends_at AS "ends_at!", s.capacity AS "capacity!", s.booked AS "booked!", s.types AS "types!"
               FROM slots s JOIN offices o ON o.id = s.office_id
               WHERE o.code = ? AND s.local_date = ? AND s.withdrawn = 0 ORDER BY s.starts_at, s.track"#,
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

/// Replaces a released day's slots inside `tx`; refused while a booked
/// appointment stands on the day. A slot that cancelled appointments point
/// at (the time they had) is withdrawn instead of deleted, and taken up again
/// when the new plan has a slot at its start on its track.
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
    let holders = sqlx::query!(
        r#"SELECT a.confirmation AS "confirmation!", a.last_name AS "last_name!"
           FROM appointments a JOIN slots s ON s.id = a.slot_id
           WHERE s.office_id = ? AND s.local_date = ? AND a.status = 'booked' ORDER BY s.starts_at LIMIT 6"#,
        office_id, d
    )
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    if !holders.is_empty() {
        return Err(still_booked(office, day, holders.into_iter().map(|h| (h.confirmation, h.last_name))));
    }
    sqlx::query!(
        "UPDATE slots SET withdrawn = 1 WHERE office_id = ? AND local_date = ? AND EXISTS (SELECT 1 FROM appointments a WHERE a.slot_id = slots.id)",
        office_id, d
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    sqlx::query!("DELETE FROM slots WHERE office_id = ? AND local_date = ? AND withdrawn = 0", office_id, d).execute(&mut **tx).await.map_err(db_error)?;
    let at = now.timestamp();
    sqlx::query!(
        "INSERT INTO released_days (office_id, local_date, office_version, released_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (office_id, local_date) DO UPDATE SET office_version = excluded.office_version, released_at = excluded.released_at",
        office_id, d, version, at
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    let made = insert_slots(tx, office_id, slots).await?;
    // A planned slot that found a withdrawn one at its start and track (the
    // insert above kept that one) takes it up again.
    let mut reopened = 0;
    for s in slots {
        let (track, start, end, cap, day, types) = (s.track.as_str(), s.starts_at.timestamp(), s.ends_at.timestamp(), i64::from(s.capacity), rows::date_text(s.local_date), rows::to_json(&s.types)?);
        let r = sqlx::query!(
            "UPDATE slots SET withdrawn = 0, local_date = ?, ends_at = ?, capacity = ?, types = ?,
                              booked = (SELECT count(*) FROM appointments a WHERE a.slot_id = slots.id AND a.status = 'booked')
             WHERE office_id = ? AND track = ? AND starts_at = ? AND withdrawn = 1",
            day, end, cap, types, office_id, track, start
        )
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
        reopened += r.rows_affected() as u32;
    }
    Ok(made + reopened)
}

