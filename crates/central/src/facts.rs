//! Facts pushed from the desks' outboxes. Each is applied exactly once: its
//! idempotency key goes into `applied_commands` in the transaction that
//! applies it, so a retry after a lost answer finds it and skips it. A batch
//! is applied in the order the desk made it. A fact that cannot be applied
//! (it names an office or appointment the central database does not know) is
//! recorded as rejected with the reason instead of blocking the desk forever;
//! so is one whose data the database cannot store (a date beyond its range,
//! a NUL in a text).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use passdesk_domain::{
    replica::{DeskFact, OutboxFact, PushReport},
    repository::{RepoError, RepoResult},
    visit::{Visit, VisitState},
    visit::DocumentRecord,
};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use crate::{db_error, PgStore};

impl PgStore {
    /// Applies a batch of one workstation's facts, in order, in one transaction.
    pub async fn apply_facts(&self, workstation: &str, facts: &[OutboxFact]) -> RepoResult<PushReport> {
        // READ COMMITTED whatever the server's default: after waiting for the
        // appointment's lock, the standing visit another desk committed is seen.
        let mut tx = crate::rows::begin(&self.pool).await?;
        let mut report = PushReport::default();
        // Offices by code, looked up once per batch (offices are never deleted).
        let mut offices = HashMap::new();
        for f in facts {
            // Everything a fact does, its record included, can be undone alone;
            // released after each, so a batch never nests hundreds of them.
            sqlx::query!("SAVEPOINT fact").execute(&mut *tx).await.map_err(db_error)?;
            let counted = match apply_one(&mut tx, workstation, f, &mut offices).await? {
                Outcome::Applied => &mut report.applied,
                Outcome::Duplicate => &mut report.duplicates,
                Outcome::Rejected => &mut report.rejected,
            };
            *counted += 1;
            sqlx::query!("RELEASE SAVEPOINT fact").execute(&mut *tx).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)?;
        Ok(report)
    }

    /// How the central database recorded a fact: "applied", "rejected: …", or None.
    pub async fn fact_outcome(&self, id: Uuid) -> RepoResult<Option<String>> {
        sqlx::query_scalar!("SELECT outcome FROM applied_commands WHERE id = $1", id).fetch_optional(&self.pool).await.map_err(db_error)
    }
}

enum Outcome {
    Applied,
    Duplicate,
    Rejected,
}

/// One fact, inside savepoint `fact`. An error is the database itself
/// failing (the whole batch is tried again later); a fact that cannot be
/// applied is undone to the savepoint and kept as rejected with the reason.
async fn apply_one(tx: &mut Transaction<'_, Postgres>, workstation: &str, f: &OutboxFact, offices: &mut HashMap<String, Uuid>) -> RepoResult<Outcome> {
    let fresh = match record_fact(tx, workstation, f, &f.kind, &f.payload).await {
        Ok(fresh) => fresh,
        Err(e @ RepoError::Unavailable(_)) => return Err(e),
        // Its payload holds what no column takes (a NUL in a text): kept as
        // text with the NULs replaced, and rejected, so the desk's later facts go on.
        Err(e) => {
            sqlx::query!("ROLLBACK TO SAVEPOINT fact").execute(&mut **tx).await.map_err(db_error)?;
            let kind = f.kind.replace('\0', "\u{FFFD}");
            let payload = serde_json::Value::String(f.payload.to_string().replace('\0', "\u{FFFD}"));
            if !record_fact(tx, workstation, f, &kind, &payload).await? {
                return Ok(Outcome::Duplicate);
            }
            return reject(tx, f, &e).await;
        }
    };
    if !fresh {
        // The desk never heard it was applied and skipped the visit in its
        // pulls meanwhile: announce the visit again so the desk's next pull
        // brings it as it stands now.
        if let Ok(fact) = DeskFact::parse(&f.kind, &f.payload) {
            sqlx::query!("UPDATE visits SET id = id WHERE id = $1", fact.visit_id()).execute(&mut **tx).await.map_err(db_error)?;
        }
        return Ok(Outcome::Duplicate);
    }
    let outcome = match DeskFact::parse(&f.kind, &f.payload) {
        Ok(fact) => apply(tx, &fact, offices).await,
        Err(e) => Err(RepoError::Corrupt(e)),
    };
    match outcome {
        Ok(note) => {
            if let Some(note) = note {
                sqlx::query!("UPDATE applied_commands SET outcome = $2 WHERE id = $1", f.id, note).execute(&mut **tx).await.map_err(db_error)?;
            }
            Ok(Outcome::Applied)
        }
        Err(e @ RepoError::Unavailable(_)) => Err(e),
        Err(e) => {
            // Undoes the fact's changes, its record too: recorded again as rejected.
            sqlx::query!("ROLLBACK TO SAVEPOINT fact").execute(&mut **tx).await.map_err(db_error)?;
            record_fact(tx, workstation, f, &f.kind, &f.payload).await?;
            reject(tx, f, &e).await
        }
    }
}

async fn reject(tx: &mut Transaction<'_, Postgres>, f: &OutboxFact, e: &RepoError) -> RepoResult<Outcome> {
    let why = format!("rejected: {e}");
    sqlx::query!("UPDATE applied_commands SET outcome = $2 WHERE id = $1", f.id, why).execute(&mut **tx).await.map_err(db_error)?;
    Ok(Outcome::Rejected)
}

/// Records a fact as applied under its idempotency key; false when it was already.
async fn record_fact(tx: &mut Transaction<'_, Postgres>, workstation: &str, f: &OutboxFact, kind: &str, payload: &serde_json::Value) -> RepoResult<bool> {
    let fresh = sqlx::query_scalar!(
        "INSERT INTO applied_commands (id, workstation, kind, payload, made_at, outcome) VALUES ($1, $2, $3, $4, $5, 'applied')
         ON CONFLICT (id) DO NOTHING RETURNING id",
        f.id,
        workstation,
        kind,
        payload,
        f.made_at
    )
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(fresh.is_some())
}

/// Applies one fact; `Some(note)` when it was kept in the history only.
async fn apply(tx: &mut Transaction<'_, Postgres>, fact: &DeskFact, offices: &mut HashMap<String, Uuid>) -> RepoResult<Option<String>> {
    match fact {
        DeskFact::VisitRecorded { visit, documents } => record_visit(tx, visit, documents, offices).await.map(|()| None),
        DeskFact::VisitAdvanced { visit, state, desk, receipt_ref, by, at } => {
            let at = DateTime::<Utc>::from_timestamp(*at, 0).ok_or_else(|| RepoError::Corrupt(format!("bad time {at}")))?;
            advance_visit(tx, *visit, *state, desk.as_deref(), receipt_ref.as_deref(), by, at).await
        }
    }
}

/// A visit as the desk recorded it, with its queue number. When another desk
/// recorded the same arrival, both are kept and the earliest arrival stands:
/// the later visit points to it with `superseded_by`.
async fn record_visit(tx: &mut Transaction<'_, Postgres>, v: &Visit, documents: &[DocumentRecord], offices: &mut HashMap<String, Uuid>) -> RepoResult<()> {
    let code = v.office.as_str();
    let office_id = match offices.get(code) {
        Some(id) => *id,
        None => {
            let id = sqlx::query_scalar!("SELECT id FROM offices WHERE code = $1", code)
                .fetch_optional(&mut **tx)
                .await
                .map_err(db_error)?
                .ok_or_else(|| RepoError::NotFound(format!("no office {code}")))?;
            offices.insert(code.to_string(), id);
            id
        }
    };
    let exists = sqlx::query_scalar!(r#"SELECT 1 AS "one!" FROM visits WHERE id = $1"#, v.id).fetch_optional(&mut **tx).await.map_err(db_error)?;
    if exists.is_some() {
        return Ok(());
    }
    let appointment_id = match &v.confirmation {
        None => None,
        Some(c) => {
            let c = c.as_str();
            // Locks the appointment: two desks' arrivals for it are decided one after the other.
            let id = sqlx::query_scalar!("SELECT id FROM appointments WHERE confirmation = $1 FOR UPDATE", c)
                .fetch_optional(&mut **tx)
                .await
                .map_err(db_error)?
                .ok_or_else(|| RepoError::NotFound(format!("no appointment {c}")))?;
            Some(id)
        }
    };
    let standing = match appointment_id {
        Some(a) => sqlx::query!("SELECT id, arrived_at FROM visits WHERE appointment_id = $1 AND superseded_by IS NULL", a)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?,
        None => None,
    };
    let (superseded_by, replaces) = match &standing {
        Some(s) if (s.arrived_at, s.id) <= (v.arrived_at, v.id) => (Some(s.id), None),
        Some(s) => {
            // This arrival is earlier: the standing visit (and those it superseded) now point here
            // (the reference is checked at commit, when this visit exists).
            sqlx::query!("UPDATE visits SET superseded_by = $1 WHERE id = $2 OR superseded_by = $2", v.id, s.id)
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
            (None, Some(s.id))
        }
        None => (None, None),
    };
    let companions = serde_json::to_value(&v.companions).map_err(|e| RepoError::Corrupt(e.to_string()))?;
    let queue = i32::try_from(v.queue_number).map_err(|_| RepoError::Corrupt(format!("queue number {}", v.queue_number)))?;
    sqlx::query!(
        "INSERT INTO visits (id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at,
                             checked_in_by, called_at, desk, finished_at, receipt_ref, walk_in_reason, approved_by, companions, superseded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
        v.id,
        office_id,
        v.local_date,
        appointment_id,
        v.kind.as_str(),
        v.track,
        queue,
        v.display_name,
        v.state.as_str(),
        v.late,
        v.arrived_at,
        v.checked_in_by,
        v.called_at,
        v.desk,
        v.finished_at,
        v.receipt_ref,
        v.walk_in_reason,
        v.approved_by,
        companions,
        superseded_by
    )
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    if let Some(old) = replaces {
        // The person may have been called or served on the visit this one
        // replaces: that stands, or they would wait in the queue again.
        sqlx::query!(
            "UPDATE visits n SET state = o.state, called_at = o.called_at, desk = o.desk, called_by = o.called_by,
                                 finished_at = o.finished_at, finished_by = o.finished_by, receipt_ref = o.receipt_ref
             FROM visits o
             WHERE n.id = $1 AND o.id = $2
               AND (CASE o.state WHEN 'waiting' THEN 0 WHEN 'called' THEN 1 ELSE 2 END) > (CASE n.state WHEN 'waiting' THEN 0 WHEN 'called' THEN 1 ELSE 2 END)",
            v.id,
            old
        )
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    for d in documents {
        let problems = serde_json::to_value(&d.problems).map_err(|e| RepoError::Corrupt(e.to_string()))?;
        sqlx::query!(
            "INSERT INTO document_checks (id, visit_id, kind, number_last4, expiry, outcome, problems, override_reason, overridden_by, checked_by, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            Uuid::now_v7(),
            v.id,
            d.kind.as_str(),
            d.number_last4,
            d.expiry,
            d.outcome,
            problems,
            d.override_reason,
            d.overridden_by,
            v.checked_in_by,
            v.arrived_at
        )
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    }
    Ok(())
}

async fn advance_visit(
    tx: &mut Transaction<'_, Postgres>,
    id: Uuid,
    to: VisitState,
    desk: Option<&str>,
    receipt_ref: Option<&str>,
    by: &str,
    at: DateTime<Utc>,
) -> RepoResult<Option<String>> {
    let state = to.as_str();
    // Desks' steps arrive in the order they reach the central database: a
    // step older than the visit's end (a desk that was offline) is kept in
    // the history but does not reopen a visit another desk finished. The
    // row is locked whatever its state, so a batch finishing it at the same
    // moment is waited for and its end seen.
    // Locks in record_visit's order, the appointment before its visits: a
    // step that follows a superseded record to the standing one never holds
    // one visit while another desk's arrival holds the other.
    let appointment = sqlx::query_scalar!("SELECT appointment_id FROM visits WHERE id = $1", id)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound(format!("no visit {id}")))?;
    if let Some(a) = appointment {
        sqlx::query!("SELECT id FROM appointments WHERE id = $1 FOR NO KEY UPDATE", a).fetch_optional(&mut **tx).await.map_err(db_error)?;
    }
    let visit = sqlx::query!("SELECT state, finished_at, superseded_by FROM visits WHERE id = $1 FOR UPDATE", id)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound(format!("no visit {id}")))?;
    if let Some(standing) = visit.superseded_by {
        // Another desk's earlier record of the same arrival stands: the step
        // is the person's, so it moves that one (superseded visits point to
        // the standing one directly). This record is announced as well: the
        // desk that made the step shows it on its copy, and kept that copy
        // when the supersession came while the step was unsent.
        sqlx::query!("UPDATE visits SET id = id WHERE id = $1", id).execute(&mut **tx).await.map_err(db_error)?;
        return Box::pin(advance_visit(tx, standing, to, desk, receipt_ref, by, at)).await.map(|note| {
            Some(note.unwrap_or_else(|| format!("applied to the visit that stands for this arrival, {standing}")))
        });
    }
    let finished = [VisitState::Served.as_str(), VisitState::NotServed.as_str()].contains(&visit.state.as_str()).then_some(visit.finished_at).flatten();
    if let Some(end) = finished {
        if at < end {
            // The desk showed its own step meanwhile: announce the visit so it is set right.
            sqlx::query!("UPDATE visits SET id = id WHERE id = $1", id).execute(&mut **tx).await.map_err(db_error)?;
            return Ok(Some(format!("kept in the history only: older than the visit's end at {end}")));
        }
    }
    let done = match to {
        VisitState::Called => sqlx::query!("UPDATE visits SET state = $2, called_at = $3, desk = $4, called_by = $5 WHERE id = $1", id, state, at, desk, by)
            .execute(&mut **tx)
            .await,
        VisitState::Waiting => sqlx::query!("UPDATE visits SET state = $2, called_at = NULL, desk = NULL, called_by = NULL WHERE id = $1", id, state)
            .execute(&mut **tx)
            .await,
        VisitState::Served | VisitState::NotServed => {
            sqlx::query!("UPDATE visits SET state = $2, finished_at = $3, finished_by = $4, receipt_ref = $5 WHERE id = $1", id, state, at, by, receipt_ref)
                .execute(&mut **tx)
                .await
        }
    }
    .map_err(db_error)?;
    if done.rows_affected() == 0 {
        return Err(RepoError::NotFound(format!("no visit {id}")));
    }
    Ok(None)
}
