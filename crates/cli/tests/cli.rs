//! Every `passdesk` command end to end, as a separate process on a temporary
//! database: the successful paths with `--json`, and bad input, which must
//! exit non-zero with one line on stderr and leave the database unchanged.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

use serde_json::Value;

/// A Monday morning before the Thanksgiving holiday in the demo offices.
const NOW: &str = "2026-11-23T14:00:00Z";

struct Desk {
    dir: tempfile::TempDir,
    db: PathBuf,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

impl Desk {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let db = dir.path().join("desk.sqlite3");
        Self { dir, db }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_passdesk"));
        c.args(args)
            .env("PASSDESK_DB", &self.db)
            .env("PASSDESK_PIN_KEY_FILE", self.dir.path().join("pin-key"))
            .env("PASSDESK_NOW", NOW)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    }

    fn run_with(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = self.command(args).spawn().unwrap_or_else(|e| panic!("start passdesk: {e}"));
        if let Some(mut input) = child.stdin.take() {
            // A command refused before it reads its input closes the pipe first.
            if let Err(e) = input.write_all(stdin.as_bytes()) {
                assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
            }
        }
        child.wait_with_output().unwrap_or_else(|e| panic!("wait for passdesk: {e}"))
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, "")
    }

    /// Runs a command that must succeed and returns its JSON output.
    fn json(&self, args: &[&str]) -> Value {
        self.json_with(args, "")
    }

    fn json_with(&self, args: &[&str], stdin: &str) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run_with(&all, stdin);
        assert!(out.status.success(), "passdesk {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("passdesk {args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
    }

    /// Runs a command that must fail with one line naming `code`.
    fn refused(&self, args: &[&str], stdin: &str, code: &str) -> String {
        let out = self.run_with(args, stdin);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!out.status.success(), "passdesk {args:?} should fail; printed {}", String::from_utf8_lossy(&out.stdout));
        assert_eq!(err.trim_end().lines().count(), 1, "one-line error expected from {args:?}, got {err:?}");
        assert!(err.starts_with("passdesk: ") && err.trim_end().ends_with(&format!("[{code}]")), "passdesk {args:?}: expected [{code}], got {err:?}");
        assert!(!err.contains("panicked"), "{err}");
        err
    }

    fn demo(&self) -> Value {
        self.json(&["demo", "--bookings-per-office", "8"])
    }

    /// Everything a refusal must not change: all offices, every slot of a few
    /// days and every appointment there.
    fn snapshot(&self) -> String {
        let mut s = self.json(&["office", "list"]).to_string();
        for code in ["DAL", "ARL", "PHX"] {
            for d in ["2026-11-24", "2026-11-25", "2026-12-01"] {
                s += &self.json(&["slots", "list", "--office", code, "--date", d]).to_string();
                s += &self.json(&["appointments", "--office", code, "--date", d]).to_string();
            }
        }
        s
    }
}

fn first_general_slot(desk: &Desk, office: &str, date: &str) -> Value {
    let slots = desk.json(&["slots", "list", "--office", office, "--date", date]);
    slots.as_array().and_then(|a| a.iter().find(|s| s["track"] == "general" && s["booked"] == 0).cloned()).unwrap_or_else(|| panic!("a free general slot at {office} on {date}"))
}

/// A request for person `who`: people differ by name and A-number.
fn booking(office: &str, slot_id: &str, last_name: &str, who: usize) -> String {
    let first: String = [b'A' + (who / 26 % 26) as u8, b'a' + (who % 26) as u8].iter().map(|b| char::from(*b)).collect();
    serde_json::json!({
        "office": office, "type": "case_inquiry", "slot_id": slot_id,
        "applicant": { "first_name": first, "last_name": last_name, "date_of_birth": "1980-05-04", "a_number": format!("A{:09}", 1000 + who) }
    })
    .to_string()
}

#[test]
fn every_command_has_help() {
    let desk = Desk::new();
    for args in [
        vec!["--help"], vec!["demo", "--help"], vec!["office", "--help"], vec!["office", "list", "--help"], vec!["office", "show", "--help"],
        vec!["office", "import", "--help"], vec!["office", "close-day", "--help"], vec!["office", "route", "--help"], vec!["slots", "--help"], vec!["slots", "release", "--help"],
        vec!["slots", "rerelease", "--help"], vec!["slots", "list", "--help"], vec!["types", "list", "--help"], vec!["book", "--help"],
        vec!["reschedule", "--help"], vec!["cancel", "--help"], vec!["lookup", "--help"], vec!["appointments", "--help"], vec!["notice", "--help"], vec!["mrz", "--help"], vec!["roster", "--help"], vec!["summary", "--help"],
    ] {
        let out = desk.run(&args);
        assert!(out.status.success(), "passdesk {args:?} exits 0");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"), "passdesk {args:?} prints usage");
    }
    assert!(!desk.db.exists(), "--help touches no database");
}

#[test]
fn demo_offices_types_and_routing() {
    let desk = Desk::new();
    let report = desk.demo();
    assert!(report["offices"].as_u64() >= Some(6), "{report}");
    assert!(report["bookings"].as_u64() >= Some(40), "{report}");
    let offices = desk.json(&["office", "list"]);
    let codes: Vec<&str> = offices.as_array().into_iter().flatten().filter_map(|o| o["code"].as_str()).collect();
    for c in ["DAL", "ARL", "NYC", "LAX", "PHX", "HNL"] {
        assert!(codes.contains(&c), "demo has {c}: {codes:?}");
    }
    let dal = desk.json(&["office", "show", "DAL"]);
    assert_eq!(dal["time_zone"], "America/Chicago", "{dal}");
    assert!(dal.to_string().contains("dara"), "Dallas runs a DARA track");
    assert_eq!(desk.json(&["office", "route", "--zip", "75201"])["code"], "DAL");
    assert_eq!(desk.json(&["office", "route", "--zip", "85004"])["code"], "PHX");
    assert_eq!(desk.json(&["office", "route", "--country", "MX"])["code"], "MEX");
    let types = desk.json(&["types", "list"]);
    let type_codes: Vec<&str> = types.as_array().into_iter().flatten().filter_map(|t| t["code"].as_str()).collect();
    for c in ["adit", "eap", "interim_ead", "ij_grant", "attorney_inquiry", "cashier_payment", "dara_adjustment", "other"] {
        assert!(type_codes.contains(&c), "catalogue has {c}");
    }
    // Text output too.
    let out = desk.run(&["office", "list"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("Dallas"));
    let shown = desk.json(&["demo", "--bookings-per-office", "2", "--show", "DAL"]);
    assert_eq!(shown["shown"]["office"], "DAL", "{shown}");
    assert!(shown["shown"]["slots"].as_array().is_some_and(|s| !s.is_empty()), "--show lists a day's slots");

    let before = desk.snapshot();
    // A mistyped --show is refused before the demo is made again.
    let said = desk.refused(&["demo", "--bookings-per-office", "2", "--show", "DLA"], "", "not_found");
    assert!(said.contains("DAL"), "the demo's offices are named: {said}");
    assert_eq!(desk.snapshot(), before, "the demo database was not replaced");
    desk.refused(&["office", "show", "ZZZ"], "", "not_found");
    desk.refused(&["office", "show", "not an office"], "", "invalid_input");
    desk.refused(&["office", "route", "--zip", "99999"], "", "zip_not_served");
    desk.refused(&["office", "route", "--zip", "7520"], "", "invalid_input");
    desk.refused(&["office", "route", "--country", "XX"], "", "country_not_served");
    assert_eq!(desk.snapshot(), before, "refusals change nothing");
}

#[test]
fn demo_never_overwrites_a_real_database() {
    let desk = Desk::new();
    let office = root().join("tests/fixtures/one-office.toml");
    desk.json(&["office", "import", office.to_str().unwrap_or_default()]);
    desk.refused(&["demo"], "", "not_a_demo");
    assert_eq!(desk.json(&["office", "list"]).as_array().map(Vec::len), Some(1), "the real database is untouched");
}

/// A database names its PIN key: with the key gone, it is refused plainly
/// and no new key is made in its place (one would never open it).
#[test]
fn a_database_whose_pin_key_is_gone_is_refused_and_no_new_key_made() {
    let desk = Desk::new();
    desk.demo();
    let key = desk.dir.path().join("pin-key");
    let kept = std::fs::read(&key).unwrap_or_else(|e| panic!("the key file: {e}"));
    std::fs::remove_file(&key).unwrap_or_else(|e| panic!("remove the key: {e}"));
    let said = desk.refused(&["office", "list"], "", "pin_key_missing");
    assert!(said.contains("PASSDESK_PIN_KEY_FILE"), "{said}");
    assert!(!key.exists(), "no new key file made");
    std::fs::write(&key, &kept).unwrap_or_else(|e| panic!("restore the key: {e}"));
    #[cfg(unix)]
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap_or_else(|e| panic!("chmod: {e}"));
    assert!(!desk.json(&["office", "list"]).as_array().map(Vec::is_empty).unwrap_or(true), "the restored key opens the database");

    // A key refused before any database is opened: a mistyped --db makes no new file.
    #[cfg(unix)]
    {
        std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap_or_else(|e| panic!("chmod: {e}"));
        let typo = desk.dir.path().join("typo.sqlite3");
        desk.refused(&["--db", typo.to_str().unwrap_or_default(), "office", "list"], "", "pin_key_file_unsafe");
        assert!(!typo.exists(), "no database made for a key that was refused");
    }
}

#[test]
fn import_is_all_or_nothing_and_names_the_bad_line() {
    let desk = Desk::new();
    desk.demo();
    let before = desk.snapshot();
    let bad = desk.dir.path().join("bad.toml");
    let good = std::fs::read_to_string(root().join("tests/fixtures/one-office.toml")).unwrap_or_default();
    // A 45-minute slot on line 12 of the file.
    let broken = good.replace("slot_minutes = 30", "slot_minutes = 45");
    std::fs::write(&bad, &broken).unwrap_or_else(|e| panic!("{e}"));
    let line = broken.lines().position(|l| l.contains("slot_minutes = 45")).map(|i| i + 1).unwrap_or(0);
    let err = desk.refused(&["office", "import", bad.to_str().unwrap_or_default()], "", "invalid_office");
    assert!(err.contains(&format!("line {line}")), "names line {line}: {err}");
    std::fs::write(&bad, "[[office]]\ncode = \"X1\"\nname = 5\n").unwrap_or_else(|e| panic!("{e}"));
    let err = desk.refused(&["office", "import", bad.to_str().unwrap_or_default()], "", "invalid_office");
    assert!(err.contains("line 3"), "{err}");
    // A ZIP range that Dallas already serves.
    let clash = desk.dir.path().join("clash.json");
    std::fs::write(&clash, good_json_with_zip("75000-75099")).unwrap_or_else(|e| panic!("{e}"));
    desk.refused(&["office", "import", clash.to_str().unwrap_or_default()], "", "conflict");
    desk.refused(&["office", "import", "/nonexistent/offices.toml"], "", "invalid_input");
    assert_eq!(desk.snapshot(), before, "a refused import changes nothing");

    let ok = desk.json(&["office", "import", root().join("tests/fixtures/one-office.toml").to_str().unwrap_or_default()]);
    assert_eq!(ok[0]["code"], "TST");
    let json = desk.dir.path().join("offices.json");
    std::fs::write(&json, good_json_with_zip("59000-59099")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(desk.json(&["office", "import", json.to_str().unwrap_or_default()])[0]["code"], "JSN");
}

fn good_json_with_zip(range: &str) -> String {
    serde_json::json!({ "office": [{
        "code": "JSN", "name": "JSON Office", "time_zone": "America/Denver",
        "address": { "street": "1 Main St", "city": "Helena", "region": "MT", "postal_code": "59601" },
        "hours": { "mon-fri": ["08:00-12:00"] },
        "mix": { "mon-fri": [{ "time": "08:00-12:00", "slot_minutes": 30, "capacity": 2, "track": "general", "types": ["case_inquiry"] }] },
        "areas": { "zips": [range] }
    }]})
    .to_string()
}

#[test]
fn slots_release_and_list() {
    let desk = Desk::new();
    let office = root().join("tests/fixtures/one-office.toml");
    desk.json(&["office", "import", office.to_str().unwrap_or_default()]);
    let r = desk.json(&["slots", "release", "--office", "TST", "--through", "2026-12-04"]);
    assert_eq!(r["slots_created"], 9 * 6, "{r}");
    let again = desk.json(&["slots", "release", "--office", "TST", "--through", "2026-12-04"]);
    assert_eq!(again["slots_created"], 0, "releasing twice creates nothing: {again}");
    let slots = desk.json(&["slots", "list", "--office", "TST", "--date", "2026-11-24"]);
    let first = &slots[0];
    for field in ["id", "starts_at", "ends_at", "track", "capacity", "booked", "types"] {
        assert!(!first[field].is_null(), "slot has {field}: {first}");
    }
    assert_eq!(first["starts_at"], "2026-11-24T08:00:00-06:00");
    assert_eq!(first["ends_at"], "2026-11-24T08:30:00-06:00");
    assert!(desk.json(&["slots", "list", "--office", "TST", "--date", "2026-11-26"]).as_array().is_some_and(Vec::is_empty), "holiday");
    desk.json(&["slots", "release", "--office", "TST"]);
    assert!(desk.json(&["slots", "rerelease", "--office", "TST", "--date", "2026-11-25"])["slots_created"].as_u64() > Some(0));

    let before = desk.snapshot_tst();
    desk.refused(&["slots", "release", "--office", "ZZZ", "--through", "2026-12-01"], "", "not_found");
    desk.refused(&["slots", "release", "--office", "TST", "--through", "2026-13-01"], "", "invalid_input");
    desk.refused(&["slots", "release", "--office", "TST", "--through", "2029-01-01"], "", "invalid_input");
    desk.refused(&["slots", "list", "--office", "TST", "--date", "tomorrow"], "", "invalid_input");
    desk.refused(&["slots", "rerelease", "--office", "TST", "--date", "2026-11-02"], "", "invalid_input");
    assert_eq!(desk.snapshot_tst(), before);
}

impl Desk {
    fn snapshot_tst(&self) -> String {
        ["2026-11-24", "2026-11-25", "2026-12-04", "2026-12-07"]
            .iter()
            .map(|d| self.json(&["slots", "list", "--office", "TST", "--date", d]).to_string())
            .collect()
    }
}

/// A snow day from the command line: the call list in text and JSON, the
/// appointments gone from the day, bad input refused with nothing changed.
#[test]
fn close_day_prints_the_call_list() {
    let desk = Desk::new();
    desk.demo();
    let slot = first_general_slot(&desk, "DAL", "2026-12-01");
    let receipt = desk.json_with(&["book"], &booking("DAL", slot["id"].as_str().unwrap_or_default(), "Snowden", 7));
    let before = desk.snapshot();
    desk.refused(&["office", "close-day", "--office", "DAL", "--date", "2026-11-20"], "", "invalid_input");
    desk.refused(&["office", "close-day", "--office", "DAL", "--date", "2026-13-01"], "", "invalid_input");
    desk.refused(&["office", "close-day", "--office", "ZZZ", "--date", "2026-12-01"], "", "not_found");
    assert_eq!(desk.snapshot(), before, "refusals change nothing");

    let out = desk.run(&["office", "close-day", "--office", "DAL", "--date", "2026-12-01", "--cancel"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.starts_with("DAL 2026-12-01: closed"), "{text}");
    let line = text.lines().find(|l| l.contains("Snowden")).unwrap_or_else(|| panic!("the booked person is in the call list: {text}"));
    assert!(line.contains(receipt["confirmation"].as_str().unwrap_or("?")) && line.contains("cancelled"), "{line}");
    let day = desk.json(&["appointments", "--office", "DAL", "--date", "2026-12-01"]);
    assert!(day.as_array().into_iter().flatten().all(|a| a["status"] == "cancelled"), "{day}");
    assert_eq!(desk.json(&["slots", "list", "--office", "DAL", "--date", "2026-12-01"]), serde_json::json!([]));
    let again = desk.json(&["office", "close-day", "--office", "DAL", "--date", "2026-12-01"]);
    assert_eq!(again["people"], serde_json::json!([]), "closing it again finds nobody left");
}

#[test]
fn book_lookup_reschedule_cancel() {
    let desk = Desk::new();
    desk.demo();
    let example = std::fs::read_to_string(root().join("examples/book-request.json")).unwrap_or_else(|e| panic!("{e}"));
    let receipt = desk.json_with(&["book"], &example);
    for field in ["confirmation", "pin", "appointment_id", "starts_at"] {
        assert!(receipt[field].is_string(), "receipt has {field}: {receipt}");
    }
    assert_eq!(receipt["office"], "DAL", "ZIP 75201 is Dallas's");
    let eap = std::fs::read_to_string(root().join("examples/book-eap-request.json")).unwrap_or_else(|e| panic!("{e}"));
    desk.json_with(&["book"], &eap);

    let c = receipt["confirmation"].as_str().unwrap_or_default().to_string();
    let pin = receipt["pin"].as_str().unwrap_or_default().to_string();
    let looked = desk.json(&["lookup", "--confirmation", &c, "--pin", &pin]);
    assert_eq!(looked["appointment_id"], receipt["appointment_id"]);
    // Lower case and without the dash is the same number.
    desk.json(&["lookup", "--confirmation", &c.replace('-', "").to_lowercase(), "--pin", &pin]);

    let target = first_general_slot(&desk, "DAL", "2026-12-01");
    let moved = desk.json(&["reschedule", "--confirmation", &c, "--pin", &pin, "--slot-id", target["id"].as_str().unwrap_or_default()]);
    assert_eq!(moved["starts_at"], target["starts_at"]);
    let moved = desk.json(&["reschedule", "--confirmation", &c, "--pin", &pin, "--from", "2026-12-08"]);
    assert!(moved["starts_at"].as_str() >= Some("2026-12-08"), "{moved}");
    let day = &moved["starts_at"].as_str().unwrap_or_default()[..10];
    let list = desk.json(&["appointments", "--office", "DAL", "--date", day]);
    assert!(list.as_array().into_iter().flatten().any(|a| a["confirmation"] == c.as_str()), "the board of {day} shows it");
    desk.json(&["appointments", "--office", "DAL"]);

    let before = desk.snapshot();
    let wrong = if pin == "000000" { "111111" } else { "000000" };
    let err = desk.refused(&["lookup", "--confirmation", &c, "--pin", wrong], "", "wrong_pin");
    assert!(err.contains("4 tries left"), "{err}");
    desk.refused(&["lookup", "--confirmation", "ABCDE-FGHJK", "--pin", "123456"], "", "invalid_input");
    desk.refused(&["lookup", "--confirmation", &c, "--pin", "12"], "", "invalid_input");
    desk.refused(&["reschedule", "--confirmation", &c, "--pin", &pin, "--slot-id", "not-a-slot"], "", "invalid_input");
    desk.refused(&["appointments", "--office", "ZZZ", "--date", "2026-11-24"], "", "not_found");
    let request = |edit: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_str(&example).unwrap_or_default();
        edit(&mut v);
        v.to_string()
    };
    for (what, stdin, code) in [
        ("not JSON", "{ nope".to_string(), "invalid_input"),
        ("unknown field", request(&|v| v["colour"] = "red".into()), "invalid_input"),
        ("unknown office", request(&|v| v["office"] = "ZZZ".into()), "not_found"),
        ("ZIP not served", request(&|v| v["zip"] = "99999".into()), "zip_not_served"),
        ("bad A-number", request(&|v| v["applicant"]["a_number"] = "A12".into()), "invalid_input"),
        ("bad receipt number", request(&|v| v["applicant"]["receipt_number"] = "IOE12".into()), "invalid_input"),
        ("birth in the future", request(&|v| v["applicant"]["date_of_birth"] = "2031-01-01".into()), "invalid_input"),
        ("bad e-mail", request(&|v| v["applicant"]["email"] = "maria@".into()), "invalid_input"),
        ("unreleased day", request(&|v| v["from"] = "2027-06-01".into()), "no_free_slot"),
        ("same person again", example.clone(), "duplicate_booking"),
    ] {
        let err = desk.refused(&["book"], &stdin, code);
        assert!(err.len() < 400, "{what}: short message: {err}");
    }
    assert_eq!(desk.snapshot(), before, "refusals change nothing");

    let cancelled = desk.json(&["cancel", "--confirmation", &c, "--pin", &pin]);
    assert_eq!(cancelled["status"], "cancelled");
    desk.refused(&["cancel", "--confirmation", &c, "--pin", &pin], "", "conflict");
    // Text output of a lookup.
    let out = desk.run(&["lookup", "--confirmation", &c, "--pin", &pin]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("cancelled"));
}

#[test]
fn notice_writes_the_pdf_only_with_the_right_pin() {
    let desk = Desk::new();
    desk.demo();
    let example = std::fs::read_to_string(root().join("examples/book-request.json")).unwrap_or_else(|e| panic!("{e}"));
    let receipt = desk.json_with(&["book"], &example);
    let c = receipt["confirmation"].as_str().unwrap_or_default().to_string();
    let pin = receipt["pin"].as_str().unwrap_or_default().to_string();
    let out = desk.dir.path().join("notice.pdf");
    let path = out.to_str().unwrap_or_default();

    let wrong = if pin == "000000" { "111111" } else { "000000" };
    desk.refused(&["notice", "--confirmation", &c, "--pin", wrong, "--out", path], "", "wrong_pin");
    assert!(!out.exists(), "a wrong PIN prints no notice");
    desk.refused(&["notice", "--confirmation", &c, "--pin", &pin, "--lang", "xx", "--out", path], "", "invalid_input");
    assert!(!out.exists(), "an unknown language prints no notice");

    let written = desk.json(&["notice", "--confirmation", &c, "--pin", &pin, "--lang", "vi", "--out", path]);
    assert_eq!(written["bytes"].as_u64(), std::fs::metadata(&out).ok().map(|m| m.len()));
    let text = std::process::Command::new("pdftotext").arg(&out).arg("-").output().unwrap_or_else(|e| panic!("pdftotext (poppler-utils): {e}"));
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(&c), "the notice carries the confirmation number: {text}");
    assert!(text.contains("Giấy báo hẹn"), "the notice is in Vietnamese: {text}");
    let dir = desk.dir.path().join("no-such-dir/notice.pdf");
    desk.refused(&["notice", "--confirmation", &c, "--pin", &pin, "--out", dir.to_str().unwrap_or_default()], "", "io_error");
}

#[test]
fn mrz_reads_a_zone_and_fails_on_a_broken_check_digit() {
    let desk = Desk::new();
    let td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
    let read = desk.json_with(&["mrz"], td3);
    assert_eq!((read["format"].as_str(), read["valid"].as_bool()), (Some("td3"), Some(true)), "{read}");
    assert_eq!(read["document_number"], "L898902C3");
    assert_eq!(read["birth_date"], "1974-08-12");
    // The birth date's check digit changed: the JSON is still printed, and the exit is 1.
    let broken = td3.replace("7408122F", "7408123F");
    let out = desk.run_with(&["--json", "mrz"], &broken);
    assert!(!out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["valid"], false);
    let failed: Vec<&str> = v["checks"].as_array().into_iter().flatten().filter(|c| c["holds"] == false).filter_map(|c| c["field"].as_str()).collect();
    assert_eq!(failed, ["birth_date", "composite"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("mrz_check_failed"));
    desk.refused(&["mrz"], "not a zone", "invalid_input");
    assert!(!desk.db.exists(), "reading a zone touches no database");
}

#[test]
fn roster_and_summary_of_a_day() {
    let desk = Desk::new();
    desk.demo();
    let out = desk.dir.path().join("roster.pdf");
    let path = out.to_str().unwrap_or_default();
    desk.refused(&["roster", "--office", "DAL", "--by", "colour", "--out", path], "", "invalid_input");
    desk.refused(&["roster", "--office", "DAL", "--track", "nope", "--out", path], "", "invalid_input");
    assert!(!out.exists(), "a refused roster writes nothing");
    let written = desk.json(&["roster", "--office", "DAL", "--date", "2026-11-24", "--by", "desk", "--out", path]);
    assert_eq!(written["bytes"].as_u64(), std::fs::metadata(&out).ok().map(|m| m.len()));
    let text = std::process::Command::new("pdftotext").arg(&out).arg("-").output().unwrap_or_else(|e| panic!("pdftotext (poppler-utils): {e}"));
    assert!(String::from_utf8_lossy(&text.stdout).contains("Dallas Field Office"));
    let summary = desk.json(&["summary", "--office", "DAL", "--date", "2026-11-24"]);
    let tracks: Vec<&str> = summary.as_array().into_iter().flatten().filter_map(|t| t["track"].as_str()).collect();
    assert_eq!(tracks, ["attorney", "cashier", "dara", "general"]);
}

#[test]
fn a_full_slot_refuses_the_next_booker() {
    let desk = Desk::new();
    desk.demo();
    let slot = first_general_slot(&desk, "ARL", "2026-12-02");
    let capacity = slot["capacity"].as_u64().unwrap_or(0) as usize;
    let id = slot["id"].as_str().unwrap_or_default();
    for i in 0..capacity {
        desk.json_with(&["book"], &booking("ARL", id, "Full", i));
    }
    let before = desk.snapshot();
    desk.refused(&["book"], &booking("ARL", id, "Late", 99), "slot_full");
    assert_eq!(desk.snapshot(), before);
}

#[test]
fn five_wrong_pins_lock_the_number() {
    let desk = Desk::new();
    let report = desk.demo();
    let sample = &report["samples"][0];
    let (c, pin) = (sample["confirmation"].as_str().unwrap_or_default(), sample["pin"].as_str().unwrap_or_default());
    let wrong = if pin == "000000" { "111111" } else { "000000" };
    for _ in 0..4 {
        desk.refused(&["lookup", "--confirmation", c, "--pin", wrong], "", "wrong_pin");
    }
    desk.refused(&["lookup", "--confirmation", c, "--pin", wrong], "", "pin_locked");
    let err = desk.refused(&["lookup", "--confirmation", c, "--pin", pin], "", "pin_locked");
    assert!(err.contains("15 minutes"), "{err}");
}

/// Separate processes booking one slot at once: exactly its capacity succeed.
#[test]
fn concurrent_processes_never_overbook() {
    let desk = Desk::new();
    desk.demo();
    let slot = first_general_slot(&desk, "NYC", "2026-12-03");
    let capacity = slot["capacity"].as_u64().unwrap_or(0) as usize;
    let id = slot["id"].as_str().unwrap_or_default().to_string();
    let bookers = capacity + 6;
    let children: Vec<_> = (0..bookers)
        .map(|i| {
            let mut child = desk.command(&["--json", "book"]).spawn().unwrap_or_else(|e| panic!("{e}"));
            if let Some(mut input) = child.stdin.take() {
                input.write_all(booking("NYC", &id, "Rush", i).as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            }
            child
        })
        .collect();
    let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap_or_else(|e| panic!("{e}"))).collect();
    let ok = outputs.iter().filter(|o| o.status.success()).count();
    let full = outputs.iter().filter(|o| String::from_utf8_lossy(&o.stderr).contains("[slot_full]")).count();
    assert_eq!(ok, capacity, "exactly the capacity succeeds");
    assert_eq!(full, bookers - capacity, "the rest are told the slot is full");
    let after = desk.json(&["slots", "list", "--office", "NYC", "--date", "2026-12-03"]);
    let after = after.as_array().and_then(|a| a.iter().find(|s| s["id"] == id.as_str()).cloned()).unwrap_or_default();
    assert_eq!(after["booked"].as_u64(), Some(capacity as u64));
}

#[test]
fn bad_global_input_is_refused() {
    let desk = Desk::new();
    let out = desk.command(&["office", "list"]).env("PASSDESK_NOW", "yesterday").output().unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("[invalid_input]"));
    let out = desk.run(&["slots", "list", "--office", "DAL"]);
    assert!(!out.status.success(), "a missing argument is refused");
}
