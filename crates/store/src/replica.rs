//! The local database as a replica of the central one: the outbox read in
//! the order its facts were made, and pages of the change feed applied in
//! one transaction together with the cursor they lead to, so a replica that
//! stops anywhere resumes where its data stands.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use passdesk_domain::{
    replica::{AppointmentRow, Change, FeedCursor, FeedPage, OfficeRow, OutboxFact, SlotRow, StaffRow, VisitRow},
    repository::{RepoError, RepoResult},
};
use sqlx::{Connection, Sqlite, SqliteConnection, Transaction};
use uuid::Uuid;

use crate::{
    db_error,
    outbox::{FEED_CURSOR, HISTORY_CHECKED, LAST_SYNC, ON_ITS_OWN_FROM, OWN_CHANGES_NAMED, REPLICA_OFFICE},
    rows, SqliteStore,
};

/// An appointment changed here while the workstation ran on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnChangeRow {
    pub id: Uuid,
    pub confirmation: String,
    /// The last thing done to it: booked, rescheduled, cancelled, pin_reissued.
    pub event: String,
    /// Everything done to it here on its own, each once.
    pub events: Vec<String>,
}

impl OwnChangeRow {
    /// Booked here, on its own (the district has it only if it was sent).
    pub fn booked_here(&self) -> bool {
        self.has("booked")
    }

    pub fn has(&self, event: &str) -> bool {
        self.events.iter().any(|e| e == event)
    }
}

/// The value of [`OWN_CHANGES_NAMED`] (none: an empty list).
fn named_list(value: Option<String>) -> RepoResult<Vec<Uuid>> {
    value.map_or(Ok(Vec::new()), |l| serde_json::from_str(&l).map_err(|e| RepoError::Corrupt(format!("{OWN_CHANGES_NAMED}: {e}"))))
}

fn text(d: chrono::NaiveDate) -> String {
    rows::date_text(d)
}

fn json(v: &serde_json::Value) -> String {
    v.to_string()
}

impl SqliteStore {
    /// The oldest `limit` facts not yet sent, oldest first.
    pub async fn unsent_facts(&self, limit: u32) -> RepoResult<Vec<OutboxFact>> {
        let limit = i64::from(limit);
        let rows = sqlx::query!(
            r#"SELECT id AS "id!", kind, payload, created_at FROM outbox WHERE sent_at IS NULL ORDER BY rowid LIMIT ?"#,
            limit
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                Ok(OutboxFact {
                    id: rows::id(&r.id)?,
                    kind: r.kind,
                    payload: rows::json("outbox payload", &r.payload)?,
                    made_at: rows::instant(r.created_at)?,
                })
            })
            .collect()
    }

    /// Marks facts the central database has acknowledged.
    pub async fn mark_sent(&self, ids: &[Uuid], at: DateTime<Utc>) -> RepoResult<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let at = at.timestamp();
        for id in ids {
            let id = id.to_string();
            sqlx::query!("UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL", at, id).execute(&mut *tx).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    pub async fn feed_cursor(&self) -> RepoResult<Option<FeedCursor>> {
        sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", FEED_CURSOR)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?
            .map(|c| c.parse::<FeedCursor>().map_err(RepoError::Corrupt))
            .transpose()
    }

    /// Keeps `office`'s appointments and visits from now on ("" for every
    /// office's); true when that changed. A change also starts the feed
    /// again from its beginning, in the same transaction: the rows of an
    /// office the old choice passed over lie behind the cursor and would
    /// never come. (Rows of an office no longer kept stay as they were.)
    pub async fn set_replica_office(&self, office: &str) -> RepoResult<bool> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let before = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", REPLICA_OFFICE).fetch_optional(&mut *tx).await.map_err(db_error)?;
        if before.as_deref().unwrap_or("") == office {
            return Ok(false);
        }
        sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", REPLICA_OFFICE, office)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        sqlx::query!("DELETE FROM meta WHERE key = ?", FEED_CURSOR).execute(&mut *tx).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(true)
    }

    /// The workstation leaves its district and runs on its own. Its feed
    /// starts again from the beginning, so connected again later it takes
    /// the district's rows anew (what it changed meanwhile lies behind the
    /// cursor and would never be put right); and where its appointment
    /// history stands is kept, so what it books meanwhile can be told.
    pub async fn leave_district(&self) -> RepoResult<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let cursor = FeedCursor::default().to_string();
        sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", FEED_CURSOR, cursor)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        // Left twice without joining between: the first mark stands.
        sqlx::query!(
            "INSERT INTO meta (key, value) SELECT ?, CAST(COALESCE(MAX(rowid), 0) AS TEXT) FROM appointment_history WHERE true
             ON CONFLICT (key) DO NOTHING",
            ON_ITS_OWN_FROM
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    /// Where this replica's appointment history became its own (a history
    /// row number): the mark of [`Self::leave_district`]; or, in a replica
    /// of a known district whose feed starts from its beginning (one
    /// disconnected by a version before the mark, say), all of it after the
    /// last row a check passed over ([`HISTORY_CHECKED`]). A connected
    /// workstation writes no history of its own: the central database
    /// decides and the feed brings the result. `None`: nothing here is its
    /// own. (Row numbers: the store never deletes history rows nor runs
    /// VACUUM, which could renumber them.)
    async fn own_history_from(&self, district_known: bool) -> RepoResult<Option<i64>> {
        let row_number = |key: &str, v: String| v.parse::<i64>().map_err(|_| RepoError::Corrupt(format!("{key} is {v:?}, not a row number")));
        if let Some(mark) = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", ON_ITS_OWN_FROM).fetch_optional(&self.pool).await.map_err(db_error)? {
            return row_number(ON_ITS_OWN_FROM, mark).map(Some);
        }
        let from_start = self.feed_cursor().await?.is_none_or(|c| c == FeedCursor::default());
        if !(district_known && from_start) {
            return Ok(None);
        }
        let checked = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", HISTORY_CHECKED).fetch_optional(&self.pool).await.map_err(db_error)?;
        Ok(Some(checked.map(|c| row_number(HISTORY_CHECKED, c)).transpose()?.unwrap_or(0)))
    }

    /// The appointments booked, moved, cancelled or given a new PIN here
    /// since the workstation left its district, oldest change first: for
    /// each, the last thing done to it and all that was done to it here.
    pub async fn changed_on_its_own(&self, district_known: bool) -> RepoResult<Vec<OwnChangeRow>> {
        let Some(from) = self.own_history_from(district_known).await? else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query!(
            r#"SELECT a.id AS "id!", a.confirmation AS "confirmation!", h.event AS "event!",
                      (SELECT group_concat(DISTINCT b.event) FROM appointment_history b WHERE b.appointment_id = a.id AND b.rowid > ?) AS "events!: String"
               FROM appointment_history h JOIN appointments a ON a.id = h.appointment_id
               WHERE h.rowid = (SELECT MAX(l.rowid) FROM appointment_history l WHERE l.appointment_id = h.appointment_id) AND h.rowid > ?
               ORDER BY h.rowid"#,
            from,
            from
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.into_iter()
            .map(|r| Ok(OwnChangeRow { id: rows::id(&r.id)?, confirmation: r.confirmation, event: r.event, events: r.events.split(',').map(str::to_string).collect() }))
            .collect()
    }

    /// The appointments whose own change sending named as decided
    /// otherwise by the district ([`OWN_CHANGES_NAMED`]).
    pub async fn own_changes_named(&self) -> RepoResult<Vec<Uuid>> {
        named_list(sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", OWN_CHANGES_NAMED).fetch_optional(&self.pool).await.map_err(db_error)?)
    }

    /// Records that sending named `id`'s own change for a call.
    pub async fn name_own_change(&self, id: Uuid) -> RepoResult<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let mut named = named_list(sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", OWN_CHANGES_NAMED).fetch_optional(&mut *tx).await.map_err(db_error)?)?;
        if !named.contains(&id) {
            named.push(id);
        }
        let list = rows::to_json(&named)?;
        sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", OWN_CHANGES_NAMED, list)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    /// Back in its district with nothing of its own left to send: the
    /// district's slots and released days are taken anew by the pull that
    /// follows (the feed starts from its beginning), so the ones released
    /// here on its own go, as do the appointments `never_there`, cancelled
    /// here and never at the district (unless checked in: a visit names
    /// them). The mark of [`Self::leave_district`] goes, and the history
    /// checked so far is recorded ([`HISTORY_CHECKED`]). One transaction.
    pub async fn rejoined_district(&self, never_there: &[Uuid]) -> RepoResult<()> {
        let from = self.own_history_from(true).await?;
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        if from.is_some() {
            let never_there = rows::to_json(&never_there.iter().map(ToString::to_string).collect::<Vec<_>>())?;
            sqlx::query!(
                "DELETE FROM appointment_history WHERE appointment_id IN (SELECT value FROM json_each(?))
                   AND appointment_id NOT IN (SELECT appointment_id FROM visits WHERE appointment_id IS NOT NULL)",
                never_there
            )
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            sqlx::query!(
                "DELETE FROM appointments WHERE id IN (SELECT value FROM json_each(?))
                   AND id NOT IN (SELECT appointment_id FROM visits WHERE appointment_id IS NOT NULL)",
                never_there
            )
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            sqlx::query!("DELETE FROM slots WHERE id NOT IN (SELECT slot_id FROM appointments)").execute(&mut *tx).await.map_err(db_error)?;
            sqlx::query!("DELETE FROM released_days").execute(&mut *tx).await.map_err(db_error)?;
            // What was deleted is taken anew only from the feed's start: set
            // here too, whatever moved the cursor since the disconnection.
            let start = FeedCursor::default().to_string();
            sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", FEED_CURSOR, start)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            sqlx::query!("DELETE FROM meta WHERE key = ?", ON_ITS_OWN_FROM).execute(&mut *tx).await.map_err(db_error)?;
            sqlx::query!("DELETE FROM meta WHERE key = ?", OWN_CHANGES_NAMED).execute(&mut *tx).await.map_err(db_error)?;
        }
        sqlx::query!(
            "INSERT INTO meta (key, value) SELECT ?, CAST(COALESCE(MAX(rowid), 0) AS TEXT) FROM appointment_history WHERE true
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            HISTORY_CHECKED
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    pub async fn record_sync_success(&self, at: DateTime<Utc>) -> RepoResult<()> {
        let at = at.to_rfc3339();
        sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", LAST_SYNC, at)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }

    /// Offices this replica holds, by id and code (a workstation joining a
    /// central database must not hold offices of its own under other ids).
    pub async fn office_ids(&self) -> RepoResult<Vec<(Uuid, String)>> {
        sqlx::query!(r#"SELECT id AS "id!", code FROM offices ORDER BY code"#)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|r| Ok((rows::id(&r.id)?, r.code)))
            .collect()
    }

    /// Applies one page of the change feed and moves the cursor, in one
    /// transaction. Foreign keys are off meanwhile: the feed delivers each row
    /// as it stands now, so a row may arrive before one it refers to.
    /// `kept_office` is the office the page was read for ("" for every
    /// office's): if this replica's choice changed meanwhile (the cursor was
    /// set back to the start), the page is not applied and the cursor stays.
    pub async fn apply_feed(&self, page: &FeedPage, from: FeedCursor, kept_office: &str) -> RepoResult<()> {
        let mut conn = self.pool.acquire().await.map_err(db_error)?;
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await.map_err(db_error)?;
        let applied = apply_in(&mut conn, page, from, kept_office).await;
        let restored = sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await;
        if restored.is_err() {
            // Never hand a connection without foreign keys back to the pool.
            conn.detach();
        }
        applied?;
        restored.map_err(db_error)?;
        Ok(())
    }
}

async fn apply_in(conn: &mut SqliteConnection, page: &FeedPage, from: FeedCursor, kept_office: &str) -> RepoResult<()> {
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
    let kept = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", REPLICA_OFFICE).fetch_optional(&mut *tx).await.map_err(db_error)?;
    // (A replica that never recorded a choice keeps what its workstation was opened with.)
    if kept.is_some_and(|k| k != kept_office) {
        return Err(RepoError::Conflict("the office this workstation keeps changed during the pull; the next round reads the feed again".into()));
    }
    // A page follows on from where this replica stands, or is not applied: a
    // disconnection set the cursor back meanwhile, or another program (the
    // CLI's `sync` beside the app) pulled further, and an older page would
    // move rows and the cursor back.
    let at = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", FEED_CURSOR).fetch_optional(&mut *tx).await.map_err(db_error)?;
    let at = at.map(|c| c.parse::<FeedCursor>().map_err(RepoError::Corrupt)).transpose()?.unwrap_or_default();
    if at != from {
        return Err(RepoError::Conflict(format!(
            "the feed cursor moved during the pull (from {from} to {at}: a disconnection, or another program syncing this workstation); the next round reads on from where it is"
        )));
    }
    let visits: HashSet<String> = page
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::Visit(v) => Some(v.id.to_string()),
            _ => None,
        })
        .collect();
    // Read once for the page: the transaction holds the write lock, so no
    // fact can join the outbox before it ends.
    let pending = if visits.is_empty() { HashSet::new() } else { pending_visits(&mut tx).await? };
    let fresh = visits.into_iter().filter(|id| !pending.contains(id)).collect();
    let mut page_state = PageState { cleared: clear_documents(&mut tx, fresh).await?, pending };
    for change in &page.changes {
        apply_change(&mut tx, change, &mut page_state).await?;
    }
    let cursor = page.next.to_string();
    sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", FEED_CURSOR, cursor)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)
}

/// What a page's apply knows of its visits before it starts.
struct PageState {
    /// Visits with facts of this desk still unsent: left as they are here.
    pending: HashSet<String>,
    /// Visits whose document checks were deleted up front for the page.
    cleared: HashSet<String>,
}

async fn apply_change(tx: &mut Transaction<'_, Sqlite>, change: &Change, page: &mut PageState) -> RepoResult<()> {
    let e = db_error;
    match change {
        Change::Office(o) => office(tx, o).await?,
        Change::OfficeRemoved(id) => {
            let id = id.to_string();
            sqlx::query!("DELETE FROM zip_areas WHERE office_id = ?", id).execute(&mut **tx).await.map_err(e)?;
            sqlx::query!("DELETE FROM country_areas WHERE office_id = ?", id).execute(&mut **tx).await.map_err(e)?;
            sqlx::query!("DELETE FROM offices WHERE id = ?", id).execute(&mut **tx).await.map_err(e)?;
        }
        Change::ReleasedDay(d) => {
            let (office, day, at) = (d.office_id.to_string(), text(d.local_date), d.released_at.timestamp());
            sqlx::query!(
                "INSERT OR REPLACE INTO released_days (office_id, local_date, office_version, released_at) VALUES (?, ?, ?, ?)",
                office, day, d.office_version, at
            )
            .execute(&mut **tx)
            .await
            .map_err(e)?;
        }
        Change::ReleasedDayRemoved { office_id, local_date } => {
            let (office, day) = (office_id.to_string(), text(*local_date));
            sqlx::query!("DELETE FROM released_days WHERE office_id = ? AND local_date = ?", office, day).execute(&mut **tx).await.map_err(e)?;
        }
        Change::Slot(s) => slot(tx, s).await?,
        Change::SlotRemoved(id) => {
            let id = id.to_string();
            sqlx::query!("DELETE FROM slots WHERE id = ?", id).execute(&mut **tx).await.map_err(e)?;
        }
        Change::Appointment(a) => appointment(tx, a).await?,
        Change::AppointmentRemoved(id) => {
            let id = id.to_string();
            sqlx::query!("DELETE FROM appointments WHERE id = ?", id).execute(&mut **tx).await.map_err(e)?;
        }
        Change::Visit(v) => visit(tx, v, page).await?,
        Change::VisitRemoved(id) => {
            let id = id.to_string();
            sqlx::query!("DELETE FROM document_checks WHERE visit_id = ?", id).execute(&mut **tx).await.map_err(e)?;
            sqlx::query!("DELETE FROM visits WHERE id = ?", id).execute(&mut **tx).await.map_err(e)?;
        }
        Change::Staff(s) => staff(tx, s).await?,
        Change::StaffRemoved(id) => {
            let id = id.to_string();
            sqlx::query!("DELETE FROM staff WHERE id = ?", id).execute(&mut **tx).await.map_err(e)?;
        }
    }
    Ok(())
}

async fn office(tx: &mut Transaction<'_, Sqlite>, o: &OfficeRow) -> RepoResult<()> {
    let (id, config, at) = (o.id.to_string(), json(&o.config), o.updated_at.timestamp());
    sqlx::query!(
        "INSERT OR REPLACE INTO offices (id, code, name, time_zone, config, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        id, o.code, o.name, o.time_zone, config, o.version, at
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    sqlx::query!("DELETE FROM zip_areas WHERE office_id = ?", id).execute(&mut **tx).await.map_err(db_error)?;
    sqlx::query!("DELETE FROM country_areas WHERE office_id = ?", id).execute(&mut **tx).await.map_err(db_error)?;
    for (first, last) in &o.zip_areas {
        sqlx::query!("INSERT INTO zip_areas (office_id, first_zip, last_zip) VALUES (?, ?, ?)", id, first, last)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    for c in &o.countries {
        sqlx::query!("INSERT OR REPLACE INTO country_areas (country, office_id) VALUES (?, ?)", c, id).execute(&mut **tx).await.map_err(db_error)?;
    }
    Ok(())
}

async fn slot(tx: &mut Transaction<'_, Sqlite>, s: &SlotRow) -> RepoResult<()> {
    let (id, office, day) = (s.id.to_string(), s.office_id.to_string(), text(s.local_date));
    let (start, end, types) = (s.starts_at.timestamp(), s.ends_at.timestamp(), rows::to_json(&s.types)?);
    sqlx::query!(
        "INSERT OR REPLACE INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, booked, types, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, office, day, s.track, start, end, s.capacity, s.booked, types, s.withdrawn
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(())
}

async fn appointment(tx: &mut Transaction<'_, Sqlite>, a: &AppointmentRow) -> RepoResult<()> {
    let (id, office, slot, born) = (a.id.to_string(), a.office_id.to_string(), a.slot_id.to_string(), text(a.date_of_birth));
    let (applicant, answers) = (json(&a.applicant), json(&a.answers));
    let representative = a.representative.as_ref().map(json);
    let (created, updated, starts) = (a.created_at.timestamp(), a.updated_at.timestamp(), a.starts_at.timestamp());
    sqlx::query!(
        "INSERT OR REPLACE INTO appointments (id, confirmation, pin_hash, office_id, slot_id, type_code, status, language, last_name, first_name,
                                   date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at,
                                   last_key, first_key, starts_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, a.confirmation, a.pin_hash, office, slot, a.type_code, a.status, a.language, a.last_name, a.first_name,
        born, a.a_number, a.receipt_number, applicant, representative, answers, created, updated, a.last_key, a.first_key, starts
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(())
}

async fn staff(tx: &mut Transaction<'_, Sqlite>, s: &StaffRow) -> RepoResult<()> {
    let (id, office, at, disabled) = (s.id.to_string(), s.office_id.map(|o| o.to_string()), s.created_at.timestamp(), i64::from(s.disabled));
    sqlx::query!(
        "INSERT OR REPLACE INTO staff (id, username, display_name, role, office_id, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id, s.username, s.display_name, s.role, office, s.password_hash, disabled, at
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// The visits this desk changed since its last push: the ids its unsent
/// facts name (a fact names its visit by id, or carries the new visit whole).
async fn pending_visits(tx: &mut Transaction<'_, Sqlite>) -> RepoResult<HashSet<String>> {
    let rows = sqlx::query!(
        r#"SELECT CASE WHEN json_type(payload, '$.visit') = 'text' THEN json_extract(payload, '$.visit') END AS "named: String",
                  CASE WHEN json_type(payload, '$.visit.id') = 'text' THEN json_extract(payload, '$.visit.id') END AS "whole: String"
           FROM outbox WHERE sent_at IS NULL"#
    )
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(rows.into_iter().flat_map(|r| [r.named, r.whole]).flatten().collect())
}

/// Deletes the document checks of visits `ids` (a page's, those not
/// pending) in one statement: each visit brings its own, whole. Returns `ids`.
async fn clear_documents(tx: &mut Transaction<'_, Sqlite>, ids: HashSet<String>) -> RepoResult<HashSet<String>> {
    if !ids.is_empty() {
        let list = rows::to_json(&ids)?;
        sqlx::query!("DELETE FROM document_checks WHERE visit_id IN (SELECT value FROM json_each(?))", list)
            .execute(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    Ok(ids)
}

/// A visit from the central database. A visit this desk changed since its
/// last push (`page.pending`) is left as it is here (its facts are on their
/// way and the central copy is older). When this replica has another
/// standing visit for the same appointment, the earliest arrival stands
/// here as it will centrally.
async fn visit(tx: &mut Transaction<'_, Sqlite>, v: &VisitRow, page: &mut PageState) -> RepoResult<()> {
    let id = v.id.to_string();
    if page.pending.contains(&id) {
        return Ok(());
    }
    let appointment = v.appointment_id.map(|a| a.to_string());
    let mut superseded_by = v.superseded_by.map(|s| s.to_string());
    let arrived = v.arrived_at.timestamp();
    if let (Some(a), None) = (&appointment, &superseded_by) {
        let other = sqlx::query!(
            r#"SELECT id AS "id!", arrived_at FROM visits WHERE appointment_id = ? AND superseded_by IS NULL AND id <> ?"#,
            a, id
        )
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?;
        if let Some(o) = other {
            if (o.arrived_at, o.id.as_str()) <= (arrived, id.as_str()) {
                superseded_by = Some(o.id);
            } else {
                sqlx::query!("UPDATE visits SET superseded_by = ? WHERE id = ?", id, o.id).execute(&mut **tx).await.map_err(db_error)?;
            }
        }
    }
    let (office, day, late) = (v.office_id.to_string(), text(v.local_date), i64::from(v.late));
    let (called, finished, companions) = (v.called_at.map(|t| t.timestamp()), v.finished_at.map(|t| t.timestamp()), json(&v.companions));
    sqlx::query!(
        "INSERT INTO visits (id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at, checked_in_by,
                             called_at, desk, called_by, finished_at, finished_by, receipt_ref, walk_in_reason, approved_by, companions, superseded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET office_id = excluded.office_id, local_date = excluded.local_date, appointment_id = excluded.appointment_id,
             kind = excluded.kind, track = excluded.track, queue_number = excluded.queue_number, display_name = excluded.display_name,
             state = excluded.state, late = excluded.late, arrived_at = excluded.arrived_at, checked_in_by = excluded.checked_in_by,
             called_at = excluded.called_at, desk = excluded.desk, called_by = excluded.called_by, finished_at = excluded.finished_at,
             finished_by = excluded.finished_by, receipt_ref = excluded.receipt_ref, walk_in_reason = excluded.walk_in_reason,
             approved_by = excluded.approved_by, companions = excluded.companions, superseded_by = excluded.superseded_by",
        id, office, day, appointment, v.kind, v.track, v.queue_number, v.display_name, v.state, late, arrived, v.checked_in_by,
        called, v.desk, v.called_by, finished, v.finished_by, v.receipt_ref, v.walk_in_reason, v.approved_by, companions, superseded_by
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    // Deleted for the page up front; a visit met again in the same page is cleared again.
    if !page.cleared.remove(&id) {
        sqlx::query!("DELETE FROM document_checks WHERE visit_id = ?", id).execute(&mut **tx).await.map_err(db_error)?;
    }
    for d in &v.documents {
        let (doc, expiry, problems, at) = (d.id.to_string(), d.expiry.map(text), json(&d.problems), d.at.timestamp());
        sqlx::query!(
            "INSERT INTO document_checks (id, visit_id, kind, number_last4, expiry, outcome, problems, override_reason, overridden_by, checked_by, at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            doc, id, d.kind, d.number_last4, expiry, d.outcome, problems, d.override_reason, d.overridden_by, d.checked_by, at
        )
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    Ok(())
}
