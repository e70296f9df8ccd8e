//! `central`: the central PostgreSQL database on this machine, each figure
//! beside a baseline measured in the same run on the same server.
//!
//! 1. A release storm through the app's booking path: bookers take the first
//!    free seat of one office from the same day (so they race for the same
//!    earliest slots) with 8, 16 and 32 connections, each booking through
//!    `Services<PgStore>::book`; and from 8 workstations (the central booking,
//!    then the replica's pull). After each run no slot may hold more than its
//!    capacity.
//! 2. Baselines with pgbench on the same server: a single-row hot update, the
//!    built-in TPC-B-like script, plain-SQL `SKIP LOCKED` seat taking over the
//!    real schema, a plain-SQL conditional counter update, and the app's own
//!    booking statement replayed by pgbench (the server's share of a booking
//!    without the app process), also on a schema without some of its guards
//!    (a what-if).
//! 3. The sync: pulling 100,000 changes into an empty replica and pushing
//!    10,000 facts recorded at a desk, beside raw SQLite inserts of as many
//!    comparable rows on the same disk.
//! 4. Where a booking's time goes: the server's time per statement
//!    (pg_stat_statements, when the server has it) and in the feed triggers,
//!    CPU per booking, the first-free statement's plan, the pool, the PIN
//!    hash, a loopback round trip; and what-ifs on scratch databases: the
//!    storm without the storm type's own index of free seats.
//!
//! `central [--url postgres://…] [--quick]`. Without `--url` a throwaway
//! PostgreSQL is started on 127.0.0.1 (scripts/postgres.sh, a free port,
//! pg_stat_statements loaded) and stopped at the end, on an error too.

use std::{
    fmt::Write as _,
    net::TcpListener,
    path::{Path, PathBuf},
    process::Command,
    str::FromStr,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use chrono::{DateTime, Days, Utc};
use clap::Parser;
use passdesk_central::PgStore;
use passdesk_domain::{
    applicant::ApplicantInput,
    office_file::Format,
    pin::{Pin, PinKey},
    replica::FeedCursor,
    repository::Repository,
    visit::VisitKind,
};
use passdesk_services::{
    booking::BookingRequest,
    demo::OFFICES_TOML,
    front_desk::WalkIn,
    staff::NewStaff,
    sync::{self, SyncProgress},
    workstation::{Central, Workstation},
    Clock, Services,
};
use passdesk_store::SqliteStore;
use sqlx::{postgres::PgConnectOptions, sqlite::SqliteConnectOptions, ConnectOptions, Connection, Executor};

#[derive(Parser)]
#[command(about = "The central PostgreSQL database: booking storm, sync, and their baselines in one run; prints the tables for BENCHMARKS.md")]
struct Args {
    /// A PostgreSQL server URL (a role that may create databases); default: a throwaway server on 127.0.0.1
    #[arg(long)]
    url: Option<String>,
    /// Smoke run: one configuration of each kind, tiny counts, short runs
    #[arg(long)]
    quick: bool,
    /// Seconds each booking configuration and pgbench run lasts (pgbench: whole seconds; TPC-B runs twice as long) [default: 5; quick: 0.3]
    #[arg(long)]
    seconds: Option<f64>,
    /// Changes pulled into the empty replica [default: 100000; quick: 1000]
    #[arg(long)]
    pull: Option<usize>,
    /// Facts recorded at a desk and pushed [default: 10000; quick: 100]
    #[arg(long)]
    push: Option<usize>,
    /// Folder for the SQLite files [default: a temporary folder]
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Only make the storm's database (New York released for a year) as
    /// `passdesk_bench_NAME` on `--url`'s server, keep it and stop: for
    /// trying statements on it with psql or pgbench
    #[arg(long, value_name = "NAME", requires = "url")]
    prepare: Option<String>,
    /// Only the storm through the app's path with N connections, then (c)
    /// and (e) with N clients (for trying a change; prints the three rows)
    #[arg(long, value_name = "N")]
    storm: Option<usize>,
    /// Only the pull and the push (for trying a change to the sync; prints
    /// their rows, without the raw SQLite baselines)
    #[arg(long, conflicts_with = "storm")]
    sync: bool,
    /// With `--storm`: then the same storm, (e'') and (c) again on a schema
    /// with every trade-off BENCHMARKS.md lists against the target (a
    /// what-if: how near the target the app's path gets at best)
    #[arg(long, requires = "storm")]
    every_trade_off: bool,
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Monday 2026-11-30, 06:00 in New York: every office's day is still ahead.
const NOW: &str = "2026-11-30T11:00:00Z";
/// 09:00 in Arlington, in its cashier hours: when the desk records walk-ins.
const DESK_NOW: &str = "2026-11-30T14:00:00Z";
/// The office the storm books at (the demo's largest) and the type booked.
const STORM_OFFICE: &str = "NYC";
const STORM_TYPE: &str = "case_inquiry";
/// The demo offices release 56 days ahead (today and 55 more).
const WINDOW_DAYS: u64 = 55;
/// The smoke run releases two weeks: enough seats for its short runs.
const QUICK_DAYS: u64 = 13;
/// The longest release the services allow: a year.
const YEAR_DAYS: u64 = 365;
/// The schema of a scratch database: as the migrations make it, or a
/// what-if (said so wherever it is reported).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Schema {
    AsIs,
    /// Without the storm type's own index of free seats
    /// (`seats_open_case_inquiry`, migration 0002): the first-free statement
    /// walks the office's free seats of every type.
    WithoutTypeIndex,
    /// Every trade-off BENCHMARKS.md lists against the target at once
    /// (`EVERY_TRADE_OFF_SQL`): how far the app's path gets when a booking
    /// writes the least an appointment can.
    EveryTradeOff,
}

/// The storm type's own index of free seats.
const TYPE_INDEX: &str = "seats_open_case_inquiry";

/// How much is released, in words.
fn released(days: u64) -> String {
    if days == YEAR_DAYS {
        "a year released".into()
    } else {
        format!("{}-day window", days + 1)
    }
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).unwrap_or_default()
}

fn fixed(t: DateTime<Utc>) -> Clock {
    Arc::new(move || t)
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The smoke run (`--quick`) says nothing on the way; errors still show.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn progress(what: &str) {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    if QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    eprintln!("[central {:6.1} s] {what}", START.get_or_init(Instant::now).elapsed().as_secs_f64());
}

// ---------------------------------------------------------------- the server

/// A throwaway server of scripts/postgres.sh, stopped when dropped (when the
/// run ends, fails or panics).
struct Throwaway {
    dir: tempfile::TempDir,
    port: u16,
}

impl Throwaway {
    /// `bash scripts/postgres.sh …`; the script wants cargo on PATH (its setup checks the toolchain).
    fn script() -> Command {
        let mut c = Command::new("bash");
        c.arg(repo_root().join("scripts/postgres.sh"));
        if let (Some(home), Some(path)) = (std::env::var_os("HOME"), std::env::var_os("PATH")) {
            let mut p = std::ffi::OsString::from(Path::new(&home).join(".cargo/bin"));
            p.push(":");
            p.push(path);
            c.env("PATH", p);
        }
        c
    }

    fn start(&self) -> Result<String> {
        let out = Self::script().arg(self.dir.path()).arg(self.port.to_string()).output()?;
        if !out.status.success() {
            return Err(format!("scripts/postgres.sh failed: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        let url = String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or_default().trim().to_string();
        if !url.starts_with("postgres://") {
            return Err(format!("scripts/postgres.sh printed no URL: {url:?}").into());
        }
        Ok(url)
    }

    fn stop(&self) {
        let _ = Self::script().arg("--stop").arg(self.dir.path()).output();
    }

    fn postmaster_pid(&self) -> Option<u32> {
        std::fs::read_to_string(self.dir.path().join("data/postmaster.pid")).ok()?.lines().next()?.trim().parse().ok()
    }
}

impl Drop for Throwaway {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Server {
    /// The server's `passdesk` database; scratch databases sit beside it.
    url: String,
    throwaway: Option<Throwaway>,
    statements: bool,
}

fn scratch(name: &str) -> String {
    format!("passdesk_bench_{name}")
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Server {
    async fn start(url: Option<&str>) -> Result<Self> {
        let mut server = match url {
            Some(url) => Self { url: url.to_string(), throwaway: None, statements: false },
            None => {
                let t = Throwaway { dir: tempfile::Builder::new().prefix("passdesk-central-bench-").tempdir()?, port: free_port()? };
                let url = t.start()?;
                // pg_stat_statements tells where a booking's server time goes; it is loaded at start.
                let mut c = PgConnectOptions::from_str(&url)?.connect().await?;
                let available: i64 =
                    sqlx::query_scalar("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_stat_statements'").fetch_one(&mut c).await?;
                if available > 0 {
                    c.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'").await?;
                }
                // …and pg_stat_user_functions what the feed triggers cost.
                c.execute("ALTER SYSTEM SET track_functions = 'pl'").await?;
                c.close().await?;
                t.stop();
                t.start()?;
                progress(&format!("throwaway server in {}; if this run is killed, stop it with: bash scripts/postgres.sh --stop {0}", t.dir.path().display()));
                Self { url, throwaway: Some(t), statements: false }
            }
        };
        let mut c = server.admin().await?;
        server.statements =
            c.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").await.is_ok() && c.execute("SELECT 1 FROM pg_stat_statements LIMIT 1").await.is_ok();
        c.close().await?;
        Ok(server)
    }

    async fn admin(&self) -> Result<sqlx::PgConnection> {
        Ok(PgConnectOptions::from_str(&self.url)?.connect().await?)
    }

    /// The URL of the scratch database `name` (every scratch database's name
    /// starts with `passdesk_bench_`, so a shared server's own are never touched).
    fn database_url(&self, name: &str) -> String {
        let name = scratch(name);
        match self.url.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{name}"),
            None => format!("{}/{name}", self.url),
        }
    }

    /// The URL of database `name`, made anew.
    async fn fresh_database(&self, name: &str) -> Result<String> {
        let mut admin = self.admin().await?;
        admin.execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", scratch(name)).as_str()).await?;
        admin.execute(format!("CREATE DATABASE {}", scratch(name)).as_str()).await?;
        admin.close().await?;
        Ok(self.database_url(name))
    }

    /// Database `name` made anew with the central schema, and a store of `pool` connections on it.
    async fn central_store(&self, name: &str, pool: u32) -> Result<PgStore> {
        let store = PgStore::connect_url(&self.fresh_database(name).await?, pool).await?;
        store.migrate().await?;
        Ok(store)
    }

    async fn drop_database(&self, name: &str) -> Result<()> {
        let mut admin = self.admin().await?;
        admin.execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", scratch(name)).as_str()).await?;
        admin.close().await?;
        Ok(())
    }

    /// CPU seconds used so far by the server's processes (throwaway server only).
    fn cpu(&self) -> Option<f64> {
        let pm = self.throwaway.as_ref()?.postmaster_pid()?;
        let mut total = 0.0;
        for entry in std::fs::read_dir("/proc").ok()?.flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else { continue };
            if let Some((ppid, secs, reaped)) = proc_cpu(&format!("/proc/{pid}/stat")) {
                if ppid == pm {
                    total += secs;
                } else if pid == pm {
                    // Backends that have exited count in the postmaster's children's times.
                    total += secs + reaped;
                }
            }
        }
        Some(total)
    }
}

/// (parent pid, user + system CPU seconds, the same of its exited children) of a /proc/…/stat file.
fn proc_cpu(path: &str) -> Option<(u32, f64, f64)> {
    let stat = std::fs::read_to_string(path).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ppid = fields.get(1)?.parse().ok()?;
    let ticks = |i: usize| fields.get(i).and_then(|x| x.parse::<f64>().ok());
    // USER_HZ is 100 on Linux.
    Some((ppid, (ticks(11)? + ticks(12)?) / 100.0, (ticks(13)? + ticks(14)?) / 100.0))
}

/// The checkout's commit, as the figures belong to it.
fn commit() -> String {
    Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(repo_root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| format!("commit {}", String::from_utf8_lossy(&o.stdout).trim()))
        .unwrap_or_else(|| "commit unknown".into())
}

/// The 1, 5 and 15-minute load averages: other work on the machine shows here.
fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg").map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" ")).unwrap_or_default()
}

fn own_cpu() -> f64 {
    proc_cpu("/proc/self/stat").map(|(_, s, _)| s).unwrap_or(f64::NAN)
}

// ------------------------------------------------------------------- helpers

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted.get(((sorted.len() as f64 - 1.0) * p).round() as usize).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(f64::NAN)
}

/// xorshift64: the same applicants in every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// A counter as letters (names may not hold digits).
fn letters(mut k: usize) -> String {
    let mut s = String::new();
    loop {
        s.push(char::from(b'a' + (k % 26) as u8));
        k /= 26;
        if k == 0 {
            return s;
        }
    }
}

const LAST: &[&str] =
    &["García", "Nguyen", "Chen", "Kowalski", "Haddad", "Kim", "Santos", "Dubois", "Petrov", "Okafor", "Singh", "Lopez", "Park", "Silva", "Mendoza", "Reyes"];

/// A different person for every booking, with a plausible birth date and, for 7 in 10, an A-number.
fn person(booker: usize, n: usize, rng: &mut Rng) -> ApplicantInput {
    let serial = booker * 1_000_000 + n;
    let r = rng.next();
    ApplicantInput {
        first_name: format!("B{}", letters(serial)),
        last_name: LAST[(r % LAST.len() as u64) as usize].into(),
        date_of_birth: format!("{}-{:02}-{:02}", 1940 + (r >> 8) % 65, 1 + (r >> 16) % 12, 1 + (r >> 24) % 28),
        a_number: ((r >> 32) % 10 < 7).then(|| format!("A{:09}", 100_000_000 + serial)),
        ..Default::default()
    }
}

fn storm_request(b: usize, n: usize, rng: &mut Rng) -> BookingRequest {
    BookingRequest { office: Some(STORM_OFFICE.into()), type_code: STORM_TYPE.into(), applicant: person(b, n, rng), ..Default::default() }
}

type CentralServices = Services<PgStore>;

/// A fresh central database with the demo offices, `STORM_OFFICE` released
/// for today and `days` more, through the app's own services; analyzed, as a
/// database in use is.
async fn storm_database(server: &Server, name: &str, pool: u32, key: &PinKey, days: u64, schema: Schema) -> Result<CentralServices> {
    let store = server.central_store(name, pool).await?;
    let services = Services::new(store, key.clone(), fixed(at(NOW))).await?;
    services.import_offices(OFFICES_TOML, Format::Toml).await?;
    let today = services.office(STORM_OFFICE).await?.config.today(at(NOW));
    services.release_through(STORM_OFFICE, today.checked_add_days(Days::new(days)).unwrap_or(today)).await?;
    match schema {
        Schema::AsIs => {}
        Schema::WithoutTypeIndex => {
            services.repo().pool().execute(format!("DROP INDEX {TYPE_INDEX}").as_str()).await?;
        }
        Schema::EveryTradeOff => {
            services.repo().pool().execute(EVERY_TRADE_OFF_SQL).await?;
        }
    }
    // Released days are days old when their storm comes: vacuumed and
    // written out by then. Done here, neither autovacuum nor a checkpoint of
    // the release's writes lands inside a measured run (they made the same
    // run vary by a quarter).
    services.repo().pool().execute("VACUUM ANALYZE").await?;
    services.repo().pool().execute("CHECKPOINT").await?;
    Ok(services)
}

/// Free seats of the storm office's slots that serve the storm's type.
async fn free_seats(pool: &sqlx::PgPool) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM seats f JOIN slots s ON s.id = f.slot_id JOIN offices o ON o.id = s.office_id
         WHERE o.code = $1 AND $2 = ANY (s.types) AND f.appointment_id IS NULL",
    )
    .bind(STORM_OFFICE)
    .bind(STORM_TYPE)
    .fetch_one(pool)
    .await?)
}

/// After a run: no slot holds more booked appointments (or seats) than its
/// capacity, every taken seat belongs to an appointment of its slot, every
/// booked appointment holds a seat. `seats_only`: plain-SQL runs, which take
/// seats without appointments.
async fn check_capacity(pool: &sqlx::PgPool, seats_only: bool) -> Result<String> {
    let over: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT s.id FROM slots s JOIN appointments a ON a.slot_id = s.id AND a.status = 'booked'
                               GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x",
    )
    .fetch_one(pool)
    .await?;
    let seats_over: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT f.slot_id FROM seats f JOIN slots s ON s.id = f.slot_id
                               WHERE f.appointment_id IS NOT NULL GROUP BY f.slot_id, s.capacity HAVING count(*) > s.capacity) x",
    )
    .fetch_one(pool)
    .await?;
    let (orphans, seatless) = if seats_only {
        (0, 0)
    } else {
        let orphans: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM seats f LEFT JOIN appointments a ON a.id = f.appointment_id
             WHERE f.appointment_id IS NOT NULL AND (a.id IS NULL OR a.slot_id <> f.slot_id)",
        )
        .fetch_one(pool)
        .await?;
        let seatless: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM appointments a WHERE a.status = 'booked' AND NOT EXISTS (SELECT 1 FROM seats f WHERE f.appointment_id = a.id)",
        )
        .fetch_one(pool)
        .await?;
        (orphans, seatless)
    };
    let (taken, slots): (i64, i64) =
        sqlx::query_as("SELECT count(*), count(DISTINCT slot_id) FROM seats WHERE appointment_id IS NOT NULL").fetch_one(pool).await?;
    if over + seats_over + orphans + seatless != 0 {
        return Err(format!(
            "capacity check FAILED: {over} slots with more appointments than capacity, {seats_over} with more taken seats than capacity, {orphans} seats without their appointment, {seatless} appointments without a seat"
        )
        .into());
    }
    Ok(if seats_only {
        format!("{taken} seats taken in {slots} slots, none over capacity")
    } else {
        format!("{taken} appointments in {slots} slots, none over capacity, each holding exactly one seat")
    })
}

// ------------------------------------------------------------- booking storm

struct Storm {
    made: usize,
    seconds: f64,
    latencies: Vec<Duration>,
    check: String,
    client_cpu: f64,
    server_cpu: Option<f64>,
    statements: Vec<Statement>,
    /// PL/pgSQL functions (the feed triggers): name, calls, own time (ms).
    functions: Vec<(String, i64, f64)>,
}

impl Storm {
    fn rate(&self) -> f64 {
        self.made as f64 / self.seconds
    }
    fn row(&self, what: &str, connections: &str) -> String {
        format!(
            "| {what} | {connections} | **{:.0}** | {:.1} | {:.1} | {} | {} |",
            self.rate(),
            percentile(&self.latencies, 0.5),
            percentile(&self.latencies, 0.99),
            self.server_cpu.map(|c| format!("{:.2}", c * 1000.0 / self.made.max(1) as f64)).unwrap_or_else(|| "–".into()),
            self.made
        )
    }
    fn cpu_note(&self) -> String {
        let per = |s: f64| s * 1000.0 / self.made.max(1) as f64;
        match self.server_cpu {
            Some(s) => format!("client CPU {:.2} ms and server CPU {:.2} ms per booking", per(self.client_cpu), per(s)),
            None => format!("client CPU {:.2} ms per booking", per(self.client_cpu)),
        }
    }
}

/// One statement's share of the server's time, from pg_stat_statements.
struct Statement {
    query: String,
    calls: i64,
    total_ms: f64,
    mean_ms: f64,
}

/// The PL/pgSQL functions' calls and own time in a database whose
/// connections have all closed (a closing backend hands in its statistics).
async fn read_functions(url: &str) -> Result<Vec<(String, i64, f64)>> {
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut c = PgConnectOptions::from_str(url)?.connect().await?;
    let rows = sqlx::query_as("SELECT funcname::text, calls, self_time FROM pg_stat_user_functions ORDER BY self_time DESC")
        .fetch_all(&mut c)
        .await
        .unwrap_or_default();
    c.close().await?;
    Ok(rows)
}

async fn reset_statements(server: &Server) -> Result<()> {
    if server.statements {
        let mut c = server.admin().await?;
        c.execute("SELECT pg_stat_statements_reset()").await?;
        c.close().await?;
    }
    Ok(())
}

async fn read_statements(server: &Server, database: &str) -> Result<Vec<Statement>> {
    if !server.statements {
        return Ok(Vec::new());
    }
    let mut c = server.admin().await?;
    let rows: Vec<(String, i64, f64, f64)> = sqlx::query_as(
        "SELECT query, calls, total_exec_time, mean_exec_time FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) ORDER BY total_exec_time DESC",
    )
    .bind(scratch(database))
    .fetch_all(&mut c)
    .await?;
    c.close().await?;
    Ok(rows
        .into_iter()
        .map(|(q, calls, total_ms, mean_ms)| Statement { query: q.split_whitespace().collect::<Vec<_>>().join(" "), calls, total_ms, mean_ms })
        .collect())
}

/// `connections` bookers on one pool of as many connections, each looping
/// `Services<PgStore>::book` (first free seat from today at the storm office)
/// for `seconds`.
async fn storm(server: &Server, key: &PinKey, connections: usize, seconds: f64, days: u64, schema: Schema) -> Result<Storm> {
    let name = format!("storm_{connections}{}", if schema == Schema::AsIs { "" } else { "_what_if" });
    let setup = storm_database(server, &name, connections as u32, key, days, schema).await?;
    // A new pool for the run: the setup's connections exit and hand in their
    // statistics, which are then reset.
    setup.repo().close().await;
    let url = server.database_url(&name);
    let services = Arc::new(Services::new(PgStore::connect_url(&url, connections as u32).await?, key.clone(), fixed(at(NOW))).await?);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _ = services.repo().pool().execute("SELECT pg_stat_reset()").await;
    {
        // Every connection open before the clock starts.
        let mut held = Vec::new();
        for _ in 0..connections {
            held.push(services.repo().pool().acquire().await?);
        }
    }
    let free = free_seats(services.repo().pool()).await?;
    reset_statements(server).await?;
    let (cpu0, server0) = (own_cpu(), server.cpu());
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    let latencies = book_until(vec![services.clone(); connections], 0x9E37_79B9_7F4A_7C15, deadline).await?;
    let seconds = start.elapsed().as_secs_f64();
    let (client_cpu, server_cpu) = (own_cpu() - cpu0, server.cpu().zip(server0).map(|(a, b)| a - b));
    let statements = read_statements(server, &name).await?;
    if latencies.len() as i64 >= free {
        return Err(format!("the storm used every free seat ({free}); release more days").into());
    }
    let check = check_capacity(services.repo().pool(), false).await?;
    services.repo().close().await;
    let functions = read_functions(&url).await?;
    server.drop_database(&name).await?;
    Ok(Storm { made: latencies.len(), seconds, latencies, check, client_cpu, server_cpu, statements, functions })
}

/// Each booker books first-free in a loop until `deadline` (the same path
/// whatever the repository); every booking's latency, sorted.
async fn book_until<R: Repository + 'static>(bookers: Vec<Arc<Services<R>>>, seed: u64, deadline: Instant) -> Result<Vec<Duration>> {
    let mut tasks = Vec::new();
    for (b, s) in bookers.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let mut rng = Rng(seed ^ (b as u64 + 1));
            let (mut lat, mut n) = (Vec::new(), 0usize);
            while Instant::now() < deadline {
                n += 1;
                let req = storm_request(b, n, &mut rng);
                let t = Instant::now();
                match s.book(&req).await {
                    Ok(_) => lat.push(t.elapsed()),
                    Err(e) => return Err(format!("booking failed: {} [{}]", e.message, e.code)),
                }
            }
            Ok::<_, String>(lat)
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await??);
    }
    latencies.sort();
    Ok(latencies)
}

/// `stations` workstations of the storm office, each with its own replica
/// and its own small pool, each booking in a loop: `Workstation::book` books
/// centrally, then pulls the feed into the replica (everyone's bookings).
async fn workstation_storm(server: &Server, key: &PinKey, dir: &Path, stations: usize, seconds: f64, days: u64) -> Result<(Storm, String)> {
    let name = "storm_workstations";
    let central = storm_database(server, name, 2, key, days, Schema::AsIs).await?;
    let url = server.database_url(name);
    let mut all = Vec::new();
    for i in 0..stations {
        let path = dir.join(format!("workstation-{i}.sqlite3"));
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let local = SqliteStore::open(&path).await?;
        let ws = Workstation::connected(
            local,
            Central::new(PgStore::connect_url(&url, 2).await?, format!("nyc-kiosk-{i}"), Some(STORM_OFFICE.parse()?)),
        );
        let s = Services::new(ws, key.clone(), fixed(at(NOW))).await?;
        sync::round(s.repo(), &|_| {}).await?;
        all.push(Arc::new(s));
    }
    let free = free_seats(central.repo().pool()).await?;
    let (cpu0, server0) = (own_cpu(), server.cpu());
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    let latencies = book_until(all.clone(), 0x5851_F42D_4C95_7F2D, deadline).await?;
    let seconds = start.elapsed().as_secs_f64();
    let (client_cpu, server_cpu) = (own_cpu() - cpu0, server.cpu().zip(server0).map(|(a, b)| a - b));
    if latencies.len() as i64 >= free {
        return Err(format!("the workstations used every free seat ({free}); release more days").into());
    }
    let check = check_capacity(central.repo().pool(), false).await?;
    // Every replica, after one more round, holds every booking of its office.
    let central_count: i64 = sqlx::query_scalar("SELECT count(*) FROM appointments").fetch_one(central.repo().pool()).await?;
    let mut behind = 0;
    for s in &all {
        sync::round(s.repo(), &|_| {}).await?;
        let here: i64 = sqlx::query_scalar("SELECT count(*) FROM appointments").fetch_one(s.repo().local().pool()).await?;
        if here != central_count {
            behind += 1;
        }
        s.repo().local().close().await;
        if let Some(c) = s.repo().central() {
            c.store.close().await;
        }
    }
    if behind > 0 {
        return Err(format!("{behind} replicas do not hold all {central_count} appointments after a round").into());
    }
    central.repo().close().await;
    server.drop_database(name).await?;
    let replicas = format!("each of the {stations} replicas holds all {central_count} appointments after one more round");
    Ok((Storm { made: latencies.len(), seconds, latencies, check, client_cpu, server_cpu, statements: Vec::new(), functions: Vec::new() }, replicas))
}

// ------------------------------------------------------------------ pgbench

fn pgbench_binary() -> Result<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")?
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            let p = e.path().join("bin/pgbench");
            p.exists().then_some((v, p))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, p)| p).ok_or_else(|| "no pgbench under /usr/lib/postgresql/*/bin (Debian's postgresql package)".into())
}

struct PgbenchRun {
    transactions: u64,
    /// CPU seconds the server used during the run (throwaway server only).
    server_cpu: Option<f64>,
    tps: f64,
    latencies: Vec<Duration>,
    command: String,
}

/// Runs pgbench with per-transaction logging; the latencies come from its log.
async fn pgbench(server: &Server, bin: &Path, logs: &Path, url: &str, args: Vec<String>) -> Result<PgbenchRun> {
    let _ = std::fs::remove_dir_all(logs);
    std::fs::create_dir_all(logs)?;
    let prefix = logs.join("tx");
    let command = format!("pgbench {}", args.join(" "));
    let (bin, url, logs) = (bin.to_path_buf(), url.to_string(), logs.to_path_buf());
    let cpu0 = server.cpu();
    let mut run = tokio::task::spawn_blocking(move || -> Result<PgbenchRun> {
        let out = Command::new(&bin).args(&args).arg("-l").arg(format!("--log-prefix={}", prefix.display())).arg(&url).output()?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            return Err(format!("{command} failed: {}{}", stdout, String::from_utf8_lossy(&out.stderr)).into());
        }
        let field = |label: &str| -> Option<f64> {
            let line = stdout.lines().find(|l| l.starts_with(label))?;
            // "processed: 320/320" with -t: the part before the slash.
            line[label.len()..].split_whitespace().next()?.split('/').next()?.parse().ok()
        };
        let tps = field("tps = ").ok_or_else(|| format!("no tps in pgbench's output: {stdout}"))?;
        let transactions = field("number of transactions actually processed: ").unwrap_or(0.0) as u64;
        let mut latencies = Vec::new();
        for f in std::fs::read_dir(&logs)?.flatten() {
            for line in std::fs::read_to_string(f.path())?.lines() {
                if let Some(us) = line.split_whitespace().nth(2).and_then(|x| x.parse::<u64>().ok()) {
                    latencies.push(Duration::from_micros(us));
                }
            }
        }
        latencies.sort();
        Ok(PgbenchRun { transactions, server_cpu: None, tps, latencies, command })
    })
    .await??;
    run.server_cpu = server.cpu().zip(cpu0).map(|(a, b)| a - b);
    Ok(run)
}

/// A custom pgbench script in prepared mode with `n` clients on 2 threads
/// for `length` (`("-T", seconds)` or `("-t", transactions)`).
async fn prepared_script(server: &Server, bin: &Path, logs: &Path, url: &str, n: usize, length: (&str, &str), sql: &str) -> Result<PgbenchRun> {
    pgbench(server, bin, logs, url, args(&["-n", "-M", "prepared", "-c", &n.to_string(), "-j", "2", length.0, length.1, "-f", sql])).await
}

fn script(dir: &Path, name: &str, sql: &str) -> Result<String> {
    let p = dir.join(name);
    std::fs::write(&p, sql)?;
    Ok(p.display().to_string())
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// The storm's first-free statement, in plain SQL: what `take_first_free` runs for a booking.
fn first_free_sql(office_id: uuid::Uuid) -> String {
    format!(
        r#"UPDATE seats SET appointment_id = gen_random_uuid()
 WHERE (slot_id, seat) = (SELECT f.slot_id, f.seat FROM seats f
                          WHERE f.office_id = '{office_id}' AND f.local_date >= '2026-11-30' AND f.starts_at > '{NOW}' AND '{STORM_TYPE}' = ANY (f.types)
                            AND f.slot_id IS DISTINCT FROM NULL AND f.appointment_id IS NULL
                          ORDER BY f.local_date, f.starts_at, f.track, f.seat LIMIT 1 FOR UPDATE SKIP LOCKED);
"#
    )
}

/// A free seat of the first slot in the seats' key order (the `seats_free` index's order): SKIP LOCKED at its cheapest.
const SKIP_LOCKED_SQL: &str = "UPDATE seats SET appointment_id = gen_random_uuid()
 WHERE (slot_id, seat) = (SELECT slot_id, seat FROM seats WHERE appointment_id IS NULL ORDER BY slot_id, seat LIMIT 1 FOR UPDATE SKIP LOCKED);
";

/// One counter per slot, raised while below capacity: the earliest slot with room.
const CONDITIONAL_SQL: &str = "UPDATE slot_counts SET booked = booked + 1
 WHERE id = (SELECT id FROM slot_counts WHERE booked < capacity ORDER BY starts_at LIMIT 1) AND booked < capacity;
";

/// The app's booking statement (`PgStore::book_impl`, crates/central/src/appointments.rs)
/// as a pgbench script: the same `book_seat` call, appointment, history entry
/// and row returned, its parameters drawn by pgbench the way the storm draws
/// its applicants (7 in 10 with an A-number; each a new person, drawn from
/// 9·10^15 numbers). The ids are time-ordered, as
/// `Uuid::now_v7` makes them; `pin_hash`, `applicant` and `answers` are a
/// real booking's, taken from the database.
fn booking_replay_sql(pin_hash: &str, applicant: &str, answers: &str) -> String {
    let q = |s: &str| s.replace('\'', "''");
    let (pin_hash, applicant, answers) = (q(pin_hash), q(applicant), q(answers));
    let v7 = "(lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 19))::uuid";
    format!(
        r#"\set r random(1, 9000000000000000)
\set y random(1940, 2004)
\set m random(1, 12)
\set d random(1, 28)
\set k random(1, 10)
WITH p AS (SELECT {v7} AS id, {v7} AS history_id, 'B' || :r AS first, make_date(:y, :m, :d) AS dob,
                  CASE WHEN :k <= 7 THEN 'A' || :r END AS a_number),
seat AS (SELECT s.* FROM p, book_seat(p.id, '{STORM_OFFICE}', '{STORM_TYPE}', NULL, '2026-11-30', '{NOW}',
                                      array_remove(ARRAY['passdesk/person/{STORM_TYPE}/silva/' || lower(p.first) || '/' || p.dob::text,
                                                         'passdesk/person/{STORM_TYPE}/' || p.a_number], NULL),
                                      'Silva', p.first, p.dob, p.a_number) s),
a AS (INSERT INTO appointments (id, confirmation, pin_hash, office_id, slot_id, starts_at, type_code, status, language, last_name, first_name,
                                last_key, first_key, date_of_birth, a_number, receipt_number, applicant, representative, answers, created_at, updated_at)
      SELECT p.id, upper(substr(md5(p.id::text), 1, 13)), '{pin_hash}', seat.office_id, seat.slot_id, seat.starts_at, '{STORM_TYPE}', 'booked', 'en',
             'Silva', p.first, 'silva', lower(p.first), p.dob, p.a_number, NULL, '{applicant}'::jsonb, NULL, '{answers}'::jsonb, '{NOW}', '{NOW}'
      FROM p, seat RETURNING *),
h AS (INSERT INTO appointment_history (id, appointment_id, at, event, detail)
      SELECT p.history_id, a.id, a.created_at, 'booked', jsonb_build_object('slot', a.slot_id) FROM p, a)
SELECT a.id, a.confirmation, a.pin_hash, a.type_code, a.status, a.language, a.applicant, a.representative, a.answers, a.created_at, a.updated_at,
       seat.slot_id, '{STORM_OFFICE}', seat.local_date, seat.track, seat.starts_at, seat.ends_at, seat.capacity, seat.booked, seat.types
FROM a JOIN seat ON true;
"#
    )
}

/// What (e') takes away from the schema: the guards and the feed entry
/// whose cost the replay measures (a what-if, not a proposal).
const LEAN_SQL: &str = "ALTER TABLE appointments DROP CONSTRAINT appointments_slot_id_fkey;
ALTER TABLE appointment_history DROP CONSTRAINT appointment_history_appointment_id_fkey;
ALTER TABLE changes DROP CONSTRAINT changes_entity_check;
DROP TRIGGER seats_feed ON seats;";

/// (e'') and the app's storm with every trade-off: (e')'s, and no
/// appointment indexes but those the booking's own checks read, and no
/// "booked" history row. The history row is turned away by a trigger, which
/// costs a little itself: the figure is a floor of what leaving the row
/// out would give, not a ceiling.
const EVERY_TRADE_OFF_SQL: &str = "ALTER TABLE appointments DROP CONSTRAINT appointments_slot_id_fkey;
ALTER TABLE appointment_history DROP CONSTRAINT appointment_history_appointment_id_fkey;
ALTER TABLE changes DROP CONSTRAINT changes_entity_check;
DROP TRIGGER seats_feed ON seats;
DROP INDEX appointments_by_last_key, appointments_by_first_key, appointments_by_receipt, appointments_by_slot;
CREATE FUNCTION no_booked_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.event = 'booked' THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER no_booked_history BEFORE INSERT ON appointment_history FOR EACH ROW EXECUTE FUNCTION no_booked_history();";

/// Baseline (e): the app's booking statement replayed by pgbench with `n`
/// clients on a fresh storm database: the server's share of a booking, with
/// no app process. `lean`: (e'), with `LEAN_SQL` applied first; `Everything`:
/// (e''), with `EVERY_TRADE_OFF_SQL`.
#[allow(clippy::too_many_arguments)]
async fn booking_replay_baseline(server: &Server, key: &PinKey, work: &Path, n: usize, length: &str, secs: &str, year: u64, lean: Lean) -> Result<Baseline> {
    let bin = pgbench_binary()?;
    let logs = work.join("pgbench-log");
    let name = "baseline_replay";
    let services = storm_database(server, name, 1, key, year, Schema::AsIs).await?;
    // One booking through the app gives the script its stored values.
    let mut rng = Rng(0x5EED);
    services.book(&storm_request(0, 0, &mut rng)).await.map_err(|e| format!("booking for the replay: {}", e.message))?;
    let pool = services.repo().pool().clone();
    let (pin_hash, applicant, answers): (String, String, String) =
        sqlx::query_as("SELECT pin_hash, applicant::text, answers::text FROM appointments LIMIT 1").fetch_one(&pool).await?;
    // Taken back: the replay starts from no appointments, as the storm does.
    pool.execute("DELETE FROM appointment_history; DELETE FROM appointments; UPDATE seats SET appointment_id = NULL WHERE appointment_id IS NOT NULL;").await?;
    match lean {
        Lean::No => {}
        Lean::Guards => {
            pool.execute(LEAN_SQL).await?;
        }
        Lean::Everything => {
            pool.execute(EVERY_TRADE_OFF_SQL).await?;
        }
    }
    pool.execute("VACUUM ANALYZE").await?;
    pool.execute("CHECKPOINT").await?;
    let sql = script(work, "booking_replay.sql", &booking_replay_sql(&pin_hash, &applicant, &answers))?;
    progress(&format!("pgbench: the app's booking statement{}, {n} clients", match lean { Lean::No => "", Lean::Guards => " (lean what-if)", Lean::Everything => " (every trade-off, what-if)" }));
    let run = prepared_script(server, &bin, &logs, &server.database_url(name), n, (length, secs), &sql).await?;
    let check = check_capacity(&pool, false).await?;
    let made: i64 = sqlx::query_scalar("SELECT count(*) FROM appointments").fetch_one(&pool).await?;
    if free_seats(&pool).await? == 0 {
        return Err("the booking replay ran out of seats; release more days".into());
    }
    let rate = made as f64 * run.tps / run.transactions.max(1) as f64;
    services.repo().close().await;
    server.drop_database(name).await?;
    Ok(Baseline {
        label: match lean {
            Lean::No => "(e) the app's booking statement alone, replayed by pgbench (`book_seat`, appointment, history, feed; no app process)".into(),
            Lean::Guards => {
                "(e') (e) without the appointments' slot and the history's appointment foreign keys, the feed's CHECK and the seats' feed trigger (what-if)".into()
            }
            Lean::Everything => "(e'') (e') and no name, receipt or slot index on appointments, no \"booked\" history row (what-if)".into(),
        },
        clients: n,
        bookings_per_s: rate,
        made,
        note: format!("bookings/s; {check}"),
        run,
    })
}

/// What a replay takes away from the schema first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    No,
    Guards,
    Everything,
}

struct Baseline {
    label: String,
    clients: usize,
    bookings_per_s: f64,
    /// Bookings (seats, updates, transactions) made in the run.
    made: i64,
    run: PgbenchRun,
    note: String,
}

impl Baseline {
    fn row(&self) -> String {
        format!(
            "| {} | {} | **{:.0}** | {:.1} | {:.1} | {} | {} | {} |",
            self.label,
            self.clients,
            self.bookings_per_s,
            percentile(&self.run.latencies, 0.5),
            percentile(&self.run.latencies, 0.99),
            self.cpu(),
            self.made,
            self.note
        )
    }

    /// A row of the storm's table.
    fn storm_row(&self) -> String {
        format!(
            "| baseline {} | {} | {:.0} | {:.1} | {:.1} | {} | {} |",
            self.label,
            self.clients,
            self.bookings_per_s,
            percentile(&self.run.latencies, 0.5),
            percentile(&self.run.latencies, 0.99),
            self.cpu(),
            self.made
        )
    }

    /// Server CPU per booking (ms).
    fn cpu(&self) -> String {
        self.run.server_cpu.map(|c| format!("{:.2}", c * 1000.0 / self.made.max(1) as f64)).unwrap_or_else(|| "–".into())
    }
}

/// Baseline (c): plain-SQL SKIP LOCKED seat taking over the real schema, `n`
/// clients, pgbench `length` (-T or -t) `secs`, on a fresh storm database.
async fn skip_locked_baseline(server: &Server, key: &PinKey, work: &Path, n: usize, length: &str, secs: &str, year: u64) -> Result<Baseline> {
    let bin = pgbench_binary()?;
    let logs = work.join("pgbench-log");
    let (name, services) = ("baseline_seats", storm_database(server, "baseline_seats", 1, key, year, Schema::AsIs).await?);
    let pool = services.repo().pool().clone();
    let sql = script(work, "skip_locked.sql", SKIP_LOCKED_SQL)?;
    progress(&format!("pgbench: SKIP LOCKED seat, {n} clients"));
    let run = prepared_script(server, &bin, &logs, &server.database_url(name), n, (length, secs), &sql).await?;
    let check = check_capacity(&pool, true).await?;
    let taken: i64 = sqlx::query_scalar("SELECT count(*) FROM seats WHERE appointment_id IS NOT NULL").fetch_one(&pool).await?;
    let free: i64 = sqlx::query_scalar("SELECT count(*) FROM seats WHERE appointment_id IS NULL").fetch_one(&pool).await?;
    if free == 0 {
        return Err("the SKIP LOCKED baseline ran out of seats; release more days".into());
    }
    let rate = taken as f64 * run.tps / run.transactions.max(1) as f64;
    services.repo().close().await;
    server.drop_database(name).await?;
    Ok(Baseline {
        label: "(c) SKIP LOCKED: a free seat of the first slot in key order (`seats_free` index), one statement".into(),
        clients: n,
        bookings_per_s: rate,
        made: taken,
        note: format!("seats/s; {check}"),
        run,
    })
}

/// `standard`: also the hot row, TPC-B and (c') (left out of the smoke run).
/// `first_free_days`: what (c') releases.
async fn baselines(
    server: &Server,
    key: &PinKey,
    work: &Path,
    clients: &[usize],
    seconds: u64,
    (first_free_days, year): (u64, u64),
    standard: bool,
) -> Result<Vec<Baseline>> {
    let bin = pgbench_binary()?;
    let logs = work.join("pgbench-log");
    let mut out = Vec::new();
    let secs = seconds.to_string();
    // 0 seconds: the smoke run, 20 transactions per client instead.
    let length = if seconds == 0 { "-t" } else { "-T" };
    let secs = if seconds == 0 { "20".to_string() } else { secs };
    let tpcb_secs = (seconds * 2).to_string();

    // (a) one hot row; (b) TPC-B-like, scale 1.
    if standard {
        let url = server.fresh_database("pgbench").await?;
        let mut c = PgConnectOptions::from_str(&url)?.connect().await?;
        c.execute("CREATE TABLE hot (id integer PRIMARY KEY, n bigint NOT NULL); INSERT INTO hot VALUES (1, 0);").await?;
        c.close().await?;
        let hot = script(work, "hot.sql", "UPDATE hot SET n = n + 1 WHERE id = 1;\n")?;
        for &n in clients {
            progress(&format!("pgbench: hot row, {n} clients"));
            let run = prepared_script(server, &bin, &logs, &url, n, (length, &secs), &hot).await?;
            out.push(Baseline {
                label: "(a) one hot row: `UPDATE hot SET n = n + 1 WHERE id = 1`".into(),
                clients: n,
                bookings_per_s: run.tps,
                made: run.transactions as i64,
                note: "updates/s".into(),
                run,
            });
        }
        let init = Command::new(&bin).args(["-i", "-s", "1", "-q"]).arg(&url).output()?;
        if !init.status.success() {
            return Err(format!("pgbench -i failed: {}", String::from_utf8_lossy(&init.stderr)).into());
        }
        // TPC-B at 16 clients only.
        for &n in clients.iter().filter(|&&n| n == 16 || clients.len() == 1) {
            progress(&format!("pgbench: TPC-B-like, {n} clients"));
            let run = pgbench(server, &bin, &logs, &url, args(&["-c", &n.to_string(), "-j", "2", "-T", &tpcb_secs])).await?;
            out.push(Baseline {
                label: "(b) built-in TPC-B-like, scale 1 (`pgbench -i -s 1`)".into(),
                clients: n,
                bookings_per_s: run.tps,
                made: run.transactions as i64,
                note: "transactions/s".into(),
                run,
            });
        }
        server.drop_database("pgbench").await?;
    }

    // (c) SKIP LOCKED seat rows over the real schema; (c') the app's own first-free statement; (d) a conditional counter.
    for &n in clients {
        out.push(skip_locked_baseline(server, key, work, n, length, &secs, year).await?);
    }
    // The smoke run leaves (c') out: the statement is (c)'s code with the plans' SQL.
    for &n in if standard { clients } else { &[][..] } {
        let (name, services) = ("baseline_first_free", storm_database(server, "baseline_first_free", 1, key, first_free_days, Schema::AsIs).await?);
        let pool = services.repo().pool().clone();
        let office: uuid::Uuid = sqlx::query_scalar("SELECT id FROM offices WHERE code = $1").bind(STORM_OFFICE).fetch_one(&pool).await?;
        let sql = script(work, "first_free.sql", &first_free_sql(office))?;
        progress(&format!("pgbench: the app's first-free statement, {n} clients"));
        let run = prepared_script(server, &bin, &logs, &server.database_url(name), n, (length, &secs), &sql).await?;
        let check = check_capacity(&pool, true).await?;
        let taken: i64 = sqlx::query_scalar("SELECT count(*) FROM seats WHERE appointment_id IS NOT NULL").fetch_one(&pool).await?;
        if free_seats(&pool).await? == 0 {
            return Err("the first-free baseline ran out of seats".into());
        }
        let rate = taken as f64 * run.tps / run.transactions.max(1) as f64;
        out.push(Baseline {
            label: format!(
                "(c') SKIP LOCKED: the app's first-free statement alone ({STORM_OFFICE}, {STORM_TYPE}, earliest start; {})",
                released(first_free_days)
            ),
            clients: n,
            bookings_per_s: rate,
            made: taken,
            note: format!("seats/s; {check}"),
            run,
        });
        services.repo().close().await;
        server.drop_database(name).await?;
    }
    // (e) the app's own statement without the app; (e') its what-if.
    for &n in clients {
        out.push(booking_replay_baseline(server, key, work, n, length, &secs, year, Lean::No).await?);
    }
    for &n in if standard { &[16][..] } else { &[][..] } {
        out.push(booking_replay_baseline(server, key, work, n, length, &secs, year, Lean::Guards).await?);
    }
    for &n in clients {
        let (name, services) = ("baseline_counter", storm_database(server, "baseline_counter", 1, key, year, Schema::AsIs).await?);
        let pool = services.repo().pool().clone();
        pool.execute(
            "CREATE TABLE slot_counts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, capacity integer NOT NULL, booked integer NOT NULL DEFAULT 0);
             INSERT INTO slot_counts (id, starts_at, capacity) SELECT id, starts_at, capacity FROM slots;
             CREATE INDEX slot_counts_free ON slot_counts (starts_at) WHERE booked < capacity;
             ANALYZE slot_counts;",
        )
        .await?;
        let sql = script(work, "conditional.sql", CONDITIONAL_SQL)?;
        progress(&format!("pgbench: conditional update, {n} clients"));
        let run = prepared_script(server, &bin, &logs, &server.database_url(name), n, (length, &secs), &sql).await?;
        let (booked, over, room): (i64, i64, i64) =
            sqlx::query_as("SELECT sum(booked)::bigint, count(*) FILTER (WHERE booked > capacity), sum(capacity - booked)::bigint FROM slot_counts")
                .fetch_one(&pool)
                .await?;
        if over > 0 {
            return Err(format!("the conditional update over-filled {over} slots").into());
        }
        if room == 0 {
            return Err("the conditional-update baseline ran out of seats".into());
        }
        let rate = booked as f64 * run.tps / run.transactions.max(1) as f64;
        let attempts = run.tps;
        out.push(Baseline {
            label: "(d) conditional update: `booked = booked + 1 … AND booked < capacity` on the earliest slot with room (scratch table)".into(),
            clients: n,
            bookings_per_s: rate,
            made: booked,
            note: format!("bookings/s; {attempts:.0} statements/s, the rest found the slot full after waiting; none over capacity"),
            run,
        });
        services.repo().close().await;
        server.drop_database(name).await?;
    }
    Ok(out)
}

// --------------------------------------------------------------------- sync

/// Raw SQLite inserts of `rows` visit-like rows (the replica's visits table:
/// same columns and indexes), same pragmas as the store: all in one
/// transaction, or one `BEGIN IMMEDIATE … COMMIT` per row.
async fn raw_sqlite(dir: &Path, rows: usize, per_row: bool) -> Result<f64> {
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
    let mut conn = options.connect().await?;
    conn.execute(
        "CREATE TABLE visits (id TEXT PRIMARY KEY NOT NULL, office_id TEXT NOT NULL, local_date TEXT NOT NULL, appointment_id TEXT, kind TEXT NOT NULL,
                              track TEXT NOT NULL, queue_number INTEGER NOT NULL, display_name TEXT NOT NULL, state TEXT NOT NULL, late INTEGER NOT NULL,
                              arrived_at INTEGER NOT NULL, checked_in_by TEXT NOT NULL, called_at INTEGER, desk TEXT, called_by TEXT, finished_at INTEGER,
                              finished_by TEXT, receipt_ref TEXT, walk_in_reason TEXT, approved_by TEXT, companions TEXT NOT NULL, superseded_by TEXT) STRICT;
         CREATE INDEX visits_by_day ON visits (office_id, local_date, state);
         CREATE INDEX visits_by_number ON visits (office_id, local_date, queue_number);
         CREATE UNIQUE INDEX visits_standing ON visits (appointment_id) WHERE appointment_id IS NOT NULL AND superseded_by IS NULL;",
    )
    .await?;
    let office = uuid::Uuid::now_v7().to_string();
    let base = at(DESK_NOW).timestamp();
    let insert = "INSERT INTO visits (id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at, checked_in_by,
                                      called_at, desk, called_by, finished_at, finished_by, receipt_ref, walk_in_reason, approved_by, companions, superseded_by)
                  VALUES (?, ?, ?, NULL, 'cashier_walk_in', 'cashier', ?, ?, 'served', 0, ?, 'cashier', ?, 'Window 3', 'cashier', ?, 'cashier', 'R-20261130', NULL, NULL, '[]', NULL)";
    let start = Instant::now();
    if !per_row {
        conn.execute("BEGIN IMMEDIATE").await?;
    }
    for i in 0..rows {
        let (day, q) = (format!("2026-{:02}-{:02}", 1 + (i / 1000 / 28) % 12, 1 + (i / 1000) % 28), (i % 1000 + 1) as i64);
        let t = base + i as i64;
        if per_row {
            conn.execute("BEGIN IMMEDIATE").await?;
        }
        sqlx::query(insert)
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(&office)
            .bind(day)
            .bind(q)
            .bind(format!("Payer {}", letters(i)))
            .bind(t)
            .bind(t + 60)
            .bind(t + 300)
            .execute(&mut conn)
            .await?;
        if per_row {
            conn.execute("COMMIT").await?;
        }
    }
    if !per_row {
        conn.execute("COMMIT").await?;
    }
    let secs = start.elapsed().as_secs_f64();
    conn.close().await?;
    Ok(secs)
}

struct Pull {
    changes: usize,
    pulled: u64,
    pages: u32,
    seconds: f64,
    feed_seconds: f64,
    fill_seconds: f64,
}

/// `changes` changes made centrally (served walk-ins of ARL, inserted 1,000
/// per transaction; the feed triggers record each), then one `sync::round`
/// of a new, empty ARL workstation.
async fn pull_bench(server: &Server, key: &PinKey, dir: &Path, changes: usize) -> Result<Pull> {
    let name = "sync_pull";
    let store = server.central_store(name, 4).await?;
    let central = Services::new(store.clone(), key.clone(), fixed(at(DESK_NOW))).await?;
    central.import_offices(OFFICES_TOML, Format::Toml).await?;
    let t0 = Instant::now();
    let mut made = 0;
    while made < changes {
        let n = (changes - made).min(1000);
        sqlx::query(
            "INSERT INTO visits (id, office_id, local_date, kind, track, queue_number, display_name, state, arrived_at, checked_in_by,
                                 called_at, desk, called_by, finished_at, finished_by, receipt_ref, companions)
             SELECT gen_random_uuid(), o.id, DATE '2026-01-01' + ((($1 + g) / 1000)::int), 'cashier_walk_in', 'cashier', 1 + ($1 + g) % 1000,
                    'Payer ' || md5(($1 + g)::text), 'served', TIMESTAMPTZ '2026-01-01 13:00Z' + (($1 + g) / 1000) * interval '1 day' + (($1 + g) % 1000) * interval '20 seconds',
                    'cashier', TIMESTAMPTZ '2026-01-01 13:01Z' + (($1 + g) / 1000) * interval '1 day', 'Window 3', 'cashier',
                    TIMESTAMPTZ '2026-01-01 13:05Z' + (($1 + g) / 1000) * interval '1 day', 'cashier', 'R-' || ($1 + g), '[]'
             FROM offices o, generate_series(0, $2 - 1) g WHERE o.code = 'ARL'",
        )
        .bind(made as i64)
        .bind(n as i64)
        .execute(store.pool())
        .await?;
        made += n;
    }
    let fill_seconds = t0.elapsed().as_secs_f64();
    store.pool().execute("ANALYZE").await?;
    // The feed alone, as the workstation reads it (the central side of a pull).
    let arl = store.office_id_of(&"ARL".parse()?).await?;
    let t = Instant::now();
    let mut cursor = FeedCursor::default();
    loop {
        let page = store.feed(cursor, arl, sync::PULL_PAGE).await?;
        cursor = page.next;
        if !page.more {
            break;
        }
    }
    let feed_seconds = t.elapsed().as_secs_f64();

    let path = dir.join("pull.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let ws = Workstation::connected(
        SqliteStore::open(&path).await?,
        Central::new(store.clone(), "arl-desk-new", Some("ARL".parse()?)),
    );
    let s = Services::new(ws, key.clone(), fixed(at(DESK_NOW))).await?;
    let t = Instant::now();
    let r = sync::round(s.repo(), &|_| {}).await?;
    let seconds = t.elapsed().as_secs_f64();
    let here: i64 = sqlx::query_scalar("SELECT count(*) FROM visits").fetch_one(s.repo().local().pool()).await?;
    if here as usize != changes {
        return Err(format!("the replica holds {here} visits after the pull, not {changes}").into());
    }
    s.repo().local().close().await;
    store.close().await;
    server.drop_database(name).await?;
    Ok(Pull { changes, pulled: r.pulled, pages: r.pull_pages, seconds, feed_seconds, fill_seconds })
}

struct Push {
    facts: usize,
    record_seconds: f64,
    push_seconds: f64,
    pull_back_seconds: f64,
}

/// `facts` cashier walk-ins recorded at an ARL desk (each a local visit and
/// an outbox fact), then one `sync::round`: the push is timed to the moment
/// its last batch is acknowledged; the pull that follows brings them back.
async fn push_bench(server: &Server, key: &PinKey, dir: &Path, facts: usize) -> Result<Push> {
    let name = "sync_push";
    let store = server.central_store(name, 4).await?;
    let path = dir.join("push.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let ws = Workstation::connected(
        SqliteStore::open(&path).await?,
        Central::new(store.clone(), "arl-desk-1", Some("ARL".parse()?)),
    );
    let s = Services::new(ws, key.clone(), fixed(at(DESK_NOW))).await?;
    s.import_offices(OFFICES_TOML, Format::Toml).await?;
    let staff = |u: &str, role: &str, office: Option<&str>| NewStaff {
        username: u.into(),
        display_name: u.into(),
        role: role.into(),
        office: office.map(String::from),
        password: format!("{u}-password-1"),
    };
    let admin = s.create_first_administrator(&staff("root", "administrator", None)).await?;
    s.add_staff(&admin, &staff("cashier", "cashier", Some("ARL"))).await?;
    let cashier = s.sign_in("cashier", "cashier-password-1").await?;
    let t = Instant::now();
    for i in 0..facts {
        s.walk_in(&cashier, &WalkIn { name: format!("Payer {}", letters(i)), kind: VisitKind::CashierWalkIn, reason: None, reason_text: None, approval: None })
            .await?;
    }
    let record_seconds = t.elapsed().as_secs_f64();
    let pushed_at: Mutex<Option<Instant>> = Mutex::new(None);
    let on_progress = |p: SyncProgress| {
        if p.remaining == 0 {
            if let Ok(mut at) = pushed_at.lock() {
                *at = Some(Instant::now());
            }
        }
    };
    let t = Instant::now();
    let r = sync::round(s.repo(), &on_progress).await?;
    let total = t.elapsed();
    let push = pushed_at.lock().ok().and_then(|a| *a).map(|a| a - t).ok_or("the push never reported its last batch")?;
    let central: i64 = sqlx::query_scalar("SELECT count(*) FROM visits").fetch_one(store.pool()).await?;
    if r.pushed as usize != facts || r.unsent != 0 || central as usize != facts {
        return Err(format!("push: {} applied, {} unsent, {central} visits centrally; expected {facts}", r.pushed, r.unsent).into());
    }
    s.repo().local().close().await;
    store.close().await;
    server.drop_database(name).await?;
    Ok(Push { facts, record_seconds, push_seconds: push.as_secs_f64(), pull_back_seconds: (total - push).as_secs_f64() })
}

// ------------------------------------------------------------------ profile

/// The first-free statement's execution time as EXPLAIN ANALYZE reports it (ms), and whether it sorts.
async fn first_free_plan(server: &Server, key: &PinKey, days: u64, schema: Schema) -> Result<(f64, String)> {
    let name = "explain_first_free";
    let services = storm_database(server, name, 1, key, days, schema).await?;
    let pool = services.repo().pool().clone();
    let office: uuid::Uuid = sqlx::query_scalar("SELECT id FROM offices WHERE code = $1").bind(STORM_OFFICE).fetch_one(&pool).await?;
    let select = first_free_sql(office);
    let select = select.split_once("= (").map(|(_, s)| s.trim_end().trim_end_matches(';').trim_end_matches(')')).unwrap_or_default();
    let mut best = f64::MAX;
    let mut sort = String::new();
    for _ in 0..5 {
        let mut tx = pool.begin().await?;
        let plan: Vec<(String,)> = sqlx::query_as(&format!("EXPLAIN (ANALYZE) {select}")).fetch_all(&mut *tx).await?;
        tx.rollback().await?;
        for (l,) in &plan {
            if let Some(ms) = l.trim().strip_prefix("Execution Time: ").and_then(|r| r.split_whitespace().next()).and_then(|x| x.parse::<f64>().ok()) {
                best = best.min(ms);
            }
            if l.contains("Sort Method") || l.contains("Presorted Key") {
                sort = l.trim().to_string();
            }
        }
    }
    services.repo().close().await;
    server.drop_database(name).await?;
    Ok((best, sort))
}

/// A loopback round trip (`SELECT 1` on an open connection), median µs.
async fn round_trip(server: &Server) -> Result<f64> {
    let mut c = server.admin().await?;
    let mut t = Vec::new();
    for _ in 0..2000 {
        let s = Instant::now();
        sqlx::query("SELECT 1").execute(&mut c).await?;
        t.push(s.elapsed());
    }
    c.close().await?;
    t.sort();
    Ok(percentile(&t, 0.5) * 1000.0)
}

/// Taking an idle connection from a sqlx pool and giving it back, median µs;
/// `ping`: sqlx's default, which checks the connection with a round trip first.
async fn pool_acquire_us(server: &Server, ping: bool) -> Result<f64> {
    let pool = sqlx::postgres::PgPoolOptions::new().max_connections(2).test_before_acquire(ping).connect(&server.url).await?;
    drop(pool.acquire().await?);
    let mut t = Vec::new();
    for _ in 0..5000 {
        let s = Instant::now();
        drop(pool.acquire().await?);
        t.push(s.elapsed());
    }
    pool.close().await;
    t.sort();
    Ok(percentile(&t, 0.5) * 1000.0)
}

/// One PIN hash (HMAC-SHA-256 of a new PIN and confirmation number), µs.
fn pin_hash_us(key: &PinKey) -> f64 {
    let n = 100_000;
    let pin = Pin::random();
    let start = Instant::now();
    let mut len = 0;
    for i in 0..n {
        len += key.hash(&format!("{i:012}"), &pin).len();
    }
    std::hint::black_box(len);
    start.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn statement_table(out: &mut String, s: &Storm) {
    let total: f64 = s.statements.iter().map(|x| x.total_ms).sum();
    let per_booking = |calls: i64| calls as f64 / s.made.max(1) as f64;
    let _ = writeln!(out, "| statement (pg_stat_statements) | calls per booking | mean (ms) | share of server time |");
    let _ = writeln!(out, "|---|---:|---:|---:|");
    for st in s.statements.iter().take(10) {
        let mut q: String = st.query.chars().take(110).collect();
        if st.query.chars().count() > 110 {
            q.push('…');
        }
        let _ = writeln!(
            out,
            "| `{}` | {:.2} | {:.3} | {:.0} % |",
            q.replace('|', "\\|"),
            per_booking(st.calls),
            st.mean_ms,
            st.total_ms / total.max(1e-9) * 100.0
        );
    }
    let _ = writeln!(
        out,
        "\nserver time per booking (sum over statements): {:.2} ms; wall time per booking per connection: {:.2} ms",
        total / s.made.max(1) as f64,
        percentile(&s.latencies, 0.5)
    );
    for (f, calls, self_ms) in s.functions.iter().filter(|(_, calls, _)| *calls > 0) {
        let _ = writeln!(out, "of which in the function `{f}` (its own time): {:.2} calls, {:.3} ms per booking", per_booking(*calls), self_ms / s.made.max(1) as f64);
    }
}

// --------------------------------------------------------------------- main

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    let args = Args::parse();
    let quick = args.quick;
    QUIET.store(quick, std::sync::atomic::Ordering::Relaxed);
    let seconds = args.seconds.unwrap_or(if quick { 0.3 } else { 5.0 });
    // pgbench runs whole seconds.
    // (0: the smoke run's pgbench runs 20 transactions per client instead)
    let pgbench_seconds = if quick { 0 } else { (seconds.round() as u64).max(1) };
    let pull_changes = args.pull.unwrap_or(if quick { 1_000 } else { 100_000 });
    let push_facts = args.push.unwrap_or(if quick { 100 } else { 10_000 });
    let storm_levels: &[usize] = if quick { &[8] } else { &[8, 16, 32] };
    let pgbench_clients: &[usize] = if quick { &[16] } else { &[16, 32] };
    let temp = tempfile::Builder::new().prefix("passdesk-central-bench-work-").tempdir()?;
    let work = args.dir.clone().unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&work)?;
    let started = Instant::now();
    progress("starting");
    let load_before = loadavg();
    let (window, year) = if quick { (QUICK_DAYS, QUICK_DAYS) } else { (WINDOW_DAYS, YEAR_DAYS) };
    let server = Server::start(args.url.as_deref()).await?;
    if let Some(name) = &args.prepare {
        storm_database(&server, name, 2, &PinKey::generate(), YEAR_DAYS, Schema::AsIs).await?.repo().close().await;
        println!("{}", server.database_url(name));
        return Ok(());
    }
    if let Some(n) = args.storm {
        let key = PinKey::generate();
        let s = storm(&server, &key, n, seconds, YEAR_DAYS, Schema::AsIs).await?;
        let secs = pgbench_seconds.max(1).to_string();
        let c = skip_locked_baseline(&server, &key, &work, n, "-T", &secs, YEAR_DAYS).await?;
        let e = booking_replay_baseline(&server, &key, &work, n, "-T", &secs, YEAR_DAYS, Lean::No).await?;
        println!("{}\n{}\n{}\n{}; {}", s.row("PassDesk `Services<PgStore>::book`", &n.to_string()), c.storm_row(), e.storm_row(), s.check, s.cpu_note());
        if args.every_trade_off {
            // The same path on the schema with every trade-off, and its replay.
            let lean = storm(&server, &key, n, seconds, YEAR_DAYS, Schema::EveryTradeOff).await?;
            let e2 = booking_replay_baseline(&server, &key, &work, n, "-T", &secs, YEAR_DAYS, Lean::Everything).await?;
            let c2 = skip_locked_baseline(&server, &key, &work, n, "-T", &secs, YEAR_DAYS).await?;
            println!(
                "{}\n{}\n{}\n{}; {}",
                lean.row("PassDesk `Services<PgStore>::book`, every trade-off (what-if)", &n.to_string()),
                e2.storm_row(),
                c2.storm_row(),
                lean.check,
                lean.cpu_note()
            );
        }
        return Ok(());
    }
    if args.sync {
        let key = PinKey::generate();
        let pull = pull_bench(&server, &key, &work, pull_changes).await?;
        let push = push_bench(&server, &key, &work, push_facts).await?;
        println!(
            "pull: {} changes in {:.2} s, {:.0}/s (feed alone {:.2} s)\npush: {} facts in {:.2} s, {:.0}/s; their pull back {:.2} s",
            pull.changes,
            pull.seconds,
            pull.changes as f64 / pull.seconds,
            pull.feed_seconds,
            push.facts,
            push.push_seconds,
            push.facts as f64 / push.push_seconds,
            push.pull_back_seconds
        );
        return Ok(());
    }
    progress(&format!("server {} (pg_stat_statements: {}); SQLite files in {}", server.url, if server.statements { "on" } else { "off" }, work.display()));
    let key = PinKey::generate();
    let mut c = server.admin().await?;
    let version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&mut c).await?;
    let settings: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, current_setting(name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'wal_level') ORDER BY name",
    )
    .fetch_all(&mut c)
    .await?;
    c.close().await?;

    // The first-free statement reads the first entries of its type's index
    // of free seats however much is released: a year is released, so the
    // faster runs cannot use up the seats.
    let storm_days = year;

    // 1. The storm through the app's booking path.
    let mut storms = Vec::new();
    for &n in storm_levels {
        progress(&format!("storm: Services<PgStore>::book, {n} connections, {seconds} s"));
        storms.push((n, storm(&server, &key, n, seconds, storm_days, Schema::AsIs).await?));
    }
    let stations = if quick { 2 } else { 8 };
    progress(&format!("storm: {stations} workstations (book centrally, pull into the replica), {seconds} s"));
    let (ws, replicas) = workstation_storm(&server, &key, &work, stations, seconds, window).await?;

    // 2. Baselines on the same server.
    let base = baselines(&server, &key, &work, pgbench_clients, pgbench_seconds, (storm_days, year), !quick).await?;

    // 3. The sync.
    progress(&format!("sync: {pull_changes} changes into an empty replica"));
    let pull = pull_bench(&server, &key, &work, pull_changes).await?;
    progress(&format!("sync: raw SQLite, {pull_changes} rows"));
    let pull_one_tx = raw_sqlite(&work, pull_changes, false).await?;
    let pull_per_row = raw_sqlite(&work, pull_changes, true).await?;
    progress(&format!("sync: {push_facts} facts recorded at a desk and pushed"));
    let push = push_bench(&server, &key, &work, push_facts).await?;
    let push_one_tx = raw_sqlite(&work, push_facts, false).await?;
    let push_per_row = raw_sqlite(&work, push_facts, true).await?;

    // 4. Profile: the first-free statement with and without its type's
    // index of free seats, the storm without it, the small costs.
    progress("profile: the first-free statement's plan, with and without its type's index of free seats");
    let plan_cases: &[(u64, Schema)] = if quick {
        &[(QUICK_DAYS, Schema::AsIs)]
    } else {
        &[(WINDOW_DAYS, Schema::AsIs), (YEAR_DAYS, Schema::AsIs), (YEAR_DAYS, Schema::WithoutTypeIndex)]
    };
    let mut plans = Vec::new();
    for &(days, index) in plan_cases {
        plans.push((days, index, first_free_plan(&server, &key, days, index).await?));
    }
    // The what-if storm: the schema without the storm type's own index.
    let (what_if_index, what_if_days) = (Schema::WithoutTypeIndex, year);
    let mut what_if = Vec::new();
    // The smoke run leaves the what-if storm out (the same code as the storm).
    for &n in if quick { &[][..] } else { pgbench_clients } {
        progress(&format!("profile: the storm, what-if, {n} connections"));
        what_if.push((n, storm(&server, &key, n, seconds, what_if_days, what_if_index).await?));
    }
    let rtt = round_trip(&server).await?;
    let pin_us = pin_hash_us(&key);
    let acquire_us = pool_acquire_us(&server, true).await?;
    let acquire_no_ping_us = pool_acquire_us(&server, false).await?;

    // The report.
    let mut out = String::new();
    let _ = writeln!(
        out,
        "PassDesk {}; PostgreSQL {version} on 127.0.0.1 ({}), {} cores; run took {:.0} s; load average before {load_before}, after {}",
        commit(),
        settings.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", "),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        started.elapsed().as_secs_f64(),
        loadavg()
    );
    let _ = writeln!(
        out,
        "\n### Release storm: first-free bookings of {STORM_TYPE} at {STORM_OFFICE} from the same day, {}, {seconds} s per configuration\n",
        released(storm_days)
    );
    let _ = writeln!(out, "| path | connections | bookings/s | p50 (ms) | p99 (ms) | server CPU per booking (ms) | bookings |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|");
    for (n, s) in &storms {
        let _ = writeln!(out, "{}", s.row("PassDesk `Services<PgStore>::book`", &n.to_string()));
    }
    let _ = writeln!(out, "{}", ws.row("PassDesk workstations: `Workstation::book` (central booking + replica pull)", &format!("{stations} workstations")));
    // The seat-taking baselines: all but (a) and (b).
    for b in base.iter().filter(|b| !b.label.starts_with("(a)") && !b.label.starts_with("(b)")) {
        let _ = writeln!(out, "{}", b.storm_row());
    }
    let _ = writeln!(out);
    for (n, s) in &storms {
        let _ = writeln!(out, "- {n} connections: capacity check {}; {}", s.check, s.cpu_note());
    }
    let _ = writeln!(out, "- workstations: capacity check {}; {replicas}; {}", ws.check, ws.cpu_note());
    let length = if quick { "-t 20".to_string() } else { format!("-T {pgbench_seconds}; TPC-B -T {}", pgbench_seconds * 2) };
    let _ = writeln!(out, "\n### Baselines on the same server (pgbench, -j 2, {length})\n");
    let _ = writeln!(out, "| script | clients | per second | p50 (ms) | p99 (ms) | server CPU each (ms) | made | note |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---|");
    for b in &base {
        let _ = writeln!(out, "{}", b.row());
    }
    let _ = writeln!(out, "\ncommands:");
    let mut seen = std::collections::BTreeSet::new();
    for b in &base {
        if seen.insert(b.run.command.replace(&format!("-c {}", b.clients), "-c N")) {
            let _ = writeln!(out, "    {} -l DBURL", b.run.command.replace(&format!("-c {}", b.clients), "-c N").replace(&work.display().to_string(), "."));
        }
    }
    let _ = writeln!(out, "\nscripts (`-M prepared`):\n");
    for (name, sql) in [
        ("(c)", SKIP_LOCKED_SQL.to_string()),
        ("(c')", first_free_sql(uuid::Uuid::nil())),
        ("(d)", CONDITIONAL_SQL.to_string()),
        ("(e) (a real booking's PIN hash, applicant and answers in place of the dots)", booking_replay_sql("…", "…", "…")),
        ("(e') first applies to the schema", LEAN_SQL.to_string()),
    ] {
        let _ = writeln!(out, "{name}\n```sql\n{}\n```", sql.trim_end());
    }
    let _ = writeln!(out, "\n### Sync\n");
    let _ = writeln!(out, "| | rows | time (s) | rows/s |");
    let _ = writeln!(out, "|---|---:|---:|---:|");
    // One row: what, how many, in how long; the headline rows in bold.
    let mut row = |what: String, n: usize, secs: f64, bold: bool| {
        let (rate, b) = (n as f64 / secs, if bold { "**" } else { "" });
        let _ = writeln!(out, "| {what} | {n} | {b}{secs:.2}{b} | {b}{rate:.0}{b} |");
    };
    row(format!("**pull**: `sync::round` of a new, empty ARL replica ({} entities in {} pages)", pull.pulled, pull.pages), pull.changes, pull.seconds, true);
    row("of which the central feed alone (`PgStore::feed`, same pages, no replica)".into(), pull.changes, pull.feed_seconds, false);
    row("baseline: raw SQLite inserts of visit rows, one transaction".into(), pull.changes, pull_one_tx, false);
    row("baseline: raw SQLite inserts of visit rows, one transaction per row".into(), pull.changes, pull_per_row, false);
    row(format!("**push**: the push of `sync::round`, facts recorded at an ARL desk (batches sized to the link: {} first, up to {})", sync::FIRST_PUSH_BATCH, sync::PUSH_BATCH), push.facts, push.push_seconds, true);
    row(format!("the same round's pull that follows (the {} visits come back)", push.facts), push.facts, push.pull_back_seconds, false);
    row("recording them at the desk: `walk_in`, each with its queue number from the central database".into(), push.facts, push.record_seconds, false);
    row("baseline: raw SQLite inserts of visit rows, one transaction".into(), push.facts, push_one_tx, false);
    row("baseline: raw SQLite inserts of visit rows, one transaction per row".into(), push.facts, push_per_row, false);
    let _ = writeln!(
        out,
        "\n(the {} changes were made centrally in {:.1} s: served walk-ins inserted 1,000 per transaction, each recorded by the feed trigger)",
        pull.changes, pull.fill_seconds
    );

    let _ = writeln!(out, "\n### Where a booking's time goes\n");
    let _ = writeln!(out, "| | value |");
    let _ = writeln!(out, "|---|---:|");
    for (days, index, (ms, sort)) in &plans {
        let which = match index {
            Schema::AsIs => "the schema as it is",
            Schema::WithoutTypeIndex => "without the type's own index of free seats",
            Schema::EveryTradeOff => "with every trade-off",
        };
        let sort = if sort.is_empty() { "no sort".to_string() } else { sort.clone() };
        let _ = writeln!(out, "| first-free statement alone on a fresh database (EXPLAIN ANALYZE, best of 5), {}, {which} | {ms:.2} ms ({sort}) |", released(*days));
    }
    let _ = writeln!(out, "| loopback round trip (`SELECT 1`), median | {rtt:.0} µs |");
    let _ = writeln!(out, "| PIN hash (HMAC-SHA-256) | {pin_us:.2} µs |");
    let _ = writeln!(out, "| sqlx pool: taking an idle connection and giving it back with a ping, median (the store pings one idle for 100 ms or more) | {acquire_us:.1} µs |");
    let _ = writeln!(out, "| the same without the ping (a connection in steady use, as in a storm; a booking takes one twice) | {acquire_no_ping_us:.1} µs |");
    let what_if_label = "`Services<PgStore>::book`, the storm type's own index of free seats dropped";
    let _ = writeln!(
        out,
        "\nWhat-if: the same storm on a scratch database without `{TYPE_INDEX}` ({}):\n",
        released(what_if_days)
    );
    let _ = writeln!(out, "| path | connections | bookings/s | p50 (ms) | p99 (ms) | server CPU per booking (ms) | bookings |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|");
    for (n, s) in &what_if {
        let _ = writeln!(out, "{}", s.row(what_if_label, &n.to_string()));
    }
    let _ = writeln!(out);
    for (n, s) in &what_if {
        let _ = writeln!(out, "- {n} connections: capacity check {}; {}", s.check, s.cpu_note());
    }
    if let Some((n, s)) = storms.iter().find(|(n, _)| *n == 16).or(storms.first()) {
        if !s.statements.is_empty() {
            let _ = writeln!(out, "\nServer time per statement, storm at {n} connections (schema as it is):\n");
            statement_table(&mut out, s);
        }
    }
    if let Some((n, s)) = what_if.iter().find(|(n, _)| *n == 16).or(what_if.first()) {
        if !s.statements.is_empty() {
            let _ = writeln!(out, "\nServer time per statement, storm at {n} connections, what-if ({what_if_label}):\n");
            statement_table(&mut out, s);
        }
    }
    println!("\n<!-- central benchmark: paste from here -->\n{out}<!-- central benchmark: to here -->");
    drop(server);
    Ok(())
}
