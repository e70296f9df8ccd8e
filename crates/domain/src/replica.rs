//! What travels between a workstation and the central database: facts a desk
//! pushes from its outbox, and the rows a replica pulls from the change feed.
//! Plain data, the same for both stores; each store maps it to its own columns.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::visit::{DocumentRecord, Visit, VisitState};

/// A fact recorded at a desk, waiting in its outbox. `id` is the idempotency
/// key: the central database applies each id once however often it arrives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxFact {
    pub id: Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub made_at: DateTime<Utc>,
}

/// The facts a desk records, as their payloads read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum DeskFact {
    // Boxed: a visit is large beside the other facts.
    VisitRecorded { visit: Box<Visit>, documents: Vec<DocumentRecord> },
    VisitAdvanced { visit: Uuid, state: VisitState, desk: Option<String>, receipt_ref: Option<String>, by: String, at: i64 },
}

impl DeskFact {
    /// The visit the fact is about.
    pub fn visit_id(&self) -> Uuid {
        match self {
            Self::VisitRecorded { visit, .. } => visit.id,
            Self::VisitAdvanced { visit, .. } => *visit,
        }
    }

    /// Reads an outbox row; an unknown kind or a payload that does not parse
    /// is an error the central database records as rejected.
    pub fn parse(kind: &str, payload: &serde_json::Value) -> Result<Self, String> {
        serde_json::from_value(serde_json::json!({ "kind": kind, "payload": payload })).map_err(|e| format!("{kind}: {e}"))
    }
}

/// A position in the central change feed: the writing transaction's id, then
/// the change's sequence number. Written "txid:seq".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FeedCursor {
    pub txid: i64,
    pub seq: i64,
}

impl std::fmt::Display for FeedCursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.txid, self.seq)
    }
}

impl std::str::FromStr for FeedCursor {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (t, q) = s.split_once(':').ok_or_else(|| format!("not a feed cursor: {s:?}"))?;
        let bad = |_| format!("not a feed cursor: {s:?}");
        Ok(Self { txid: t.parse().map_err(bad)?, seq: q.parse().map_err(bad)? })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeRow {
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub time_zone: String,
    pub config: serde_json::Value,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub zip_areas: Vec<(i32, i32)>,
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReleasedDayRow {
    pub office_id: Uuid,
    pub local_date: NaiveDate,
    pub office_version: i64,
    pub released_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlotRow {
    pub id: Uuid,
    pub office_id: Uuid,
    pub local_date: NaiveDate,
    pub track: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: i32,
    pub booked: i32,
    pub types: Vec<String>,
    /// Kept only as the time cancelled appointments had; never offered.
    #[serde(default)]
    pub withdrawn: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppointmentRow {
    pub id: Uuid,
    pub confirmation: String,
    pub pin_hash: String,
    pub office_id: Uuid,
    pub slot_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub type_code: String,
    pub status: String,
    pub language: String,
    pub last_name: String,
    pub first_name: String,
    pub last_key: String,
    pub first_key: String,
    pub date_of_birth: NaiveDate,
    pub a_number: Option<String>,
    pub receipt_number: Option<String>,
    pub applicant: serde_json::Value,
    pub representative: Option<serde_json::Value>,
    pub answers: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentCheckRow {
    pub id: Uuid,
    pub kind: String,
    pub number_last4: Option<String>,
    pub expiry: Option<NaiveDate>,
    pub outcome: String,
    pub problems: serde_json::Value,
    pub override_reason: Option<String>,
    pub overridden_by: Option<String>,
    pub checked_by: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VisitRow {
    pub id: Uuid,
    pub office_id: Uuid,
    pub local_date: NaiveDate,
    pub appointment_id: Option<Uuid>,
    pub kind: String,
    pub track: String,
    pub queue_number: i32,
    pub display_name: String,
    pub state: String,
    pub late: bool,
    pub arrived_at: DateTime<Utc>,
    pub checked_in_by: String,
    pub called_at: Option<DateTime<Utc>>,
    pub desk: Option<String>,
    pub called_by: Option<String>,
    pub finished_at: Option<DateTime<Utc>>,
    pub finished_by: Option<String>,
    pub receipt_ref: Option<String>,
    pub walk_in_reason: Option<String>,
    pub approved_by: Option<String>,
    pub companions: serde_json::Value,
    pub superseded_by: Option<Uuid>,
    /// The visit's document checks, whole: a replica replaces its copy.
    pub documents: Vec<DocumentCheckRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: Uuid,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub office_id: Option<Uuid>,
    pub password_hash: String,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
}

/// One entity as it stands now in the central database, or gone from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    Office(OfficeRow),
    OfficeRemoved(Uuid),
    ReleasedDay(ReleasedDayRow),
    ReleasedDayRemoved { office_id: Uuid, local_date: NaiveDate },
    Slot(SlotRow),
    SlotRemoved(Uuid),
    Appointment(AppointmentRow),
    AppointmentRemoved(Uuid),
    Visit(VisitRow),
    VisitRemoved(Uuid),
    Staff(StaffRow),
    StaffRemoved(Uuid),
}

/// One read of the change feed: the changes in feed order (each entity once,
/// as it stands now) and the cursor to resume from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedPage {
    pub changes: Vec<Change>,
    pub next: FeedCursor,
    /// More changes are ready beyond this page.
    pub more: bool,
    /// Changes read from the feed (an entity changed twice counts twice).
    pub feed_rows: u64,
    /// The oldest transaction still running when the page was read: every
    /// change below it has been delivered.
    pub horizon: i64,
}

/// What one push of facts did centrally.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushReport {
    pub applied: u64,
    /// Already applied before (a retry): skipped.
    pub duplicates: u64,
    /// Could not be applied (recorded with the reason, kept in the history).
    pub rejected: u64,
}
