//! Closing an office for a day that has appointments (snow, a power cut):
//! each booked appointment is moved to the first free time of its type
//! after that day, or cancelled, as the manager chooses; then the day
//! becomes a holiday and its slots close. The report is the office's call
//! list: who had a time that day, what they have now, how to reach them.
//!
//! Each move or cancellation is its own transaction, so an interrupted
//! closure is finished by running it again; a booking made on the day
//! meanwhile is moved in the next round.

use chrono::NaiveDate;
use passdesk_domain::{
    office::OfficeCode,
    repository::{Appointment, AppointmentStatus, Repository, SlotChoice, StoredOffice},
};
use serde::{Deserialize, Serialize};

use crate::{
    parse_office_code,
    release::parse_date,
    views::{local_rfc3339, Reach},
    ServiceError, ServiceResult, Services,
};

/// What happens to the appointments of a closed day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ClosureChoice {
    /// Each to the first free time of its type after the day (cancelled
    /// when there is none); the PIN stays valid for the new time.
    Move,
    Cancel,
}

impl std::str::FromStr for ClosureChoice {
    type Err = ServiceError;
    fn from_str(s: &str) -> ServiceResult<Self> {
        match s.trim() {
            "move" => Ok(Self::Move),
            "cancel" => Ok(Self::Cancel),
            other => Err(ServiceError::new("invalid_input", format!("\"{other}\": say move or cancel"))),
        }
    }
}

/// One person whose appointment the closure moved or cancelled.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Affected {
    pub confirmation: String,
    pub name: String,
    pub type_name: String,
    /// The time they had, in the office's time.
    pub was: String,
    /// The new time; none when the appointment was cancelled.
    pub moved_to: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The language their notice was in, to call them in.
    pub language: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClosedDay {
    pub office: String,
    pub day: String,
    /// The office's version with the day as a holiday.
    pub version: i64,
    pub people: Vec<Affected>,
}

/// Rounds of moving and closing before giving up on a day that keeps
/// getting new bookings while it is being closed.
const ROUNDS: usize = 3;

impl<R: Repository> Services<R> {
    /// Closes `day` at `office`: its booked appointments moved or cancelled
    /// (`choice`), then the day made a holiday. Refused for a passed day, and
    /// for today once an appointment of it has begun or someone is checked
    /// in for it (the desk serves or ends those visits).
    pub async fn close_day(&self, office: &str, day: &str, choice: ClosureChoice) -> ServiceResult<ClosedDay> {
        let code = parse_office_code(office)?;
        let day = parse_date("day", day)?;
        let mut people = Vec::new();
        match self.close_rounds(&code, day, choice, &mut people).await {
            Ok(version) => Ok(ClosedDay { office: code.to_string(), day: day.to_string(), version, people }),
            // What was done stays done: the message names it, so nobody
            // moved before the stop is left out of the calls.
            Err(e) if !people.is_empty() => {
                let done: Vec<String> = people.iter().map(|p| format!("{} {} ({})", p.confirmation, p.name, p.moved_to.as_deref().unwrap_or("cancelled"))).collect();
                Err(ServiceError::new(
                    e.code,
                    format!("{}; before it stopped, these were moved or cancelled already, call them too: {}; close the day again for the rest", e.message, done.join("; ")),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// The closure's rounds; each person handled is added to `people` as it
    /// is done. The office's version with the day as a holiday.
    async fn close_rounds(&self, code: &OfficeCode, day: NaiveDate, choice: ClosureChoice, people: &mut Vec<Affected>) -> ServiceResult<i64> {
        let day_text = day.to_string();
        for _ in 0..ROUNDS {
            // Each round reads the day as the central database has it now.
            self.repo.catch_up().await;
            let stored = self.repo.office(code).await?;
            let now = self.now();
            if day < stored.office.today(now) {
                return Err(ServiceError::new("invalid_input", format!("{day} has passed at {code}; only today or a later day can be closed")));
            }
            let booked: Vec<Appointment> = self.repo.appointments_on(code, day).await?.into_iter().filter(|a| a.status == AppointmentStatus::Booked).collect();
            // A workstation keeping another office's appointments only sees
            // the seats taken, not who took them.
            let seats: u32 = self.repo.slots(code, day).await?.iter().map(|s| s.booked).sum();
            if usize::try_from(seats).unwrap_or(usize::MAX) > booked.len() {
                return Err(ServiceError::new(
                    "office_not_kept_here",
                    format!("{day} at {code} has {seats} booked appointments this workstation does not keep; close the day at a workstation of {code}"),
                ));
            }
            let visits = self.repo.visits_on(code, day).await?;
            if booked.iter().any(|a| a.slot.starts_at <= now || visits.iter().any(|v| v.confirmation.as_ref() == Some(&a.confirmation))) {
                return Err(ServiceError::new(
                    "day_begun",
                    format!("{day} at {code} has begun: appointments have started or people are checked in; the desk serves or ends today's visits, and tomorrow can be closed"),
                ));
            }
            for a in &booked {
                match self.move_or_cancel(a, &stored, day, choice).await {
                    Ok(p) => people.push(p),
                    // Its answer may be what was lost: it is named, to be looked up.
                    Err(e) => {
                        let name = format!("{} {}", a.applicant.first_name.as_str(), a.applicant.last_name.as_str());
                        return Err(ServiceError::new(
                            e.code,
                            format!("{}; {} {name} was being moved or cancelled then: look it up, it may have been", e.message, a.confirmation),
                        ));
                    }
                }
            }
            let mut closed = stored.office.clone();
            closed.holidays.insert(day);
            let written = match self.plan_write(&stored, &closed).await {
                Ok((write, _)) => self.repo.write_offices(std::slice::from_ref(&write), self.now()).await.map_err(ServiceError::from),
                Err(e) => Err(e),
            };
            match written {
                Ok(mut w) => return Ok(w.pop().map_or(stored.version, |s| s.version)),
                // Booked, edited or released meanwhile: another round sees it.
                Err(e) if e.code == "conflict" || (e.code == "day_has_bookings" && e.message.contains(&day_text)) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(ServiceError::new("conflict", format!("{day} at {code} kept getting new bookings while it was being closed; close it again")))
    }

    async fn move_or_cancel(&self, a: &Appointment, office: &StoredOffice, day: NaiveDate, choice: ClosureChoice) -> ServiceResult<Affected> {
        let tz = office.office.time_zone;
        let moved = match choice {
            ClosureChoice::Cancel => None,
            ClosureChoice::Move => {
                let after = SlotChoice::FirstFree { from: day.succ_opt().unwrap_or(day) };
                match self.move_to(a, office, after).await {
                    Ok(m) => Some(m),
                    Err(e) if e.code == "no_free_slot" || e.code == "no_slot_in_time" => None,
                    Err(e) => return Err(e),
                }
            }
        };
        if moved.is_none() {
            self.repo.cancel(&a.confirmation, self.now()).await?;
        }
        let Reach { name, type_name, phone, email, language } = Reach::of(a);
        Ok(Affected {
            confirmation: a.confirmation.to_string(),
            name,
            type_name,
            was: local_rfc3339(a.slot.starts_at, tz),
            moved_to: moved.map(|m| local_rfc3339(m.slot.starts_at, tz)),
            phone,
            email,
            language,
        })
    }
}
