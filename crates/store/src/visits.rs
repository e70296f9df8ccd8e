//! Visits (arrivals and walk-ins), their identity documents, and the front
//! desk's search. Each change is one transaction, and each also leaves a fact
//! in the outbox for the central database.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    applicant::search_key,
    office::OfficeCode,
    repository::{Appointment, RepoError, RepoResult},
    visit::{ArrivalSearch, DocumentRecord, NewVisit, Visit, VisitKind, VisitState, VisitStep},
};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;

use crate::{
    appointments::{select_appointments, without_pins, AppointmentRow},
    db_error, rows, SqliteStore,
};

struct VisitRow {
    id: String,
    office_code: String,
    local_date: String,
    confirmation: Option<String>,
    kind: String,
    track: String,
    queue_number: i64,
    display_name: String,
    state: String,
    late: i64,
    arrived_at: i64,
    checked_in_by: String,
    called_at: Option<i64>,
    desk: Option<String>,
    finished_at: Option<i64>,
    receipt_ref: Option<String>,
    walk_in_reason: Option<String>,
    approved_by: Option<String>,
    companions: String,
}

impl VisitRow {
    fn into_visit(self) -> RepoResult<Visit> {
        let corrupt = |what: &str| RepoError::Corrupt(format!("visit {}: {what}", self.id));
        Ok(Visit {
            id: rows::id(&self.id)?,
            office: self.office_code.parse().map_err(|_| corrupt("office"))?,
            local_date: rows::date(&self.local_date)?,
            confirmation: self.confirmation.as_deref().map(str::parse).transpose().map_err(|_| corrupt("confirmation"))?,
            kind: VisitKind::parse(&self.kind).ok_or_else(|| corrupt("kind"))?,
            track: self.track.clone(),
            queue_number: rows::count(self.queue_number)?,
            display_name: self.display_name.clone(),
            state: VisitState::parse(&self.state).ok_or_else(|| corrupt("state"))?,
            late: self.late != 0,
            arrived_at: rows::instant(self.arrived_at)?,
            checked_in_by: self.checked_in_by.clone(),
            called_at: self.called_at.map(rows::instant).transpose()?,
            desk: self.desk.clone(),
            finished_at: self.finished_at.map(rows::instant).transpose()?,
            receipt_ref: self.receipt_ref.clone(),
            walk_in_reason: self.walk_in_reason.clone(),
            approved_by: self.approved_by.clone(),
            companions: rows::json("companions", &self.companions)?,
        })
    }
}

macro_rules! select_visits {
    ($where:literal, $($arg:expr),*) => {
        sqlx::query_as!(
            VisitRow,
            r#"SELECT v.id AS "id!", o.code AS "office_code!", v.local_date AS "local_date!", a.confirmation AS "confirmation?", v.kind AS "kind!",
                      v.track AS "track!", v.queue_number AS "queue_number!", v.display_name AS "display_name!", v.state AS "state!",
                      v.late AS "late!", v.arrived_at AS "arrived_at!", v.checked_in_by AS "checked_in_by!", v.called_at, v.desk,
                      v.finished_at, v.receipt_ref, v.walk_in_reason, v.approved_by, v.companions AS "companions!"
               FROM visits v JOIN offices o ON o.id = v.office_id LEFT JOIN appointments a ON a.id = v.appointment_id
               WHERE "# + $where,
            $($arg),*
        )
    };
}

/// The office's id and the appointment's (when the visit is for one), or why
/// the visit cannot be recorded.
async fn where_visit_goes(conn: &mut sqlx::SqliteConnection, v: &NewVisit) -> RepoResult<(String, Option<String>)> {
    let code = v.office.as_str();
    let office_id = sqlx::query_scalar!(r#"SELECT id AS "id!" FROM offices WHERE code = ?"#, code)
        .fetch_optional(&mut *conn)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound(format!("no office {code}")))?;
    let appointment_id = match &v.appointment {
        Some(c) => {
            let c = c.as_str();
            let found = sqlx::query!(r#"SELECT a.id AS "id!", a.status AS "status!", (SELECT v.queue_number FROM visits v WHERE v.appointment_id = a.id AND v.superseded_by IS NULL) AS "queue?: i64" FROM appointments a WHERE a.confirmation = ?"#, c)
                .fetch_optional(&mut *conn)
                .await
                .map_err(db_error)?
                .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?;
            if found.status != "booked" {
                return Err(RepoError::Closed { cancelled: true });
            }
            if let Some(n) = found.queue {
                return Err(RepoError::Conflict(format!("this appointment is checked in already (number {n})")));
            }
            Some(found.id)
        }
        None => None,
    };
    Ok((office_id, appointment_id))
}

async fn read_visit(tx: &mut Transaction<'_, Sqlite>, id: &str) -> RepoResult<Visit> {
    select_visits!("v.id = ?", id)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound("no such visit".into()))?
        .into_visit()
}

/// A fact for the central database, written in the same transaction as the change.
async fn outbox(tx: &mut Transaction<'_, Sqlite>, kind: &str, payload: serde_json::Value, now: DateTime<Utc>) -> RepoResult<()> {
    let (id, payload, at) = (Uuid::now_v7().to_string(), payload.to_string(), now.timestamp());
    sqlx::query!("INSERT INTO outbox (id, kind, payload, created_at) VALUES (?, ?, ?, ?)", id, kind, payload, at)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The upper bound of a prefix range: every text starting with `p` is below it.
fn prefix_end(p: &str) -> String {
    format!("{p}\u{10FFFF}")
}

impl SqliteStore {
    /// Folds the names of appointments stored before the search keys existed.
    pub(crate) async fn fill_search_keys(&self) -> RepoResult<()> {
        loop {
            let batch = sqlx::query!(r#"SELECT id AS "id!", last_name, first_name FROM appointments WHERE last_key IS NULL LIMIT 5000"#)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
            if batch.is_empty() {
                return Ok(());
            }
            let mut tx = self.pool.begin().await.map_err(db_error)?;
            for r in batch {
                let (last, first) = (search_key(&r.last_name), search_key(&r.first_name));
                sqlx::query!("UPDATE appointments SET last_key = ?, first_key = ? WHERE id = ?", last, first, r.id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            tx.commit().await.map_err(db_error)?;
        }
    }

    pub(crate) async fn find_arrivals_impl(&self, search: &ArrivalSearch, around: DateTime<Utc>, limit: u32) -> RepoResult<Vec<Appointment>> {
        let (at, limit) = (around.timestamp(), i64::from(limit));
        let rows = match search {
            ArrivalSearch::Confirmation(c) => {
                let c = c.as_str();
                select_appointments!("a.confirmation = ? LIMIT ?", c, limit).fetch_all(&self.pool).await
            }
            ArrivalSearch::ANumber(n) => {
                let n = n.as_str();
                select_appointments!("a.a_number = ? ORDER BY ABS(s.starts_at - ?) LIMIT ?", n, at, limit).fetch_all(&self.pool).await
            }
            ArrivalSearch::Receipt(r) => {
                let r = r.as_str();
                select_appointments!("a.receipt_number = ? ORDER BY ABS(s.starts_at - ?) LIMIT ?", r, at, limit).fetch_all(&self.pool).await
            }
            ArrivalSearch::Name { prefixes, born } => return self.find_by_name(prefixes, *born, around, limit).await,
        };
        without_pins(rows.map_err(db_error)?)
    }

    /// Names are common and a history is long: the matches nearest `around`
    /// are looked for in widening windows (a day, two weeks, half a year,
    /// everything), each answered by the name indexes with the start time.
    async fn find_by_name(&self, prefixes: &[String], born: Option<NaiveDate>, around: DateTime<Utc>, limit: i64) -> RepoResult<Vec<Appointment>> {
        let first = prefixes.first().cloned().unwrap_or_default();
        let second = prefixes.get(1).cloned();
        let (first_end, second_end) = (prefix_end(&first), second.as_deref().map(prefix_end));
        let born = born.map(rows::date_text);
        let at = around.timestamp();
        if let Some(born) = born {
            // A birth date narrows a name to a handful of people: looked up by it first.
            return without_pins(
                select_appointments!(
                    r"a.date_of_birth = ?1
                      AND ((a.last_key >= ?2 AND a.last_key < ?3) OR (a.first_key >= ?2 AND a.first_key < ?3))
                      AND (?4 IS NULL OR (a.last_key >= ?4 AND a.last_key < ?5) OR (a.first_key >= ?4 AND a.first_key < ?5))
                      ORDER BY ABS(a.starts_at - ?6) LIMIT ?7",
                    born, first, first_end, second, second_end, at, limit
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?,
            );
        }
        for days in [1, 14, 183, 36_500] {
            let (lo, hi) = (at - days * 86_400, at + days * 86_400);
            let rows = select_appointments!(
                r"((a.last_key >= ?1 AND a.last_key < ?2 AND a.starts_at BETWEEN ?5 AND ?6)
                   OR (a.first_key >= ?1 AND a.first_key < ?2 AND a.starts_at BETWEEN ?5 AND ?6))
                  AND (?3 IS NULL OR (a.last_key >= ?3 AND a.last_key < ?4) OR (a.first_key >= ?3 AND a.first_key < ?4))
                  ORDER BY ABS(a.starts_at - ?7) LIMIT ?8",
                first, first_end, second, second_end, lo, hi, at, limit
            )
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
            if rows.len() as i64 >= limit || days == 36_500 {
                return without_pins(rows);
            }
        }
        Ok(Vec::new())
    }

    /// Refuses a visit that could not be recorded here now (an unknown
    /// office or appointment, a cancelled one, one checked in already),
    /// before a queue number is asked for it elsewhere.
    pub async fn visit_can_be_recorded(&self, v: &NewVisit) -> RepoResult<()> {
        let mut conn = self.pool.acquire().await.map_err(db_error)?;
        where_visit_goes(&mut conn, v).await.map(|_| ())
    }

    pub(crate) async fn record_visit_impl(&self, v: &NewVisit) -> RepoResult<Visit> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let (office_id, appointment_id) = where_visit_goes(&mut tx, v).await?;
        let day = rows::date_text(v.local_date);
        let next: i64 = match v.queue_number {
            Some(n) => i64::from(n),
            // A number the central database holds for this desk, when it has
            // one left for the day (taken in this transaction, so a refused
            // check-in keeps it); else above every number seen or held.
            None => match sqlx::query_scalar!(
                r#"UPDATE held_queue_numbers SET given = 1 WHERE (office_id, local_date, number) =
                       (SELECT office_id, local_date, number FROM held_queue_numbers WHERE office_id = ?1 AND local_date = ?2 AND given = 0 ORDER BY number LIMIT 1)
                   RETURNING number AS "n!: i64""#,
                office_id,
                day
            )
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            {
                Some(held) => held,
                // None left: above every number seen and every one held
                // here, so at least no desk still online gives it.
                None => sqlx::query_scalar!(
                    r#"SELECT MAX(COALESCE((SELECT MAX(queue_number) FROM visits WHERE office_id = ?1 AND local_date = ?2), 0),
                                  COALESCE((SELECT MAX(number) FROM held_queue_numbers WHERE office_id = ?1 AND local_date = ?2), 0)) + 1 AS "n!: i64""#,
                    office_id,
                    day
                )
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?,
            },
        };
        let (id, kind, at, late) = (v.id.to_string(), v.kind.as_str(), v.now.timestamp(), i64::from(v.late));
        let companions = rows::to_json(&v.companions)?;
        sqlx::query!(
            "INSERT INTO visits (id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at,
                                 checked_in_by, walk_in_reason, approved_by, companions)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?)",
            id, office_id, day, appointment_id, kind, v.track, next, v.display_name, late, at, v.checked_in_by, v.walk_in_reason, v.approved_by, companions
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        for d in &v.documents {
            let (doc_id, kind, expiry, problems) = (Uuid::now_v7().to_string(), d.kind.as_str(), d.expiry.map(rows::date_text), rows::to_json(&d.problems)?);
            sqlx::query!(
                "INSERT INTO document_checks (id, visit_id, kind, number_last4, expiry, outcome, problems, override_reason, overridden_by, checked_by, at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                doc_id, id, kind, d.number_last4, expiry, d.outcome, problems, d.override_reason, d.overridden_by, v.checked_in_by, at
            )
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        }
        let visit = read_visit(&mut tx, &id).await?;
        outbox(&mut tx, "visit_recorded", serde_json::json!({ "visit": visit, "documents": v.documents }), v.now).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(visit)
    }

    pub(crate) async fn visits_on_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Visit>> {
        let (code, d) = (office.as_str(), rows::date_text(day));
        select_visits!("o.code = ? AND v.local_date = ? AND v.superseded_by IS NULL ORDER BY v.arrived_at, v.queue_number", code, d)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(VisitRow::into_visit)
            .collect()
    }

    pub(crate) async fn advance_visit_impl(&self, step: &VisitStep<'_>) -> RepoResult<Visit> {
        let VisitStep { id, from, to, desk, receipt_ref, by, now } = *step;
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let id = id.to_string();
        let current = read_visit(&mut tx, &id).await?;
        if !from.contains(&current.state) {
            return Err(RepoError::Conflict(format!("number {} is {} already", current.queue_number, current.state.as_str().replace('_', " "))));
        }
        let (state, at) = (to.as_str(), now.timestamp());
        match to {
            VisitState::Called => sqlx::query!("UPDATE visits SET state = ?, called_at = ?, desk = ?, called_by = ? WHERE id = ?", state, at, desk, by, id).execute(&mut *tx).await,
            VisitState::Waiting => sqlx::query!("UPDATE visits SET state = ?, called_at = NULL, desk = NULL, called_by = NULL WHERE id = ?", state, id).execute(&mut *tx).await,
            VisitState::Served | VisitState::NotServed => {
                sqlx::query!("UPDATE visits SET state = ?, finished_at = ?, finished_by = ?, receipt_ref = ? WHERE id = ?", state, at, by, receipt_ref, id).execute(&mut *tx).await
            }
        }
        .map_err(db_error)?;
        let visit = read_visit(&mut tx, &id).await?;
        outbox(&mut tx, "visit_advanced", serde_json::json!({ "visit": id, "state": state, "desk": desk, "receipt_ref": receipt_ref, "by": by, "at": at }), now).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(visit)
    }

    /// For each of `days` at the office: the numbers this desk holds and has
    /// not given, and the highest it holds, given or not (0: none).
    pub async fn held_numbers(&self, office: &OfficeCode, days: &[NaiveDate]) -> RepoResult<Vec<(NaiveDate, u32, u32)>> {
        let (Some(from), Some(to)) = (days.iter().min(), days.iter().max()) else { return Ok(Vec::new()) };
        let (code, from, to) = (office.as_str(), rows::date_text(*from), rows::date_text(*to));
        // One read per round, for all the days at once.
        let counts = sqlx::query!(
            r#"SELECT h.local_date AS "day!", SUM(h.given = 0) AS "left!: i64", MAX(h.number) AS "top!: i64"
               FROM held_queue_numbers h JOIN offices o ON o.id = h.office_id
               WHERE o.code = ? AND h.local_date BETWEEN ? AND ? GROUP BY h.local_date"#,
            code,
            from,
            to
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        days.iter()
            .map(|&day| {
                let d = rows::date_text(day);
                Ok(match counts.iter().find(|c| c.day == d) {
                    Some(c) => (day, rows::count(c.left)?, rows::count(c.top)?),
                    None => (day, 0, 0),
                })
            })
            .collect()
    }

    /// Keeps numbers the central database held for this desk, `first` to
    /// `last` of `day`; the office's held numbers of days before `forget_before` go.
    pub async fn keep_held_numbers(&self, office: &OfficeCode, forget_before: NaiveDate, day: NaiveDate, first: u32, last: u32) -> RepoResult<()> {
        let (code, forget_before, d) = (office.as_str(), rows::date_text(forget_before), rows::date_text(day));
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let office_id = sqlx::query_scalar!(r#"SELECT id AS "id!" FROM offices WHERE code = ?"#, code)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound(format!("no office {code}")))?;
        sqlx::query!("DELETE FROM held_queue_numbers WHERE office_id = ? AND local_date < ?", office_id, forget_before).execute(&mut *tx).await.map_err(db_error)?;
        let (first, last) = (i64::from(first), i64::from(last));
        sqlx::query!(
            "WITH RECURSIVE n(number) AS (SELECT ?3 UNION ALL SELECT number + 1 FROM n WHERE number < ?4)
             INSERT OR IGNORE INTO held_queue_numbers (office_id, local_date, number) SELECT ?1, ?2, number FROM n",
            office_id,
            d,
            first,
            last
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(())
    }

    pub(crate) async fn documents_of_impl(&self, visit: Uuid) -> RepoResult<Vec<DocumentRecord>> {
        let id = visit.to_string();
        let rows = sqlx::query!(
            r#"SELECT kind AS "kind!", number_last4, expiry, outcome AS "outcome!", problems AS "problems!", override_reason, overridden_by
               FROM document_checks WHERE visit_id = ? ORDER BY at, id"#,
            id
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                Ok(DocumentRecord {
                    kind: rows::json(&format!("document kind {}", r.kind), &format!("\"{}\"", r.kind))?,
                    number_last4: r.number_last4,
                    expiry: r.expiry.as_deref().map(rows::date).transpose()?,
                    outcome: r.outcome,
                    problems: rows::json("problems", &r.problems)?,
                    override_reason: r.override_reason,
                    overridden_by: r.overridden_by,
                })
            })
            .collect()
    }
}
