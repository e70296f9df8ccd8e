//! What the use cases return: plain data for the shells to print or show.
//! Times are RFC 3339 with the office's UTC offset, as people at that office
//! read them.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use passdesk_domain::{
    applicant::{Applicant, Representative},
    appointment_type::{self, TypeAnswers, TypeRule},
    office::Office,
    repository::{Appointment, Slot, StoredOffice},
};
use serde::Serialize;

pub fn local_rfc3339(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).to_rfc3339()
}

/// Whom to call about an appointment, and how: for the lists staff phone
/// people from (a closed day, bookings made on a workstation's own).
pub struct Reach {
    pub name: String,
    pub type_name: String,
    /// The applicant's, else the representative's.
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The language their notice was in, to call them in.
    pub language: String,
}

impl Reach {
    pub fn of(a: &Appointment) -> Self {
        let ap = &a.applicant;
        let rep = a.representative.as_ref();
        Self {
            name: format!("{} {}", ap.first_name.as_str(), ap.last_name.as_str()),
            type_name: appointment_type::find(&a.type_code).map_or_else(|_| a.type_code.clone(), |t| t.name.to_string()),
            phone: ap.phone.as_ref().map(ToString::to_string).or_else(|| rep.map(|r| r.phone.to_string())),
            email: ap.email.as_ref().or_else(|| rep.and_then(|r| r.email.as_ref())).map(ToString::to_string),
            language: a.language.as_str().to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SlotView {
    pub id: String,
    pub office: String,
    pub local_date: String,
    pub starts_at: String,
    pub ends_at: String,
    pub track: String,
    pub capacity: u32,
    pub booked: u32,
    pub free: u32,
    pub types: Vec<String>,
}

impl SlotView {
    pub fn new(s: &Slot, tz: Tz) -> Self {
        Self {
            id: s.id.to_string(),
            office: s.office.to_string(),
            local_date: s.local_date.to_string(),
            starts_at: local_rfc3339(s.starts_at, tz),
            ends_at: local_rfc3339(s.ends_at, tz),
            track: s.track.clone(),
            capacity: s.capacity,
            booked: s.booked,
            free: s.capacity.saturating_sub(s.booked),
            types: s.types.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OfficeSummary {
    pub code: String,
    pub name: String,
    pub address: String,
    pub time_zone: String,
    pub version: i64,
    pub tracks: Vec<String>,
    pub zip_ranges: Vec<String>,
    pub countries: Vec<String>,
    pub release_window_days: u32,
    pub release_at: String,
    /// The appointment types some block of its daily mix serves: the ones
    /// it can be booked for (the kiosk offers no other bookable type).
    pub types_served: Vec<String>,
    /// The office's date when this was read, in its own time zone: a board
    /// left open past midnight moves on to it.
    pub today: String,
}

impl OfficeSummary {
    pub fn new(s: &StoredOffice, now: chrono::DateTime<chrono::Utc>) -> Self {
        let o = &s.office;
        Self {
            today: o.today(now).to_string(),
            code: o.code.to_string(),
            name: o.name.clone(),
            address: o.address.to_string(),
            time_zone: o.time_zone.name().to_string(),
            version: s.version,
            tracks: o.track_codes().into_iter().collect(),
            zip_ranges: o.areas.zips.iter().map(ToString::to_string).collect(),
            countries: o.areas.countries.iter().map(ToString::to_string).collect(),
            release_window_days: o.release.window_days,
            release_at: o.release.release_at.format("%H:%M").to_string(),
            types_served: {
                use chrono::Weekday::*;
                let served: std::collections::BTreeSet<&String> = [Mon, Tue, Wed, Thu, Fri, Sat, Sun].into_iter().flat_map(|d| o.mix.on(d)).flat_map(|b| &b.types).collect();
                served.into_iter().cloned().collect()
            },
        }
    }
}

/// An office in full: the summary and the configuration as stored.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OfficeDetail {
    #[serde(flatten)]
    pub summary: OfficeSummary,
    pub config: Office,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TypeView {
    pub code: &'static str,
    pub name: &'static str,
    pub bookable: bool,
    pub usual_track: &'static str,
    pub rule: TypeRule,
    pub bring: Vec<&'static str>,
}

pub fn catalogue() -> Vec<TypeView> {
    appointment_type::CATALOGUE
        .iter()
        .map(|t| TypeView {
            code: t.code,
            name: t.name,
            bookable: t.is_bookable(),
            usual_track: t.usual_track,
            rule: t.rule,
            bring: t.bring.iter().map(|d| appointment_type::document_name(d)).collect(),
        })
        .collect()
}

/// What the person takes away from a booking: the PIN appears here once and
/// is never stored in clear.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BookingReceipt {
    pub pin: String,
    #[serde(flatten)]
    pub appointment: AppointmentView,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppointmentView {
    pub appointment_id: String,
    pub confirmation: String,
    pub status: &'static str,
    pub office: String,
    pub office_name: String,
    pub address: String,
    pub starts_at: String,
    pub ends_at: String,
    pub track: String,
    #[serde(rename = "type")]
    pub type_code: String,
    pub type_name: String,
    pub language: String,
    pub slot_id: String,
    pub applicant: Applicant,
    pub representative: Option<Representative>,
    #[serde(skip_serializing_if = "TypeAnswers::is_empty")]
    pub answers: TypeAnswers,
    /// What to bring, in words.
    pub bring: Vec<&'static str>,
}

impl AppointmentView {
    pub fn new(a: &Appointment, office: &Office) -> Self {
        let ty = appointment_type::find(&a.type_code).ok();
        Self {
            appointment_id: a.id.to_string(),
            confirmation: a.confirmation.to_string(),
            status: a.status.as_str(),
            office: office.code.to_string(),
            office_name: office.name.clone(),
            address: office.address.to_string(),
            starts_at: local_rfc3339(a.slot.starts_at, office.time_zone),
            ends_at: local_rfc3339(a.slot.ends_at, office.time_zone),
            track: a.slot.track.clone(),
            type_code: a.type_code.clone(),
            type_name: ty.map(|t| t.name.to_string()).unwrap_or_else(|| a.type_code.clone()),
            language: a.language.to_string(),
            slot_id: a.slot.id.to_string(),
            applicant: a.applicant.clone(),
            representative: a.representative.clone(),
            answers: a.answers.clone(),
            bring: ty.map(|t| t.bring.iter().map(|d| appointment_type::document_name(d)).collect()).unwrap_or_default(),
        }
    }
}

/// A line of the board or of its search: what the table shows and nothing
/// more. The board reads its day every second, cashiers' boards too; no
/// A-number, birth date or address travels with it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BoardRow {
    pub appointment_id: String,
    pub confirmation: String,
    pub status: &'static str,
    pub starts_at: String,
    pub track: String,
    pub type_name: String,
    pub last_name: String,
    pub first_name: String,
}

impl BoardRow {
    pub fn new(a: &Appointment, office: &Office) -> Self {
        Self {
            appointment_id: a.id.to_string(),
            confirmation: a.confirmation.to_string(),
            status: a.status.as_str(),
            starts_at: local_rfc3339(a.slot.starts_at, office.time_zone),
            track: a.slot.track.clone(),
            type_name: appointment_type::find(&a.type_code).map(|t| t.name.to_string()).unwrap_or_else(|_| a.type_code.clone()),
            last_name: a.applicant.last_name.to_string(),
            first_name: a.applicant.first_name.to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReleaseView {
    pub office: String,
    pub from: String,
    pub through: String,
    pub days_released: u32,
    pub slots_created: u32,
    pub days_already_released: u32,
}
