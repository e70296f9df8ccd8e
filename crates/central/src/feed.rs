//! The change feed the replicas pull. Triggers record every change with its
//! transaction id; a read takes, in (txid, seq) order, only the changes of
//! transactions below the snapshot's xmin — all finished — so a transaction
//! that commits late is read on a later pull instead of being skipped.
//! Each changed entity is delivered as it stands now (or as removed).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use passdesk_domain::{
    replica::{AppointmentRow, Change, DocumentCheckRow, FeedCursor, FeedPage, OfficeRow, ReleasedDayRow, SlotRow, StaffRow, VisitRow},
    repository::{RepoError, RepoResult},
};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use crate::{db_error, PgStore};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Entity {
    Office,
    ReleasedDay,
    Slot,
    Appointment,
    Visit,
    Staff,
}

impl Entity {
    fn parse(s: &str) -> RepoResult<Self> {
        Ok(match s {
            "office" => Self::Office,
            "released_day" => Self::ReleasedDay,
            "slot" => Self::Slot,
            "appointment" => Self::Appointment,
            "visit" => Self::Visit,
            "staff" => Self::Staff,
            _ => return Err(RepoError::Corrupt(format!("unknown entity {s:?} in the change feed"))),
        })
    }
}

fn uuid_key(key: &str) -> RepoResult<Uuid> {
    Uuid::parse_str(key).map_err(|_| RepoError::Corrupt(format!("bad key {key:?} in the change feed")))
}

fn day_key(key: &str) -> RepoResult<(Uuid, NaiveDate)> {
    let (office, day) = key.split_once('/').ok_or_else(|| RepoError::Corrupt(format!("bad released-day key {key:?}")))?;
    let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| RepoError::Corrupt(format!("bad released-day key {key:?}")))?;
    Ok((uuid_key(office)?, day))
}

impl PgStore {
    /// Up to `limit` feed rows after `after`, for a replica of `office`
    /// (its private rows and every shared row; `None`: every office).
    pub async fn feed(&self, after: FeedCursor, office: Option<Uuid>, limit: u32) -> RepoResult<FeedPage> {
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        // One snapshot for the horizon and the rows read below it.
        sqlx::query!("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await.map_err(db_error)?;
        let horizon = sqlx::query_scalar!(r#"SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS "xmin!""#)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
        let rows = sqlx::query!(
            r#"SELECT seq, txid, entity, entity_key FROM changes
               WHERE (txid, seq) > ($1, $2) AND txid < $3 AND ($4::uuid IS NULL OR office_id IS NULL OR office_id = $4)
               ORDER BY txid, seq LIMIT $5"#,
            after.txid,
            after.seq,
            horizon,
            office,
            i64::from(limit)
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(db_error)?;
        let feed_rows = rows.len() as u64;
        let more = rows.len() as u64 == u64::from(limit);
        let next = rows.last().map(|r| FeedCursor { txid: r.txid, seq: r.seq }).unwrap_or(after);
        // Each entity once, where it first appears in the feed.
        let mut seen = HashSet::new();
        let mut order = Vec::new();
        for r in &rows {
            let e = Entity::parse(&r.entity)?;
            if seen.insert((e, r.entity_key.clone())) {
                order.push((e, r.entity_key.clone()));
            }
        }
        let mut found = read_entities(&mut tx, &order).await?;
        let mut changes = Vec::with_capacity(order.len());
        for (e, key) in order {
            let change = match found.remove(&(e, key.clone())) {
                Some(c) => c,
                None => match e {
                    Entity::Office => Change::OfficeRemoved(uuid_key(&key)?),
                    Entity::ReleasedDay => {
                        let (office_id, local_date) = day_key(&key)?;
                        Change::ReleasedDayRemoved { office_id, local_date }
                    }
                    Entity::Slot => Change::SlotRemoved(uuid_key(&key)?),
                    Entity::Appointment => Change::AppointmentRemoved(uuid_key(&key)?),
                    Entity::Visit => Change::VisitRemoved(uuid_key(&key)?),
                    Entity::Staff => Change::StaffRemoved(uuid_key(&key)?),
                },
            };
            changes.push(change);
        }
        tx.commit().await.map_err(db_error)?;
        Ok(FeedPage { changes, next, more, feed_rows, horizon })
    }

    /// The next transaction id to be given out: once a page's horizon
    /// reaches it, everything committed before this call has been delivered.
    pub async fn feed_target(&self) -> RepoResult<i64> {
        sqlx::query_scalar!(r#"SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS "xmax!""#)
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)
    }
}

type Found = HashMap<(Entity, String), Change>;

async fn read_entities(tx: &mut Transaction<'_, Postgres>, order: &[(Entity, String)]) -> RepoResult<Found> {
    let ids = |want: Entity| -> RepoResult<Vec<Uuid>> { order.iter().filter(|(e, _)| *e == want).map(|(_, k)| uuid_key(k)).collect() };
    let mut found = Found::new();
    let offices = ids(Entity::Office)?;
    if !offices.is_empty() {
        for o in read_offices(tx, &offices).await? {
            found.insert((Entity::Office, o.id.to_string()), Change::Office(o));
        }
    }
    let days: Vec<(Uuid, NaiveDate)> = order.iter().filter(|(e, _)| *e == Entity::ReleasedDay).map(|(_, k)| day_key(k)).collect::<RepoResult<_>>()?;
    if !days.is_empty() {
        let (office_ids, dates): (Vec<Uuid>, Vec<NaiveDate>) = days.into_iter().unzip();
        let rows = sqlx::query_as!(
            ReleasedDayRow,
            r#"SELECT r.office_id, r.local_date, r.office_version, r.released_at FROM released_days r
               JOIN UNNEST($1::uuid[], $2::date[]) AS k (office_id, local_date) ON k.office_id = r.office_id AND k.local_date = r.local_date"#,
            &office_ids,
            &dates
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
        for r in rows {
            found.insert((Entity::ReleasedDay, format!("{}/{}", r.office_id, r.local_date.format("%Y-%m-%d"))), Change::ReleasedDay(r));
        }
    }
    let slots = ids(Entity::Slot)?;
    if !slots.is_empty() {
        let rows = sqlx::query_as!(
            SlotRow,
            r#"SELECT s.id, s.office_id, s.local_date, s.track, s.starts_at, s.ends_at, s.capacity, s.types, s.withdrawn,
                      -- A withdrawn slot has no seats, and nobody booked in it.
                      (CASE WHEN s.withdrawn THEN 0 ELSE s.capacity - (SELECT COUNT(*) FROM seats WHERE slot_id = s.id AND appointment_id IS NULL) END)::int AS "booked!"
               FROM slots s WHERE s.id = ANY($1)"#,
            &slots
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
        for r in rows {
            found.insert((Entity::Slot, r.id.to_string()), Change::Slot(r));
        }
    }
    let appointments = ids(Entity::Appointment)?;
    if !appointments.is_empty() {
        let rows = sqlx::query_as!(
            AppointmentRow,
            r#"SELECT id, confirmation, pin_hash, office_id, slot_id, starts_at, type_code, status, language, last_name, first_name,
                      last_key, first_key, date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at
               FROM appointments WHERE id = ANY($1)"#,
            &appointments
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
        for r in rows {
            found.insert((Entity::Appointment, r.id.to_string()), Change::Appointment(r));
        }
    }
    let visits = ids(Entity::Visit)?;
    if !visits.is_empty() {
        for v in read_visits(tx, &visits).await? {
            found.insert((Entity::Visit, v.id.to_string()), Change::Visit(v));
        }
    }
    let staff = ids(Entity::Staff)?;
    if !staff.is_empty() {
        let rows = sqlx::query_as!(
            StaffRow,
            "SELECT id, username, display_name, role, office_id, password_hash, disabled, created_at FROM staff WHERE id = ANY($1)",
            &staff
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
        for r in rows {
            found.insert((Entity::Staff, r.id.to_string()), Change::Staff(r));
        }
    }
    Ok(found)
}

async fn read_offices(tx: &mut Transaction<'_, Postgres>, ids: &[Uuid]) -> RepoResult<Vec<OfficeRow>> {
    let offices = sqlx::query!("SELECT id, code, name, time_zone, config, version, updated_at FROM offices WHERE id = ANY($1)", ids)
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
    let zips = sqlx::query!("SELECT office_id, first_zip, last_zip FROM zip_areas WHERE office_id = ANY($1) ORDER BY first_zip", ids)
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
    let countries = sqlx::query!("SELECT office_id, country FROM country_areas WHERE office_id = ANY($1) ORDER BY country", ids)
        .fetch_all(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(offices
        .into_iter()
        .map(|o| OfficeRow {
            zip_areas: zips.iter().filter(|z| z.office_id == o.id).map(|z| (z.first_zip, z.last_zip)).collect(),
            countries: countries.iter().filter(|c| c.office_id == o.id).map(|c| c.country.clone()).collect(),
            id: o.id,
            code: o.code,
            name: o.name,
            time_zone: o.time_zone,
            config: o.config,
            version: o.version,
            updated_at: o.updated_at,
        })
        .collect())
}

async fn read_visits(tx: &mut Transaction<'_, Postgres>, ids: &[Uuid]) -> RepoResult<Vec<VisitRow>> {
    let visits = sqlx::query!(
        r#"SELECT id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at, checked_in_by,
                  called_at, desk, called_by, finished_at, finished_by, receipt_ref, walk_in_reason, approved_by, companions, superseded_by
           FROM visits WHERE id = ANY($1)"#,
        ids
    )
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let documents = sqlx::query!(
        r#"SELECT visit_id, id, kind, number_last4, expiry, outcome, problems, override_reason, overridden_by, checked_by, at
           FROM document_checks WHERE visit_id = ANY($1) ORDER BY at, id"#,
        ids
    )
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let mut docs: HashMap<Uuid, Vec<DocumentCheckRow>> = HashMap::new();
    for d in documents {
        docs.entry(d.visit_id).or_default().push(DocumentCheckRow {
            id: d.id,
            kind: d.kind,
            number_last4: d.number_last4,
            expiry: d.expiry,
            outcome: d.outcome,
            problems: d.problems,
            override_reason: d.override_reason,
            overridden_by: d.overridden_by,
            checked_by: d.checked_by,
            at: d.at,
        });
    }
    Ok(visits
        .into_iter()
        .map(|v| VisitRow {
            documents: docs.remove(&v.id).unwrap_or_default(),
            id: v.id,
            office_id: v.office_id,
            local_date: v.local_date,
            appointment_id: v.appointment_id,
            kind: v.kind,
            track: v.track,
            queue_number: v.queue_number,
            display_name: v.display_name,
            state: v.state,
            late: v.late,
            arrived_at: v.arrived_at,
            checked_in_by: v.checked_in_by,
            called_at: v.called_at,
            desk: v.desk,
            called_by: v.called_by,
            finished_at: v.finished_at,
            finished_by: v.finished_by,
            receipt_ref: v.receipt_ref,
            walk_in_reason: v.walk_in_reason,
            approved_by: v.approved_by,
            companions: v.companions,
            superseded_by: v.superseded_by,
        })
        .collect())
}

impl PgStore {
    pub async fn office_id_of(&self, code: &passdesk_domain::office::OfficeCode) -> RepoResult<Option<Uuid>> {
        let code = code.as_str();
        sqlx::query_scalar!("SELECT id FROM offices WHERE code = $1", code).fetch_optional(&self.pool).await.map_err(db_error)
    }

    /// This central database's identity, made on first use: a replica
    /// remembers which database its rows and cursor come from.
    pub async fn district_id(&self) -> RepoResult<String> {
        let fresh = Uuid::now_v7().to_string();
        for _ in 0..3 {
            let id = sqlx::query_scalar!(
                r#"WITH made AS (INSERT INTO meta (key, value) VALUES ('district_id', $1) ON CONFLICT (key) DO NOTHING RETURNING value)
                   SELECT value AS "value!" FROM made UNION ALL SELECT value FROM meta WHERE key = 'district_id' LIMIT 1"#,
                fresh
            )
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
            // None only when another workstation made it at the same moment: read again.
            if let Some(id) = id {
                return Ok(id);
            }
        }
        Err(RepoError::Unavailable("the central database's identity could not be read".into()))
    }

    /// Every office's id (a joining replica is checked against them).
    pub async fn office_ids(&self) -> RepoResult<Vec<Uuid>> {
        sqlx::query_scalar!("SELECT id FROM offices").fetch_all(&self.pool).await.map_err(db_error)
    }
}
