//! Fixtures shared by PassDesk's cross-crate tests: a test office, a fresh
//! database per test, a fixed clock, and applicants that differ by number.

// Test support: a fixture that cannot be set up fails the test loudly.
#![allow(clippy::panic)]

pub mod fault_proxy;

use std::{path::PathBuf, sync::Arc};

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{applicant::ApplicantInput, office_file::Format};
use passdesk_services::{booking::BookingRequest, open_local, pin_key::PinKeySource, Clock, LocalServices};
use tempfile::TempDir;

/// One office in Dallas's time zone: two general tracks' worth of 30-minute
/// slots with two seats each, an attorney track, closed on a holiday.
pub const TEST_OFFICE: &str = include_str!("../fixtures/one-office.toml");

pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).map(|t| t.with_timezone(&Utc)).unwrap_or_else(|e| panic!("bad instant {rfc3339}: {e}"))
}

pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap_or_else(|e| panic!("bad date {s}: {e}"))
}

pub fn clock_at(t: DateTime<Utc>) -> Clock {
    Arc::new(move || t)
}

/// A fresh database in its own temporary folder, with its own PIN key file.
pub struct Fixture {
    pub dir: TempDir,
    pub db: PathBuf,
    pub services: LocalServices,
}

impl Fixture {
    pub async fn new(offices_toml: &str, now: DateTime<Utc>) -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let db = dir.path().join("passdesk.sqlite3");
        let services = open(&dir, &db, now).await;
        services.import_offices(offices_toml, Format::Toml).await.unwrap_or_else(|e| panic!("import: {e}"));
        Self { dir, db, services }
    }

    /// Another, independent connection pool on the same database file.
    pub async fn reopen(&self, now: DateTime<Utc>) -> LocalServices {
        open(&self.dir, &self.db, now).await
    }
}

async fn open(dir: &TempDir, db: &std::path::Path, now: DateTime<Utc>) -> LocalServices {
    let key = PinKeySource::File(dir.path().join("pin-key"));
    open_local(db, &key, clock_at(now)).await.unwrap_or_else(|e| panic!("open {}: {e}", db.display())).0
}

/// Applicant number `i`: distinct people for distinct `i`.
pub fn person(i: usize) -> ApplicantInput {
    ApplicantInput {
        first_name: format!("Ana{}", letters(i)),
        last_name: "Silva".into(),
        date_of_birth: format!("19{:02}-0{}-1{}", 50 + i % 40, 1 + i % 9, i % 10),
        a_number: Some(format!("A{:09}", 10_000_000 + i)),
        ..Default::default()
    }
}

/// Names may not hold digits, so numbers become letters.
pub fn letters(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

pub fn request(office: &str, type_code: &str, slot_id: Option<&str>, who: usize) -> BookingRequest {
    BookingRequest {
        office: Some(office.into()),
        type_code: type_code.into(),
        slot_id: slot_id.map(str::to_string),
        applicant: person(who),
        ..Default::default()
    }
}
