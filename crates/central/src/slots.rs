//! Releasing slots and reading them. A slot's seats are made by the
//! `slots_make_seats` trigger; its `booked` is the count of its taken seats,
//! read as capacity minus free seats: the free ones are in a small partial
//! index, the taken ones among every version a storm leaves behind.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    office::OfficeCode,
    repository::{check_plan, still_booked, RepoError, RepoResult, ReleaseReport, Slot},
    slot_engine::PlannedSlot,
};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use crate::{db_error, offices, rows, rows::SlotRow, PgStore};

/// Inserts a day's planned slots in one statement (a release may make
/// thousands). A slot that exists already (same office, track, start) is
/// kept as it is.
/// The planned slots as one array per column, for statements over UNNEST.
struct Columns {
    days: Vec<NaiveDate>,
    tracks: Vec<String>,
    starts: Vec<DateTime<Utc>>,
    ends: Vec<DateTime<Utc>>,
    caps: Vec<i32>,
    // Each slot's types are an array of their own: a 2-D text array must be
    // rectangular, so they travel as JSON arrays.
    types: Vec<serde_json::Value>,
}

fn columns(slots: &[PlannedSlot]) -> RepoResult<Columns> {
    let mut c = Columns { days: vec![], tracks: vec![], starts: vec![], ends: vec![], caps: vec![], types: vec![] };
    for s in slots {
        c.days.push(s.local_date);
        c.tracks.push(s.track.as_str().to_string());
        c.starts.push(s.starts_at);
        c.ends.push(s.ends_at);
        c.caps.push(rows::int4(s.capacity)?);
        c.types.push(rows::to_json(&s.types)?);
    }
    Ok(c)
}

async fn insert_slots(tx: &mut Transaction<'_, Postgres>, office_id: Uuid, slots: &[PlannedSlot]) -> RepoResult<u32> {
    if slots.is_empty() {
        return Ok(0);
    }
    let c = columns(slots)?;
    let ids: Vec<Uuid> = slots.iter().map(|_| Uuid::now_v7()).collect();
    let r = sqlx::query!(
        "INSERT INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, types)
         SELECT t.id, $1, t.local_date, t.track, t.starts_at, t.ends_at, t.capacity, ARRAY(SELECT jsonb_array_elements_text(t.types))
         FROM UNNEST($2::uuid[], $3::date[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::int4[], $8::jsonb[])
              AS t (id, local_date, track, starts_at, ends_at, capacity, types)
         ON CONFLICT (office_id, track, starts_at) DO NOTHING",
        office_id, &ids, &c.days, &c.tracks, &c.starts, &c.ends, &c.caps, &c.types
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    u32::try_from(r.rows_affected()).map_err(|_| RepoError::Corrupt("too many slots".into()))
}

/// Takes up again the withdrawn slots the plan has (same start, same track)
/// with the plan's end, capacity and types, and gives them seats.
async fn reopen_withdrawn(tx: &mut Transaction<'_, Postgres>, office_id: Uuid, slots: &[PlannedSlot]) -> RepoResult<u32> {
    if slots.is_empty() {
        return Ok(0);
    }
    let c = columns(slots)?;
    let n = sqlx::query_scalar!(
        r#"WITH reopened AS (
               UPDATE slots s SET withdrawn = false, local_date = t.local_date, ends_at = t.ends_at, capacity = t.capacity,
                      types = ARRAY(SELECT jsonb_array_elements_text(t.types))
               FROM UNNEST($2::date[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::int4[], $7::jsonb[])
                    AS t (local_date, track, starts_at, ends_at, capacity, types)
               WHERE s.office_id = $1 AND s.withdrawn AND s.track = t.track AND s.starts_at = t.starts_at
               RETURNING s.*),
           seated AS (
               INSERT INTO seats (slot_id, seat, office_id, local_date, starts_at, track, types)
               SELECT r.id, g, r.office_id, r.local_date, r.starts_at, r.track, r.types FROM reopened r, generate_series(0, r.capacity - 1) g)
           SELECT count(*) AS "n!" FROM reopened"#,
        office_id, &c.days, &c.tracks, &c.starts, &c.ends, &c.caps, &c.types
    )
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    u32::try_from(n).map_err(|_| RepoError::Corrupt("too many slots".into()))
}

impl PgStore {
    pub(crate) async fn release_impl(&self, office: &OfficeCode, planned_on: Option<i64>, days: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        let mut tx = rows::begin(&self.pool).await?;
        let (office_id, version) = offices::office_for_release(&mut tx, office).await?;
        check_plan(office, version, planned_on)?;
        let mut report = ReleaseReport::default();
        for (day, slots) in days {
            // A concurrent release of the same day waits here on the key and
            // then finds it taken: a day is released once.
            let r = sqlx::query!(
                "INSERT INTO released_days (office_id, local_date, office_version, released_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (office_id, local_date) DO NOTHING",
                office_id, day, version, now
            )
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            if r.rows_affected() == 0 {
                report.days_already_released += 1;
                continue;
            }
            report.days_released += 1;
            report.slots_created += insert_slots(&mut tx, office_id, slots).await?;
        }
        tx.commit().await.map_err(db_error)?;
        Ok(report)
    }

    pub(crate) async fn rerelease_impl(&self, office: &OfficeCode, planned_on: Option<i64>, day: NaiveDate, slots: &[PlannedSlot], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        let mut tx = rows::begin(&self.pool).await?;
        let (office_id, version) = offices::office_for_release(&mut tx, office).await?;
        check_plan(office, version, planned_on)?;
        let created = rerelease_in(&mut tx, office, office_id, version, day, slots, now).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(ReleaseReport { days_released: 1, slots_created: created, days_already_released: 0 })
    }

    pub(crate) async fn released_days_impl(&self, office: &OfficeCode, from: NaiveDate, through: NaiveDate) -> RepoResult<Vec<NaiveDate>> {
        let code = office.as_str();
        sqlx::query_scalar!(
            "SELECT r.local_date FROM released_days r JOIN offices o ON o.id = r.office_id
             WHERE o.code = $1 AND r.local_date BETWEEN $2 AND $3 ORDER BY r.local_date",
            code, from, through
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)
    }

    pub(crate) async fn slot_impl(&self, id: Uuid) -> RepoResult<Option<Slot>> {
        sqlx::query_as!(
            SlotRow,
            r#"SELECT s.id, o.code AS office_code, s.local_date, s.track, s.starts_at, s.ends_at, s.capacity,
                      s.capacity - (SELECT count(*) FROM seats st WHERE st.slot_id = s.id AND st.appointment_id IS NULL) AS "booked!", s.types
               FROM slots s JOIN offices o ON o.id = s.office_id
               WHERE s.id = $1 AND NOT s.withdrawn"#,
            id
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .map(SlotRow::into_slot)
        .transpose()
    }

    pub(crate) async fn slots_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Slot>> {
        let code = office.as_str();
        sqlx::query_as!(
            SlotRow,
            r#"SELECT s.id, o.code AS office_code, s.local_date, s.track, s.starts_at, s.ends_at, s.capacity,
                      s.capacity - (SELECT count(*) FROM seats st WHERE st.slot_id = s.id AND st.appointment_id IS NULL) AS "booked!", s.types
               FROM slots s JOIN offices o ON o.id = s.office_id
               WHERE o.code = $1 AND s.local_date = $2 AND NOT s.withdrawn ORDER BY s.starts_at, s.track COLLATE "C""#,
            code, day
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
    tx: &mut Transaction<'_, Postgres>,
    office: &OfficeCode,
    office_id: Uuid,
    version: i64,
    day: NaiveDate,
    slots: &[PlannedSlot],
    now: DateTime<Utc>,
) -> RepoResult<u32> {
    // Two makings of one day wait for each other: the second sees the
    // first's slots and seats whole (a closed day has no seats to lock).
    rows::lock(tx, &format!("passdesk/day/{office_id}/{day}")).await?;
    // The day's seats are locked first: a booking under way holds one of
    // them, so this waits for it and the check below sees its appointment;
    // a booking that starts later skips the locked seats. Without it a
    // booking could commit between the check and the delete.
    sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM (
             SELECT 1 FROM seats st JOIN slots s ON s.id = st.slot_id
             WHERE s.office_id = $1 AND s.local_date = $2
             ORDER BY st.slot_id, st.seat FOR UPDATE OF st) locked"#,
        office_id, day
    )
    .fetch_one(&mut **tx)
    .await
    .map_err(db_error)?;
    let holders = sqlx::query!(
        "SELECT a.confirmation, a.last_name
         FROM appointments a JOIN slots s ON s.id = a.slot_id
         WHERE s.office_id = $1 AND s.local_date = $2 AND a.status = 'booked' ORDER BY s.starts_at LIMIT 6",
        office_id, day
    )
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    if !holders.is_empty() {
        return Err(still_booked(office, day, holders.into_iter().map(|h| (h.confirmation, h.last_name))));
    }
    sqlx::query!(
        "UPDATE slots s SET withdrawn = true
         WHERE s.office_id = $1 AND s.local_date = $2 AND EXISTS (SELECT 1 FROM appointments a WHERE a.slot_id = s.id)",
        office_id, day
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    // Withdrawn slots keep no seats: no booking statement can take one.
    sqlx::query!(
        "DELETE FROM seats st USING slots s WHERE s.id = st.slot_id AND s.office_id = $1 AND s.local_date = $2 AND s.withdrawn",
        office_id, day
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    // The others go, and their seats with them (ON DELETE CASCADE).
    sqlx::query!("DELETE FROM slots WHERE office_id = $1 AND local_date = $2 AND NOT withdrawn", office_id, day).execute(&mut **tx).await.map_err(db_error)?;
    sqlx::query!(
        "INSERT INTO released_days (office_id, local_date, office_version, released_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (office_id, local_date) DO UPDATE SET office_version = excluded.office_version, released_at = excluded.released_at",
        office_id, day, version, now
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(insert_slots(tx, office_id, slots).await? + reopen_withdrawn(tx, office_id, slots).await?)
}
