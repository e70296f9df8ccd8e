//! The one repository trait PassDesk's stores implement: the local SQLite
//! store now, the central PostgreSQL store with the sync. Services depend on
//! this trait, never on a store, so a use case runs the same against either.
//!
//! Every method is one transaction: it either happens whole or not at all.

use std::{future::Future, sync::Arc};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use crate::{
    applicant::{Applicant, Language, Representative},
    appointment_type::TypeAnswers,
    confirmation::ConfirmationNumber,
    office::{Office, OfficeCode},
    service_area::{CountryCode, Zip},
    slot_engine::PlannedSlot,
    staff::{StaffAccount, Username},
    visit::{ArrivalSearch, DocumentRecord, NewVisit, Visit, VisitStep},
    DomainError, ErrorCode,
};

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoredOffice {
    pub id: Uuid,
    /// Bumped by every change; an edit made against an older version is refused.
    pub version: i64,
    pub office: Office,
}

/// One office written whole, in one transaction with the others written
/// beside it (an import's offices all land or none does).
#[derive(Debug, Clone)]
pub struct OfficeWrite {
    pub office: Office,
    /// The version the change was made on: a later one refuses the write.
    /// `Some(NEW_OFFICE)`: the office must not exist yet; `None`: whatever
    /// is stored is replaced.
    pub expected_version: Option<i64>,
    /// The released days the change was planned against; refused when
    /// others were released since (they would keep the old mix unseen).
    pub seen: Option<DaysSeen>,
    /// Released days made again from the new configuration, refused when
    /// one of them holds booked appointments.
    pub remake: Vec<(NaiveDate, Vec<PlannedSlot>)>,
}

/// `OfficeWrite::expected_version` of an office that must be new: stored
/// offices start at version 1.
pub const NEW_OFFICE: i64 = 0;

impl OfficeWrite {
    /// Replaces whatever is stored, and leaves released days alone.
    pub fn whole(office: Office) -> Self {
        Self { office, expected_version: None, seen: None, remake: Vec::new() }
    }
}

/// The refusal of a change made on version `expected` of an office whose
/// stored version is `current`.
pub fn stale_office(code: &str, current: i64, expected: i64) -> RepoError {
    if expected == NEW_OFFICE {
        return RepoError::Conflict(format!("office {code} was added by someone else meanwhile (version {current}); reload the offices and make the change again"));
    }
    RepoError::Conflict(format!(
        "office {code} was changed by someone else (version {current} is current, this edit was made on version {expected}); reload it and make the change again"
    ))
}

/// The refusal of days planned from version `planned_on` of an office now
/// at `current`: the plan is made again from the office as it is.
pub fn check_plan(office: &OfficeCode, current: i64, planned_on: Option<i64>) -> RepoResult<()> {
    match planned_on {
        Some(p) if p != current => Err(RepoError::Conflict(format!(
            "office {office} changed since these slots were planned (version {current} now, planned from version {p}); release again to plan from it as it is"
        ))),
        _ => Ok(()),
    }
}

/// The office's released days from `from` through `through`, as read when
/// a change was planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaysSeen {
    pub from: NaiveDate,
    pub through: NaiveDate,
    pub days: Vec<NaiveDate>,
}

impl DaysSeen {
    /// The refusal when the days released now (`now_released`, in date
    /// order) are not the ones the change was planned against.
    pub fn check(&self, office: &OfficeCode, now_released: &[NaiveDate]) -> RepoResult<()> {
        if now_released == self.days.as_slice() {
            return Ok(());
        }
        let new: Vec<String> = now_released.iter().filter(|d| !self.days.contains(d)).map(ToString::to_string).collect();
        let what = if new.is_empty() { "its released days changed".to_string() } else { format!("{} released meanwhile", new.join(", ")) };
        Err(RepoError::Conflict(format!("office {office}: {what}; reload it and make the change again")))
    }
}

/// A released slot with its current occupancy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Slot {
    pub id: Uuid,
    pub office: OfficeCode,
    pub local_date: NaiveDate,
    pub track: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: u32,
    pub booked: u32,
    pub types: Vec<String>,
}

impl Slot {
    pub fn is_full(&self) -> bool {
        self.booked >= self.capacity
    }

    /// Whether a person could take it now for an appointment of `type_code`:
    /// it serves the type, has a free seat and has not begun.
    pub fn offered_for(&self, type_code: &str, now: DateTime<Utc>) -> bool {
        self.starts_at > now && !self.is_full() && self.types.iter().any(|t| t == type_code)
    }
}

/// Which slot a booking or reschedule takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotChoice {
    Exact(Uuid),
    /// The earliest slot with a free seat serving the type, on `from` or later.
    FirstFree { from: NaiveDate },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Booked,
    Cancelled,
}

impl AppointmentStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Booked => "booked",
            Self::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "booked" => Some(Self::Booked),
            "cancelled" => Some(Self::Cancelled),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Appointment {
    pub id: Uuid,
    pub confirmation: ConfirmationNumber,
    pub slot: Slot,
    pub type_code: String,
    pub status: AppointmentStatus,
    pub language: Language,
    pub applicant: Applicant,
    pub representative: Option<Representative>,
    pub answers: TypeAnswers,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A booking the services have checked against the type's rules.
#[derive(Debug, Clone)]
pub struct NewBooking {
    pub id: Uuid,
    pub confirmation: ConfirmationNumber,
    pub pin_hash: String,
    pub office: OfficeCode,
    pub type_code: String,
    pub slot: SlotChoice,
    pub language: Language,
    pub applicant: Applicant,
    pub representative: Option<Representative>,
    pub answers: TypeAnswers,
    pub now: DateTime<Utc>,
}

/// How the front desk looks for an appointment without its PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppointmentSearch {
    ANumber(crate::applicant::ANumber),
    /// A prefix of the first name, the last name, or "first last" (case-insensitive for ASCII).
    Name(String),
}

/// Who a person is, as a replacement notice asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub last_name: crate::applicant::Name,
    pub first_name: crate::applicant::Name,
    pub date_of_birth: crate::applicant::DateOfBirth,
    pub a_number: Option<crate::applicant::ANumber>,
    pub receipt_number: Option<crate::applicant::ReceiptNumber>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReleaseReport {
    pub days_released: u32,
    pub slots_created: u32,
    /// Days in the range that were released before and left as they were.
    pub days_already_released: u32,
}

/// Where a PIN check stands for one confirmation number (known or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PinAttempts {
    pub failures: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RepoError {
    #[error("{0}")]
    NotFound(String),
    #[error("this appointment slot is full; choose another time")]
    SlotFull,
    /// No slot with a free seat serves the type from `from` on, within what is released.
    #[error("no free appointment left for this type from {from} on")]
    NoFreeSlot { from: NaiveDate },
    #[error("{0}")]
    SlotUnavailable(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Duplicate(String),
    /// The appointment can no longer be changed: cancelled, or begun or past.
    #[error("{}", if *.cancelled { "this appointment is cancelled; book a new one" } else { "this appointment has already begun or passed; book a new one" })]
    Closed { cancelled: bool },
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("the database is not available: {0}")]
    Unavailable(String),
    /// A central decision (a seat, a release, a configuration edit) was needed
    /// and the central database could not be reached.
    #[error("this needs the central database, which cannot be reached now ({0}); check-ins and ID checks still work and are sent later")]
    CentralUnavailable(String),
    #[error("the database holds data this version cannot read: {0}")]
    Corrupt(String),
    /// The central database answered but cannot be used as it is: it
    /// refused the account, lacks the schema, or is not this replica's;
    /// `code` says which, `message` what to do.
    #[error("{message}")]
    CentralRefused { code: &'static str, message: String },
}

impl ErrorCode for RepoError {
    fn code(&self) -> &'static str {
        match self {
            Self::NotFound(_) => "not_found",
            Self::SlotFull => "slot_full",
            Self::NoFreeSlot { .. } => "no_free_slot",
            Self::SlotUnavailable(_) => "slot_unavailable",
            Self::Conflict(_) => "conflict",
            Self::Duplicate(_) => "duplicate_booking",
            Self::Closed { .. } => "conflict",
            Self::Domain(e) => e.code(),
            Self::Unavailable(_) => "database_unavailable",
            Self::CentralUnavailable(_) => "central_unavailable",
            Self::Corrupt(_) => "database_corrupt",
            Self::CentralRefused { code, .. } => code,
        }
    }
}

pub type RepoResult<T> = Result<T, RepoError>;

/// An administrator's change to an account: all of it as it is to be, and
/// a new password's hash, or `None` to keep the password.
#[derive(Clone, PartialEq, Eq)]
pub struct StaffChange {
    pub display_name: String,
    pub role: crate::staff::Role,
    pub office: Option<OfficeCode>,
    pub disabled: bool,
    pub password_hash: Option<String>,
}

impl StaffChange {
    /// Whether it leaves one enabled administrator fewer, applied to an
    /// account whose stored role is `role` and disabled flag `disabled`.
    pub fn takes_an_administrator(&self, role: &str, disabled: bool) -> bool {
        let admin = crate::staff::Role::Administrator;
        role == admin.as_str() && !disabled && (self.role != admin || self.disabled)
    }

    /// The refusal when no other enabled administrator would be left.
    pub fn last_administrator(username: &str) -> RepoError {
        RepoError::Conflict(format!("{username} is the last administrator; make another account an administrator first"))
    }
}

// A password hash stays out of logs too.
impl std::fmt::Debug for StaffChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffChange")
            .field("display_name", &self.display_name)
            .field("role", &self.role)
            .field("office", &self.office)
            .field("disabled", &self.disabled)
            .field("password_hash", &self.password_hash.as_ref().map(|_| "***"))
            .finish()
    }
}

/// The refusal to make a released day again while booked appointments stand
/// on it; `holders` (confirmation, last name) are the first few of them, in
/// time order, one more than are named when there are more.
pub fn still_booked(office: &OfficeCode, day: NaiveDate, holders: impl IntoIterator<Item = (String, String)>) -> RepoError {
    let holders: Vec<_> = holders.into_iter().collect();
    let list = holders
        .iter()
        .take(5)
        // Shown as the applicant's notice shows it.
        .map(|(c, last)| format!("{} ({last})", c.parse::<crate::confirmation::ConfirmationNumber>().map_or_else(|_| c.clone(), |c| c.to_string())))
        .collect::<Vec<_>>()
        .join(", ");
    let more = if holders.len() > 5 { " and more" } else { "" };
    RepoError::Conflict(format!("{office} {day} cannot be released again: it has booked appointments {list}{more}; reschedule or cancel them first"))
}

/// The time now; injected so tests and the demo can stand at another moment.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

pub trait Repository: Send + Sync {
    /// Creates or replaces offices whole, all or nothing, each as its
    /// `OfficeWrite` says; each replaced one gets a new version.
    fn write_offices(&self, writes: &[OfficeWrite], now: DateTime<Utc>) -> impl Future<Output = RepoResult<Vec<StoredOffice>>> + Send;
    /// Inserts or replaces offices whole, whatever version is stored.
    fn save_offices(&self, offices: &[Office], now: DateTime<Utc>) -> impl Future<Output = RepoResult<Vec<StoredOffice>>> + Send {
        let writes: Vec<OfficeWrite> = offices.iter().cloned().map(OfficeWrite::whole).collect();
        async move { self.write_offices(&writes, now).await }
    }
    /// Replaces one office if it is still at `expected_version`, and in the
    /// same transaction makes the given released days again from it.
    fn update_office(&self, office: &Office, expected_version: i64, rerelease: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> impl Future<Output = RepoResult<StoredOffice>> + Send {
        let write = OfficeWrite { office: office.clone(), expected_version: Some(expected_version), seen: None, remake: rerelease.to_vec() };
        async move { self.write_offices(std::slice::from_ref(&write), now).await?.pop().ok_or_else(|| RepoError::Corrupt("an office write stored nothing".into())) }
    }
    /// Brings a workstation's copy of the central data up to date before a
    /// change is planned on it; a store that is the data has nothing to do.
    fn catch_up(&self) -> impl Future<Output = ()> + Send {
        async {}
    }
    /// The services' clock, for what a store does on its own by date (a
    /// workstation's sync rounds); a store that does nothing by date ignores it.
    fn use_clock(&self, _clock: Clock) {}
    fn offices(&self) -> impl Future<Output = RepoResult<Vec<StoredOffice>>> + Send;
    fn office(&self, code: &OfficeCode) -> impl Future<Output = RepoResult<StoredOffice>> + Send;
    fn office_for_zip(&self, zip: Zip) -> impl Future<Output = RepoResult<Option<OfficeCode>>> + Send;
    fn office_for_country(&self, country: &CountryCode) -> impl Future<Output = RepoResult<Option<OfficeCode>>> + Send;

    /// Releases the planned days that are not released yet; days released
    /// before are left untouched (idempotent).
    /// `planned_on`: the office version the days were planned from; refused
    /// when the office has changed since (a closed day, a new mix).
    fn release(&self, office: &OfficeCode, planned_on: Option<i64>, days: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> impl Future<Output = RepoResult<ReleaseReport>> + Send;
    /// Replaces a released day's slots, refused while the day has bookings.
    fn rerelease(&self, office: &OfficeCode, planned_on: Option<i64>, day: NaiveDate, slots: &[PlannedSlot], now: DateTime<Utc>) -> impl Future<Output = RepoResult<ReleaseReport>> + Send;
    fn released_days(&self, office: &OfficeCode, from: NaiveDate, through: NaiveDate) -> impl Future<Output = RepoResult<Vec<NaiveDate>>> + Send;
    fn slots(&self, office: &OfficeCode, day: NaiveDate) -> impl Future<Output = RepoResult<Vec<Slot>>> + Send;

    /// Takes a seat and records the appointment, or refuses with nothing written.
    fn book(&self, booking: &NewBooking) -> impl Future<Output = RepoResult<Appointment>> + Send;
    /// Moves an appointment to another slot: the new seat is taken and the old
    /// one freed in one transaction.
    fn reschedule(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>) -> impl Future<Output = RepoResult<Appointment>> + Send;
    /// Moves a late arrival's appointment, whose time has passed, to another slot.
    fn rebook_late(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>) -> impl Future<Output = RepoResult<Appointment>> + Send;
    fn cancel(&self, confirmation: &ConfirmationNumber, now: DateTime<Utc>) -> impl Future<Output = RepoResult<Appointment>> + Send;
    /// The appointment and its stored PIN hash.
    fn appointment(&self, confirmation: &ConfirmationNumber) -> impl Future<Output = RepoResult<Option<(Appointment, String)>>> + Send;
    fn appointments_on(&self, office: &OfficeCode, day: NaiveDate) -> impl Future<Output = RepoResult<Vec<Appointment>>> + Send;
    /// The office's appointments matching `search` on `from` or later, earliest first.
    fn search_appointments(&self, office: &OfficeCode, search: &AppointmentSearch, from: NaiveDate, limit: u32) -> impl Future<Output = RepoResult<Vec<Appointment>>> + Send;

    /// Booked appointments that have not begun, of the person with this last
    /// and first name (case-insensitive) and date of birth whose A-number or
    /// receipt number is one of those given; for a replacement notice.
    fn appointments_of_person(&self, identity: &Identity, now: DateTime<Utc>) -> impl Future<Output = RepoResult<Vec<Appointment>>> + Send;
    /// Replaces an appointment's PIN hash (a replacement notice issues a new PIN).
    fn replace_pin(&self, confirmation: &ConfirmationNumber, pin_hash: &str, now: DateTime<Utc>) -> impl Future<Output = RepoResult<()>> + Send;

    /// Appointments anywhere that match a front-desk search, those nearest `around` first.
    fn find_arrivals(&self, search: &ArrivalSearch, around: DateTime<Utc>, limit: u32) -> impl Future<Output = RepoResult<Vec<Appointment>>> + Send;
    /// Records an arrival or walk-in and its documents, with the office's next
    /// queue number of the day; an appointment is checked in once.
    fn record_visit(&self, visit: &NewVisit) -> impl Future<Output = RepoResult<Visit>> + Send;
    fn visits_on(&self, office: &OfficeCode, day: NaiveDate) -> impl Future<Output = RepoResult<Vec<Visit>>> + Send;
    /// Moves a visit on (else a conflict naming the state it is in).
    fn advance_visit(&self, step: &VisitStep<'_>) -> impl Future<Output = RepoResult<Visit>> + Send;
    fn documents_of(&self, visit: Uuid) -> impl Future<Output = RepoResult<Vec<DocumentRecord>>> + Send;

    fn pin_attempts(&self, confirmation: &str, now: DateTime<Utc>) -> impl Future<Output = RepoResult<PinAttempts>> + Send;
    /// Counts a wrong PIN; after `max` failures the number is locked until `lock_until`.
    fn record_pin_failure(&self, confirmation: &str, max: u32, lock_until: DateTime<Utc>, now: DateTime<Utc>) -> impl Future<Output = RepoResult<PinAttempts>> + Send;
    fn clear_pin_failures(&self, confirmation: &str) -> impl Future<Output = RepoResult<()>> + Send;

    /// Adds a staff account; with `only_if_none`, only into an empty staff
    /// table (the first-run administrator), decided in the same transaction.
    fn add_staff(&self, account: &StaffAccount, password_hash: &str, only_if_none: bool, now: DateTime<Utc>) -> impl Future<Output = RepoResult<()>> + Send;
    /// An enabled account and its password hash.
    fn staff(&self, username: &Username) -> impl Future<Output = RepoResult<Option<(StaffAccount, String)>>> + Send;
    fn staff_count(&self) -> impl Future<Output = RepoResult<u64>> + Send;
    /// A slot on offer (not withdrawn), by id.
    fn slot(&self, id: Uuid) -> impl Future<Output = RepoResult<Option<Slot>>> + Send;
    /// Every account by username, and whether it is disabled.
    fn staff_accounts(&self) -> impl Future<Output = RepoResult<Vec<(StaffAccount, bool)>>> + Send;
    /// Changes an account as an administrator decided; refused (conflict)
    /// when it would leave the district without an enabled administrator.
    fn update_staff(&self, username: &Username, change: &StaffChange, now: DateTime<Utc>) -> impl Future<Output = RepoResult<StaffAccount>> + Send;

    fn meta(&self, key: &str) -> impl Future<Output = RepoResult<Option<String>>> + Send;
    fn set_meta(&self, key: &str, value: &str) -> impl Future<Output = RepoResult<()>> + Send;
}
