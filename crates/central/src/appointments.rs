//! Booking, rescheduling, cancelling and reading appointments. Each use case
//! is one READ COMMITTED transaction; a booking is one statement. A seat is
//! taken by one statement (in the functions of migration 0002) that finds a
//! free seat row, locks it with SKIP LOCKED and fills it: concurrent bookers
//! of one slot take different seats, or are told it is full, without waiting
//! on each other, and the slot row itself is never locked. A slot cannot be
//! over-filled: it has `capacity` seat rows and an appointment holds at most
//! one (`seats.appointment_id` is UNIQUE).

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    applicant::{search_key, Applicant},
    appointment_type::TypeAnswers,
    confirmation::ConfirmationNumber,
    office::OfficeCode,
    repository::{Appointment, AppointmentSearch, AppointmentStatus, Identity, NewBooking, RepoError, RepoResult, SlotChoice},
};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use crate::{db_error, offices, rows, rows::SlotRow, PgStore};

pub(crate) struct AppointmentRow {
    pub(crate) id: Uuid,
    pub(crate) confirmation: String,
    pub(crate) pin_hash: String,
    pub(crate) type_code: String,
    pub(crate) status: String,
    pub(crate) language: String,
    pub(crate) applicant: serde_json::Value,
    pub(crate) representative: Option<serde_json::Value>,
    pub(crate) answers: serde_json::Value,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) updated_at: DateTime<Utc>,
    pub(crate) slot_id: Uuid,
    pub(crate) office_code: String,
    pub(crate) local_date: NaiveDate,
    pub(crate) track: String,
    pub(crate) starts_at: DateTime<Utc>,
    pub(crate) ends_at: DateTime<Utc>,
    pub(crate) capacity: i32,
    pub(crate) booked: i64,
    pub(crate) types: Vec<String>,
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
            id: self.id,
            confirmation: self.confirmation.parse().map_err(corrupt)?,
            slot,
            type_code: self.type_code,
            status: AppointmentStatus::parse(&self.status).ok_or_else(|| RepoError::Corrupt(format!("status {:?}", self.status)))?,
            language: self.language.parse().map_err(corrupt)?,
            applicant: rows::json::<Applicant>("applicant", self.applicant)?,
            representative: self.representative.map(|r| rows::json("representative", r)).transpose()?,
            answers: rows::json::<TypeAnswers>("answers", self.answers)?,
            created_at: self.created_at,
            updated_at: self.updated_at,
        };
        Ok((a, self.pin_hash))
    }
}

macro_rules! select_appointments {
    ($where:literal, $($arg:expr),*) => {
        sqlx::query_as!(
            AppointmentRow,
            r#"SELECT a.id, a.confirmation, a.pin_hash, a.type_code, a.status, a.language, a.applicant, a.representative,
                      a.answers, a.created_at, a.updated_at,
                      s.id AS slot_id, o.code AS office_code, s.local_date, s.track, s.starts_at, s.ends_at, s.capacity,
                      CASE WHEN s.withdrawn THEN 0 ELSE s.capacity - (SELECT count(*) FROM seats st WHERE st.slot_id = s.id AND st.appointment_id IS NULL) END AS "booked!", s.types
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

async fn read_one(tx: &mut Transaction<'_, Postgres>, confirmation: &str) -> RepoResult<Appointment> {
    select_appointments!("a.confirmation = $1", confirmation)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?
        .into_appointment()
        .map(|(a, _)| a)
}

/// What the booking functions of migration 0002 raise, as the store's
/// refusals; any other error as `db_error` says. `from`: the first day a
/// first-free booking looked at.
fn refusal(e: sqlx::Error, office: Option<&str>, type_code: &str, from: Option<NaiveDate>) -> RepoError {
    let code = match &e {
        sqlx::Error::Database(d) => d.code().map(|c| c.into_owned()),
        _ => None,
    };
    let unavailable = |m: &str| RepoError::SlotUnavailable(m.into());
    match code.as_deref() {
        Some("PDO01") => match office {
            Some(office) => offices::no_office(office),
            None => db_error(e),
        },
        Some("PDS01") => unavailable("no such slot: it was never released, or was released again; choose from the slots offered now"),
        Some("PDS02") => unavailable("this slot belongs to another office"),
        Some("PDS03") => unavailable("this slot has already begun or passed; choose a later one"),
        Some("PDS04") => unavailable("the appointment is already in this slot"),
        Some("PDS05") => RepoError::SlotUnavailable(format!("this slot does not serve appointments of type {type_code}")),
        Some("PDS06") => RepoError::SlotFull,
        Some("PDS07") => match from {
            Some(from) => RepoError::NoFreeSlot { from },
            None => db_error(e),
        },
        // Says nothing of the other appointment: the person asking may not be its holder.
        Some("PDD01") => RepoError::Duplicate(
            "this person already holds an appointment of this type; reschedule or cancel that one with its confirmation number and PIN".into(),
        ),
        _ => db_error(e),
    }
}

/// The names a booking locks for its person (`book_seat`): the type's rule
/// matches on the A-number or on name and birth date, so both are locked.
fn person_keys(type_code: &str, a_number: Option<&str>, last: &str, first: &str, dob: NaiveDate) -> Vec<String> {
    let mut keys = vec![format!("passdesk/person/{type_code}/{}/{}/{dob}", last.to_ascii_lowercase(), first.to_ascii_lowercase())];
    if let Some(a) = a_number {
        keys.push(format!("passdesk/person/{type_code}/{a}"));
    }
    keys
}

/// Moves appointment `cur` to a seat of the slot chosen (`check_exact_slot`,
/// `take_exact_seat`, `take_first_free_seat` of migration 0002: the same
/// statements as a booking's), or refuses as a booking would.
async fn take_new_seat(tx: &mut Transaction<'_, Postgres>, cur: &Current, to: SlotChoice, now: DateTime<Utc>) -> RepoResult<Uuid> {
    let refused = |e| refusal(e, None, &cur.type_code, None);
    let taken = match to {
        SlotChoice::Exact(slot) => {
            sqlx::query!("SELECT check_exact_slot($1, $2, $3, $4, $5)", slot, cur.office_id, cur.type_code, now, cur.slot_id)
                .execute(&mut **tx)
                .await
                .map_err(refused)?;
            sqlx::query_scalar!("SELECT take_exact_seat($1, $2)", cur.id, slot).fetch_one(&mut **tx).await.map_err(refused)?.ok_or(RepoError::SlotFull)?
        }
        SlotChoice::FirstFree { from } => sqlx::query_scalar!("SELECT take_first_free_seat($1, $2, $3, $4, $5, $6)", cur.id, cur.office_id, cur.type_code, from, now, cur.slot_id)
            .fetch_one(&mut **tx)
            .await
            .map_err(refused)?
            .ok_or(RepoError::NoFreeSlot { from })?,
    };
    Ok(taken)
}

/// Frees whatever seat the appointment holds.
async fn free_seat(tx: &mut Transaction<'_, Postgres>, holder: Uuid) -> RepoResult<()> {
    sqlx::query!("UPDATE seats SET appointment_id = NULL WHERE appointment_id = $1", holder).execute(&mut **tx).await.map_err(db_error)?;
    Ok(())
}

async fn record(tx: &mut Transaction<'_, Postgres>, appointment_id: Uuid, at: DateTime<Utc>, event: &str, detail: serde_json::Value) -> RepoResult<()> {
    let id = Uuid::now_v7();
    sqlx::query!("INSERT INTO appointment_history (id, appointment_id, at, event, detail) VALUES ($1, $2, $3, $4, $5)", id, appointment_id, at, event, detail)
        .execute(&mut **tx)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The appointment as it stands, for a change: it must be booked and ahead.
struct Current {
    id: Uuid,
    office_id: Uuid,
    slot_id: Uuid,
    type_code: String,
}

/// `passed_ok`: a late arrival's appointment, whose time has passed, may still
/// be moved. The row is locked, so two changes of one appointment take turns
/// and the second sees what the first did.
async fn current(tx: &mut Transaction<'_, Postgres>, confirmation: &str, now: DateTime<Utc>, passed_ok: bool) -> RepoResult<Current> {
    // `starts_at` is the slot's start, kept on the appointment: no join, so
    // the lock re-reads the row as the previous change left it.
    let row = sqlx::query!(
        "SELECT id, office_id, slot_id, type_code, status, starts_at FROM appointments WHERE confirmation = $1 FOR NO KEY UPDATE",
        confirmation
    )
    .fetch_optional(&mut **tx)
    .await
    .map_err(db_error)?
    .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?;
    if row.status != AppointmentStatus::Booked.as_str() {
        return Err(RepoError::Closed { cancelled: true });
    }
    if row.starts_at <= now && !passed_ok {
        return Err(RepoError::Closed { cancelled: false });
    }
    Ok(Current { id: row.id, office_id: row.office_id, slot_id: row.slot_id, type_code: row.type_code })
}

impl PgStore {
    /// One statement, one round trip, its own transaction: `book_seat` takes
    /// the person's locks, checks the slot and duplicates and takes the seat;
    /// the appointment, its history entry and the row read back follow.
    pub(crate) async fn book_impl(&self, b: &NewBooking) -> RepoResult<Appointment> {
        let ap = &b.applicant;
        let a_number = ap.a_number.as_ref().map(|a| a.as_str().to_string());
        let (last, first) = (ap.last_name.as_str(), ap.first_name.as_str());
        let dob = ap.date_of_birth.date();
        let keys = person_keys(&b.type_code, a_number.as_deref(), last, first, dob);
        let (exact, from) = match b.slot {
            SlotChoice::Exact(slot) => (Some(slot), None),
            SlotChoice::FirstFree { from } => (None, Some(from)),
        };
        let (office, conf) = (b.office.as_str(), b.confirmation.as_str());
        let (last_key, first_key) = (search_key(last), search_key(first));
        let receipt = ap.receipt_number.as_ref().map(|r| r.as_str().to_string());
        let applicant = rows::to_json(ap)?;
        let representative = b.representative.as_ref().map(rows::to_json).transpose()?;
        let answers = rows::to_json(&b.answers)?;
        let lang = b.language.as_str();
        let history_id = Uuid::now_v7();
        // The slot and its count of taken seats come from `book_seat`: this
        // statement's own snapshot predates the seat it took.
        let row = sqlx::query_as!(
            AppointmentRow,
            r#"WITH seat AS (
                 SELECT * FROM book_seat($1, $4, $6, $5, $19, $18, $20, $8, $9, $12, $13)
               ), a AS (
                 INSERT INTO appointments (id, confirmation, pin_hash, office_id, slot_id, starts_at, type_code, status, language, last_name, first_name,
                                           last_key, first_key, date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at)
                 SELECT $1, $2, $3, seat.office_id, seat.slot_id, seat.starts_at, $6, 'booked', $7, $8, $9,
                        $10, $11, $12, $13, $14, $15, $16, $17, $18, $18
                 FROM seat
                 RETURNING *
               ), h AS (
                 INSERT INTO appointment_history (id, appointment_id, at, event, detail)
                 SELECT $21, a.id, a.created_at, 'booked', jsonb_build_object('slot', a.slot_id) FROM a
               )
               SELECT a.id, a.confirmation, a.pin_hash, a.type_code, a.status, a.language, a.applicant, a.representative,
                      a.answers, a.created_at, a.updated_at,
                      seat.slot_id AS "slot_id!", $4 AS "office_code!", seat.local_date AS "local_date!", seat.track AS "track!",
                      seat.starts_at AS "starts_at!", seat.ends_at AS "ends_at!", seat.capacity AS "capacity!", seat.booked AS "booked!",
                      seat.types AS "types!"
               FROM a JOIN seat ON true"#,
            b.id, conf, b.pin_hash, office, exact, b.type_code, lang, last, first, last_key, first_key, dob, a_number, receipt, applicant,
            representative, answers, b.now, from, &keys, history_id
        )
        .fetch_one(&self.pool)
        .await
        .map_err(|e| refusal(e, Some(office), &b.type_code, from))?;
        row.into_appointment().map(|(a, _)| a)
    }

    pub(crate) async fn reschedule_impl(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>, passed_ok: bool) -> RepoResult<Appointment> {
        let mut tx = rows::begin(&self.pool).await?;
        let cur = current(&mut tx, confirmation.as_str(), now, passed_ok).await?;
        // Freed first: an appointment holds one seat at a time (UNIQUE). If no
        // new seat is found, the rollback gives the old one back.
        free_seat(&mut tx, cur.id).await?;
        let slot_id = take_new_seat(&mut tx, &cur, to, now).await?;
        sqlx::query!(
            "UPDATE appointments SET slot_id = $1, starts_at = (SELECT starts_at FROM slots WHERE id = $1), updated_at = $2 WHERE id = $3",
            slot_id, now, cur.id
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        record(&mut tx, cur.id, now, "rescheduled", serde_json::json!({ "from": cur.slot_id, "to": slot_id })).await?;
        let appointment = read_one(&mut tx, confirmation.as_str()).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(appointment)
    }

    pub(crate) async fn cancel_impl(&self, confirmation: &ConfirmationNumber, now: DateTime<Utc>) -> RepoResult<Appointment> {
        let mut tx = rows::begin(&self.pool).await?;
        let cur = current(&mut tx, confirmation.as_str(), now, false).await?;
        free_seat(&mut tx, cur.id).await?;
        sqlx::query!("UPDATE appointments SET status = 'cancelled', updated_at = $1 WHERE id = $2", now, cur.id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        record(&mut tx, cur.id, now, "cancelled", serde_json::json!({ "slot": cur.slot_id })).await?;
        let appointment = read_one(&mut tx, confirmation.as_str()).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(appointment)
    }

    pub(crate) async fn appointment_impl(&self, confirmation: &ConfirmationNumber) -> RepoResult<Option<(Appointment, String)>> {
        let c = confirmation.as_str();
        select_appointments!("a.confirmation = $1", c)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?
            .map(AppointmentRow::into_appointment)
            .transpose()
    }

    pub(crate) async fn appointments_on_impl(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Appointment>> {
        let code = office.as_str();
        without_pins(
            // COLLATE "C": byte order, as SQLite sorts text.
            select_appointments!(r#"o.code = $1 AND s.local_date = $2 ORDER BY s.starts_at, s.track COLLATE "C", a.last_name COLLATE "C""#, code, day)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?,
        )
    }

    pub(crate) async fn search_appointments_impl(&self, office: &OfficeCode, search: &AppointmentSearch, from: NaiveDate, limit: u32) -> RepoResult<Vec<Appointment>> {
        let (code, limit) = (office.as_str(), i64::from(limit));
        let rows = match search {
            AppointmentSearch::ANumber(a) => {
                let a = a.as_str();
                select_appointments!("o.code = $1 AND a.a_number = $2 AND s.local_date >= $3 ORDER BY s.starts_at LIMIT $4", code, a, from, limit)
                    .fetch_all(&self.pool)
                    .await
            }
            AppointmentSearch::Name(prefix) => {
                // LIKE's own wildcards in a name are taken literally. ILIKE
                // under the "C" collation folds ASCII letters only, as
                // SQLite's LIKE does.
                let p = format!("{}%", prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                select_appointments!(
                    r#"o.code = $1 AND (a.last_name ILIKE $2 COLLATE "C" ESCAPE '\' OR a.first_name ILIKE $2 COLLATE "C" ESCAPE '\'
                                        OR (a.first_name || ' ' || a.last_name) ILIKE $2 COLLATE "C" ESCAPE '\')
                       AND s.local_date >= $3 ORDER BY s.starts_at LIMIT $4"#,
                    code, p, from, limit
                )
                .fetch_all(&self.pool)
                .await
            }
        };
        without_pins(rows.map_err(db_error)?)
    }

    pub(crate) async fn appointments_of_person_impl(&self, who: &Identity, now: DateTime<Utc>) -> RepoResult<Vec<Appointment>> {
        let (last, first, dob) = (who.last_name.as_str(), who.first_name.as_str(), who.date_of_birth.date());
        let a_number = who.a_number.as_ref().map(|a| a.as_str().to_string());
        let receipt = who.receipt_number.as_ref().map(|r| r.as_str().to_string());
        without_pins(
            // lower() under "C" folds ASCII only: SQLite's NOCASE.
            select_appointments!(
                r#"a.status = 'booked' AND s.starts_at > $1
                   AND lower(a.last_name COLLATE "C") = lower($2 COLLATE "C") AND lower(a.first_name COLLATE "C") = lower($3 COLLATE "C")
                   AND a.date_of_birth = $4 AND (($5::text IS NOT NULL AND a.a_number = $5) OR ($6::text IS NOT NULL AND a.receipt_number = $6))
                   ORDER BY s.starts_at"#,
                now, last, first, dob, a_number, receipt
            )
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?,
        )
    }

    pub(crate) async fn replace_pin_impl(&self, confirmation: &ConfirmationNumber, pin_hash: &str, now: DateTime<Utc>) -> RepoResult<()> {
        let mut tx = rows::begin(&self.pool).await?;
        let c = confirmation.as_str();
        let id = sqlx::query_scalar!("UPDATE appointments SET pin_hash = $1, updated_at = $2 WHERE confirmation = $3 RETURNING id", pin_hash, now, c)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound("no such appointment".into()))?;
        record(&mut tx, id, now, "pin_reissued", serde_json::json!({})).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(())
    }
}
