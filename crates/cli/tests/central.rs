//! `passdesk central connect|disconnect|migrate|status` end to end, as
//! separate processes on a temporary local database and a real PostgreSQL
//! (the loopback test server of `passdesk_central::testing`). The password
//! goes through `PASSDESK_CENTRAL_PASSWORD` or stdin and into a
//! `--password-file`: the test machine may have no Secret Service.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

use passdesk_services::central_link::passdesk_central::testing;
use serde_json::Value;

const SECRET: &str = "cli-Secret-9f3a";
/// The desks' clock (`PASSDESK_NOW`): the days the tests release and list
/// stay ahead of it whatever the date the tests run on.
const NOW: &str = "2026-11-23T14:00:00Z";

struct Desk {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Desk {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let db = dir.path().join("desk.sqlite3");
        Self { dir, db }
    }

    fn password_file(&self) -> PathBuf {
        self.dir.path().join("central-password")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_passdesk"));
        c.args(args)
            .env("PASSDESK_DB", &self.db)
            .env("PASSDESK_PIN_KEY_FILE", self.dir.path().join("pin-key"))
            .env("PASSDESK_NOW", NOW)
            .env_remove("PASSDESK_CENTRAL_PASSWORD")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    }

    fn output(mut command: Command, stdin: &str) -> Output {
        let mut child = command.spawn().unwrap_or_else(|e| panic!("start passdesk: {e}"));
        if let Some(mut input) = child.stdin.take() {
            // A command refused before it reads its input closes the pipe first.
            if let Err(e) = input.write_all(stdin.as_bytes()) {
                assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
            }
        }
        child.wait_with_output().unwrap_or_else(|e| panic!("wait for passdesk: {e}"))
    }

    fn run_with(&self, args: &[&str], stdin: &str) -> Output {
        Self::output(self.command(args), stdin)
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run_with(&all, "");
        assert!(out.status.success(), "passdesk {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("passdesk {args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
    }

    /// Connects with the password in PASSDESK_CENTRAL_PASSWORD, kept in a file.
    fn connect(&self, args: &[&str]) -> Output {
        let file = self.password_file();
        let mut all = vec!["--json", "central", "connect"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--password-file", file.to_str().unwrap_or_else(|| panic!("utf-8 path"))]);
        let mut c = self.command(&all);
        c.env("PASSDESK_CENTRAL_PASSWORD", SECRET);
        Self::output(c, "")
    }

    /// A command that must fail with one line naming `code`, never the password.
    fn refused(out: &Output, code: &str) -> String {
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!out.status.success(), "should fail; printed {}", String::from_utf8_lossy(&out.stdout));
        assert_eq!(err.trim_end().lines().count(), 1, "one-line error expected, got {err:?}");
        assert!(err.starts_with("passdesk: ") && err.trim_end().ends_with(&format!("[{code}]")), "expected [{code}], got {err:?}");
        assert!(!err.contains(SECRET), "the password is never in a message: {err}");
        err
    }

    /// Every byte of the local database (file and WAL).
    fn bytes(&self) -> Vec<u8> {
        ["", "-wal", "-shm"]
            .iter()
            .filter_map(|s| {
                let mut p = self.db.as_os_str().to_owned();
                p.push(s);
                std::fs::read(PathBuf::from(p)).ok()
            })
            .flatten()
            .collect()
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())).permissions().mode() & 0o777
}

/// A new database on the test server with no schema yet, and its URL.
async fn empty_database() -> String {
    let server = testing::server_url().await.unwrap_or_else(|e| panic!("test PostgreSQL: {e}"));
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
    let name = format!("passdesk_cli_{}_{nanos}", std::process::id());
    let out = Command::new("psql")
        .args([server.as_str(), "-v", "ON_ERROR_STOP=1", "-qc", &format!("CREATE DATABASE {name}")])
        .output()
        .unwrap_or_else(|e| panic!("psql (Debian's postgresql-client) is needed to make an empty database: {e}"));
    assert!(out.status.success(), "CREATE DATABASE: {}", String::from_utf8_lossy(&out.stderr));
    match server.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{name}"),
        None => panic!("no database in {server}"),
    }
}

#[test]
fn central_commands_have_help() {
    let desk = Desk::new();
    for args in [vec!["central", "--help"], vec!["central", "connect", "--help"], vec!["central", "disconnect", "--help"], vec!["central", "migrate", "--help"], vec!["central", "status", "--help"], vec!["central", "workstations", "--help"]] {
        let out = desk.run_with(&args, "");
        assert!(out.status.success(), "passdesk {args:?} exits 0");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"), "passdesk {args:?} prints usage");
    }
    let central = String::from_utf8_lossy(&desk.run_with(&["central", "--help"], "").stdout).to_string();
    let line = |command: &str| central.lines().find(|l| l.trim_start().starts_with(command)).map(str::to_string).unwrap_or_default();
    assert!(line("workstations").contains("last heard from"), "{central}");
    assert!(line("own-changes").contains("on its own"), "{central}");
    let help = String::from_utf8_lossy(&desk.run_with(&["central", "connect", "--help"], "").stdout).to_string();
    assert!(help.contains("--password-file") && !help.contains("--password "), "no password argument: {help}");
    assert!(!desk.db.exists(), "--help touches no database");
}

#[tokio::test]
async fn connect_status_migrate_and_disconnect_on_a_real_database() {
    let url = empty_database().await;
    let desk = Desk::new();
    let out = desk.connect(&["--url", &url]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    let done: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("JSON: {e}"));
    assert_eq!(done["verified"], true, "{done}");
    assert_eq!(done["password_store"], "file", "{done}");
    assert!(done["server_version"].is_string(), "{done}");
    let file = desk.password_file();
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_default(), SECRET, "the file holds the password alone");
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);

    let status = desk.json(&["central", "status"]);
    assert_eq!((status["configured"].as_bool(), status["reachable"].as_bool()), (Some(true), Some(true)), "{status}");
    assert_eq!(status["password_store"], "file");
    assert_eq!(status["schema_applied"], 0, "an empty database: {status}");
    let known = status["schema_known"].as_i64().unwrap_or_default();
    assert!(known > 0, "{status}");
    assert_eq!(status["unsent_facts"], 0);
    assert!(status["error"].is_null(), "{status}");
    assert!(!status.to_string().contains(SECRET));

    let migrated = desk.json(&["central", "migrate"]);
    assert_eq!((migrated["applied_before"].as_i64(), migrated["applied"].as_i64(), migrated["known"].as_i64()), (Some(0), Some(known), Some(known)), "{migrated}");
    let status = desk.json(&["central", "status"]);
    assert_eq!(status["schema_applied"].as_i64(), Some(known), "{status}");
    let again = desk.run_with(&["central", "migrate"], "");
    assert!(String::from_utf8_lossy(&again.stdout).contains("already current"), "{}", String::from_utf8_lossy(&again.stdout));
    let text = String::from_utf8_lossy(&desk.run_with(&["central", "status"], "").stdout).to_string();
    assert!(text.contains("reachable: PostgreSQL") && text.contains(&format!("schema {known} of {known} (current)")), "{text}");
    assert!(text.contains("in the file") && !text.contains(SECRET), "{text}");

    assert!(!contains(&desk.bytes(), SECRET), "the password is nowhere in the local database");
    let gone = desk.json(&["central", "disconnect"]);
    assert_eq!(gone["password_store"], "file", "{gone}");
    assert!(!file.exists(), "the password file is deleted");
    let status = desk.json(&["central", "status"]);
    assert_eq!((status["configured"].as_bool(), status["address"].is_null()), (Some(false), true), "{status}");
    Desk::refused(&desk.run_with(&["central", "migrate"], ""), "central_not_configured");
}

#[test]
fn a_stopped_address_is_reported_unreachable_with_exit_0() {
    let desk = Desk::new();
    // The password as one line on stdin; nobody listens on port 1.
    let file = desk.password_file();
    let args = ["--json", "central", "connect", "--host", "127.0.0.1", "--port", "1", "--database", "passdesk", "--user", "desk", "--no-verify", "--password-file"];
    let mut all: Vec<&str> = args.to_vec();
    all.push(file.to_str().unwrap_or_default());
    let out = desk.run_with(&all, &format!("{SECRET}\n"));
    assert!(out.status.success(), "connect --no-verify: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_default(), SECRET, "one line read, without its line break");

    let out = desk.run_with(&["central", "status"], "");
    assert!(out.status.success(), "status exits 0 when unreachable: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("desk@127.0.0.1:1/passdesk") && text.contains("unreachable: "), "{text}");
    let status = desk.json(&["central", "status"]);
    assert_eq!((status["configured"].as_bool(), status["reachable"].as_bool()), (Some(true), Some(false)), "{status}");
    assert_eq!(status["error_code"], "central_unreachable", "{status}");
    assert!(status["error"].as_str().is_some_and(|e| !e.contains(SECRET)), "{status}");
    Desk::refused(&desk.run_with(&["central", "migrate"], ""), "central_unreachable");
}

#[test]
fn connect_checks_before_it_saves() {
    let desk = Desk::new();
    // Verified against a closed port: nothing is kept.
    Desk::refused(&desk.connect(&["--host", "127.0.0.1", "--port", "1", "--database", "passdesk", "--user", "desk"]), "central_unreachable");
    assert!(!desk.password_file().exists(), "no password file");
    assert_eq!(desk.json(&["central", "status"])["configured"], false);

    // A password in the address is refused before anything is opened.
    let fresh = Desk::new();
    let url = format!("postgres://desk:{SECRET}@127.0.0.1:1/passdesk");
    let err = Desk::refused(&fresh.run_with(&["central", "connect", "--url", &url, "--no-verify"], "x\n"), "password_in_address");
    assert!(err.contains("keychain"), "{err}");
    assert!(!fresh.db.exists(), "no database touched");
    for (args, code, says) in [
        (vec!["central", "connect", "--host", "db host", "--database", "p", "--user", "u"], "invalid_input", "--host: not a host name"),
        (vec!["central", "connect", "--host", "db", "--port", "70000", "--database", "p", "--user", "u"], "invalid_input", "--port: give a port number"),
        (vec!["central", "connect", "--host", "db", "--database", "p", "--user", "u", "--no-verify"], "invalid_input", "password"),
    ] {
        // The last one: no password on stdin.
        let err = Desk::refused(&fresh.run_with(&args, ""), code);
        assert!(err.contains(says), "the flag is named: {err}");
    }
    assert!(!fresh.db.exists(), "no database touched");
}

#[test]
fn without_a_keychain_connect_refuses_and_saves_nothing() {
    let desk = Desk::new();
    let runtime = desk.dir.path().join("run");
    std::fs::create_dir(&runtime).unwrap_or_else(|e| panic!("{e}"));
    let mut c = desk.command(&["central", "connect", "--host", "127.0.0.1", "--port", "1", "--database", "passdesk", "--user", "desk", "--no-verify"]);
    // No session bus, so no Secret Service.
    c.env("DBUS_SESSION_BUS_ADDRESS", format!("unix:path={}", runtime.join("no-bus").display())).env("XDG_RUNTIME_DIR", &runtime);
    let err = Desk::refused(&Desk::output(c, &format!("{SECRET}\n")), "no_keychain");
    assert!(err.contains("--password-file PATH") && err.contains("not stored"), "{err}");
    let status = desk.json(&["central", "status"]);
    assert_eq!(status["configured"], false, "{status}");
    assert!(!contains(&desk.bytes(), SECRET));
}

/// A district started from the command line: `central init` on an empty
/// database with the office file, then a second workstation (same PIN key)
/// connects and `sync` brings it the district; a release at one shows at the
/// other after a round.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn init_then_a_second_workstation_syncs_the_district() {
    let url = empty_database().await;
    let first = Desk::new();
    let out = first.connect(&["--url", &url, "--office", "DAL"]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    // An office file with a mistake is refused before the central database is touched.
    let bad = first.dir.path().join("offices-with-a-mistake.toml");
    std::fs::write(&bad, "[[office]]\ncode = \"DAL\"\nwindow_days = 0\n").unwrap_or_else(|e| panic!("{e}"));
    let said = Desk::refused(&first.run_with(&["central", "init", "--offices", &bad.to_string_lossy()], ""), "invalid_office");
    assert!(said.contains("line 3"), "the mistake is named: {said}");
    let status = first.json(&["central", "status"]);
    assert_eq!(status["schema_applied"], 0, "no schema made for a refused file: {status}");
    let offices = concat!(env!("CARGO_MANIFEST_DIR"), "/../services/demo/offices.toml");
    let init = first.json(&["central", "init", "--offices", offices]);
    assert!(init["offices_imported"].as_u64().is_some_and(|n| n >= 2), "{init}");
    assert_eq!(init["migrated"]["applied"], init["migrated"]["known"], "{init}");

    let second = Desk::new();
    std::fs::copy(first.dir.path().join("pin-key"), second.dir.path().join("pin-key")).unwrap_or_else(|e| panic!("the district's PIN key: {e}"));
    let out = second.connect(&["--url", &url, "--office", "DAL"]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    let synced = second.json(&["sync"]);
    assert!(synced["pulled"].as_u64().is_some_and(|n| n >= 2), "the district's offices arrive: {synced}");
    let listed = second.json(&["office", "list"]);
    assert!(listed.as_array().is_some_and(|o| o.iter().any(|o| o["code"] == "DAL")), "{listed}");

    // Released at the first; the second sees the same slots after one round.
    let released = first.json(&["slots", "release", "--office", "DAL", "--through", "2026-12-04"]);
    assert!(released["slots_created"].as_u64().is_some_and(|n| n > 0), "{released}");
    assert!(second.json(&["sync"])["pulled"].as_u64().is_some_and(|n| n > 0));
    let (a, b) = (first.json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]), second.json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]));
    assert!(a.as_array().is_some_and(|s| !s.is_empty()), "{a}");
    assert_eq!(a, b, "both replicas hold the central slots");
    let status = second.json(&["central", "status"]);
    assert_eq!(status["unsent_facts"], 0, "{status}");
    assert_eq!((&status["office"], &status["office_not_in_district"]), (&Value::from("DAL"), &Value::from(false)), "{status}");

    // Both said how they stand at their last sync; the district's list shows them.
    let desks = second.json(&["central", "workstations"]);
    let listed = desks["workstations"].as_array().cloned().unwrap_or_default();
    assert_eq!(listed.len(), 2, "{desks}");
    assert!(listed.iter().all(|w| w["office"] == "DAL" && w["unsent"] == 0 && w["silent"] == false), "{desks}");
    assert_eq!(listed.iter().filter(|w| w["this_one"] == true).count(), 1, "{desks}");
    let text = String::from_utf8_lossy(&second.run_with(&["central", "workstations"], "").stdout).to_string();
    assert!(text.contains("* ws-") && text.contains("heard from") && text.contains("no fact was rejected"), "{text}");
    // A mistyped office (DLA for DAL) is said, not left as a silently empty board.
    let typo = Desk::new();
    std::fs::copy(first.dir.path().join("pin-key"), typo.dir.path().join("pin-key")).unwrap_or_else(|e| panic!("the district's PIN key: {e}"));
    let out = typo.connect(&["--url", &url, "--office", "DLA"]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    typo.json(&["sync"]);
    let status = typo.json(&["central", "status"]);
    assert_eq!(status["office_not_in_district"], true, "{status}");
    let text = String::from_utf8_lossy(&typo.run_with(&["central", "status"], "").stdout).to_string();
    assert!(text.contains("the district has no office DLA"), "{text}");

    // `central init` again (say from a setup script on a new workstation) does not import over the district.
    let out = second.run_with(&["central", "init", "--offices", offices], "");
    let said = Desk::refused(&out, "district_started");
    assert!(said.contains("DAL") && said.contains("office import"), "{said}");
    let (a2, b2) = (first.json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]), second.json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]));
    assert_eq!((&a2, &b2), (&a, &b), "the district's slots are as they were");

    // A workstation with another PIN key is refused.
    let stranger = Desk::new();
    let out = stranger.connect(&["--url", &url]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    let out = stranger.run_with(&["sync"], "");
    let said = Desk::refused(&out, "pin_key_mismatch");
    assert!(said.contains("PIN key"), "{said}");
}

/// A district workstation disconnected, booking on its own: connecting it
/// again is refused, and `central own-changes` lists every booking that
/// stops it, with whom to call; the booking is still in the file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bookings_made_on_its_own_stop_the_reconnection_and_are_listed() {
    let url = empty_database().await;
    let desk = Desk::new();
    let out = desk.connect(&["--url", &url, "--office", "DAL"]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    let offices = concat!(env!("CARGO_MANIFEST_DIR"), "/../services/demo/offices.toml");
    desk.json(&["central", "init", "--offices", offices]);
    desk.json(&["slots", "release", "--office", "DAL", "--through", "2026-12-04"]);
    assert_eq!(desk.json(&["central", "own-changes"]), serde_json::json!([]), "nothing of its own while connected");

    desk.json(&["central", "disconnect"]);
    let slots = desk.json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]);
    let slot = slots.as_array().and_then(|a| a.iter().find(|s| s["track"] == "general")).cloned().unwrap_or_else(|| panic!("a general slot: {slots}"));
    let request = serde_json::json!({
        "office": "DAL", "type": "case_inquiry", "slot_id": slot["id"],
        "applicant": { "first_name": "Solo", "last_name": "Alone", "date_of_birth": "1980-05-04", "phone": "214-555-0100" }
    });
    let mut book = desk.command(&["--json", "book"]);
    book.env_remove("PASSDESK_CENTRAL_PASSWORD");
    let out = Desk::output(book, &request.to_string());
    assert!(out.status.success(), "booked on its own: {}", String::from_utf8_lossy(&out.stderr));
    let receipt: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let confirmation = receipt["confirmation"].as_str().unwrap_or_else(|| panic!("{receipt}")).to_string();

    let out = desk.connect(&["--url", &url, "--office", "DAL"]);
    assert!(out.status.success(), "connect: {}", String::from_utf8_lossy(&out.stderr));
    let said = Desk::refused(&desk.run_with(&["sync"], ""), "replica_has_own_data");
    assert!(said.contains(&format!("{confirmation} booked")) && said.contains("central own-changes"), "{said}");
    let listed = desk.json(&["central", "own-changes"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!((&listed[0]["confirmation"], &listed[0]["event"], &listed[0]["name"]), (&json_str(&confirmation), &json_str("booked"), &json_str("Solo Alone")), "{listed}");
    assert_eq!(listed[0]["phone"], "(214) 555-0100", "{listed}");
    assert_eq!(listed[0]["starts_at"], slot["starts_at"], "{listed}");
    let text = desk.run_with(&["central", "own-changes"], "");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(&confirmation) && text.contains("Solo Alone") && text.contains("(214) 555-0100"), "{text}");
    let kept = desk.json(&["appointments", "--office", "DAL", "--date", "2026-12-01"]);
    assert!(kept.as_array().is_some_and(|a| a.iter().any(|x| x["confirmation"] == confirmation.as_str())), "still in the file: {kept}");

    // Sent to the district, then synced: connected again, nothing of its own left.
    let out = desk.run_with(&["central", "own-changes", "--send"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "send: {} {}", text, String::from_utf8_lossy(&out.stderr));
    assert!(text.contains(&format!("{confirmation}  booked")) && text.contains("sent") && text.contains("Pushed"), "{text}");
    assert!(desk.json(&["sync"])["pulled"].as_u64().is_some(), "connected again");
    assert_eq!(desk.json(&["central", "own-changes"]), serde_json::json!([]), "nothing of its own left");
    let there = desk.json(&["appointments", "--office", "DAL", "--date", "2026-12-01"]);
    assert!(there.as_array().is_some_and(|a| a.iter().any(|x| x["confirmation"] == confirmation.as_str())), "the district's copy: {there}");
}

fn json_str(s: &str) -> Value {
    Value::String(s.to_string())
}
