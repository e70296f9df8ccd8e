//! The desk with a central database, in the real window: the status bar
//! says online, the age of the last sync and the unsent facts; a walk-in
//! recorded at another desk shows in this desk's queue within 2 seconds;
//! offline, the desk keeps checking people in while booking says plainly it
//! needs the central database; back online, the outbox drains.

use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use passdesk_central::{testing::scratch_database, PgStore};
use passdesk_domain::{office_file::Format, repository::Repository, visit::VisitKind};
use passdesk_services::{
    demo::OFFICES_TOML,
    front_desk::WalkIn,
    pin_key::{self, PinKeySource},
    staff::NewStaff,
    sync,
    workstation::{Central, Workstation},
    LocalServices, Services,
};
use passdesk_store::SqliteStore;
use serde_json::json;
use tokio::{
    io::copy_bidirectional,
    net::{TcpListener, TcpStream},
    task::JoinHandle,
};

use crate::{open, Desk, NOW, ONE_APP};

/// A loopback TCP gate in front of PostgreSQL: open, it forwards; closed, it
/// cuts every connection and refuses new ones, as a network that went away.
struct Gate {
    addr: SocketAddr,
    open: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Gate {
    async fn to(target: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        let (open, links) = (Arc::new(AtomicBool::new(true)), Arc::new(Mutex::new(Vec::new())));
        let (o, l) = (open.clone(), links.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !o.load(Ordering::SeqCst) {
                    continue; // dropped: refused
                }
                let link = tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(target).await {
                        let _ = copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                l.lock().unwrap_or_else(|e| e.into_inner()).push(link);
            }
        });
        Self { addr, open, links }
    }

    fn close(&self) {
        self.open.store(false, Ordering::SeqCst);
        for link in self.links.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            link.abort();
        }
    }

    fn reopen(&self) {
        self.open.store(true, Ordering::SeqCst);
    }
}

fn staff(u: &str, role: &str) -> NewStaff {
    NewStaff { username: u.into(), display_name: u.into(), role: role.into(), office: (role != "administrator").then(|| "DAL".into()), password: format!("{u}-password-1") }
}

/// `passdesk central connect` of `desk` to `url`, the password in a file
/// only its owner reads (the test server trusts loopback: any password).
fn connect_with_cli(desk: &Desk, url: &str) {
    let out = crate::cli()
        .args(["central", "connect", "--url", url, "--password-file"])
        .arg(desk.dir.path().join("central.password"))
        .env("PASSDESK_DB", &desk.db)
        .env("PASSDESK_PIN_KEY_FILE", desk.dir.path().join("pin-key"))
        .env("PASSDESK_CENTRAL_PASSWORD", "not-checked-by-a-trust-server")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "central connect: {}", String::from_utf8_lossy(&out.stderr));
}

/// A district on a fresh central database, set up by another desk (in this
/// process) with the desk's PIN key: the offices, `root`, `desk` and `desk2`,
/// Dallas released; and a gate in front of the database.
struct District {
    central: PgStore,
    gate: Gate,
    database: String,
    other: LocalServices,
    _other_dir: tempfile::TempDir,
}

impl District {
    async fn new(desk: &Desk) -> Self {
        let (central, url) = scratch_database(8).await.unwrap_or_else(|e| panic!("{e}"));
        let target: SocketAddr = url
            .split('@')
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|hp| hp.parse().ok())
            .unwrap_or_else(|| panic!("a loopback address in {url}"));
        let gate = Gate::to(target).await;
        let database = url.rsplit('/').next().unwrap_or_default().to_string();
        let other_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let local = SqliteStore::open(&other_dir.path().join("other.sqlite3")).await.unwrap_or_else(|e| panic!("{e}"));
        let ws = Workstation::connected(local, Central::new(central.clone(), "dal-desk-2", None));
        let (key, _) = pin_key::load(&PinKeySource::File(desk.dir.path().join("pin-key")), None).unwrap_or_else(|e| panic!("{e:?}"));
        let clock = passdesk_services::clock_at_or_system(Some(NOW)).unwrap_or_else(|e| panic!("{e:?}"));
        let other = Services::new(ws, key, clock).await.unwrap_or_else(|e| panic!("{e:?}"));
        other.import_offices(OFFICES_TOML, Format::Toml).await.unwrap_or_else(|e| panic!("{e:?}"));
        let admin = other.create_first_administrator(&staff("root", "administrator")).await.unwrap_or_else(|e| panic!("{e:?}"));
        for (u, role) in [("desk", "front_desk"), ("desk2", "front_desk")] {
            other.add_staff(&admin, &staff(u, role)).await.unwrap_or_else(|e| panic!("{e:?}"));
        }
        other.release_through("DAL", "2026-12-04".parse().unwrap_or_else(|e| panic!("{e}"))).await.unwrap_or_else(|e| panic!("{e:?}"));
        Self { central, gate, database, other, _other_dir: other_dir }
    }

    /// Connects `desk` through the gate with the CLI (the password goes to a
    /// file only its owner reads) and pulls once.
    fn connect(&self, desk: &Desk) {
        connect_with_cli(desk, &format!("postgres://passdesk@{}/{}", self.gate.addr, self.database));
        let synced = desk.cli_json(&["sync"]);
        assert!(synced["pulled"].as_u64().is_some_and(|n| n > 0), "the first sync pulls the district: {synced}");
    }
}

// Several threads: the gate forwards while the test waits on the CLI.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_desk_syncs_shows_its_status_and_keeps_checking_in_offline() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::empty();
    let district = District::new(&desk).await;
    district.connect(&desk);
    let (central, gate, other) = (&district.central, &district.gate, &district.other);

    let w = open(&desk, &[]).await;
    w.sign_in("desk", "desk-password-1").await;
    w.click("#nav-checkin").await;
    w.wait_text("#sync-status", "online").await;
    w.screenshot("sync-online").await;

    // A walk-in recorded at the other desk shows in this desk's queue within 2 seconds.
    let session = other.sign_in("desk2", "desk2-password-1").await.unwrap_or_else(|e| panic!("{e:?}"));
    let walk_in = |name: &str| WalkIn { name: name.into(), kind: VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: None };
    other.walk_in(&session, &walk_in("Olga Othersdesk")).await.unwrap_or_else(|e| panic!("{e:?}"));
    sync::round(other.repo(), &|_| {}).await.unwrap_or_else(|e| panic!("{e:?}"));
    let pushed = Instant::now();
    w.wait_text("#queue", "Olga Othersdesk").await;
    let seen = pushed.elapsed();
    assert!(seen <= Duration::from_secs(2), "the other desk's walk-in showed after {seen:?}, not within 2 s");

    // The network goes: the status bar says so; check-ins go on; booking says it needs the central database.
    gate.close();
    w.wait_text("#sync-status", "OFFLINE").await;
    w.click("#walkin-open").await;
    w.type_into("#walkin-name", "Paula Offline").await;
    w.click("#walkin-submit").await;
    w.wait_text("#walkin-done", "number").await;
    w.wait_text("#queue", "Paula Offline").await;
    w.wait_text("#sync-status", "1 unsent").await;
    w.screenshot("sync-offline").await;
    let booking = json!({ "request": { "office": "DAL", "type": "case_inquiry", "from": "2026-11-24",
        "applicant": { "first_name": "Bea", "last_name": "Booker", "date_of_birth": "1980-01-01" } } });
    let refused = w.invoke("book_for_caller", booking.clone()).await.err().unwrap_or_else(|| panic!("booking offline must be refused"));
    assert_eq!(refused["code"], "central_unavailable", "{refused}");
    assert!(refused["message"].as_str().is_some_and(|m| m.contains("central database")), "{refused}");

    // Back online: the outbox drains and the central database has the offline check-in.
    gate.reopen();
    w.wait_text("#sync-status", "0 unsent").await;
    w.wait_text("#sync-status", "online").await;
    let names: Vec<String> = sqlx::query_scalar("SELECT display_name FROM visits ORDER BY arrived_at, display_name").fetch_all(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(names.iter().any(|n| n.contains("Paula")), "the offline walk-in reached the central database: {names:?}");
    let booked = w.invoke("book_for_caller", booking).await;
    assert!(booked.is_ok(), "online again, booking works: {booked:?}");

    // This workstation's own database fails (here: it refuses to note the
    // round): the bar says the sync is paused here, not that the central
    // database is offline or unusable; mended, it is online again.
    let mut raw = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!("sqlite://{}", desk.db.display())).await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("CREATE TRIGGER meta_refuses BEFORE UPDATE ON meta BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END")
        .execute(&mut raw)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    w.wait_text("#sync-status", "Sync paused").await;
    let shown = w.text("#sync-status").await;
    assert!(shown.contains("this workstation's database") && !shown.contains("NOT USABLE") && !shown.contains("OFFLINE"), "{shown}");
    w.screenshot("sync-paused").await;
    sqlx::query("DROP TRIGGER meta_refuses").execute(&mut raw).await.unwrap_or_else(|e| panic!("{e}"));
    w.wait_text("#sync-status", "online").await;
    w.close().await;
}

/// The administrator connects the workstation in the app: the settings
/// screen shows where the central database is and whether it answers; a
/// machine without a keychain is told so and nothing is kept until a file is
/// named; disconnecting and connecting again takes effect without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_administrator_connects_and_disconnects_in_the_app() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::empty();
    let district = District::new(&desk).await;
    district.connect(&desk);
    let w = open(&desk, &[]).await;
    w.sign_in("root", "root-password-1").await;
    w.click("#nav-central").await;
    w.wait_text("#central-state", "Connected to passdesk@").await;
    // The schema this build carries: one migration file each.
    let migrations = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/central")).map(|d| d.count()).unwrap_or_else(|e| panic!("{e}"));
    w.wait_text("#central-state", &format!("schema {migrations} of {migrations}")).await;
    w.wait_text("#central-state", "kept in the file").await;
    w.wait_text("#sync-status", "online").await;

    // Asked once more, since what it books on its own must be sent back.
    w.click("#central-disconnect").await;
    w.wait_text("#central-disconnect-ask", "must be sent to the district").await;
    w.screenshot_at("central-disconnect-ask", Some("#central-disconnect-ask")).await;
    w.click("#central-disconnect-keep").await;
    w.find("#central-disconnect").await;
    assert!(w.text("#central-state").await.contains("Connected to passdesk@"), "staying connected changes nothing");
    w.click("#central-disconnect").await;
    w.click("#central-disconnect-confirm").await;
    w.wait_text("#central-state", "on its own").await;
    w.wait_text("#sync-status", "No central database").await;
    assert!(!desk.dir.path().join("central.password").exists(), "disconnecting removes the password file");

    // No keychain on this machine (no Secret Service): refused, nothing kept.
    fill_central_form(&w, &district).await;
    w.click("#central-connect").await;
    let said = w.wait_text("#central-error", "keychain").await;
    assert!(!said.contains("typed-in-the-app-1"), "the password is never shown: {said}");
    w.find("#central-state").await;
    assert!(w.text("#central-state").await.contains("on its own"), "nothing was kept");

    let file = desk.dir.path().join("app.password");
    fill_central_form(&w, &district).await;
    w.type_into("#central-password-file", &file.display().to_string()).await;
    w.click("#central-connect").await;
    w.wait_text("#central-state", "Connected to passdesk@").await;
    w.wait_text("#sync-status", "online").await;
    w.screenshot("central-settings").await;
    let kept = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kept.trim(), "typed-in-the-app-1");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).map(|m| m.permissions().mode() & 0o777).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(mode, 0o600, "the password file is readable only by its owner");
    w.close().await;
}

async fn fill_central_form(w: &crate::Window, district: &District) {
    w.type_into("#central-host", &district.gate.addr.ip().to_string()).await;
    w.type_into("#central-port", &district.gate.addr.port().to_string()).await;
    w.type_into("#central-database", &district.database).await;
    w.type_into("#central-user", "passdesk").await;
    w.type_into("#central-password", "typed-in-the-app-1").await;
    w.type_into("#central-office", "DAL").await;
}

/// A central database that answers but cannot be used yet: the status bar
/// says NOT USABLE with the reason and what to do, not OFFLINE, and so do
/// the administrator's settings. Its schema missing, it names `passdesk
/// central migrate`; migrated, the demo desk's own offices (which that
/// database does not know) are the next reason.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_central_database_that_cannot_be_used_shows_why_in_the_status_bar() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let url = passdesk_central::testing::empty_database().await.unwrap_or_else(|e| panic!("{e}"));
    connect_with_cli(&desk, &url);

    let w = open(&desk, &[]).await;
    w.sign_in("admin", "admin-demo-2026").await;
    w.wait_text("#sync-status", "NOT USABLE").await;
    w.wait_text("#sync-status", "passdesk central migrate").await;
    // The settings say the same: the server answers, its schema is behind.
    w.click("#nav-central").await;
    w.wait_text("#central-reach", "schema 0 of").await;
    w.wait_text("#central-schema", "passdesk central migrate").await;
    w.screenshot("sync-problem").await;

    let out = desk.cli(&["central", "migrate"]);
    assert!(out.status.success(), "central migrate: {}", String::from_utf8_lossy(&out.stderr));
    w.wait_text("#sync-status", "offices of its own").await;
    w.close().await;
}

/// A workstation that booked on its own while disconnected, connected
/// again: the status bar says NOT USABLE naming the booking, and the
/// administrator's Central database screen lists it with what to redo and
/// whom to call.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_booking_made_on_its_own_is_shown_to_the_administrator() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::empty();
    let district = District::new(&desk).await;
    district.connect(&desk);
    desk.cli_json(&["central", "disconnect"]);
    let slots = desk.cli_json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]);
    let slot = slots.as_array().and_then(|a| a.iter().find(|s| s["track"] == "general")).cloned().unwrap_or_else(|| panic!("a general slot: {slots}"));
    let request = json!({
        "office": "DAL", "type": "case_inquiry", "slot_id": slot["id"],
        "applicant": { "first_name": "Solo", "last_name": "Alone", "date_of_birth": "1980-05-04", "phone": "214-555-0100" }
    });
    let mut book = crate::cli()
        .args(["--json", "book"])
        .env("PASSDESK_DB", &desk.db)
        .env("PASSDESK_PIN_KEY_FILE", desk.dir.path().join("pin-key"))
        .env("PASSDESK_NOW", NOW)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    std::io::Write::write_all(&mut book.stdin.take().unwrap_or_else(|| panic!("stdin")), request.to_string().as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let out = book.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "booked on its own: {}", String::from_utf8_lossy(&out.stderr));
    let receipt: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let confirmation = receipt["confirmation"].as_str().unwrap_or_else(|| panic!("{receipt}")).to_string();
    connect_with_cli(&desk, &format!("postgres://passdesk@{}/{}", district.gate.addr, district.database));

    let w = open(&desk, &[]).await;
    w.sign_in("root", "root-password-1").await;
    let said = w.wait_text("#sync-status", "NOT USABLE").await;
    assert!(said.contains(&confirmation), "the status bar names it: {said}");
    w.click("#nav-central").await;
    let listed = w.wait_text("#central-own-changes", &confirmation).await;
    assert!(listed.contains("Book again") && listed.contains("Solo Alone") && listed.contains("(214) 555-0100"), "{listed}");
    w.screenshot_at("central-own-changes", Some("#central-own-changes")).await;
    // Sent to the district, the workstation connects again by itself.
    w.click("#central-own-send").await;
    w.wait_text("#central-own-changes", "Sent").await;
    w.screenshot_at("central-own-changes-sent", Some("#central-own-changes")).await;
    w.wait_text("#sync-status", "online").await;
    // Connected again, the list empties and the screen says so.
    w.wait_text("#central-notice", "is now the district's").await;
    assert!(w.absent("#central-own-changes").await, "nothing of its own left to show");
    let there = district.central.appointment(&confirmation.parse().unwrap_or_else(|e| panic!("{e:?}"))).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(there.map(|(a, _)| a.slot.starts_at.to_rfc3339()), Some(chrono_of(&slot["starts_at"])), "booked at the district into the same time");
    // The list names people and how to reach them: the administrator's alone.
    w.sign_out_and_in("desk", "desk-password-1").await;
    for command in ["central_own_changes", "central_send_own_changes"] {
        let asked = w.invoke(command, json!({})).await;
        assert_eq!(asked.err().map(|e| e["code"].clone()), Some(json!("forbidden")), "{command}: not for the front desk");
    }
    w.close().await;
}

/// An RFC 3339 time of a slot view, in UTC as the central database gives it.
fn chrono_of(v: &serde_json::Value) -> String {
    chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap_or_default()).unwrap_or_else(|e| panic!("{v}: {e}")).with_timezone(&chrono::Utc).to_rfc3339()
}

/// The administrator's Central database screen lists the district's
/// workstations as the central database last heard from each: this one,
/// and another desk not heard from for ten minutes that held unsent facts
/// then, marked; and the facts the central database kept as rejected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_administrator_sees_the_districts_workstations() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::empty();
    let district = District::new(&desk).await;
    district.connect(&desk);
    passdesk_services::sync::round(district.other.repo(), &|_| {}).await.unwrap_or_else(|e| panic!("{e:?}"));
    for sql in [
        "UPDATE workstations SET last_contact = now() - interval '10 minutes', unsent = 3, oldest_unsent = now() - interval '12 minutes' WHERE name = 'dal-desk-2'",
        "INSERT INTO applied_commands (id, workstation, kind, payload, made_at, outcome) VALUES (gen_random_uuid(), 'dal-desk-2', 'visit_recorded', '{}', now(), 'rejected: no office ZZZ')",
    ] {
        sqlx::query(sql).execute(district.central.pool()).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    let w = open(&desk, &[]).await;
    w.sign_in("root", "root-password-1").await;
    w.click("#nav-central").await;
    let other = w.wait_text("#desk-dal-desk-2", "Not heard from for over 2 minutes").await;
    assert!(other.contains("Facts: 3, the oldest from 12 min ago") && other.contains("Rejected facts: 1"), "{other}");
    let class = w.find("#desk-dal-desk-2").await.attr("class").await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
    assert!(class.contains("trouble"), "marked: {class}");
    w.wait_text("#district-desks", "(this one)").await;
    w.wait_text("#district-rejected", "no office ZZZ").await;
    w.screenshot_at("central-workstations", Some("#district-desks")).await;
    w.close().await;
}
