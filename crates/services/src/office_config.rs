//! The district manager's office editor: load an office's whole
//! configuration, preview what a changed mix yields, and save it.
//!
//! Saving replaces the configuration if nobody saved in between (version
//! check) and no day was released since the plan was made, and in the same
//! transaction makes again the released future days
//! whose slots the change alters and that hold no booked appointment (the
//! slots of cancelled ones are kept withdrawn, as the time they had). A
//! released day that holds booked appointments keeps its slots (they are
//! reported), except when the edit closes it (a new holiday): that edit is
//! refused and the message names the appointments in the way.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration};
use passdesk_domain::{
    hours::{weekday_key, WEEKDAYS},
    office::Office,
    repository::{AppointmentStatus, DaysSeen, OfficeWrite, Repository, Slot, StoredOffice},
    slot_engine::{self, PlannedSlot},
    staff::Action,
};
use serde::Serialize;

use crate::{parse_office_code, staff::Session, ServiceError, ServiceResult, Services};

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OfficeConfig {
    pub version: i64,
    pub office: Office,
    /// Track codes the mix may use, built-in and special.
    pub tracks: Vec<String>,
}

/// One weekday of a previewed mix.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DayPreview {
    pub weekday: String,
    pub open: Vec<String>,
    pub slots: u32,
    /// Seats per track over the whole day.
    pub seats: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MixPreview {
    pub days: Vec<DayPreview>,
    /// Why the mix cannot be saved as it is, naming the weekday and block.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SaveReport {
    pub version: i64,
    /// Released days made again from the new configuration.
    pub days_remade: Vec<String>,
    /// Released days the change would alter but that keep their slots because
    /// appointments stand on them.
    pub days_kept: Vec<String>,
}

/// Reads an office as the editor sends it; the message names the field.
pub fn parse_office(json: &serde_json::Value) -> ServiceResult<Office> {
    let office: Office = serde_path_to_error::deserialize(json).map_err(|e| {
        let path = e.path().to_string();
        ServiceError::new("invalid_office", format!("{path}: {}", e.inner()))
    })?;
    office.validate()?;
    Ok(office)
}

pub fn preview(office: &Office) -> MixPreview {
    let days = WEEKDAYS
        .iter()
        .map(|d| DayPreview {
            weekday: weekday_key(*d).to_string(),
            open: office.hours.on(*d).iter().map(ToString::to_string).collect(),
            slots: office.mix.on(*d).iter().map(|b| b.slot_count()).sum(),
            seats: office.mix.seats_per_track(*d),
        })
        .collect();
    MixPreview { days, problem: office.validate().err().map(|e| e.to_string()) }
}

fn same_slots(planned: &[PlannedSlot], released: &[Slot]) -> bool {
    let key = |track: &str, s: i64, e: i64, c: u32, t: &[String]| (track.to_string(), s, e, c, t.to_vec());
    let mut a: Vec<_> = planned.iter().map(|p| key(p.track.as_str(), p.starts_at.timestamp(), p.ends_at.timestamp(), p.capacity, &p.types)).collect();
    let mut b: Vec<_> = released.iter().map(|r| key(&r.track, r.starts_at.timestamp(), r.ends_at.timestamp(), r.capacity, &r.types)).collect();
    a.sort();
    b.sort();
    a == b
}

impl<R: Repository> Services<R> {
    pub async fn office_config(&self, by: &Session, code: &str) -> ServiceResult<OfficeConfig> {
        by.require_office(Action::EditOffice, code)?;
        let stored = self.repo.office(&parse_office_code(code)?).await?;
        Ok(OfficeConfig { version: stored.version, tracks: stored.office.track_codes().into_iter().collect(), office: stored.office })
    }

    pub async fn save_office(&self, by: &Session, office: &Office, expected_version: i64) -> ServiceResult<SaveReport> {
        by.require_office(Action::EditOffice, office.code.as_str())?;
        office.validate()?;
        self.repo.catch_up().await;
        let current = self.repo.office(&office.code).await?;
        if current.version != expected_version {
            return Err(ServiceError::new(
                "conflict",
                format!("office {} was changed by someone else (version {} is current, you edited version {expected_version}); reload it and make the change again", office.code, current.version),
            ));
        }
        let (write, kept) = self.plan_write(&current, office).await?;
        let days_remade = write.remake.iter().map(|(d, _)| d.to_string()).collect();
        let stored = self.repo.write_offices(std::slice::from_ref(&write), self.now()).await?.pop().ok_or_else(|| ServiceError::new("database_unavailable", "the office was not stored; try again"))?;
        Ok(SaveReport { version: stored.version, days_remade, days_kept: kept })
    }

    /// How a new configuration of a stored office meets its released days
    /// from today on: the days it alters are made again when no booked
    /// appointment stands on them, else kept (returned); a day it closes
    /// that holds booked appointments refuses the change, naming them.
    /// The mix editor and an office import both save through it.
    /// `before` is the office as stored, whose version the write expects.
    pub(crate) async fn plan_write(&self, before: &StoredOffice, office: &Office) -> ServiceResult<(OfficeWrite, Vec<String>)> {
        let today = office.today(self.now());
        let through = today + Duration::days(400);
        // A day is closed by the change only if the office stood open on it:
        // one closed already (a holiday) that still holds appointments is kept.
        let was_open = |day| before.office.is_open_on(day);
        let released = self.repo.released_days(&office.code, today, through).await?;
        let (mut remake, mut kept, mut closing) = (Vec::new(), Vec::new(), Vec::new());
        for &day in &released {
            let planned = slot_engine::plan_day(office, day);
            let slots = self.repo.slots(&office.code, day).await?;
            if same_slots(&planned, &slots) {
                continue;
            }
            // Cancelled appointments do not hold a day: their slots are kept
            // withdrawn, as the time they had. The seats taken count too: a
            // workstation keeping another office's appointments has no names.
            let holders: Vec<_> = self.repo.appointments_on(&office.code, day).await?.into_iter().filter(|a| a.status == AppointmentStatus::Booked).collect();
            let seats: u32 = slots.iter().map(|s| s.booked).sum();
            if holders.is_empty() && seats == 0 {
                remake.push((day, planned));
            } else if !office.is_open_on(day) && was_open(day) {
                let mut names: Vec<String> = holders.iter().take(3).map(|a| format!("{} {}", a.confirmation, a.applicant.last_name)).collect();
                if holders.len() > 3 {
                    names.push(format!("{} more", holders.len() - 3));
                }
                if names.is_empty() {
                    names.push(format!("{seats} booked"));
                }
                closing.push(format!("{} {day} ({})", weekday_key(day.weekday()), names.join(", ")));
            } else {
                kept.push(day.to_string());
            }
        }
        if !closing.is_empty() {
            return Err(ServiceError::new(
                "day_has_bookings",
                format!("office {}: cannot close a day that has appointments: {}; reschedule or cancel them first", office.code, closing.join("; ")),
            ));
        }
        let seen = DaysSeen { from: today, through, days: released };
        Ok((OfficeWrite { office: office.clone(), expected_version: Some(before.version), seen: Some(seen), remake }, kept))
    }
}
