//! The demo database: the offices of `demo/offices.toml`, eight weeks of
//! released slots, and a few hundred plausible bookings, so every screen has
//! something real to show.

use std::{path::Path, sync::Arc};

use chrono::{Days, Duration};
use passdesk_domain::{
    applicant::{ApplicantInput, LANGUAGES},
    appointment_type::{FinalOrder, TypeAnswers},
    office_file::{self, Format},
    repository::Repository,
    slot_engine,
};
use passdesk_store::SqliteStore;
use rand::{rngs::StdRng, seq::IndexedRandom, Rng, SeedableRng};
use serde::Serialize;

use crate::{booking::BookingRequest, parse_office_code, views::SlotView, ServiceError, ServiceResult};

pub const OFFICES_TOML: &str = include_str!("../demo/offices.toml");
const DEMO_MARK: &str = "demo";

/// The demo's staff accounts, one per role (README: "Demo accounts").
pub const DEMO_STAFF: &[(&str, &str, &str, Option<&str>, &str)] = &[
    ("admin", "Alex Admin", "administrator", None, "admin-demo-2026"),
    ("manager", "Dana Manager", "district_manager", Some("DAL"), "manager-demo-2026"),
    ("desk", "Frankie Desk", "front_desk", Some("DAL"), "desk-demo-2026"),
    ("cashier", "Casey Cashier", "cashier", Some("DAL"), "cashier-demo-2026"),
];

#[derive(Debug, Clone, Serialize)]
pub struct DemoReport {
    pub offices: usize,
    pub days_released: u32,
    pub slots: u32,
    pub bookings: usize,
    pub cancelled: usize,
    /// A few bookings with their PINs, to try `lookup`, `reschedule` and `cancel` with.
    pub samples: Vec<DemoSample>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DemoSample {
    pub confirmation: String,
    pub pin: String,
    pub name: String,
    pub office: String,
    pub starts_at: String,
}

const FIRST: &[&str] = &[
    "María", "José", "Wei", "Ana", "Mohammed", "Olena", "Nguyen", "Jean", "Fatima", "Carlos", "Li", "Priya", "Ahmed", "Sofia", "Ivan",
    "Grace", "Daniel", "Marisol", "Kenji", "Amara", "Luis", "Hyun-woo", "Agnieszka", "Tomás", "Esther", "Rafael", "Mei", "Joseph", "Leila", "Miguel",
];
const LAST: &[&str] = &[
    "García", "Hernández", "Chen", "Nguyen", "Kowalski", "Haddad", "Kim", "Santos", "Dubois", "Petrov", "Rodríguez", "Okafor", "Tran", "Pierre",
    "Martínez", "Singh", "Lopez", "Ivanova", "Park", "Silva", "Mendoza", "Cruz", "Ali", "Reyes", "Nowak", "Wang", "Jean-Baptiste", "Flores",
];
const COUNTRIES: &[&str] = &["Mexico", "China", "India", "Philippines", "Vietnam", "El Salvador", "Haiti", "Poland", "Ukraine", "Brazil", "Nigeria", "Korea", "Guatemala", "Cuba"];

fn request_for(slot: &SlotView, rng: &mut StdRng, today: chrono::NaiveDate) -> BookingRequest {
    let ty = slot.types.choose(rng).cloned().unwrap_or_default();
    let answers = match ty.as_str() {
        "adit" => TypeAnswers { proof_needed_by: today.checked_add_days(Days::new(rng.random_range(5..25))), ..Default::default() },
        "eap" => TypeAnswers { travel_date: today.checked_add_days(Days::new(rng.random_range(20..40))), ..Default::default() },
        "interim_ead" => TypeAnswers { adjustment_filed_on: today.checked_sub_days(Days::new(rng.random_range(95..300))), ..Default::default() },
        "ij_grant" => TypeAnswers {
            final_order: Some(FinalOrder {
                date: today.checked_sub_days(Days::new(rng.random_range(10..200))).unwrap_or(today),
                court: "Dallas Immigration Court".into(),
                granted: "adjustment of status".into(),
            }),
            ..Default::default()
        },
        _ => TypeAnswers::default(),
    };
    let year = rng.random_range(1950..2006);
    let language = if rng.random_bool(0.5) { "en" } else { LANGUAGES.choose(rng).map(|l| l.0).unwrap_or("en") };
    BookingRequest {
        office: Some(slot.office.clone()),
        type_code: ty,
        slot_id: Some(slot.id.clone()),
        language: Some(language.into()),
        applicant: ApplicantInput {
            first_name: FIRST.choose(rng).copied().unwrap_or("Ana").into(),
            last_name: LAST.choose(rng).copied().unwrap_or("Silva").into(),
            date_of_birth: format!("{year}-{:02}-{:02}", rng.random_range(1..=12), rng.random_range(1..=28)),
            country_of_birth: COUNTRIES.choose(rng).map(|c| c.to_string()),
            phone: Some(format!("({}) 555-{:04}", rng.random_range(201..990), rng.random_range(100..199))),
            a_number: rng.random_bool(0.7).then(|| format!("A{:09}", rng.random_range(10_000_000..300_000_000u32))),
            receipt_number: rng
                .random_bool(0.5)
                .then(|| format!("{}{:010}", ["EAC", "WAC", "LIN", "SRC", "IOE", "MSC"].choose(rng).copied().unwrap_or("IOE"), rng.random_range(2_190_000_000u64..2_690_000_000))),
            ..Default::default()
        },
        answers,
        ..Default::default()
    }
}

/// Deletes the database files at `db` (and its WAL), only if they hold a demo.
async fn remove_old_demo(db: &Path, force: bool) -> ServiceResult<()> {
    if !db.exists() {
        return Ok(());
    }
    if !force {
        let mark = SqliteStore::meta_of_file(db, DEMO_MARK).await?;
        if mark.is_none() {
            return Err(ServiceError::new(
                "not_a_demo",
                format!("{} holds real data, not a demo; name another --db, or pass --force to overwrite it", db.display()),
            ));
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(ServiceError::new("database_unavailable", format!("cannot remove {}: {e}", Path::new(&p).display()))),
        }
    }
    Ok(())
}

impl crate::LocalServices {
    /// Refuses an office the demo does not have, before any demo is made.
    pub fn check_demo_office(code: &str) -> ServiceResult<()> {
        let code = parse_office_code(code)?;
        let offices = office_file::parse(OFFICES_TOML, Format::Toml)?;
        if offices.iter().any(|o| o.code == code) {
            return Ok(());
        }
        let codes: Vec<&str> = offices.iter().map(|o| o.code.as_str()).collect();
        Err(ServiceError::new("not_found", format!("the demo has no office {code}; its offices are {}", codes.join(", "))))
    }

    /// Builds the demo in a fresh database at `db` with `bookings_per_office`
    /// bookings each; returns the services on it.
    pub async fn create_demo(db: &Path, key: &crate::pin_key::PinKeySource, force: bool, bookings_per_office: usize, clock: crate::Clock) -> ServiceResult<(Self, DemoReport)> {
        remove_old_demo(db, force).await?;
        let now = clock();
        // The demo's history starts a day back, so today's board already has
        // arrivals from the morning.
        let start = now - Duration::days(1);
        let (services, _) = crate::open_local(db, key, Arc::new(move || start)).await?;
        services.repo.set_meta(DEMO_MARK, "1").await?;
        let offices = services.import_offices(OFFICES_TOML, Format::Toml).await?;
        let mut admin = None;
        for (username, name, role, office, password) in DEMO_STAFF {
            let new = crate::staff::NewStaff {
                username: (*username).into(),
                display_name: (*name).into(),
                role: (*role).into(),
                office: office.map(str::to_string),
                password: (*password).into(),
            };
            match &admin {
                None => admin = Some(services.create_first_administrator(&new).await?),
                Some(by) => {
                    services.add_staff(by, &new).await?;
                }
            }
        }
        let mut rng = StdRng::seed_from_u64(0x0001_f0ca_55de_5c00);
        let mut report = DemoReport { offices: offices.len(), days_released: 0, slots: 0, bookings: 0, cancelled: 0, samples: Vec::new() };
        for office in &offices {
            let r = services.release_due(&office.code).await?;
            report.days_released += r.days_released;
            report.slots += r.slots_created;
            let from = r.from.parse().map_err(|_| ServiceError::new("internal", "bad release date"))?;
            let through = r.through.parse().map_err(|_| ServiceError::new("internal", "bad release date"))?;
            let mut slots = Vec::new();
            for day in slot_engine::days(from, through) {
                slots.extend(services.slots(&office.code, day).await?);
            }
            let today = services.repo.office(&office.code.parse()?).await?.office.today(start);
            // More bookings near today, as demand is.
            slots.sort_by_key(|s| s.starts_at.clone());
            let mut made = 0;
            let mut tries = 0;
            while made < bookings_per_office && tries < bookings_per_office.saturating_mul(5) && !slots.is_empty() {
                tries += 1;
                let i = ((rng.random::<f64>().powi(2)) * slots.len() as f64) as usize;
                let Some(slot) = slots.get(i.min(slots.len() - 1)) else { break };
                let req = request_for(slot, &mut rng, today);
                let Ok(receipt) = services.book(&req).await else { continue };
                made += 1;
                if rng.random_bool(0.06) {
                    services.cancel(&receipt.appointment.confirmation, &receipt.pin).await?;
                    report.cancelled += 1;
                } else if !report.samples.iter().any(|x| x.office == office.code) && chrono::DateTime::parse_from_rfc3339(&receipt.appointment.starts_at).is_ok_and(|t| t > now) {
                    report.samples.push(DemoSample {
                        confirmation: receipt.appointment.confirmation.clone(),
                        pin: receipt.pin.clone(),
                        name: format!("{} {}", receipt.appointment.applicant.first_name, receipt.appointment.applicant.last_name),
                        office: office.code.clone(),
                        starts_at: receipt.appointment.starts_at.clone(),
                    });
                }
            }
            report.bookings += made;
        }
        Ok((services.with_clock(clock), report))
    }
}
