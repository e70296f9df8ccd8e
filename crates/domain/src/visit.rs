//! A visit: one person at the office on one day, from arrival to the end of
//! their service: an appointment checked in, or a walk-in. The waiting room
//! knows visits by their queue number only.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    applicant::{search_key, ANumber, ReceiptNumber},
    confirmation::ConfirmationNumber,
    documents::DocumentKind,
    office::OfficeCode,
    DomainError,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VisitKind {
    Appointment,
    /// An emergency screened at the desk.
    WalkIn,
    /// An attorney in the office's attorney walk-in hours.
    AttorneyWalkIn,
    /// Someone paying in the office's cashier hours.
    CashierWalkIn,
}

impl VisitKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Appointment => "appointment",
            Self::WalkIn => "walk_in",
            Self::AttorneyWalkIn => "attorney_walk_in",
            Self::CashierWalkIn => "cashier_walk_in",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Appointment, Self::WalkIn, Self::AttorneyWalkIn, Self::CashierWalkIn].into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VisitState {
    Waiting,
    /// Called to a window or desk.
    Called,
    Served,
    /// Seen but not served (the cashier could not take the payment, say).
    NotServed,
}

impl VisitState {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Called => "called",
            Self::Served => "served",
            Self::NotServed => "not_served",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Waiting, Self::Called, Self::Served, Self::NotServed].into_iter().find(|k| k.as_str() == s)
    }
}

/// Someone who comes in with the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Companion {
    /// family, translator, attorney
    pub role: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Visit {
    pub id: Uuid,
    pub office: OfficeCode,
    pub local_date: NaiveDate,
    pub confirmation: Option<ConfirmationNumber>,
    pub kind: VisitKind,
    pub track: String,
    pub queue_number: u32,
    pub display_name: String,
    pub state: VisitState,
    pub late: bool,
    pub arrived_at: DateTime<Utc>,
    pub checked_in_by: String,
    pub called_at: Option<DateTime<Utc>>,
    pub desk: Option<String>,
    pub finished_at: Option<DateTime<Utc>>,
    pub receipt_ref: Option<String>,
    pub walk_in_reason: Option<String>,
    pub approved_by: Option<String>,
    pub companions: Vec<Companion>,
}

/// A document as recorded: its kind, at most the last 4 characters of its
/// number, its expiry, and what the desk made of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentRecord {
    pub kind: DocumentKind,
    pub number_last4: Option<String>,
    pub expiry: Option<NaiveDate>,
    /// seen, mrz_match, mrz_mismatch
    pub outcome: String,
    pub problems: Vec<String>,
    pub override_reason: Option<String>,
    pub overridden_by: Option<String>,
}

/// A visit about to be recorded; the store gives it the next queue number.
#[derive(Debug, Clone)]
pub struct NewVisit {
    pub id: Uuid,
    pub office: OfficeCode,
    pub local_date: NaiveDate,
    pub appointment: Option<ConfirmationNumber>,
    pub kind: VisitKind,
    pub track: String,
    pub display_name: String,
    pub late: bool,
    pub checked_in_by: String,
    pub walk_in_reason: Option<String>,
    pub approved_by: Option<String>,
    pub companions: Vec<Companion>,
    pub documents: Vec<DocumentRecord>,
    pub now: DateTime<Utc>,
    /// The queue number the central database gave, when it could be asked;
    /// otherwise the store gives the day's next one it knows of.
    pub queue_number: Option<u32>,
}

/// What the front desk's search box was given, once read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArrivalSearch {
    Confirmation(ConfirmationNumber),
    ANumber(ANumber),
    Receipt(ReceiptNumber),
    /// Up to two folded name prefixes (each of the last or the first name), and a birth date to narrow.
    Name { prefixes: Vec<String>, born: Option<NaiveDate> },
}

/// A visit moving on: to `to`, if it stands in one of `from`.
#[derive(Debug, Clone)]
pub struct VisitStep<'a> {
    pub id: Uuid,
    pub from: &'a [VisitState],
    pub to: VisitState,
    /// The desk or window a visit is called to.
    pub desk: Option<&'a str>,
    /// A payment's receipt reference, when a cashier finishes a visit.
    pub receipt_ref: Option<&'a str>,
    pub by: &'a str,
    pub now: DateTime<Utc>,
}

/// Reads what the search box was given: a scanned notice (the QR code holds
/// the confirmation number), a confirmation number, an A-number, a receipt
/// number, or a name (one or two name prefixes, optionally a birth date).
pub fn parse_search(query: &str) -> Result<ArrivalSearch, DomainError> {
    let q = query.trim();
    let compact: String = q.chars().filter(|c| !c.is_whitespace()).collect();
    let upper = compact.to_uppercase();
    // Numbers are ASCII; only then may they be cut by position.
    let ascii = upper.is_ascii();
    if ascii && upper.starts_with('A') && upper.len() >= 8 && upper[1..].chars().all(|c| c.is_ascii_digit()) {
        return Ok(ArrivalSearch::ANumber(upper.parse::<ANumber>()?));
    }
    if ascii && upper.len() == 13 && upper[..3].chars().all(|c| c.is_ascii_alphabetic()) && upper[3..].chars().all(|c| c.is_ascii_digit()) {
        return Ok(ArrivalSearch::Receipt(upper.parse::<ReceiptNumber>()?));
    }
    // After the numbers: an A-number's shape could also pass a confirmation
    // number's check character (see `also_confirmation`).
    if let Ok(c) = q.parse::<ConfirmationNumber>() {
        return Ok(ArrivalSearch::Confirmation(c));
    }
    let mut born = None;
    let mut words = Vec::new();
    for w in q.split_whitespace() {
        match NaiveDate::parse_from_str(w, "%Y-%m-%d") {
            Ok(d) => born = Some(d),
            Err(_) => words.push(w),
        }
    }
    let prefixes: Vec<String> = search_key(&words.join(" ")).split(' ').filter(|w| !w.is_empty()).take(2).map(String::from).collect();
    if prefixes.iter().map(|p| p.chars().count()).sum::<usize>() < 2 {
        return Err(DomainError::invalid("search", "scan the notice, or type a confirmation number, an A-number, a receipt number or at least 2 letters of a name"));
    }
    Ok(ArrivalSearch::Name { prefixes, born })
}

/// The confirmation number a query could also be, when it was read as
/// another kind of number first (an A-number may look like one).
pub fn also_confirmation(query: &str) -> Option<ConfirmationNumber> {
    query.trim().parse().ok()
}
