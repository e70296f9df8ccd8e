//! Booking, rescheduling, cancelling and reading appointments. Each use case
//! is one `BEGIN IMMEDIATE` transaction: it holds the write lock from its first
//! statement, so a seat counted free is still free when it is taken, and
//! concurrent bookers on one file queue instead of failing.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    applicant::{search_key, Applicant},
    appointment_type::TypeAnswers,
    confirmation::ConfirmationNumber,
    office::OfficeCode,
    repository::{AppointmentSearch, Appointment, AppointmentStatus, Identity, NewBooking, RepoError, RepoResult, SlotChoice},
};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;

use crate::{db_error, rows, rows::SlotRow, SqliteStore};

pub(crate) struct AppointmentRow {
    pub(crate) id: String,
    pub(crate) confirmation: String,
    pub(crate) pin_hash: String,
    pub(crate) type_code: String,
    pub(crate) status: String,
    pub(crate) language: String,
    pub(crate) applicant: String,
    pub(crate) representative: Option<String>,
    pub(crate) answers: String,
    pub(crate) created_at: i64,
    pub(crate) updated_at: i64,
    pub(crate) slot_id: String,
    pub(crate) office_code: String,
    pub(crate) local_date: String,
    pub(crate) track: String,
    pub(crate) starts_at: i64,
    pub(crate) ends_at: i64,
    pub(crate) capacity: i64,
    pub(crate) booked: i64,
    pub(crate) types: String,
}

impl AppointmentRow {
    fn into_appointment(self) -> RepoResult<(Appointment, String)> {
        let corrupt = |e: passdesk_domain::DomainError| RepoError::Corrupt(e.to_string());
        let slot = SlotRow {
            id: self.slot_id,
            office_code: self.office_code,
            local_date: self.local_date,
            track: self.track,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            capacity: self.capacity,
            booked: self.booked,
            types: self.types,
        }
        .into_slot()?;
        let a = Appointment {
            id: rows::id(&self.id)?,
            confirmation: self.confirmation.parse().map_err(corrupt)?,
            slot,
            type_code: self.type_code,
            status: AppointmentStatus::parse(&self.status).ok_or_else(|| RepoError::Corrupt(format!("status {:?}", self.status)))?,
            language: self.language.parse().map_err(corrupt)?,
            applicant: rows::json::<Applicant>("applicant", &self.applicant)?,
            representative: self.representative.as_deref().map(|r| rows::json("representative", r)).transpose()?,
            answers: rows::json::<TypeAnswers>("answers", &self.answers)?,
            created_at: rows::instant(self.created_at)?,
            updated_at: rows::instant(self.updated_at)?,
        };
        Ok((a, self.pin_hash))
    }
}

macro_rules! select_appointments {
    ($where:literal, $($arg:expr),*) => {
        sqlx::query_as!(
            AppointmentRow,
            r#"SELECT a.id AS "id!", a.confirmation AS "confirmation!", a.pin_hash AS "pin_hash!", a.type_code AS "type_code!",
                      a.status AS "status!", a.language AS "language!", a.applicant AS "applicant!", a.representative,
                      a.answers AS "answers!", a.created_at AS "created_at!", a.updated_at AS "updated_at!",
                      s.id AS "slot_id!", o.code AS "office_code!", s.local_date AS "local_date!", s.track AS "track!",
                      s.starts_at AS "starts_at!", s.ends_at AS "ends_at!", s.capacity AS "capacity!", s.booked AS "booked!", s.types AS "types!"
               FROM appointments a JOIN slots s ON s.id = a.slot_id JOIN offices o ON o.id = a.office_id
               WHERE "# + $where,
            $($arg),*
        )
    };
}
pub(crate) use select_appointments;

/// The appointments of fetched rows, without their PIN hashes.
pub(crate) fn without_pins(rows: Vec<AppointmentRow>) -> RepoResult<Vec<Appointment>> {
    rows.into_iter().map(|r| r.into_appointment().map(|(a, _)| a)).collect()
}

async fn read_one(tx: &mut Transaction<'_, Sqlite>, confirmation: &str) -> RepoResult<Appointment> {
    select_appointments!("a.confirmation = ?", confirmation)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?
        .into_appointment()
        .map(|(a, _)| a)
}

/// The slot a booking or reschedule takes, checked to belong to the office, to
/// serve the type and to lie in the future; `not` is the appointment's current
/// slot when rescheduling.
async fn choose_slot(tx: &mut Transaction<'_, Sqlite>, office_id: &str, type_code: &str, choice: SlotChoice, now: DateTime<Utc>, not: Option<&str>) -> RepoResult<String> {
    let at = now.timestamp();
    let not = not.unwrap_or("");
    match choice {
        SlotChoice::FirstFree { from } => {
            let day = rows::date_text(from);
            sqlx::query_scalar!(
                r#"SELECT s.id AS "id!" FROM slots s
                   WHERE s.office_id = ? AND s.local_date >= ? AND s.starts_at > ? AND s.booked < s.capacity AND s.id <> ? AND s.withdrawn = 0
                     AND EXISTS (SELECT 1 FROM json_each(s.types) t WHERE t.value = ?)
                   ORDER BY s.starts_at, s.track LIMIT 1"#,
                office_id, day, at, not, type_code
            )
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?
            .ok_or(RepoError::NoFreeSlot { from })
        }
        SlotChoice::Exact(id) => {
            let id = id.to_string();
            // A withdrawn slot (its day closed or made again) is as gone as a deleted one.
            let s = sqlx::query!(r#"SELECT office_id AS "office_id!", starts_at AS "starts_at!", types AS "types!" FROM slots WHERE id = ? AND withdrawn = 0"#, id)
                .fetch_optional(&mut **tx)
                .await
                .map_err(db_error)?
                .ok_or_else(|| RepoError::SlotUnavailable("no such slot: it was never released, or was released again; choose from the slots offered now".into()))?;
            if s.office_id != office_id {
                return Err(RepoError::SlotUnavailable("this slot belongs to another office".into()));
            }
            if s.starts_at <= at {
                return Err(RepoError::SlotUnavailable("this slot has already begun or passed; choose a later one".into()));
            }
            if id == not {
                return Err(RepoError::SlotUnavailable("the appointment is already in this slot".into()));
            }
            let types: Vec<String> = rows::json("slot types", &s.types)?;
            if !types.iter().any(|t| t == type_code) {
                return Err(RepoError::SlotUnavailable(format!("this slot does not serve appointments of type {type_code}")));
            }
            Ok(id)
        }
    }
}

/// Takes one seat, or fails with `SlotFull` when none is left. The condition
/// and the increment are one statement, and the table's CHECK backs it up.
async fn take_seat(tx: &mut Transaction<'_, Sqlite>, slot_id: &str) -> RepoResult<()> {
    let r = sqlx::query!("UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked < capacity", slot_id)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    if r.rows_affected() == 0 {
        return Err(RepoError::SlotFull);
    }
    Ok(())
}

async fn free_seat(tx: &mut Transaction<'_, Sqlite>, slot_id: &str) -> RepoResult<()> {
    sqlx::query!("UPDATE slots SET booked = booked - 1 WHERE id = ? AND booked > 0", slot_id)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(())
}

async fn record(tx: &mut Transaction<'_, Sqlite>, appointment_id: &str, at: DateTime<Utc>, event: &str, detail: serde_json::Value) -> RepoResult<()> {
    let id = Uuid::now_v7().to_string();
    let (at, detail) = (at.timestamp(), detail.to_string());
    sqlx::query!("INSERT INTO appointment_history (id, appointment_id, at, event, detail) VALUES (?, ?, ?, ?, ?)", id, appointment_id, at, event, detail)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The appointment as it stands, for a change: it must be booked and ahead.
struct Current {
    id: String,
    office_id: String,
    slot_id: String,
    type_code: String,
}

/// `passed_ok`: a late arrival's appointment, whose time has passed, may still be moved.
async fn current(tx: &mut Transaction<'_, Sqlite>, confirmation: &str, now: DateTime<Utc>, passed_ok: bool) -> RepoResult<Current> {
    let row = sqlx::query!(
        r#"SELECT a.id AS "id!", a.office_id AS "office_id!", a.slot_id AS "slot_id!", a.type_code AS "type_code!", a.status AS "status!", s.starts_at AS "starts_at!"
           FROM appointments a JOIN slots s ON s.id = a.slot_id WHERE a.confirmation = ?"#,
        confirmation
    )
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?
    .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?;
    if row.status != AppointmentStatus::Booked.as_str() {
        return Err(RepoError::Closed { cancelled: true });
    }
    if row.starts_at <= now.timestamp() && !passed_ok {
        return Err(RepoError::Closed { cancelled: false });
    }
    Ok(Current { id: row.id, office_id: row.office_id, slot_id: row.slot_id, type_code: row.type_code })
}

impl SqliteStore {
    pub(crate) async fn book_impl(&self, b: &NewBooking) -> RepoResult<Appointment> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let (office_id, _) = self.office_id(&mut tx, &b.office).await?;
        let slot_id = choose_slot(&mut tx, &office_id, &b.type_code, b.slot, b.now, None).await?;

        let ap = &b.applicant;
        let a_number = ap.a_number.as_ref().map(|a| a.as_str().to_string());
        let (last, first) = (ap.last_name.as_str(), ap.first_name.as_str());
        let (last_key, first_key) = (search_key(last), search_key(first));
        let dob = rows::date_text(ap.date_of_birth.date());
        let at = b.now.timestamp();
        let holder = sqlx::query_scalar!(
            r#"SELECT a.id AS "id!" FROM appointments a JOIN slots s ON s.id = a.slot_id
               WHERE a.status = 'booked' AND a.type_code = ? AND s.starts_at > ?
                 AND ((a.a_number IS NOT NULL AND a.a_number = ?)
                      OR (a.last_name = ? COLLATE NOCASE AND a.first_name = ? COLLATE NOCASE AND a.date_of_birth = ?))
               LIMIT 1"#,
            b.type_code, at, a_number, last, first, dob
        )
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_error)?;
        if holder.is_some() {
            // Says nothing of the other appointment: the person asking may not be its holder.
            return Err(RepoError::Duplicate(
                "this person already holds an appointment of this type; reschedule or cancel that one with its confirmation number and PIN".into(),
            ));
        }

        take_seat(&mut tx, &slot_id).await?;
        let id = b.id.to_string();
        let conf = b.confirmation.as_str();
        let receipt = ap.receipt_number.as_ref().map(|r| r.as_str().to_string());
        let applicant = rows::to_json(ap)?;
        let representative = b.representative.as_ref().map(rows::to_json).transpose()?;
        let answers = rows::to_json(&b.answers)?;
        let lang = b.language.as_str();
        sqlx::query!(
            "INSERT INTO appointments (id, confirmation, pin_hash, office_id, slot_id, type_code, status, language, last_name, first_name,
                                       date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at,
                                       last_key, first_key, starts_at)
             VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT starts_at FROM slots WHERE id = ?))",
            id, conf, b.pin_hash, office_id, slot_id, b.type_code, lang, last, first, dob, a_number, receipt, applicant, representative, answers, at, at,
            last_key, first_key, slot_id
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        record(&mut tx, &id, b.now, "booked", serde_json::json!({ "slot": slot_id })).await?;
        let appointment = read_one(&mut tx, conf).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(appointment)
    }

    pub(crate) async fn reschedule_impl(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>, passed_ok: bool) -> RepoResult<Appointment> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let cur = current(&mut tx, confirmation.as_str(), now, passed_ok).await?;
        let slot_id = choose_slot(&mut tx, &cur.office_id, &cur.type_code, to, now, Some(&cur.slot_id)).await?;
        take_seat(&mut tx, &slot_id).await?;
        free_seat(&mut tx, &cur.slot_id).await?;
        let at = now.timestamp();
        sqlx::query!("UPDATE appointments SET slot_id = ?, starts_at = (SELECT starts_at FROM slots WHERE id = ?), updated_at = ? WHERE id = ?", slot_id, slot_id, at, cur.id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        record(&mut tx, &cur.id, now, "rescheduled", serde_json::json!({ "from": cur.slot_id, "to": slot_id })).await?;
        let appointment = read_one(&mut tx, confirmation.as_str()).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(appointment)
    }

    pub(crate) async fn cancel_impl(&self, confirmation: &ConfirmationNumber, now: DateTime<Utc>) -> RepoResult<Appointment> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let cur = current(&mut tx, confirmation.as_str(), now, false).await?;
        free_seat(&mut tx, &cur.slot_id).await?;
        let at = now.timestamp();
        sqlx::query!("UPDATE appointments SET status = 'cancelled', updated_at = ? WHERE id = ?", at, cur.id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        record(&mut tx, &cur.id, now, "cancelled", serde_json::json!({ "slot": cur.slot_id })).await?;
        let appointment = read_one(&mut tx, confirmation.as_str()).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(appointment)
    }

    pub(crate) async fn appointment_impl(&self, confirmation: &ConfirmationNumber) -> RepoResult<Option<(Appointment, String)>> {
        let c = confirmation.as_str();
        select_appointments!("a.confirmation = ?", c)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?
            .map(AppointmentRow::into_appointment)
            .transpose()
    }

    pub(crate) async fn appointments_on_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Appointment>> {
        let (code, d) = (office.as_str(), rows::date_text(day));
        without_pins(
            select_appointments!("o.code = ? AND s.local_date = ? ORDER BY s.starts_at, s.track, a.last_name", code, d)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?,
        )
    }

    pub(crate) async fn search_appointments_impl(&self, office: &OfficeCode, search: &AppointmentSearch, from: NaiveDate, limit: u32) -> RepoResult<Vec<Appointment>> {
        let (code, d, limit) = (office.as_str(), rows::date_text(from), i64::from(limit));
        let rows = match search {
            AppointmentSearch::ANumber(a) => {
                let a = a.as_str();
                select_appointments!("o.code = ? AND a.a_number = ? AND s.local_date >= ? ORDER BY s.starts_at LIMIT ?", code, a, d, limit)
                    .fetch_all(&self.pool)
                    .await
            }
            AppointmentSearch::Name(prefix) => {
                // LIKE's own wildcards in a name are taken literally.
                let p = format!("{}%", prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                select_appointments!(
                    // Numbered throughout: sqlx counts a bare `?` apart from numbered ones.
                    r"o.code = ?1 AND (a.last_name LIKE ?2 ESCAPE '\' OR a.first_name LIKE ?2 ESCAPE '\' OR (a.first_name || ' ' || a.last_name) LIKE ?2 ESCAPE '\')
                      AND s.local_date >= ?3 ORDER BY s.starts_at LIMIT ?4",
                    code, p, d, limit
                )
                .fetch_all(&self.pool)
                .await
            }
        };
        without_pins(rows.map_err(db_error)?)
    }

    pub(crate) async fn appointments_of_person_impl(&self, who: &Identity, now: DateTime<Utc>) -> RepoResult<Vec<Appointment>> {
        let (last, first, dob) = (who.last_name.as_str(), who.first_name.as_str(), rows::date_text(who.date_of_birth.date()));
        let a_number = who.a_number.as_ref().map(|a| a.as_str().to_string());
        let receipt = who.receipt_number.as_ref().map(|r| r.as_str().to_string());
        let at = now.timestamp();
        without_pins(
            select_appointments!(
                r"a.status = 'booked' AND s.starts_at > ?1 AND a.last_name = ?2 COLLATE NOCASE AND a.first_name = ?3 COLLATE NOCASE
                  AND a.date_of_birth = ?4 AND ((?5 IS NOT NULL AND a.a_number = ?5) OR (?6 IS NOT NULL AND a.receipt_number = ?6))
                  ORDER BY s.starts_at",
                at, last, first, dob, a_number, receipt
            )
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?,
        )
    }

    pub(crate) async fn replace_pin_impl(&self, confirmation: &ConfirmationNumber, pin_hash: &str, now: DateTime<Utc>) -> RepoResult<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let c = confirmation.as_str();
        let at = now.timestamp();
        let id = sqlx::query_scalar!(r#"UPDATE appointments SET pin_hash = ?, updated_at = ? WHERE confirmation = ? RETURNING id AS "id!""#, pin_hash, at, c)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?;
        record(&mut tx, &id, now, "pin_reissued", serde_json::json!({})).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(())
    }
}
