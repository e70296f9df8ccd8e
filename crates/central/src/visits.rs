//! Visits (arrivals and walk-ins), their identity documents, and the front
//! desk's search. Two desks may record the same arrival: both visits are
//! kept and the later one points to the earlier (`superseded_by`); only
//! visits not superseded count as an appointment's check-in or are listed.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use passdesk_domain::{
    office::OfficeCode,
    repository::{Appointment, RepoError, RepoResult},
    visit::{ArrivalSearch, DocumentRecord, NewVisit, Visit, VisitKind, VisitState, VisitStep},
};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use crate::{
    appointments::{select_appointments, without_pins, AppointmentRow},
    db_error,
    offices::office_id,
    rows, PgStore,
};

struct VisitRow {
    id: Uuid,
    office_code: String,
    local_date: NaiveDate,
    confirmation: Option<String>,
    kind: String,
    track: String,
    queue_number: i32,
    display_name: String,
    state: String,
    late: bool,
    arrived_at: DateTime<Utc>,
    checked_in_by: String,
    called_at: Option<DateTime<Utc>>,
    desk: Option<String>,
    finished_at: Option<DateTime<Utc>>,
    receipt_ref: Option<String>,
    walk_in_reason: Option<String>,
    approved_by: Option<String>,
    companions: serde_json::Value,
}

impl VisitRow {
    fn into_visit(self) -> RepoResult<Visit> {
        let corrupt = |what: &str| RepoError::Corrupt(format!("visit {}: {what}", self.id));
        Ok(Visit {
            id: self.id,
            office: self.office_code.parse().map_err(|_| corrupt("office"))?,
            local_date: self.local_date,
            confirmation: self.confirmation.as_deref().map(str::parse).transpose().map_err(|_| corrupt("confirmation"))?,
            kind: VisitKind::parse(&self.kind).ok_or_else(|| corrupt("kind"))?,
            track: self.track.clone(),
            queue_number: rows::count(self.queue_number)?,
            display_name: self.display_name.clone(),
            state: VisitState::parse(&self.state).ok_or_else(|| corrupt("state"))?,
            late: self.late,
            arrived_at: self.arrived_at,
            checked_in_by: self.checked_in_by.clone(),
            called_at: self.called_at,
            desk: self.desk.clone(),
            finished_at: self.finished_at,
            receipt_ref: self.receipt_ref.clone(),
            walk_in_reason: self.walk_in_reason.clone(),
            approved_by: self.approved_by.clone(),
            companions: rows::json("companions", self.companions)?,
        })
    }
}

macro_rules! select_visits {
    ($where:literal, $($arg:expr),*) => {
        sqlx::query_as!(
            VisitRow,
            r#"SELECT v.id, o.code AS office_code, v.local_date, a.confirmation AS "confirmation?", v.kind,
                      v.track, v.queue_number, v.display_name, v.state,
                      v.late, v.arrived_at, v.checked_in_by, v.called_at, v.desk,
                      v.finished_at, v.receipt_ref, v.walk_in_reason, v.approved_by, v.companions
               FROM visits v JOIN offices o ON o.id = v.office_id LEFT JOIN appointments a ON a.id = v.appointment_id
               WHERE "# + $where,
            $($arg),*
        )
    };
}

async fn read_visit(tx: &mut Transaction<'_, Postgres>, id: Uuid) -> RepoResult<Visit> {
    select_visits!("v.id = $1", id)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound("no such visit".into()))?
        .into_visit()
}

/// The upper bound of a prefix range: every text starting with `p` is below
/// it in byte order (the order of the `~<~` operators and of the
/// text_pattern_ops indexes, whatever the database's collation).
fn prefix_end(p: &str) -> String {
    format!("{p}\u{10FFFF}")
}

impl PgStore {
    pub(crate) async fn find_arrivals_impl(&self, search: &ArrivalSearch, around: DateTime<Utc>, limit: u32) -> RepoResult<Vec<Appointment>> {
        let limit = i64::from(limit);
        let rows = match search {
            ArrivalSearch::Confirmation(c) => {
                let c = c.as_str();
                select_appointments!("a.confirmation = $1 LIMIT $2", c, limit).fetch_all(&self.pool).await
            }
            ArrivalSearch::ANumber(n) => {
                let n = n.as_str();
                select_appointments!("a.a_number = $1 ORDER BY abs(extract(epoch FROM s.starts_at - $2)), a.id LIMIT $3", n, around, limit)
                    .fetch_all(&self.pool)
                    .await
            }
            ArrivalSearch::Receipt(r) => {
                let r = r.as_str();
                select_appointments!("a.receipt_number = $1 ORDER BY abs(extract(epoch FROM s.starts_at - $2)), a.id LIMIT $3", r, around, limit)
                    .fetch_all(&self.pool)
                    .await
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
        if let Some(born) = born {
            // A birth date narrows a name to a handful of people: looked up by it first.
            return without_pins(
                select_appointments!(
                    r"a.date_of_birth = $1
                      AND ((a.last_key ~>=~ $2 AND a.last_key ~<~ $3) OR (a.first_key ~>=~ $2 AND a.first_key ~<~ $3))
                      AND ($4::text IS NULL OR (a.last_key ~>=~ $4 AND a.last_key ~<~ $5) OR (a.first_key ~>=~ $4 AND a.first_key ~<~ $5))
                      ORDER BY abs(extract(epoch FROM a.starts_at - $6)), a.id LIMIT $7",
                    born, first, first_end, second, second_end, around, limit
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?,
            );
        }
        for days in [1, 14, 183, 36_500] {
            let (lo, hi) = (around - Duration::days(days), around + Duration::days(days));
            let rows = select_appointments!(
                r"((a.last_key ~>=~ $1 AND a.last_key ~<~ $2 AND a.starts_at BETWEEN $5 AND $6)
                   OR (a.first_key ~>=~ $1 AND a.first_key ~<~ $2 AND a.starts_at BETWEEN $5 AND $6))
                  AND ($3::text IS NULL OR (a.last_key ~>=~ $3 AND a.last_key ~<~ $4) OR (a.first_key ~>=~ $3 AND a.first_key ~<~ $4))
                  ORDER BY abs(extract(epoch FROM a.starts_at - $7)), a.id LIMIT $8",
                first, first_end, second, second_end, lo, hi, around, limit
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

    pub(crate) async fn record_visit_impl(&self, v: &NewVisit) -> RepoResult<Visit> {
        let mut tx = rows::begin(&self.pool).await?;
        let office_id = office_id(&mut tx, &v.office).await?;
        let appointment_id = match &v.appointment {
            Some(c) => {
                let c = c.as_str();
                // Locked: two desks checking in one appointment take turns,
                // and the second sees the first's visit below.
                let found = sqlx::query!("SELECT id, status FROM appointments WHERE confirmation = $1 FOR NO KEY UPDATE", c)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?
                    .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?;
                if found.status != "booked" {
                    return Err(RepoError::Closed { cancelled: true });
                }
                // A statement of its own, after the lock: it sees a check-in
                // committed while this one waited.
                let queue = sqlx::query_scalar!(
                    "SELECT queue_number FROM visits WHERE appointment_id = $1 AND superseded_by IS NULL ORDER BY arrived_at, id LIMIT 1",
                    found.id
                )
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
                if let Some(n) = queue {
                    return Err(RepoError::Conflict(format!("this appointment is checked in already (number {n})")));
                }
                Some(found.id)
            }
            None => None,
        };
        // The day's numbers come from the office's counter (shared with the
        // desks that ask for one before they record a visit of their own).
        let next = match v.queue_number {
            Some(n) => i32::try_from(n).map_err(|_| RepoError::Corrupt(format!("queue number {n}")))?,
            None => next_number(&mut tx, office_id, v.local_date).await?,
        };
        let (kind, companions) = (v.kind.as_str(), rows::to_json(&v.companions)?);
        sqlx::query!(
            "INSERT INTO visits (id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at,
                                 checked_in_by, walk_in_reason, approved_by, companions)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'waiting', $9, $10, $11, $12, $13, $14)",
            v.id, office_id, v.local_date, appointment_id, kind, v.track, next, v.display_name, v.late, v.now, v.checked_in_by, v.walk_in_reason,
            v.approved_by, companions
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        for d in &v.documents {
            let (doc_id, kind, problems) = (Uuid::now_v7(), d.kind.as_str(), rows::to_json(&d.problems)?);
            sqlx::query!(
                "INSERT INTO document_checks (id, visit_id, kind, number_last4, expiry, outcome, problems, override_reason, overridden_by, checked_by, at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                doc_id, v.id, kind, d.number_last4, d.expiry, d.outcome, problems, d.override_reason, d.overridden_by, v.checked_in_by, v.now
            )
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        }
        let visit = read_visit(&mut tx, v.id).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(visit)
    }

    pub(crate) async fn visits_on_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Visit>> {
        let code = office.as_str();
        select_visits!("o.code = $1 AND v.local_date = $2 AND v.superseded_by IS NULL ORDER BY v.arrived_at, v.queue_number", code, day)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(VisitRow::into_visit)
            .collect()
    }

    pub(crate) async fn advance_visit_impl(&self, step: &VisitStep<'_>) -> RepoResult<Visit> {
        let VisitStep { id, from, to, desk, receipt_ref, by, now } = *step;
        let mut tx = rows::begin(&self.pool).await?;
        // Locked: two desks calling one number take turns, and the second is
        // told the state the first left it in.
        let current = sqlx::query!("SELECT state, queue_number FROM visits WHERE id = $1 FOR NO KEY UPDATE", id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound("no such visit".into()))?;
        let state_now = VisitState::parse(&current.state).ok_or_else(|| RepoError::Corrupt(format!("visit {id}: state")))?;
        if !from.contains(&state_now) {
            return Err(RepoError::Conflict(format!("number {} is {} already", current.queue_number, state_now.as_str().replace('_', " "))));
        }
        let state = to.as_str();
        match to {
            VisitState::Called => {
                sqlx::query!("UPDATE visits SET state = $1, called_at = $2, desk = $3, called_by = $4 WHERE id = $5", state, now, desk, by, id).execute(&mut *tx).await
            }
            VisitState::Waiting => sqlx::query!("UPDATE visits SET state = $1, called_at = NULL, desk = NULL, called_by = NULL WHERE id = $2", state, id).execute(&mut *tx).await,
            VisitState::Served | VisitState::NotServed => {
                sqlx::query!("UPDATE visits SET state = $1, finished_at = $2, finished_by = $3, receipt_ref = $4 WHERE id = $5", state, now, by, receipt_ref, id)
                    .execute(&mut *tx)
                    .await
            }
        }
        .map_err(db_error)?;
        let visit = read_visit(&mut tx, id).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(visit)
    }

    pub(crate) async fn documents_of_impl(&self, visit: Uuid) -> RepoResult<Vec<DocumentRecord>> {
        let rows = sqlx::query!(
            "SELECT kind, number_last4, expiry, outcome, problems, override_reason, overridden_by
             FROM document_checks WHERE visit_id = $1 ORDER BY at, id",
            visit
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                Ok(DocumentRecord {
                    kind: rows::json(&format!("document kind {}", r.kind), serde_json::Value::String(r.kind.clone()))?,
                    number_last4: r.number_last4,
                    expiry: r.expiry,
                    outcome: r.outcome,
                    problems: rows::json("problems", r.problems)?,
                    override_reason: r.override_reason,
                    overridden_by: r.overridden_by,
                })
            })
            .collect()
    }
}

/// Where the numbers a desk holds for offline use begin (above any given).
const HELD_NUMBERS_FROM: i32 = 901;

/// The office's next queue number of the day, from its counter: above every
/// number given online or pushed from a desk, and never one a desk holds.
async fn next_number(tx: &mut Transaction<'_, Postgres>, office_id: Uuid, day: NaiveDate) -> RepoResult<i32> {
    let mut n = sqlx::query_scalar!(r#"SELECT bump_queue_counter($1, $2, 1) AS "n!""#, office_id, day).fetch_one(&mut **tx).await.map_err(db_error)?;
    while let Some(held_to) = sqlx::query_scalar!(
        "SELECT last FROM queue_number_holds WHERE office_id = $1 AND local_date = $2 AND $3 BETWEEN first AND last",
        office_id,
        day,
        n
    )
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?
    {
        n = sqlx::query_scalar!("UPDATE queue_numbers SET last = $3 + 1 WHERE office_id = $1 AND local_date = $2 RETURNING last", office_id, day, held_to)
            .fetch_one(&mut **tx)
            .await
            .map_err(db_error)?;
    }
    Ok(n)
}

/// Numbers one desk holds for a day, first to last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeldNumbers {
    pub day: NaiveDate,
    pub first: u32,
    pub last: u32,
}

impl PgStore {
    /// A queue number for a visit a desk is about to record: unique in the
    /// office's day across every desk that asks.
    pub async fn next_queue_number(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<u32> {
        let mut tx = rows::begin(&self.pool).await?;
        let office_id = office_id(&mut tx, office).await?;
        let n = next_number(&mut tx, office_id, day).await?;
        tx.commit().await.map_err(db_error)?;
        u32::try_from(n).map_err(|_| RepoError::Corrupt(format!("queue number {n}")))
    }

    /// `count` numbers of each day for `workstation` to give while it cannot
    /// reach this database: above every number given or held that day, and
    /// from [`HELD_NUMBERS_FROM`] at least, so the online sequence keeps
    /// running without gaps and no other desk gives them.
    ///
    /// `known` gives, for each day, the highest number the workstation knows
    /// it holds (0: none): a range of its own above that (made by a call
    /// whose answer it never got) is returned instead of a new one.
    pub async fn hold_queue_numbers(&self, office: &OfficeCode, workstation: &str, days: &[(NaiveDate, u32)], count: u16) -> RepoResult<Vec<HeldNumbers>> {
        let (code, count) = (office.as_str(), i32::from(count.max(1)));
        let (dates, known): (Vec<NaiveDate>, Vec<i32>) = days.iter().map(|(d, k)| (*d, i32::try_from(*k).unwrap_or(i32::MAX))).unzip();
        let held = sqlx::query!(
            r#"SELECT h.held_day AS "day!", h.held_first AS "first!", h.held_last AS "last!"
               FROM offices o, hold_queue_numbers(o.id, $2, $3, $4, $5, $6) h WHERE o.code = $1"#,
            code,
            &dates,
            &known,
            count,
            HELD_NUMBERS_FROM,
            workstation
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        if held.is_empty() && !days.is_empty() {
            return Err(crate::offices::no_office(code));
        }
        let number = |n: i32| u32::try_from(n).map_err(|_| RepoError::Corrupt(format!("queue number {n}")));
        held.into_iter().map(|h| Ok(HeldNumbers { day: h.day, first: number(h.first)?, last: number(h.last)? })).collect()
    }
}
