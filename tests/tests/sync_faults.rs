//! The sync when things break (issue 6): workstations working through a
//! network that drops and stalls their connections to the central database,
//! PostgreSQL restarted in the middle of a push, and a desk's process killed
//! in the middle of writing. Whatever breaks, no fact a desk recorded is lost
//! or applied twice, no booking is left half made, the replicas end equal to
//! the central database, and every local file stays sound.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::{
    collections::{BTreeMap, BTreeSet, HashSet},
    io::{BufRead, BufReader, Read},
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    str::FromStr,
    sync::{
        atomic::{AtomicBool, Ordering},
        mpsc, Arc,
    },
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use passdesk_central::{testing::scratch_database, ConnectOptions, PgStore};
use passdesk_domain::{
    confirmation::ConfirmationNumber,
    documents::DocumentKind,
    office_file::Format,
    repository::{AppointmentStatus, Repository},
    visit::{VisitKind, VisitState},
};
use passdesk_services::{
    booking::BookingRequest,
    demo::OFFICES_TOML,
    closure::ClosureChoice,
    front_desk::{Approval, CheckIn, DocumentShown, WalkIn},
    open_local,
    pin_key::{self, PinKeySource},
    staff::{NewStaff, Session},
    sync,
    workstation::{Central, Workstation},
    Clock, LocalServices, ServiceError, Services,
};
use passdesk_store::SqliteStore;
use passdesk_tests::{
    at, clock_at, date,
    fault_proxy::{FaultPlan, FaultProxy},
    person,
};
use rand::{rngs::StdRng, seq::IndexedRandom, Rng, SeedableRng};
use tempfile::TempDir;
use uuid::Uuid;

// Tuesday 2026-11-24, 09:00 in Dallas, 10:00 in Arlington.
const NOW: &str = "2026-11-24T15:00:00Z";
const TODAY: &str = "2026-11-24";

fn ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{} [{}]", e.message, e.code))
}

fn must<T, E: std::fmt::Display>(what: &str, r: Result<T, E>) -> T {
    r.unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// Time from `from` on, at the pace of the real clock: arrivals and calls
/// get distinct instants, as at a real desk.
fn moving_clock(from: DateTime<Utc>) -> Clock {
    let start = Instant::now();
    Arc::new(move || from + chrono::Duration::from_std(start.elapsed()).unwrap_or_default())
}

fn staff(u: &str, role: &str, office: Option<&str>) -> NewStaff {
    NewStaff { username: u.into(), display_name: u.into(), role: role.into(), office: office.map(String::from), password: format!("{u}-password-1") }
}

fn passport() -> DocumentShown {
    DocumentShown { kind: DocumentKind::Passport, number_last4: Some("1234".into()), expiry: Some("2030-01-01".into()), mrz: None }
}

/// A workstation's services on its local database file, connected to `central`.
async fn services(db: &Path, central: &PgStore, name: &str, office: &str, key: &Path, clock: Clock) -> LocalServices {
    let local = must("open the local database", SqliteStore::open(db).await);
    let office = must("office code", office.parse());
    let ws = Workstation::connected(local, Central::new(central.clone(), name, Some(office)));
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.to_path_buf()), None));
    ok(Services::new(ws, pin_key, clock).await)
}

async fn sign_in(s: &LocalServices, u: &str) -> Session {
    ok(s.sign_in(u, &format!("{u}-password-1")).await)
}

fn booking(office: &str, who: usize) -> BookingRequest {
    BookingRequest { office: Some(office.into()), type_code: "case_inquiry".into(), from: Some(TODAY.into()), applicant: person(who), ..Default::default() }
}

async fn unsent(s: &LocalServices) -> u64 {
    must("sync state", s.repo().local().sync_state().await).unsent_facts
}

/// Every outbox row of a local database: id → kind.
async fn outbox_ids(local: &SqliteStore) -> BTreeMap<Uuid, String> {
    let rows: Vec<(String, String, Option<i64>)> = must("read the outbox", sqlx::query_as("SELECT id, kind, sent_at FROM outbox").fetch_all(local.pool()).await);
    let unsent: Vec<_> = rows.iter().filter(|r| r.2.is_none()).map(|r| r.0.clone()).collect();
    assert!(unsent.is_empty(), "every fact was acknowledged by the central database; still unsent: {unsent:?}");
    rows.into_iter().map(|(id, kind, _)| (must("outbox id", Uuid::parse_str(&id)), kind)).collect()
}

/// The central `applied_commands`: id → (workstation, outcome).
async fn applied_commands(central: &PgStore) -> BTreeMap<Uuid, (String, String)> {
    let rows: Vec<(Uuid, String, String)> = must("read applied_commands", sqlx::query_as("SELECT id, workstation, outcome FROM applied_commands").fetch_all(central.pool()).await);
    rows.into_iter().map(|(id, ws, outcome)| (id, (ws, outcome))).collect()
}

/// Asserts that the central database applied each fact of these local
/// databases exactly once, and nothing else: the same ids, as many rows,
/// each applied (not rejected), each from the workstation that made it.
async fn assert_applied_exactly_once(central: &PgStore, stations: &[(&str, &SqliteStore)]) -> usize {
    let mut local: BTreeMap<Uuid, String> = BTreeMap::new();
    let mut rows = 0;
    for (name, store) in stations {
        let ids = outbox_ids(store).await;
        rows += ids.len();
        local.extend(ids.into_keys().map(|id| (id, name.to_string())));
    }
    assert_eq!(local.len(), rows, "outbox ids are unique across workstations");
    let applied = applied_commands(central).await;
    assert_eq!(applied.len(), rows, "applied_commands holds one row per fact of the outboxes ({rows}), no more, no fewer");
    let missing: Vec<_> = local.keys().filter(|id| !applied.contains_key(id)).collect();
    assert!(missing.is_empty(), "facts lost on the way: in an outbox, never applied centrally: {missing:?}");
    let foreign: Vec<_> = applied.keys().filter(|id| !local.contains_key(id)).collect();
    assert!(foreign.is_empty(), "facts applied centrally that no outbox holds: {foreign:?}");
    // A queue step older than another desk's end of the visit is kept in the history only.
    let not_applied: Vec<_> = applied.iter().filter(|(_, (_, outcome))| outcome != "applied" && !outcome.starts_with("kept in the history only") && !outcome.starts_with("applied to the visit that stands")).collect();
    assert!(not_applied.is_empty(), "every fact applied, none rejected: {not_applied:?}");
    let wrong_desk: Vec<_> = applied.iter().filter(|(id, (ws, _))| local.get(id) != Some(ws)).collect();
    assert!(wrong_desk.is_empty(), "each fact is recorded as coming from the workstation that made it: {wrong_desk:?}");
    rows
}

/// Visits as (queue number, state), by id.
type Visits = BTreeMap<Uuid, (i64, String)>;

async fn local_visits(local: &SqliteStore, office: &str, standing_only: bool) -> Visits {
    let sql = format!(
        "SELECT v.id, v.queue_number, v.state FROM visits v JOIN offices o ON o.id = v.office_id WHERE o.code = ?{}",
        if standing_only { " AND v.superseded_by IS NULL" } else { "" }
    );
    let rows: Vec<(String, i64, String)> = must("read local visits", sqlx::query_as(&sql).bind(office).fetch_all(local.pool()).await);
    rows.into_iter().map(|(id, n, state)| (must("visit id", Uuid::parse_str(&id)), (n, state))).collect()
}

async fn central_visits(central: &PgStore, office: &str, standing_only: bool) -> Visits {
    let sql = format!(
        "SELECT v.id, v.queue_number::bigint, v.state FROM visits v JOIN offices o ON o.id = v.office_id WHERE o.code = $1{}",
        if standing_only { " AND v.superseded_by IS NULL" } else { "" }
    );
    let rows: Vec<(Uuid, i64, String)> = must("read central visits", sqlx::query_as(&sql).bind(office).fetch_all(central.pool()).await);
    rows.into_iter().map(|(id, n, state)| (id, (n, state))).collect()
}

/// The ids of the visits a local database recorded itself (its `visit_recorded` facts).
async fn recorded_here(local: &SqliteStore) -> Vec<Uuid> {
    let ids: Vec<String> = must(
        "read recorded visits",
        sqlx::query_scalar("SELECT json_extract(payload, '$.visit.id') FROM outbox WHERE kind = 'visit_recorded'").fetch_all(local.pool()).await,
    );
    ids.iter().map(|id| must("visit id", Uuid::parse_str(id))).collect()
}

fn diff(a: &Visits, b: &Visits) -> Vec<String> {
    let keys: BTreeSet<_> = a.keys().chain(b.keys()).collect();
    keys.into_iter().filter(|k| a.get(k) != b.get(k)).map(|k| format!("{k}: here {:?}, central {:?}", a.get(k), b.get(k))).collect()
}

// ---------------------------------------------------------------------------
// 1. Three workstations through a faulty network.

struct Desk {
    name: &'static str,
    office: &'static str,
    s: LocalServices,
    desk: Session,
    /// Signs cashier walk-ins (Arlington).
    cashier: Option<Session>,
    /// Approves emergency walk-ins over capacity (Dallas).
    approval: Option<Approval>,
    /// Applicants are numbered per desk from here on.
    people_from: usize,
}

#[derive(Debug, Default)]
struct Tally {
    ops: u64,
    booked: Vec<String>,
    booking_errors: BTreeMap<String, u64>,
    check_ins: u64,
    walk_ins: u64,
    steps: u64,
    rounds_ok: u64,
    rounds_failed: u64,
    /// Facts a round found applied already: their answer had been lost.
    duplicates: u64,
    round_errors: BTreeMap<String, u64>,
    /// Local operations that failed: there must be none.
    local_failures: Vec<String>,
}

/// One desk's day while the network breaks: books (a central decision, may
/// fail), checks arrivals and walk-ins in, calls and finishes visits (local,
/// must never fail) and syncs (may fail), in a seeded random order.
async fn work(d: Arc<Desk>, seed: u64, stop: Arc<AtomicBool>, max_ops: u64) -> Tally {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut t = Tally::default();
    let office = must("office code", d.office.parse());
    let today = date(TODAY);
    let mut people = d.people_from;
    let local_failure = |t: &mut Tally, what: &str, e: ServiceError| t.local_failures.push(format!("{}: {what}: {} [{}]", d.name, e.message, e.code));
    while !stop.load(Ordering::Relaxed) && t.ops < max_ops {
        t.ops += 1;
        match rng.random_range(0..100) {
            0..20 => {
                people += 1;
                match d.s.book(&booking(d.office, people)).await {
                    // Stored without the dash it is shown with.
                    Ok(b) => t.booked.push(must("confirmation", b.appointment.confirmation.parse::<ConfirmationNumber>()).as_str().to_string()),
                    Err(e) => *t.booking_errors.entry(e.code.to_string()).or_default() += 1,
                }
            }
            20..45 => {
                // An arrival with today's appointment not checked in here yet; else a walk-in.
                let appointments = must("appointments today", d.s.repo().appointments_on(&office, today).await);
                let visits = must("visits today", d.s.repo().visits_on(&office, today).await);
                let here: HashSet<_> = visits.iter().filter_map(|v| v.confirmation.clone()).collect();
                let arrivals: Vec<_> = appointments.iter().filter(|a| a.status == AppointmentStatus::Booked && !here.contains(&a.confirmation)).collect();
                if let (Some(a), true) = (arrivals.choose(&mut rng), rng.random_bool(0.7)) {
                    let c = CheckIn { confirmation: a.confirmation.to_string(), documents: vec![passport()], override_reason: None, companions: vec![] };
                    match d.s.check_in(&d.desk, &c).await {
                        Ok(_) => t.check_ins += 1,
                        Err(e) => local_failure(&mut t, "check-in", e),
                    }
                } else {
                    people += 1;
                    let p = person(people);
                    let name = format!("{} {}", p.first_name, p.last_name);
                    let (who, w) = match &d.cashier {
                        Some(cashier) => (cashier, WalkIn { name, kind: VisitKind::CashierWalkIn, reason: None, reason_text: None, approval: None }),
                        None => (&d.desk, WalkIn { name, kind: VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: d.approval.clone() }),
                    };
                    match d.s.walk_in(who, &w).await {
                        Ok(_) => t.walk_ins += 1,
                        Err(e) => local_failure(&mut t, "walk-in", e),
                    }
                }
            }
            45..70 => {
                // The next step of a visit in the queue, whichever desk recorded it.
                let visits = must("visits today", d.s.repo().visits_on(&office, today).await);
                let open: Vec<_> = visits.iter().filter(|v| matches!(v.state, VisitState::Waiting | VisitState::Called)).collect();
                if let Some(v) = open.choose(&mut rng) {
                    let id = v.id.to_string();
                    let r = if v.state == VisitState::Waiting { d.s.call_visit(&d.desk, &id, d.name).await } else { d.s.finish_visit(&d.desk, &id, rng.random_bool(0.8), None).await };
                    match r {
                        Ok(_) => t.steps += 1,
                        Err(e) => local_failure(&mut t, "queue step", e),
                    }
                }
            }
            _ => match sync::round(d.s.repo(), &|_| {}).await {
                Ok(r) => {
                    t.rounds_ok += 1;
                    t.duplicates += r.duplicates;
                }
                Err(e) => {
                    t.rounds_failed += 1;
                    *t.round_errors.entry(e.code.to_string()).or_default() += 1;
                }
            },
        }
    }
    t
}

fn merged<'a>(maps: impl Iterator<Item = &'a BTreeMap<String, u64>>) -> BTreeMap<&'a str, u64> {
    let mut all = BTreeMap::new();
    for (k, v) in maps.flatten() {
        *all.entry(k.as_str()).or_default() += v;
    }
    all
}

/// Three workstations (two of Dallas, one of Arlington) book, check in, call
/// and sync through the fault proxy until it has injected 200 faults; healed,
/// they drain their outboxes. Then: (a) each fact applied exactly once, (b)
/// every visit a desk recorded is central with its number and state, (c) the
/// replicas' standing visits are the central ones, (d) no half-made booking,
/// (e) every confirmed booking exists, (f) every local file is sound.
/// `PASSDESK_FAULT_SEED` picks another seed (the proxy's faults follow it;
/// the interleaving of the desks follows the scheduler).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_workstations_sync_through_a_faulty_network() {
    const FAULTS: u64 = 200;
    const FAULT_PHASE: Duration = Duration::from_secs(45);
    let started = Instant::now();
    let seed: u64 = std::env::var("PASSDESK_FAULT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5EED_0006);
    let (central, url) = must("scratch database", scratch_database(8).await);
    let dir = must("temp dir", tempfile::tempdir());
    let key = dir.path().join("district.pin-key");
    let clock = moving_clock(at(NOW));
    let stations: [(&'static str, &'static str, PathBuf); 3] =
        [("dal-desk-1", "DAL", dir.path().join("dal-desk-1.sqlite3")), ("dal-desk-2", "DAL", dir.path().join("dal-desk-2.sqlite3")), ("arl-desk-1", "ARL", dir.path().join("arl-desk-1.sqlite3"))];

    // Set up over a healthy, direct connection: offices, staff, a release, a few bookings.
    let mut direct = Vec::new();
    for (name, office, db) in &stations {
        direct.push(services(db, &central, name, office, &key, clock.clone()).await);
    }
    ok(direct[0].import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(direct[0].create_first_administrator(&staff("root", "administrator", None)).await);
    for (u, role, o) in [("dal", "front_desk", "DAL"), ("dal2", "front_desk", "DAL"), ("dalmgr", "district_manager", "DAL"), ("arl", "front_desk", "ARL"), ("arlcash", "cashier", "ARL")] {
        ok(direct[0].add_staff(&admin, &staff(u, role, Some(o))).await);
    }
    for o in ["DAL", "ARL"] {
        ok(direct[0].release_through(o, date("2026-12-04")).await);
    }
    for s in &direct[1..] {
        let r = ok(sync::round(s.repo(), &|_| {}).await);
        assert!(r.pulled > 0, "a new workstation pulls the catalogue: {r:?}");
    }
    for i in 0..12 {
        ok(direct[0].book(&booking("DAL", 900_000 + i)).await);
        ok(direct[2].book(&booking("ARL", 910_000 + i)).await);
    }
    for s in &direct {
        let r = ok(sync::round(s.repo(), &|_| {}).await);
        assert_eq!(r.unsent, 0, "nothing recorded at the desks yet: {r:?}");
    }
    let sessions = [sign_in(&direct[0], "dal").await, sign_in(&direct[1], "dal2").await, sign_in(&direct[2], "arl").await];
    let arl_cashier = sign_in(&direct[2], "arlcash").await;
    for s in &direct {
        s.repo().local().close().await;
    }
    drop(direct);

    // The workstations now reach the central database through the fault proxy.
    let options = must("database URL", ConnectOptions::from_str(&url));
    let upstream = must("resolve the database host", tokio::net::lookup_host((options.get_host(), options.get_port())).await)
        .find(|a: &SocketAddr| a.ip().is_loopback())
        .unwrap_or_else(|| panic!("the test database {url} is on a loopback address"));
    let plan = FaultPlan { seed, bytes_between_faults: (256, 256 * 1024), stall_share: 0.25, stall_ms: (50, 1500), drop_after_stall: 0.5, drop_at_boundary: 0.5, lose_answers: Some((b"COMMIT\0".to_vec(), 0.15)), latency: std::time::Duration::ZERO };
    let proxy = must("start the fault proxy", FaultProxy::start(upstream, plan).await);
    let proxied = options.clone().host("127.0.0.1").port(proxy.addr().port());
    let mut desks = Vec::new();
    for (i, ((name, office, db), session)) in stations.iter().zip(sessions).enumerate() {
        let store = must("connect through the proxy", PgStore::connect(proxied.clone(), 3).await);
        let s = services(db, &store, name, office, &key, clock.clone()).await;
        let (cashier, approval) = match *office {
            "ARL" => (Some(arl_cashier.clone()), None),
            _ => (None, Some(Approval { username: "dalmgr".into(), password: "dalmgr-password-1".into() })),
        };
        desks.push(Arc::new(Desk { name, office, s, desk: session, cashier, approval, people_from: (i + 1) * 100_000 }));
    }
    let setup = started.elapsed();

    proxy.break_it();
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = desks.iter().enumerate().map(|(i, d)| tokio::spawn(work(Arc::clone(d), seed.wrapping_add(i as u64), Arc::clone(&stop), 20_000))).collect();
    let reached = tokio::time::timeout(FAULT_PHASE, proxy.wait_for_faults(FAULTS)).await.is_ok();
    stop.store(true, Ordering::Relaxed);
    let mut tallies = Vec::new();
    for w in workers {
        tallies.push(must("a desk's task", w.await));
    }
    let faulty = started.elapsed() - setup;
    let counts = proxy.counts();
    proxy.heal();
    assert!(reached && counts.faults >= FAULTS, "at least {FAULTS} faults injected within {FAULT_PHASE:?} (seed {seed}): {counts:?}; the desks did {tallies:#?}");
    let failures: Vec<_> = tallies.iter().flat_map(|t| t.local_failures.iter()).collect();
    assert!(failures.is_empty(), "check-ins, walk-ins and queue steps are local and never fail when the central database cannot be reached: {failures:#?}");
    let booked: Vec<String> = tallies.iter().flat_map(|t| t.booked.iter().cloned()).collect();
    assert!(!booked.is_empty(), "some bookings got through the faults: {tallies:#?}");

    // Healed: rounds until every outbox is empty, then one more each to pull what the others pushed.
    let (mut passes, mut healed_duplicates) = (0, 0);
    loop {
        passes += 1;
        for d in &desks {
            if let Ok(r) = sync::round(d.s.repo(), &|_| {}).await {
                healed_duplicates += r.duplicates;
            }
        }
        let mut left = 0;
        for d in &desks {
            left += unsent(&d.s).await;
        }
        if left == 0 {
            break;
        }
        assert!(passes < 10, "the outboxes drain once the network is healthy; {left} facts still unsent after {passes} passes");
    }
    for d in &desks {
        let r = ok(sync::round(d.s.repo(), &|_| {}).await);
        assert_eq!((r.pushed, r.unsent), (0, 0), "{}: nothing left to push: {r:?}", d.name);
    }

    // (a) Every fact applied exactly once.
    let locals: Vec<(&str, &SqliteStore)> = desks.iter().map(|d| (d.name, d.s.repo().local())).collect();
    let facts = assert_applied_exactly_once(&central, &locals).await;

    // (b) Every visit a desk recorded exists centrally, with its queue number and state as the desk has it.
    for d in &desks {
        let central_all = central_visits(&central, d.office, false).await;
        let here = local_visits(d.s.repo().local(), d.office, false).await;
        for id in recorded_here(d.s.repo().local()).await {
            let mine = here.get(&id).unwrap_or_else(|| panic!("{}: visit {id} it recorded is in its database", d.name));
            assert_eq!(central_all.get(&id), Some(mine), "{}: visit {id} exists centrally with the queue number and state the desk has", d.name);
        }
    }

    // (c) Each replica's standing visits are the central ones of its office, and it holds no other office's.
    for d in &desks {
        let here = local_visits(d.s.repo().local(), d.office, true).await;
        let there = central_visits(&central, d.office, true).await;
        assert!(here == there, "{}: the replica's standing visits equal the central ones of {}: {:#?}", d.name, d.office, diff(&here, &there));
        let other = if d.office == "DAL" { "ARL" } else { "DAL" };
        assert!(local_visits(d.s.repo().local(), other, false).await.is_empty(), "{}: no visits of {other} in a replica of {}", d.name, d.office);
    }

    // (d) No half-made booking.
    let pool = central.pool();
    let seats_of_booked: Vec<(String, i64)> = must(
        "seats of booked appointments",
        sqlx::query_as("SELECT a.confirmation, (SELECT count(*) FROM seats s WHERE s.appointment_id = a.id AND s.slot_id = a.slot_id) FROM appointments a WHERE a.status = 'booked'")
            .fetch_all(pool)
            .await,
    );
    let wrong: Vec<_> = seats_of_booked.iter().filter(|(_, n)| *n != 1).collect();
    assert!(wrong.is_empty(), "every booked appointment holds exactly one seat of its own slot: {wrong:?}");
    let dangling: Vec<(Uuid,)> = must(
        "seats without a booking",
        sqlx::query_as("SELECT s.appointment_id FROM seats s LEFT JOIN appointments a ON a.id = s.appointment_id WHERE s.appointment_id IS NOT NULL AND (a.id IS NULL OR a.status <> 'booked')")
            .fetch_all(pool)
            .await,
    );
    assert!(dangling.is_empty(), "no seat is held for a missing or cancelled appointment: {dangling:?}");
    let over: Vec<(Uuid, i64, i32)> = must(
        "slots over capacity",
        sqlx::query_as("SELECT s.id, (SELECT count(*) FROM seats t WHERE t.slot_id = s.id AND t.appointment_id IS NOT NULL), s.capacity FROM slots s WHERE (SELECT count(*) FROM seats t WHERE t.slot_id = s.id AND t.appointment_id IS NOT NULL) > s.capacity")
            .fetch_all(pool)
            .await,
    );
    assert!(over.is_empty(), "no slot has more seats taken than its capacity: {over:?}");
    let appointments: i64 = must("count appointments", sqlx::query_scalar("SELECT count(*) FROM appointments").fetch_one(pool).await);

    // (e) Every booking confirmed to a caller exists centrally, booked.
    let found: Vec<(String, String)> = must("confirmed bookings", sqlx::query_as("SELECT confirmation, status FROM appointments WHERE confirmation = ANY($1)").bind(&booked).fetch_all(pool).await);
    let found: BTreeMap<_, _> = found.into_iter().collect();
    let lost: Vec<_> = booked.iter().filter(|c| found.get(*c).map(String::as_str) != Some("booked")).collect();
    assert!(lost.is_empty(), "every booking whose call returned Ok is booked centrally: {lost:?}");
    // ... and every replica holds its office's appointments as the central database does.
    for d in &desks {
        let here: Vec<String> = must("local appointments", sqlx::query_scalar("SELECT a.confirmation FROM appointments a JOIN offices o ON o.id = a.office_id WHERE o.code = ? ORDER BY 1").bind(d.office).fetch_all(d.s.repo().local().pool()).await);
        let there: Vec<String> = must("central appointments", sqlx::query_scalar("SELECT a.confirmation FROM appointments a JOIN offices o ON o.id = a.office_id WHERE o.code = $1 ORDER BY 1").bind(d.office).fetch_all(pool).await);
        assert_eq!(here, there, "{}: the replica holds the central appointments of {}", d.name, d.office);
    }

    // (f) Every local file is sound.
    for d in &desks {
        assert_eq!(must("integrity check", d.s.repo().local().integrity_check().await), "ok", "{}: PRAGMA integrity_check", d.name);
    }

    let sum = |f: fn(&Tally) -> u64| tallies.iter().map(f).sum::<u64>();
    println!(
        "faults: {counts:?} (seed {seed}); desks: {} ops, {} bookings ok, booking errors {:?}, {} check-ins, {} walk-ins, {} queue steps, rounds {} ok / {} failed {:?}; \
         facts {facts} ({} found applied already: {} by rounds under faults, {healed_duplicates} after healing), appointments {appointments}, drained in {passes} passes; setup {setup:?}, faults phase {faulty:?}, total {:?}",
        sum(|t| t.ops),
        booked.len(),
        merged(tallies.iter().map(|t| &t.booking_errors)),
        sum(|t| t.check_ins),
        sum(|t| t.walk_ins),
        sum(|t| t.steps),
        sum(|t| t.rounds_ok),
        sum(|t| t.rounds_failed),
        merged(tallies.iter().map(|t| &t.round_errors)),
        sum(|t| t.duplicates) + healed_duplicates,
        sum(|t| t.duplicates),
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------
// 2. PostgreSQL restarted in the middle of a push.

/// A throwaway PostgreSQL cluster of this test alone (scripts/postgres.sh),
/// on a free loopback port; stopped when dropped, the test failing or not.
struct Cluster {
    dir: TempDir,
    url: String,
}

const POSTGRES_SH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/postgres.sh");

impl Cluster {
    fn start() -> Self {
        let dir = must("temp dir", tempfile::Builder::new().prefix("passdesk-restart-pg").tempdir());
        let first = 55_000 + u16::try_from(std::process::id() % 1000).unwrap_or(0);
        let port = (first..first + 200)
            .find(|p| std::net::TcpListener::bind(("127.0.0.1", *p)).is_ok())
            .unwrap_or_else(|| panic!("a free loopback port from {first} on"));
        let out = must("run scripts/postgres.sh", Command::new("bash").arg(POSTGRES_SH).arg(dir.path()).arg(port.to_string()).output());
        assert!(out.status.success(), "scripts/postgres.sh starts a cluster on port {port}: {}", String::from_utf8_lossy(&out.stderr));
        let url = String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or_default().trim().to_string();
        let cluster = Self { dir, url };
        assert!(cluster.url.starts_with("postgres://passdesk@127.0.0.1:"), "scripts/postgres.sh prints the cluster's loopback URL, not {:?}", cluster.url);
        cluster
    }

}

/// `pg_ctl restart -m immediate` of the cluster in `dir`: the server dies at
/// once, as in a crash, and comes back after recovery; returns when it
/// accepts connections again.
fn restart_cluster(dir: &Path) {
    let script = r#"bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
        run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
        run "$bin/pg_ctl" -D "$1/data" -l "$1/postgres.log" -w -m immediate restart >/dev/null"#;
    let out = must("run pg_ctl restart", Command::new("bash").args(["-c", script, "restart"]).arg(dir).output());
    assert!(out.status.success(), "pg_ctl restart -m immediate: {}", String::from_utf8_lossy(&out.stderr));
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("bash").arg(POSTGRES_SH).arg("--stop").arg(self.dir.path()).output();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restarted_mid_sync_applies_every_fact_once() {
    const FACTS: u64 = 3_000;
    let started = Instant::now();
    let cluster = tokio::task::spawn_blocking(Cluster::start).await.unwrap_or_else(|e| panic!("start the cluster: {e}"));
    let central = must("connect", PgStore::connect_url(&cluster.url, 4).await);
    must("migrate", central.migrate().await);
    let dir = must("temp dir", tempfile::tempdir());
    let key = dir.path().join("district.pin-key");
    let db = dir.path().join("arl-desk-1.sqlite3");
    // Arlington at 10:00: its cashier takes walk-ins now.
    let s = services(&db, &central, "arl-desk-1", "ARL", &key, clock_at(at(NOW))).await;
    ok(s.import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(s.create_first_administrator(&staff("root", "administrator", None)).await);
    ok(s.add_staff(&admin, &staff("arl", "front_desk", Some("ARL"))).await);
    ok(s.add_staff(&admin, &staff("arlcash", "cashier", Some("ARL"))).await);
    ok(s.release_through("ARL", date(TODAY)).await);
    let mut confirmations = Vec::new();
    for i in 0..20 {
        confirmations.push(ok(s.book(&booking("ARL", 500_000 + i)).await).appointment.confirmation);
    }
    ok(sync::round(s.repo(), &|_| {}).await);
    let desk = sign_in(&s, "arl").await;
    let cashier = sign_in(&s, "arlcash").await;

    // The desk works while the central database is away: thousands of facts wait in its outbox.
    for c in &confirmations {
        ok(s.check_in(&desk, &CheckIn { confirmation: c.clone(), documents: vec![passport()], override_reason: None, companions: vec![] }).await);
    }
    let mut n = 0;
    while unsent(&s).await < FACTS {
        for _ in 0..100 {
            n += 1;
            let p = person(n);
            ok(s.walk_in(&cashier, &WalkIn { name: format!("{} {}", p.first_name, p.last_name), kind: VisitKind::CashierWalkIn, reason: None, reason_text: None, approval: None }).await);
        }
    }
    let facts = unsent(&s).await;
    let recorded = started.elapsed();

    // A round starts; once its first batch is acknowledged, PostgreSQL dies and comes back.
    let boot: DateTime<Utc> = must("postmaster start", sqlx::query_scalar("SELECT pg_postmaster_start_time()").fetch_one(central.pool()).await);
    let s = Arc::new(s);
    let (batches, mut acknowledged) = tokio::sync::mpsc::unbounded_channel();
    let round = tokio::spawn({
        let s = Arc::clone(&s);
        let progress = move |p| {
            let _ = batches.send(p);
        };
        async move { sync::round(s.repo(), &progress).await }
    });
    // (The round's first word is before any batch: how many there are to send.)
    let first = loop {
        let p: sync::SyncProgress = acknowledged.recv().await.unwrap_or_else(|| panic!("the round acknowledges a first batch: {:?}", round.is_finished()));
        if p.sent > 0 {
            break p;
        }
    };
    // Kill it while a batch is being written: once a transaction holding a write is open.
    let writing = "SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() AND datname = current_database()";
    let mut polls = 0;
    while must("watch for a writing transaction", sqlx::query_scalar::<_, i64>(writing).fetch_one(central.pool()).await) == 0 {
        polls += 1;
        assert!(!round.is_finished() && polls < 100_000, "the round is still pushing when PostgreSQL restarts ({polls} looks)");
    }
    let restart = Instant::now();
    tokio::task::spawn_blocking({
        let cluster_dir = cluster.dir.path().to_path_buf();
        move || restart_cluster(&cluster_dir)
    })
    .await
    .unwrap_or_else(|e| panic!("restart: {e}"));
    let restart = restart.elapsed();
    let cut = must("the round's task", round.await);
    let reboot: DateTime<Utc> = must("postmaster start", sqlx::query_scalar("SELECT pg_postmaster_start_time()").fetch_one(central.pool()).await);
    assert!(reboot > boot, "PostgreSQL was restarted ({boot} → {reboot})");
    let after_reboot: i64 = must("facts applied after the restart", sqlx::query_scalar("SELECT count(*) FROM applied_commands WHERE applied_at >= pg_postmaster_start_time()").fetch_one(central.pool()).await);
    assert!(cut.is_err() || after_reboot > 0, "PostgreSQL restarted while the round was pushing: the round failed, or pushed its last batches to the restarted server ({cut:?})");

    // Rounds until the outbox is empty.
    let mut rounds = Vec::new();
    while unsent(&s).await > 0 {
        rounds.push(sync::round(s.repo(), &|_| {}).await);
        assert!(rounds.len() <= 10, "the outbox drains after the restart; rounds: {rounds:?}");
    }
    let last = ok(sync::round(s.repo(), &|_| {}).await);
    assert_eq!(last.unsent, 0, "{last:?}");
    let duplicates: u64 = rounds.iter().filter_map(|r| r.as_ref().ok()).map(|r| r.duplicates).sum();

    let applied = assert_applied_exactly_once(&central, &[("arl-desk-1", s.repo().local())]).await;
    assert_eq!(applied as u64, facts, "every fact of the outbox is in applied_commands");
    let here = local_visits(s.repo().local(), "ARL", false).await;
    let there = central_visits(&central, "ARL", false).await;
    assert_eq!(here.len(), confirmations.len() + n, "every visit is in the replica");
    assert!(here == there, "the replica's visits equal the central ones: {:#?}", diff(&here, &there));
    assert_eq!(must("integrity check", s.repo().local().integrity_check().await), "ok", "PRAGMA integrity_check");
    println!(
        "{facts} facts ({} visits) recorded in {recorded:?}; first batch {first:?}; a writing transaction seen after {polls} looks; restart took {restart:?}; the cut round: {:?}; \
         {} rounds after it, {duplicates} duplicates skipped; total {:?}",
        here.len(),
        cut.as_ref().map(|r| (r.pushed, r.unsent)).map_err(|e| &e.code),
        rounds.len() + 1,
        started.elapsed()
    );
    central.close().await;
    drop(cluster);
}

// ---------------------------------------------------------------------------
// 3. A desk's process killed in the middle of writing.

/// Starts the writer on `db`, takes the ids it prints for `window` after its
/// first, then kills it with SIGKILL; returns every id it printed.
fn write_then_kill(db: &Path, key: &Path, window: Duration) -> Vec<String> {
    use std::os::unix::process::ExitStatusExt;
    let mut child = must(
        "start desk_writer",
        Command::new(env!("CARGO_BIN_EXE_desk_writer"))
            .arg(db)
            .arg(key)
            .args([NOW, "desk", "desk-password-1", "DAL"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn(),
    );
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("the writer's stdout"));
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut ids = Vec::new();
    if let Ok(first) = rx.recv_timeout(Duration::from_secs(60)) {
        ids.push(first);
        let until = Instant::now() + window;
        while let Some(left) = until.checked_duration_since(Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(id) => ids.push(id),
                Err(_) => break,
            }
        }
    }
    // SIGKILL, whatever the writer is doing.
    let alive = must("poll the writer", child.try_wait()).is_none();
    must("kill the writer", child.kill());
    let status = must("reap the writer", child.wait());
    // What it printed before it died was acknowledged too.
    ids.extend(rx.iter());
    let _ = reader.join();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    assert!(alive && status.signal() == Some(9), "the writer was writing until SIGKILL ({status:?}): {stderr}");
    assert!(!ids.is_empty(), "the writer recorded visits before it was killed: {stderr}");
    ids
}

#[test]
fn sigkill_mid_write_loses_no_acknowledged_visit() {
    let started = Instant::now();
    let rt = must("runtime", tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build());
    let dir = must("temp dir", tempfile::tempdir());
    let db = dir.path().join("desk.sqlite3");
    let key = dir.path().join("pin-key");
    // A standalone desk with today's appointments to check in.
    rt.block_on(async {
        let (s, _) = ok(open_local(&db, &PinKeySource::File(key.clone()), clock_at(at(NOW))).await);
        ok(s.import_offices(OFFICES_TOML, Format::Toml).await);
        let admin = ok(s.create_first_administrator(&staff("root", "administrator", None)).await);
        ok(s.add_staff(&admin, &staff("desk", "front_desk", Some("DAL"))).await);
        ok(s.release_through("DAL", date(TODAY)).await);
        for i in 0..40 {
            ok(s.book(&booking("DAL", 700_000 + i)).await);
        }
        s.repo().local().close().await;
    });
    let mut printed = Vec::new();
    for run in 0..5 {
        let ids = write_then_kill(&db, &key, Duration::from_secs(1));
        println!("run {run}: {} visits acknowledged before SIGKILL", ids.len());
        printed.extend(ids);
    }
    let unique: HashSet<&String> = printed.iter().collect();
    assert_eq!(unique.len(), printed.len(), "each acknowledged visit id is printed once");
    rt.block_on(async {
        let local = must("reopen after SIGKILL", SqliteStore::open(&db).await);
        assert_eq!(must("integrity check", local.integrity_check().await), "ok", "PRAGMA integrity_check after 5 SIGKILLs");
        let visits: Vec<String> = must("visits", sqlx::query_scalar("SELECT id FROM visits").fetch_all(local.pool()).await);
        let visits: HashSet<String> = visits.into_iter().collect();
        let facts: HashSet<String> = recorded_here(&local).await.into_iter().map(|id| id.to_string()).collect();
        let lost: Vec<_> = printed.iter().filter(|id| !visits.contains(*id)).collect();
        assert!(lost.is_empty(), "every visit acknowledged before SIGKILL is in `visits`: {} of {} lost: {lost:?}", lost.len(), printed.len());
        let unrecorded: Vec<_> = printed.iter().filter(|id| !facts.contains(*id)).collect();
        assert!(unrecorded.is_empty(), "every acknowledged visit has its fact in the outbox: {unrecorded:?}");
        assert_eq!(visits, facts, "a visit and its outbox fact are written together: none without the other");
        let checked_in: i64 = must("check-ins", sqlx::query_scalar("SELECT count(*) FROM visits WHERE appointment_id IS NOT NULL").fetch_one(local.pool()).await);
        println!("{} visits acknowledged over 5 SIGKILLs ({} in the database, {checked_in} check-ins); {:?}", printed.len(), visits.len(), started.elapsed());
    });
}

// ---------------------------------------------------------------------------
// 4. A push whose answer is lost, then a pull before the push is repeated.

/// Desk 1 records a walk-in and pushes it; the central database applies it
/// but the answer is lost (the fact stays unsent at desk 1). Desk 2 pulls the
/// visit, calls it and pushes that. Desk 1 then books (a central decision,
/// followed by a pull) before its next round: the pull brings the called
/// visit, but desk 1 skips it because its own fact for it is still unsent.
/// Its next round finds that fact applied already: a duplicate announces the
/// visit again, so the round's pull brings it as it stands.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_push_answer_then_a_pull_leaves_the_replica_current() {
    let (central, _) = must("scratch database", scratch_database(4).await);
    let dir = must("temp dir", tempfile::tempdir());
    let key = dir.path().join("district.pin-key");
    let clock = moving_clock(at(NOW));
    let a = services(&dir.path().join("a.sqlite3"), &central, "dal-desk-1", "DAL", &key, clock.clone()).await;
    let b = services(&dir.path().join("b.sqlite3"), &central, "dal-desk-2", "DAL", &key, clock).await;
    ok(a.import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(a.create_first_administrator(&staff("root", "administrator", None)).await);
    for u in ["dal", "dal2"] {
        ok(a.add_staff(&admin, &staff(u, "front_desk", Some("DAL"))).await);
    }
    ok(a.release_through("DAL", date("2026-12-04")).await);
    ok(sync::round(b.repo(), &|_| {}).await);
    let (desk_a, desk_b) = (sign_in(&a, "dal").await, sign_in(&b, "dal2").await);

    let walk_in = WalkIn { name: "Maria Lopez".into(), kind: VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: None };
    let v = ok(a.walk_in(&desk_a, &walk_in).await);
    // Desk 1's push is applied centrally; its answer never comes back.
    let facts = must("unsent facts", a.repo().local().unsent_facts(500).await);
    let applied = must("apply", central.apply_facts("dal-desk-1", &facts).await);
    assert_eq!(applied.applied, 1);
    // Desk 2 calls the visit.
    ok(sync::round(b.repo(), &|_| {}).await);
    ok(b.call_visit(&desk_b, &v.id.to_string(), "D2").await);
    ok(sync::round(b.repo(), &|_| {}).await);
    // Desk 1 books before its next round, then syncs.
    ok(a.book(&booking("DAL", 1)).await);
    let held = local_visits(a.repo().local(), "DAL", true).await;
    assert_eq!(held.get(&v.id).map(|s| s.1.as_str()), Some("waiting"), "the booking's pull left desk 1's own unsent visit as desk 1 has it");
    let r = ok(sync::round(a.repo(), &|_| {}).await);
    assert_eq!((r.duplicates, r.unsent), (1, 0), "{r:?}");
    ok(sync::round(a.repo(), &|_| {}).await);

    let here = local_visits(a.repo().local(), "DAL", true).await;
    let there = central_visits(&central, "DAL", true).await;
    assert_eq!(there.get(&v.id).map(|s| s.1.as_str()), Some("called"), "desk 2 called the visit");
    assert!(here == there, "desk 1's replica shows the visit as the central database has it: {:#?}", diff(&here, &there));
}

/// A district with Arlington released through 2026-11-30, and an Arlington
/// workstation `name`, synced, whose connection to the central database
/// loses every answer holding `lost` while the proxy is broken.
async fn losing_answers(name: &str, lost: &[u8]) -> (PgStore, TempDir, FaultProxy, LocalServices) {
    let (central, url) = must("scratch database", scratch_database(4).await);
    let dir = must("temp dir", tempfile::tempdir());
    let key = dir.path().join("district.pin-key");
    let setup = services(&dir.path().join("setup.sqlite3"), &central, "arl-setup", "ARL", &key, clock_at(at(NOW))).await;
    ok(setup.import_offices(OFFICES_TOML, Format::Toml).await);
    ok(setup.release_through("ARL", date("2026-11-30")).await);
    let options = must("database URL", ConnectOptions::from_str(&url));
    let upstream = must("resolve the database host", tokio::net::lookup_host((options.get_host(), options.get_port())).await)
        .find(|a: &SocketAddr| a.ip().is_loopback())
        .unwrap_or_else(|| panic!("the test database {url} is on a loopback address"));
    let plan = FaultPlan { bytes_between_faults: (u64::MAX / 4, u64::MAX / 4), stall_share: 0.0, lose_answers: Some((lost.to_vec(), 1.0)), ..FaultPlan::default() };
    let proxy = must("start the fault proxy", FaultProxy::start(upstream, plan).await);
    let proxied = must("connect through the proxy", PgStore::connect(options.clone().host("127.0.0.1").port(proxy.addr().port()), 3).await);
    let station = services(&dir.path().join(format!("{name}.sqlite3")), &proxied, name, "ARL", &key, clock_at(at(NOW))).await;
    ok(sync::round(station.repo(), &|_| {}).await);
    (central, dir, proxy, station)
}

/// The central database makes a booking and its answer is lost on the way
/// back: the kiosk says it cannot reach the central database. The same
/// request made again (while the answers are still being lost, then once
/// the network is well) is not refused as a duplicate of a booking whose
/// number and PIN the person never saw: they get that booking, with a PIN
/// that works, and the central database holds it once. A namesake (same
/// name and birth date, another phone) gets the plain refusal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_booking_answer_then_asking_again_gives_that_booking() {
    // Every answer naming the applicant is lost while the proxy is broken; nothing else breaks.
    let (central, _dir, proxy, kiosk) = losing_answers("arl-kiosk", b"Quillfeather").await;
    let request = BookingRequest {
        office: Some("ARL".into()),
        type_code: "case_inquiry".into(),
        from: Some(TODAY.into()),
        applicant: passdesk_domain::applicant::ApplicantInput { first_name: "Ines".into(), last_name: "Quillfeather".into(), date_of_birth: "1981-05-06".into(), ..Default::default() },
        ..Default::default()
    };
    let held = || async {
        let rows: Vec<String> = must("appointments", sqlx::query_scalar("SELECT confirmation FROM appointments WHERE last_name = 'Quillfeather'").fetch_all(central.pool()).await);
        rows
    };

    proxy.break_it();
    let e = kiosk.book(&request).await.err().unwrap_or_else(|| panic!("the answer was lost: the kiosk cannot know it booked"));
    assert_eq!(e.code, "central_unavailable", "{}", e.message);
    assert_eq!(held().await.len(), 1, "the central database made the booking");
    // Asked again while answers are still lost: the booking cannot be shown yet, and nothing more is booked.
    let e = kiosk.book(&request).await.err().unwrap_or_else(|| panic!("the booking cannot be read back yet"));
    assert_eq!(e.code, "duplicate_booking", "{}", e.message);
    proxy.heal();
    // Someone else with the same name and birth date is refused, and told nothing of that booking.
    let namesake = BookingRequest {
        applicant: passdesk_domain::applicant::ApplicantInput { phone: Some("214-555-0199".into()), ..request.applicant.clone() },
        ..request.clone()
    };
    let e = kiosk.book(&namesake).await.err().unwrap_or_else(|| panic!("a namesake's request is a duplicate"));
    assert_eq!(e.code, "duplicate_booking", "{}", e.message);
    let receipt = ok(kiosk.book(&request).await);
    let made = held().await;
    assert_eq!(made.len(), 1, "still one booking: {made:?}");
    let conf: ConfirmationNumber = must("confirmation", receipt.appointment.confirmation.parse());
    assert_eq!(conf.as_str(), made[0], "the receipt is the booking the central database made");
    let found = ok(kiosk.authorize(conf.as_str(), &receipt.pin).await);
    assert_eq!(found.applicant.last_name.as_str(), "Quillfeather", "the PIN shown opens that booking");
    // A third try by the same person: the answer was given; now it is a duplicate like any other.
    assert_eq!(kiosk.book(&request).await.err().map(|e| e.code), Some("duplicate_booking"));
}

/// A day closed while the answer to one of its moves is lost on the way
/// back: the closure stops there, and its message names everyone moved
/// before the stop and the one whose move it could not tell. Run again once
/// the network is well, it finishes. Nobody of the day is left out of the
/// calls, and each appointment ends booked once, on a later day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closure_stopped_by_a_lost_answer_names_everyone_and_finishes_when_run_again() {
    // Every answer naming Zephyrine is lost while the proxy is broken; nothing else breaks.
    let (central, _dir, proxy, desk) = losing_answers("arl-desk", b"Zephyrine").await;
    let day = "2026-11-25";
    let mut held = Vec::new();
    for (i, last) in ["Alder", "Zephyrine", "Birch"].into_iter().enumerate() {
        let applicant = passdesk_domain::applicant::ApplicantInput { first_name: "Ana".into(), last_name: last.into(), date_of_birth: format!("1980-01-0{}", i + 1), ..Default::default() };
        let r = ok(desk.book(&BookingRequest { office: Some("ARL".into()), type_code: "case_inquiry".into(), from: Some(day.into()), applicant, ..Default::default() }).await);
        assert!(r.appointment.starts_at.starts_with(day), "{}", r.appointment.starts_at);
        held.push(r);
    }

    proxy.break_it();
    let stopped = desk.close_day("ARL", day, ClosureChoice::Move).await.err().unwrap_or_else(|| panic!("the lost answer stops the closure"));
    assert_eq!(stopped.code, "central_unavailable", "{}", stopped.message);
    assert!(stopped.message.contains("Zephyrine") && stopped.message.contains("look it up"), "names the one it could not tell: {}", stopped.message);
    proxy.heal();
    let finished = ok(desk.close_day("ARL", day, ClosureChoice::Move).await);
    for r in &held {
        let c = &r.appointment.confirmation;
        assert!(stopped.message.contains(c.as_str()) || finished.people.iter().any(|p| &p.confirmation == c), "{c} is in one of the two call lists: {} / {finished:?}", stopped.message);
        let now = ok(desk.lookup(c, &r.pin).await);
        assert_eq!(now.status, "booked");
        assert!(now.starts_at.as_str() > "2026-11-26", "moved after the closed day: {}", now.starts_at);
    }
    let on_the_day: i64 = must(
        "appointments on the day",
        sqlx::query_scalar("SELECT count(*) FROM appointments a JOIN offices o ON o.id = a.office_id WHERE o.code = 'ARL' AND a.status = 'booked' AND a.starts_at::date = '2026-11-25'")
            .fetch_one(central.pool())
            .await,
    );
    assert_eq!(on_the_day, 0, "nothing booked on the closed day centrally");
    let copies: i64 = must("appointments", sqlx::query_scalar("SELECT count(*) FROM appointments WHERE last_name IN ('Alder', 'Zephyrine', 'Birch')").fetch_one(central.pool()).await);
    assert_eq!(copies, 3, "each moved, none made twice");
}

/// A desk back online over a slow link (30 ms a round trip, a district
/// office far from the data centre) with an hour's check-ins to send: each
/// fact is several round trips, so all of them in one batch would outlast
/// the central call's limit and be sent again at every round, the pull
/// stuck behind them. Batches sized to the link send them in one round.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backlog_of_facts_goes_up_over_a_slow_link() {
    let (central, url) = must("scratch database", scratch_database(4).await);
    let dir = must("temp dir", tempfile::tempdir());
    let key = dir.path().join("district.pin-key");
    let db = dir.path().join("desk.sqlite3");
    let desk = services(&db, &central, "dal-desk-1", "DAL", &key, clock_at(at(NOW))).await;
    ok(desk.import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(desk.create_first_administrator(&staff("root", "administrator", None)).await);
    ok(desk.add_staff(&admin, &staff("dal", "front_desk", Some("DAL"))).await);
    ok(desk.release_through("DAL", date("2026-11-25")).await);
    let session = sign_in(&desk, "dal").await;
    // 20 people checked in, called and served: three facts each.
    const BACKLOG: u64 = 60;
    for i in 0..BACKLOG / 3 {
        let name = format!("Ana Backlog{}", char::from(b'a' + i as u8));
        let v = ok(desk.walk_in(&session, &WalkIn { name, kind: VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: None }).await);
        ok(desk.call_visit(&session, &v.id.to_string(), "Window 1").await);
        ok(desk.finish_visit(&session, &v.id.to_string(), true, None).await);
    }
    assert_eq!(unsent(&desk).await, BACKLOG);
    drop(desk);

    let options = must("database URL", ConnectOptions::from_str(&url));
    let upstream = must("resolve the database host", tokio::net::lookup_host((options.get_host(), options.get_port())).await)
        .find(|a: &SocketAddr| a.ip().is_loopback())
        .unwrap_or_else(|| panic!("the test database {url} is on a loopback address"));
    let plan = FaultPlan { latency: Duration::from_millis(15), ..FaultPlan::default() };
    let proxy = must("start the proxy", FaultProxy::start(upstream, plan).await);
    let far = must("connect through the proxy", PgStore::connect(options.clone().host("127.0.0.1").port(proxy.addr().port()), 3).await);
    let desk = services(&db, &far, "dal-desk-1", "DAL", &key, clock_at(at(NOW))).await;
    let started = Instant::now();
    let report = sync::round(desk.repo(), &|_| {}).await.unwrap_or_else(|e| panic!("one round sends the backlog over a slow link, not: {} [{}]", e.message, e.code));
    assert_eq!((report.pushed, report.unsent), (BACKLOG, 0), "{report:?}");
    let there = central_visits(&central, "DAL", true).await;
    assert_eq!(there.len() as u64, BACKLOG / 3);
    assert!(there.values().all(|v| v.1 == "served"), "every visit arrived served: {there:?}");
    assert_eq!(proxy.counts().faults, 0, "a slow link, not a broken one");
    eprintln!("{BACKLOG} facts sent over a 30 ms link in {:?}", started.elapsed());
}
