//! The district manager's office editor: load an office's whole
//! configuration, preview what a changed mix yields, and save it.
//!
//! Saving replaces the configuration if nobody saved in between (version
//! check), and in the same transaction makes again the released future days
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
    repository::{AppointmentStatus, Repository, Slot},
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
        let current = self.repo.office(&office.code).await?;
        if current.version != expected_version {
            return Err(ServiceError::new(
                "conflict",
                format!("office {} was changed by someone else (version {} is current, you edited version {expected_version}); reload it and make the change again", office.code, current.version),
            ));
        }
        let today = office.today(self.now());
        let released = self.repo.released_days(&office.code, today, today + Duration::days(400)).await?;
        let (mut remake, mut kept, mut closing) = (Vec::new(), Vec::new(), Vec::new());
        for day in released {
            let planned = slot_engine::plan_day(office, day);
            if same_slots(&planned, &self.repo.slots(&office.code, day).await?) {
                continue;
            }
            // Cancelled appointments do not hold a day: their slots are kept
            // withdrawn, as the time they had.
            let holders: Vec<_> = self.repo.appointments_on(&office.code, day).await?.into_iter().filter(|a| a.status == AppointmentStatus::Booked).collect();
            if holders.is_empty() {
                remake.push((day, planned));
            } else if office.holidays.contains(&day) || !office.is_open_on(day) {
                let mut names: Vec<String> = holders.iter().take(3).map(|a| format!("{} {}", a.confirmation, a.applicant.last_name)).collect();
                if holders.len() > 3 {
                    names.push(format!("{} more", holders.len() - 3));
                }
                closing.push(format!("{} {day} ({})", weekday_key(day.weekday()), names.join(", ")));
            } else {
                kept.push(day.to_string());
            }
        }
        if !closing.is_empty() {
            return Err(ServiceError::new(
                "day_has_bookings",
                format!("cannot close a day that has appointments: {}; reschedule or cancel them first", closing.join("; ")),
            ));
        }
        let stored = self.repo.update_office(office, expected_version, &remake, self.now()).await?;
        Ok(SaveReport { version: stored.version, days_remade: remake.iter().map(|(d, _)| d.to_string()).collect(), days_kept: kept })
    }
}
