//! A front desk recording visits as fast as it can, for the test that kills
//! it mid-write (tests/tests/sync_faults.rs). It opens a prepared local
//! database, signs in, checks in today's booked appointments not checked in
//! yet, then records emergency walk-ins, forever; after each visit is
//! committed it prints the visit's id on its own line and flushes stdout.
//!
//!     desk_writer DB PIN_KEY_FILE NOW USERNAME PASSWORD OFFICE

use std::{
    collections::HashSet,
    error::Error,
    io::Write,
    path::PathBuf,
    sync::Arc,
};

use chrono::{DateTime, Utc};
use passdesk_domain::{
    documents::DocumentKind,
    repository::{AppointmentStatus, Repository},
    visit::{NewVisit, VisitKind},
};
use passdesk_services::{
    front_desk::{CheckIn, DocumentShown},
    open_local,
    pin_key::PinKeySource,
};
use uuid::Uuid;

type Failure = Box<dyn Error>;

/// What the command line says.
struct Args {
    db: PathBuf,
    key: PathBuf,
    now: DateTime<Utc>,
    user: String,
    password: String,
    office: String,
}

fn args() -> Result<Args, Failure> {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let [db, key, now, user, password, office] = a.as_slice() else {
        return Err("usage: desk_writer DB PIN_KEY_FILE NOW USERNAME PASSWORD OFFICE".into());
    };
    let now = DateTime::parse_from_rfc3339(now)?.with_timezone(&Utc);
    Ok(Args { db: db.into(), key: key.into(), now, user: user.clone(), password: password.clone(), office: office.clone() })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Failure> {
    let Args { db, key, now, user, password, office } = args()?;
    let clock = Arc::new(move || now);
    let (s, _) = open_local(&db, &PinKeySource::File(key), clock).await.map_err(|e| e.message)?;
    let session = s.sign_in(&user, &password).await.map_err(|e| e.message)?;
    let code = office.parse()?;
    let today = s.repo().office(&code).await?.office.today(now);
    let checked_in: HashSet<_> = s.repo().visits_on(&code, today).await?.into_iter().filter_map(|v| v.confirmation).collect();
    let mut arrivals: Vec<String> = s
        .repo()
        .appointments_on(&code, today)
        .await?
        .into_iter()
        .filter(|a| a.status == AppointmentStatus::Booked && !checked_in.contains(&a.confirmation))
        .map(|a| a.confirmation.to_string())
        .collect();
    let stdout = std::io::stdout();
    for n in 0u64.. {
        let id = match arrivals.pop() {
            Some(confirmation) => {
                let passport = DocumentShown { kind: DocumentKind::Passport, number_last4: Some("1234".into()), expiry: Some("2030-01-01".into()), mrz: None };
                let c = CheckIn { confirmation, documents: vec![passport], override_reason: None, companions: vec![] };
                s.check_in(&session, &c).await.map_err(|e| e.message)?.id
            }
            None => {
                let walk_in = NewVisit {
                    id: Uuid::now_v7(),
                    office: code.clone(),
                    local_date: today,
                    appointment: None,
                    kind: VisitKind::WalkIn,
                    track: "general".into(),
                    display_name: format!("Walk In {}", passdesk_tests::letters(n as usize)),
                    late: false,
                    checked_in_by: user.clone(),
                    walk_in_reason: Some("medical_emergency".into()),
                    approved_by: None,
                    companions: Vec::new(),
                    documents: Vec::new(),
                    now,
                    queue_number: None,
                };
                s.repo().record_visit(&walk_in).await?.id
            }
        };
        // Committed: only now is the visit acknowledged.
        let mut out = stdout.lock();
        writeln!(out, "{id}")?;
        out.flush()?;
    }
    Ok(())
}
