//! `passdesk-bench`: the figures in BENCHMARKS.md, each beside a baseline
//! measured in the same run on the same disk.
//!
//! 1. Releasing 8 weeks of slots for every demo office.
//! 2. Booking throughput with 1, 4 and 16 concurrent bookers, each with its own
//!    connection pool on one database file, beside raw SQLite inserts (one row
//!    per transaction, same pragmas, same writer counts).
//! 3. Looking up an appointment by confirmation number and PIN among
//!    1,000,000 appointments (p50/p99), beside a bare indexed SELECT.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use chrono::{DateTime, Days, Utc};
use clap::Parser;
use passdesk_domain::{
    applicant::ApplicantInput,
    confirmation::ConfirmationNumber,
    office_file::Format,
    pin::Pin,
};
use passdesk_services::{booking::BookingRequest, demo::OFFICES_TOML, open_local, pin_key::PinKeySource, Clock, LocalServices};
use sqlx::{sqlite::SqliteConnectOptions, ConnectOptions, Connection, Executor};

#[derive(Parser)]
#[command(about = "PassDesk benchmarks; prints the figures for BENCHMARKS.md")]
struct Args {
    /// Appointments in the lookup database
    #[arg(long, default_value_t = 1_000_000)]
    appointments: usize,
    /// Lookups to time
    #[arg(long, default_value_t = 10_000)]
    lookups: usize,
    /// Seconds each booking and insert configuration runs
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Runs of the release benchmark (the median is reported)
    #[arg(long, default_value_t = 5)]
    release_runs: usize,
    /// Folder for the databases [default: a temporary folder]
    #[arg(long)]
    dir: Option<PathBuf>,
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn now() -> DateTime<Utc> {
    Utc::now()
}

fn fixed(t: DateTime<Utc>) -> Clock {
    Arc::new(move || t)
}

async fn fresh(dir: &Path, name: &str, at: DateTime<Utc>) -> Result<LocalServices> {
    let db = dir.join(name);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let key = PinKeySource::File(dir.join("pin-key"));
    let (s, _) = open_local(&db, &key, fixed(at)).await?;
    Ok(s)
}

async fn reopen(dir: &Path, name: &str, at: DateTime<Utc>) -> Result<LocalServices> {
    let key = PinKeySource::File(dir.join("pin-key"));
    Ok(open_local(&dir.join(name), &key, fixed(at)).await?.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

async fn release_bench(dir: &Path, runs: usize) -> Result<()> {
    let at = now();
    let mut times = Vec::new();
    let mut slots = 0;
    let mut days = 0;
    for _ in 0..runs {
        let s = fresh(dir, "release.sqlite3", at).await?;
        let offices = s.import_offices(OFFICES_TOML, Format::Toml).await?;
        let t0 = Instant::now();
        slots = 0;
        days = 0;
        for o in &offices {
            let today = s.office(&o.code).await?.config.today(at);
            let r = s.release_through(&o.code, today.checked_add_days(Days::new(55)).unwrap_or(today)).await?;
            slots += r.slots_created;
            days += r.days_released;
        }
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        s.repo().close().await;
    }
    let ms = median(times.clone());
    println!("## Release 8 weeks, all demo offices");
    println!("offices: 7, days decided: {days}, slots created: {slots}");
    println!("median of {runs} runs: {ms:.1} ms ({:.0} slots/s); all runs (ms): {}", f64::from(slots) / ms * 1000.0, times.iter().map(|t| format!("{t:.1}")).collect::<Vec<_>>().join(", "));
    Ok(())
}

fn person(booker: usize, n: usize) -> ApplicantInput {
    // Names may not hold digits: the counter becomes letters.
    let mut k = booker * 1_000_000 + n;
    let mut first = String::from("B");
    while k > 0 {
        first.push(char::from(b'a' + (k % 26) as u8));
        k /= 26;
    }
    ApplicantInput { first_name: first, last_name: "Bench".into(), date_of_birth: "1980-01-01".into(), ..Default::default() }
}

async fn booking_bench(dir: &Path, bookers: usize, seconds: f64) -> Result<(usize, f64)> {
    let at = now();
    let s = fresh(dir, "booking.sqlite3", at).await?;
    let offices = s.import_offices(OFFICES_TOML, Format::Toml).await?;
    for o in &offices {
        s.release_due(&o.code).await?;
    }
    let codes: Vec<String> = offices.iter().map(|o| o.code.clone()).collect();
    let mut tasks = Vec::new();
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    for b in 0..bookers {
        let services = reopen(dir, "booking.sqlite3", at).await?;
        let codes = codes.clone();
        tasks.push(tokio::spawn(async move {
            let mut made = 0usize;
            let mut n = 0usize;
            while Instant::now() < deadline {
                n += 1;
                let req = BookingRequest {
                    office: Some(codes[(b + n) % codes.len()].clone()),
                    type_code: "case_inquiry".into(),
                    applicant: person(b, n),
                    ..Default::default()
                };
                match services.book(&req).await {
                    Ok(_) => made += 1,
                    Err(e) if e.code == "no_free_slot" => {}
                    Err(e) => return Err(format!("booking failed: {} [{}]", e.message, e.code)),
                }
            }
            Ok(made)
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await??;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let check = s.repo().integrity_check().await?;
    let over: i64 = sqlx::query_scalar("SELECT count(*) FROM slots WHERE booked > capacity").fetch_one(s.repo().pool()).await?;
    let mismatched: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM slots s WHERE booked != (SELECT count(*) FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked')",
    )
    .fetch_one(s.repo().pool())
    .await?;
    if check != "ok" || over != 0 || mismatched != 0 {
        return Err(format!("data check failed after the run: integrity {check}, over-full {over}, miscounted {mismatched}").into());
    }
    Ok((total, total as f64 / elapsed))
}

/// One row per transaction, the same pragmas as the store, `writers`
/// connections on one file: the ceiling for one-transaction bookings here.
async fn raw_insert_bench(dir: &Path, writers: usize, seconds: f64) -> Result<(usize, f64)> {
    let path = dir.join("raw.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
        .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(30));
    let mut setup = options.connect().await?;
    setup.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY NOT NULL, v TEXT NOT NULL) STRICT").await?;
    setup.close().await?;
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    let mut tasks = Vec::new();
    for _ in 0..writers {
        let options = options.clone();
        tasks.push(tokio::spawn(async move {
            let mut conn = options.connect().await.map_err(|e| e.to_string())?;
            let mut made = 0usize;
            while Instant::now() < deadline {
                let mut tx = conn.begin_with("BEGIN IMMEDIATE").await.map_err(|e| e.to_string())?;
                sqlx::query("INSERT INTO t (id, v) VALUES (?, ?)")
                    .bind(uuid::Uuid::now_v7().to_string())
                    .bind("a row about the size of an appointment's identity columns")
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| e.to_string())?;
                tx.commit().await.map_err(|e| e.to_string())?;
                made += 1;
            }
            Ok::<_, String>(made)
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await??;
    }
    Ok((total, total as f64 / start.elapsed().as_secs_f64()))
}

async fn lookup_bench(dir: &Path, appointments: usize, lookups: usize) -> Result<()> {
    let at = now();
    let s = fresh(dir, "lookup.sqlite3", at).await?;
    s.import_offices(OFFICES_TOML, Format::Toml).await?;
    let pool = s.repo().pool().clone();
    let office_id: String = sqlx::query_scalar("SELECT id FROM offices WHERE code = 'DAL'").fetch_one(&pool).await?;
    let (key, _) = passdesk_services::pin_key::load(&PinKeySource::File(dir.join("pin-key")), None)?;
    let applicant = serde_json::to_string(&person(0, 1).parse(at.date_naive())?)?;
    let per_slot = 50usize;
    let t0 = Instant::now();
    let mut samples = Vec::with_capacity(lookups);
    let mut tx = pool.begin().await?;
    let base = at.timestamp() + 86_400;
    let mut slot_id = String::new();
    for i in 0..appointments {
        if i % per_slot == 0 {
            let start = base + (i / per_slot) as i64 * 900;
            slot_id = uuid::Uuid::now_v7().to_string();
            let day = DateTime::from_timestamp(start, 0).unwrap_or(at).date_naive().to_string();
            sqlx::query("INSERT INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, booked, types) VALUES (?, ?, ?, 'general', ?, ?, 50, ?, '[\"case_inquiry\"]')")
                .bind(&slot_id).bind(&office_id).bind(day).bind(start).bind(start + 900).bind(per_slot.min(appointments - i) as i64)
                .execute(&mut *tx).await?;
        }
        let conf = ConfirmationNumber::random();
        let pin = Pin::random();
        sqlx::query("INSERT INTO appointments (id, confirmation, pin_hash, office_id, slot_id, type_code, status, language, last_name, first_name, date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, 'case_inquiry', 'booked', 'en', 'Bench', ?, '1980-01-01', NULL, NULL, ?, NULL, '{}', ?, ?)")
            .bind(uuid::Uuid::now_v7().to_string()).bind(conf.as_str()).bind(key.hash(conf.as_str(), &pin)).bind(&office_id).bind(&slot_id)
            .bind(format!("P{i}")).bind(&applicant).bind(at.timestamp()).bind(at.timestamp())
            .execute(&mut *tx).await?;
        // Every n-th appointment is looked up later, spread over the whole table.
        if samples.len() < lookups && i % (appointments / lookups).max(1) == 0 {
            samples.push((conf.to_string(), pin.reveal().to_string()));
        }
    }
    tx.commit().await?;
    let fill = t0.elapsed();
    let size = std::fs::metadata(dir.join("lookup.sqlite3")).map(|m| m.len()).unwrap_or(0);
    // Warm the cache as a workstation that has run for a while has it.
    for (c, p) in samples.iter().take(200) {
        s.lookup(c, p).await?;
    }
    let mut full = Vec::with_capacity(samples.len());
    for (c, p) in &samples {
        let t = Instant::now();
        let v = s.lookup(c, p).await?;
        full.push(t.elapsed());
        if v.confirmation != *c {
            return Err(format!("lookup of {c} returned {}", v.confirmation).into());
        }
    }
    let mut bare = Vec::with_capacity(samples.len());
    for (c, _) in &samples {
        let raw = c.replace('-', "");
        let t = Instant::now();
        let row: Option<(String, String)> = sqlx::query_as("SELECT id, pin_hash FROM appointments WHERE confirmation = ?").bind(&raw).fetch_optional(&pool).await?;
        bare.push(t.elapsed());
        if row.is_none() {
            return Err(format!("bare select missed {c}").into());
        }
    }
    full.sort();
    bare.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!("## Lookup by confirmation number and PIN");
    println!("appointments: {appointments} (filled in {:.1} s, database {:.0} MB), lookups timed: {}", fill.as_secs_f64(), size as f64 / 1e6, samples.len());
    println!("passdesk lookup path (PIN check + appointment + office): p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs", us(percentile(&full, 0.5)), us(percentile(&full, 0.99)), us(percentile(&full, 1.0)));
    println!("baseline, bare indexed SELECT:                         p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs", us(percentile(&bare, 0.5)), us(percentile(&bare, 0.99)), us(percentile(&bare, 1.0)));
    Ok(())
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    let args = Args::parse();
    let temp = tempfile::tempdir()?;
    let dir = args.dir.clone().unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&dir)?;
    println!("database folder: {}", dir.display());
    release_bench(&dir, args.release_runs).await?;
    println!("## Booking throughput, one database file, {} s per configuration", args.seconds);
    println!("| concurrent | PassDesk bookings/s | raw SQLite inserts/s (baseline) | bookings made |");
    println!("|---|---|---|---|");
    for n in [1, 4, 16] {
        let (made, rate) = booking_bench(&dir, n, args.seconds).await?;
        let (_, raw) = raw_insert_bench(&dir, n, args.seconds).await?;
        println!("| {n} | {rate:.0} | {raw:.0} | {made} |");
    }
    lookup_bench(&dir, args.appointments, args.lookups).await?;
    Ok(())
}
