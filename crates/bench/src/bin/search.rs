//! `search`: the front desk's search box among an office's full history:
//! 1,000,000 appointments over two years (realistic names with accents,
//! A-numbers, receipt numbers), each kind of query timed through the whole
//! service path (parse, search, office and visit of each match), p50 and p99,
//! beside a bare indexed SELECT by confirmation number on the same file.
//!
//! `search [--appointments 1000000] [--queries 1000] [--dir DIR]`

use std::{
    path::PathBuf,
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use clap::Parser;
use passdesk_domain::{applicant::search_key, confirmation::ConfirmationNumber, office_file::Format};
use passdesk_services::{demo::OFFICES_TOML, open_local, pin_key::PinKeySource, staff::NewStaff, Clock};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 1_000_000)]
    appointments: usize,
    #[arg(long, default_value_t = 1000)]
    queries: usize,
    #[arg(long)]
    dir: Option<PathBuf>,
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// What is typed into the search box for a sample, if it has that key.
type Query = fn(&Sample) -> Option<String>;

/// One appointment whose keys are searched for later.
struct Sample {
    confirmation: String,
    a_number: Option<String>,
    receipt: Option<String>,
    last: String,
    first: String,
    dob: String,
}

const LAST: &[&str] = &[
    "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz",
    "Morales", "Reyes", "Gutiérrez", "Ortiz", "Chávez", "Nguyen", "Tran", "Le", "Pham", "Kim", "Lee", "Park", "Choi", "Wang", "Li", "Zhang", "Liu", "Chen",
    "Yang", "Huang", "Singh", "Patel", "Khan", "Ali", "Haddad", "Nowak", "Kowalski", "Wiśniewski", "Ivanov", "Smirnov", "Popescu", "Dubois", "Silva",
    "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Joseph", "Pierre", "Jean", "Baptiste", "Okafor", "Mensah", "Müller", "Núñez", "Peña", "Muñoz",
];
const FIRST: &[&str] = &[
    "María", "José", "Juan", "Ana", "Luis", "Carmen", "Carlos", "Rosa", "Jorge", "Elena", "Miguel", "Sofía", "Wei", "Min", "Ji-woo", "Minh", "Linh", "Anh",
    "Mohammed", "Fatima", "Omar", "Layla", "Piotr", "Anna", "Olga", "Ivan", "Jean", "Marie", "Paulo", "Joana", "Thiago", "Ngozi", "Kwame", "Priya", "Arjun",
    "Amélie", "Zoë", "Chloé", "Noé", "Iñaki",
];

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted.get(((sorted.len() as f64 - 1.0) * p).round() as usize).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    let args = Args::parse();
    let temp = tempfile::tempdir()?;
    let dir = args.dir.clone().unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("search.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.join(format!("search.sqlite3{suffix}")));
    }
    let now: DateTime<Utc> = "2026-11-24T15:00:00Z".parse()?;
    let clock: Clock = std::sync::Arc::new(move || now);
    let key = PinKeySource::File(dir.join("pin-key"));
    let (s, _) = open_local(&db, &key, clock.clone()).await?;
    s.import_offices(OFFICES_TOML, Format::Toml).await?;
    let admin = s.create_first_administrator(&NewStaff { username: "root".into(), display_name: "Root".into(), role: "administrator".into(), office: None, password: "root-password-1".into() }).await?;
    s.add_staff(&admin, &NewStaff { username: "desk".into(), display_name: "Desk".into(), role: "front_desk".into(), office: Some("DAL".into()), password: "desk-password-1".into() }).await?;
    let desk = s.sign_in("desk", "desk-password-1").await?;

    // Two years of history around today, 15-minute slots of up to 20 people.
    let pool = s.repo().pool().clone();
    let office_id: String = sqlx::query_scalar("SELECT id FROM offices WHERE code = 'DAL'").fetch_one(&pool).await?;
    let t0 = Instant::now();
    let mut tx = pool.begin().await?;
    let start = now.timestamp() - 365 * 86_400;
    let per_slot = 20usize;
    let mut slot_id = String::new();
    let mut slot_start = 0i64;
    let mut samples: Vec<Sample> = Vec::new();
    let every = (args.appointments / args.queries).max(1);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..args.appointments {
        if i % per_slot == 0 {
            let at = start + (i / per_slot) as i64 * 900;
            slot_start = at;
            slot_id = uuid::Uuid::now_v7().to_string();
            let day = DateTime::from_timestamp(at, 0).unwrap_or(now).date_naive().to_string();
            sqlx::query("INSERT INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, booked, types) VALUES (?, ?, ?, 'general', ?, ?, 20, 20, '[\"case_inquiry\"]')")
                .bind(&slot_id).bind(&office_id).bind(day).bind(at).bind(at + 900).execute(&mut *tx).await?;
        }
        let r = next();
        let last = LAST[(r % LAST.len() as u64) as usize];
        let first = FIRST[((r >> 8) % FIRST.len() as u64) as usize];
        let dob = format!("19{:02}-{:02}-{:02}", 40 + (r >> 16) % 60, 1 + (r >> 24) % 12, 1 + (r >> 32) % 28);
        let a_number = ((r >> 40) % 10 < 6).then(|| format!("A{:09}", i));
        let receipt = ((r >> 44) % 10 < 4).then(|| format!("EAC{:010}", i));
        let conf = ConfirmationNumber::random();
        let applicant = serde_json::json!({ "first_name": first, "middle_name": null, "last_name": last, "date_of_birth": dob, "country_of_birth": null, "zip": null, "phone": null, "email": null, "a_number": a_number, "receipt_number": receipt }).to_string();
        sqlx::query("INSERT INTO appointments (id, confirmation, pin_hash, office_id, slot_id, type_code, status, language, last_name, first_name, date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at, last_key, first_key, starts_at)
                     VALUES (?, ?, 'x', ?, ?, 'case_inquiry', 'booked', 'en', ?, ?, ?, ?, ?, ?, NULL, '{}', ?, ?, ?, ?, ?)")
            .bind(uuid::Uuid::now_v7().to_string()).bind(conf.as_str()).bind(&office_id).bind(&slot_id).bind(last).bind(first).bind(&dob)
            .bind(&a_number).bind(&receipt).bind(&applicant).bind(start).bind(start).bind(search_key(last)).bind(search_key(first)).bind(slot_start)
            .execute(&mut *tx).await?;
        if i % every == 0 {
            samples.push(Sample { confirmation: conf.to_string(), a_number, receipt, last: last.to_string(), first: first.to_string(), dob });
        }
    }
    tx.commit().await?;
    sqlx::query("ANALYZE").execute(&pool).await?;
    println!("{} appointments over two years in {:.0} s; {} MB", args.appointments, t0.elapsed().as_secs_f64(), std::fs::metadata(&db).map(|m| m.len() / 1_000_000).unwrap_or(0));

    let kinds: [(&str, Query); 5] = [
        ("scanned notice (confirmation number)", |x| Some(x.confirmation.clone())),
        ("A-number", |x| x.a_number.clone()),
        ("receipt number", |x| x.receipt.clone()),
        ("name prefix (3 letters of the last name)", |x| Some(x.last.chars().take(3).collect())),
        ("last and first name, date of birth", |x| Some(format!("{} {} {}", x.last, x.first, x.dob))),
    ];
    println!("| query | p50 (ms) | p99 (ms) | queries |");
    println!("|---|---:|---:|---:|");
    for (name, query) in &kinds {
        let queries: Vec<String> = samples.iter().filter_map(query).collect();
        for q in queries.iter().take(50) {
            s.find_arrival(&desk, q).await?;
        }
        let mut times = Vec::with_capacity(queries.len());
        for q in &queries {
            let t = Instant::now();
            let found = s.find_arrival(&desk, q).await?;
            times.push(t.elapsed());
            if found.is_empty() {
                return Err(format!("{name}: nothing found for {q}").into());
            }
        }
        times.sort();
        println!("| {name} | {:.2} | {:.2} | {} |", percentile(&times, 0.5), percentile(&times, 0.99), times.len());
    }
    let mut bare = Vec::new();
    for x in &samples {
        let raw = x.confirmation.replace('-', "");
        let t = Instant::now();
        let row: Option<(String,)> = sqlx::query_as("SELECT id FROM appointments WHERE confirmation = ?").bind(&raw).fetch_optional(&pool).await?;
        bare.push(t.elapsed());
        if row.is_none() {
            return Err("bare select missed".into());
        }
    }
    bare.sort();
    println!("| baseline: bare indexed SELECT by confirmation number | {:.3} | {:.3} | {} |", percentile(&bare, 0.5), percentile(&bare, 0.99), bare.len());
    Ok(())
}
