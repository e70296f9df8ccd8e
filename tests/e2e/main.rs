//! End-to-end tests in the real window: the app binary driven through
//! tauri-driver and WebKitWebDriver, each test on its own temporary database.
//! Needs a display (scripts/test.sh runs the suite under Xvfb) and
//! `tauri-driver` on PATH (scripts/test.sh installs it).
//!
//! With `PASSDESK_SCREENSHOTS=DIR` the tests save a PNG of each main screen
//! there (that is how docs/screenshots were made).

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

mod front_desk;
mod sync;
mod kiosk;

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// A Tuesday, 07:00 in Dallas: the day's slots are all ahead.
const NOW: &str = "2026-11-24T13:00:00Z";
const TODAY: &str = "2026-11-24";

/// One app at a time: the single-instance plugin would hand a second window to the first.
static ONE_APP: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or_else(|e| panic!("no free port: {e}"))
}

fn app_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_passdesk-app"))
}

/// The `passdesk` CLI, built beside the app by the same `cargo test --workspace`.
fn cli() -> Command {
    let path = app_binary().with_file_name("passdesk");
    assert!(path.exists(), "{} is missing: run the tests with `cargo test --workspace`", path.display());
    Command::new(path)
}

struct Desk {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Desk {
    fn empty() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("desk.sqlite3");
        Self { dir, db }
    }

    fn demo() -> Self {
        let d = Self::empty();
        let out = d.cli(&["demo", "--bookings-per-office", "20"]);
        assert!(out.status.success(), "demo: {}", String::from_utf8_lossy(&out.stderr));
        d
    }

    /// A "printer" for PASSDESK_PRINT_COMMAND: a script that copies what it is
    /// given into the returned folder, where the test reads it.
    fn printer(&self) -> (PathBuf, PathBuf) {
        let printed = self.dir.path().join("printed");
        std::fs::create_dir_all(&printed).unwrap_or_else(|e| panic!("{e}"));
        let script = self.dir.path().join("print.sh");
        // Copied beside, then renamed: a reader never sees half a file.
        let dir = printed.display();
        // It also notes where the app put the file (the app must not leave it there).
        std::fs::write(&script, format!("#!/bin/sh\ncp \"$1\" '{dir}/.part' && mv '{dir}/.part' \"{dir}/$(basename \"$1\")\" && printf '%s' \"$1\" > '{dir}/.source'\n")).unwrap_or_else(|e| panic!("{e}"));
        Command::new("chmod").arg("+x").arg(&script).status().unwrap_or_else(|e| panic!("{e}"));
        (script, printed)
    }

    fn cli(&self, args: &[&str]) -> std::process::Output {
        cli()
            .args(args)
            .env("PASSDESK_DB", &self.db)
            .env("PASSDESK_PIN_KEY_FILE", self.dir.path().join("pin-key"))
            .env("PASSDESK_NOW", NOW)
            .output()
            .unwrap_or_else(|e| panic!("passdesk: {e}"))
    }

    fn cli_json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.cli(&all);
        assert!(out.status.success(), "passdesk {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("passdesk {args:?}: {e}"))
    }
}

/// tauri-driver and the app behind it; both end when this is dropped.
struct Window {
    client: Client,
    driver: Child,
}

impl Drop for Window {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        wait_for_app_exit();
    }
}

/// The app's running processes (by their executable).
fn app_processes() -> Vec<String> {
    let app = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().bytes().all(|b| b.is_ascii_digit()))
        .filter(|e| std::fs::read_link(e.path().join("exe")).is_ok_and(|exe| exe == app))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Waits until no app of this build runs (the one of the test just ended,
/// say), and kills what still runs after 15 s. Where a session bus lets the
/// app keep to one instance, a leftover one would take the next test's
/// launch over, and that test would drive the wrong app and database.
fn wait_for_app_exit() {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !app_processes().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    for pid in app_processes() {
        eprintln!("the app (process {pid}) was still running 15 s after its test: killed");
        let _ = Command::new("bash").args(["-c", &format!("kill -9 {pid}")]).status();
    }
}

async fn open(desk: &Desk, args: &[&str]) -> Window {
    open_with(desk, args, &[]).await
}

/// Opens the app with extra environment (a print command, say).
async fn open_with(desk: &Desk, args: &[&str], env: &[(&str, &Path)]) -> Window {
    // An app left over from outside this test (a run that was killed) would take the launch over.
    wait_for_app_exit();
    let (port, native) = (free_port(), free_port());
    let home = desk.dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap_or_else(|e| panic!("{e}"));
    let driver = Command::new("tauri-driver")
        .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
        // The app inherits these through the WebDriver: its own database, key, clock and home.
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("PASSDESK_PIN_KEY_FILE", desk.dir.path().join("pin-key"))
        .env("PASSDESK_NOW", NOW)
        .envs(env.iter().map(|(k, v)| (*k, *v)))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start tauri-driver (scripts/test.sh installs it): {e}"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "tauri-driver did not listen on {port}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut app_args = vec!["--db".to_string(), desk.db.display().to_string()];
    app_args.extend(args.iter().map(|s| s.to_string()));
    let mut caps = serde_json::Map::new();
    caps.insert("tauri:options".into(), json!({ "application": app_binary(), "args": app_args }));
    let client = ClientBuilder::rustls()
        .unwrap_or_else(|e| panic!("{e}"))
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .unwrap_or_else(|e| panic!("WebDriver session: {e}"));
    Window { client, driver }
}

impl Window {
    async fn find(&self, css: &str) -> Element {
        self.client.wait().at_most(Duration::from_secs(15)).for_element(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css} on screen: {e}"))
    }

    async fn absent(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_err()
    }

    /// Clicks `css` once it is enabled, as a person waits for a greyed-out
    /// button: a click on a disabled one (the board's "book for a caller"
    /// before the offices have loaded, on a busy machine) does nothing.
    async fn click(&self, css: &str) {
        let e = self.find(css).await;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        while !e.is_enabled().await.unwrap_or_else(|err| panic!("is {css} enabled: {err}")) {
            assert!(tokio::time::Instant::now() < deadline, "{css} stayed disabled for 15 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        e.click().await.unwrap_or_else(|err| panic!("click {css}: {err}"));
    }

    async fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        e.clear().await.unwrap_or_else(|e| panic!("clear {css}: {e}"));
        e.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Types `keys` (text, Tab, Enter) into whatever has the focus, as a keyboard would.
    async fn keys(&self, keys: &str) {
        // Let the screen settle and take the focus first.
        tokio::time::sleep(Duration::from_millis(150)).await;
        let active = self.client.active_element().await.unwrap_or_else(|e| panic!("no focused element: {e}"));
        active.send_keys(keys).await.unwrap_or_else(|e| panic!("keys {keys:?}: {e}"));
    }

    /// Sets a field as a person would and fires its input and change events
    /// (typing into date fields depends on the locale; this does not).
    async fn set(&self, css: &str, value: &str) {
        self.find(css).await;
        self.client
            .execute(
                "const e = document.querySelector(arguments[0]); e.value = arguments[1];
                 e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![json!(css), json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("set {css}: {e}"));
    }

    async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    /// Waits until `css` shows text containing `want`.
    async fn wait_text(&self, css: &str, want: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let t = self.text(css).await;
            if t.contains(want) {
                return t;
            }
            assert!(Instant::now() < deadline, "{css} never showed {want:?}; it shows {t:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Calls a command straight through the IPC, as a tampered UI could.
    async fn invoke(&self, command: &str, args: Value) -> Result<Value, Value> {
        let r = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(v => done({ ok: v ?? null }), e => done({ err: e }));",
                vec![json!(command), args],
            )
            .await
            .unwrap_or_else(|e| panic!("invoke {command}: {e}"));
        match r.get("ok") {
            Some(v) => Ok(v.clone()),
            None => Err(r.get("err").cloned().unwrap_or(Value::Null)),
        }
    }

    async fn sign_in(&self, username: &str, password: &str) {
        self.type_into("#username", username).await;
        self.type_into("#password", password).await;
        self.click("#sign-in").await;
    }

    async fn sign_out_and_in(&self, username: &str, password: &str) {
        self.click("#sign-out").await;
        self.sign_in(username, password).await;
        self.find("#nav-board").await;
    }

    async fn screenshot(&self, name: &str) {
        self.screenshot_at(name, None).await;
    }

    /// The window scrolled to `css` (else to the top), as a PNG in PASSDESK_SCREENSHOTS.
    async fn screenshot_at(&self, name: &str, css: Option<&str>) {
        let Some(dir) = std::env::var_os("PASSDESK_SCREENSHOTS") else { return };
        let scroll = match css {
            Some(css) => format!("document.querySelector({}).scrollIntoView({{block: 'end'}})", json!(css)),
            None => "window.scrollTo(0, 0)".to_string(),
        };
        let _ = self.client.execute(&scroll, vec![]).await;
        let png = self.client.screenshot().await.unwrap_or_else(|e| panic!("screenshot: {e}"));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap_or_else(|e| panic!("{e}"));
    }

    async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// An app that cannot open its database says so in its window, with the
/// error's code and the file, instead of vanishing without a word (staff
/// start it from the desktop, where nobody reads stderr); Close ends it.
#[tokio::test]
async fn an_app_that_cannot_open_its_database_says_why_in_its_window() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    // The demo's PINs were made with the key in pin-key; this one is lost.
    let lost = desk.dir.path().join("lost.pin-key");
    let w = open_with(&desk, &[], &[("PASSDESK_PIN_KEY_FILE", &lost)]).await;
    w.wait_text("#startup-code", "pin_key_missing").await;
    let message = w.text("#startup-message").await;
    assert!(message.contains("PASSDESK_PIN_KEY_FILE"), "says how to put it right: {message}");
    assert_eq!(w.text("#startup-database").await, desk.db.display().to_string());
    assert!(w.text("#startup-problem").await.contains("PassDesk cannot start"));
    w.screenshot("startup-problem").await;
    // The app ends under the click, so the click's own answer may be lost.
    let _ = w.find("#startup-quit").await.click().await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !app_processes().is_empty() {
        assert!(Instant::now() < deadline, "Close ends the app");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!lost.exists(), "no key made in the lost one's place");
}

/// Kills a process it holds when dropped: a window manager started for one test.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The same window closed by the window manager's close box, not its Close
/// button: the app ends with exit status 1 all the same, so a script that
/// started it sees it failed. Xvfb has no window manager: one is started
/// for this test (openbox), and wmctrl asks it to close the window as a
/// click on the box would.
#[tokio::test]
async fn the_startup_problem_closed_by_its_close_box_ends_the_app_with_failure() {
    let _one = ONE_APP.lock().await;
    wait_for_app_exit();
    let desk = Desk::demo();
    let home = desk.dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap_or_else(|e| panic!("{e}"));
    let mut wm = KillOnDrop(Command::new("openbox").stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap_or_else(|e| panic!("openbox: {e}")));
    // Dropped (killed) before the window manager, also when the test fails.
    let mut app = KillOnDrop(Command::new(app_binary())
        .args(["--db", &desk.db.display().to_string()])
        .env("PASSDESK_PIN_KEY_FILE", desk.dir.path().join("lost.pin-key"))
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("the app: {e}")));
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        assert!(wm.0.try_wait().is_ok_and(|ended| ended.is_none()), "openbox ended: is there a display?");
        let listed = Command::new("wmctrl").arg("-l").output().unwrap_or_else(|e| panic!("wmctrl: {e}"));
        if String::from_utf8_lossy(&listed.stdout).contains("PassDesk") {
            break;
        }
        assert!(Instant::now() < deadline, "the app's window never showed");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let closed = Command::new("wmctrl").args(["-c", "PassDesk"]).status().unwrap_or_else(|e| panic!("wmctrl: {e}"));
    assert!(closed.success(), "wmctrl closes the window");
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = app.0.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            break status;
        }
        assert!(Instant::now() < deadline, "the close box did not end the app");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(status.code(), Some(1), "closed by its box, the app that could not start exits with 1");
}

#[tokio::test]
async fn manager_edits_the_mix_saves_and_releases_and_the_cli_sees_the_slots() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    assert_eq!(desk.cli_json(&["slots", "list", "--office", "DAL", "--date", "2026-11-28"]), json!([]), "Dallas is closed on Saturdays");
    let w = open(&desk, &[]).await;
    w.screenshot("sign-in").await;
    w.sign_in("manager", "manager-demo-2026").await;
    w.click("#nav-mix").await;
    w.find("#day-sat").await;
    // Open on Saturday mornings: 08:00-12:00, 30-minute slots of 3.
    w.set("#hours-sat", "08:00-12:00").await;
    w.click("#add-block-sat").await;
    w.set("#block-sat-0-capacity", "3").await;
    w.wait_text("#summary-sat", "8 slots").await;
    w.wait_text("#summary-sat", "general 24").await;
    w.screenshot("mix-editor").await;
    w.click("#mix-save").await;
    w.wait_text("#mix-notice", "Saved").await;

    // A bad edit is shown beside its field and cannot be saved.
    w.set("#block-sat-0-time", "08:00-25:00").await;
    w.wait_text("#day-sat", "HH:MM-HH:MM").await;
    let save_enabled = w.find("#mix-save").await.is_enabled().await.unwrap_or(true);
    assert!(!save_enabled, "Save is disabled while a field is wrong");
    w.click("#mix-discard").await;

    w.set("#release-through", "2027-01-29").await;
    w.click("#release-button").await;
    w.wait_text("#mix-notice", "Released through 2027-01-29").await;
    w.close().await;

    // The released Saturday already in the window was made again from the new mix...
    let sat = desk.cli_json(&["slots", "list", "--office", "DAL", "--date", "2026-11-28"]);
    assert_eq!(sat.as_array().map(Vec::len), Some(8), "{sat}");
    assert_eq!(sat[0]["capacity"], 3);
    assert_eq!(sat[0]["starts_at"], "2026-11-28T08:00:00-06:00");
    // ...and the release button released the later ones.
    let later = desk.cli_json(&["slots", "list", "--office", "DAL", "--date", "2027-01-23"]);
    assert_eq!(later.as_array().map(Vec::len), Some(8), "{later}");
}

/// A snow day: the manager closes a booked day from the mix editor, says
/// yes once more, and gets the call list; the CLI then finds the day
/// without slots or booked appointments, and a holiday.
#[tokio::test]
async fn the_manager_closes_a_snowed_in_day_and_gets_the_call_list() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let booked_on = |day: &str| {
        let list = desk.cli_json(&["appointments", "--office", "DAL", "--date", day]);
        list.as_array().into_iter().flatten().filter(|a| a["status"] == "booked").count()
    };
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"));
    let (day, booked) = (1..30)
        .map(|n| (today + chrono::Duration::days(n)).to_string())
        .map(|d| {
            let n = booked_on(&d);
            (d, n)
        })
        .find(|(_, n)| *n > 0)
        .unwrap_or_else(|| panic!("a day ahead with appointments in the demo"));

    let w = open(&desk, &[]).await;
    w.sign_in("manager", "manager-demo-2026").await;
    w.click("#nav-mix").await;
    // A block lists only the types its track may serve: the cashier's, cashier payments.
    w.click("#day-mon tr:has(#block-mon-2-track) summary").await;
    let offered = w.text("#day-mon tr:has(#block-mon-2-track) details").await;
    assert!(offered.contains("Cashier: pay a fee") && !offered.contains("pending case"), "{offered}");
    w.screenshot_at("mix-types-of-a-track", Some("#day-mon")).await;
    w.set("#close-date", &day).await;
    w.click("#close-button").await;
    w.wait_text("#close-confirm", &day).await;
    w.click("#close-confirm-yes").await;
    w.wait_text("#close-result", "is closed").await;
    let rows = w.client.find_all(Locator::Css("#close-list tbody tr")).await.unwrap_or_default().len();
    assert_eq!(rows, booked, "one line per appointment of the day");
    w.screenshot_at("close-day", Some("#close-day")).await;
    w.close().await;

    assert_eq!(booked_on(&day), 0, "nothing booked on the closed day any more");
    assert_eq!(desk.cli_json(&["slots", "list", "--office", "DAL", "--date", &day]), json!([]), "no slot left to book");
    let office = desk.cli_json(&["office", "show", "DAL"]);
    let holidays = &office["config"]["holidays"];
    assert!(holidays.as_array().into_iter().flatten().any(|h| h == day.as_str()), "a holiday now: {holidays}");
}

#[tokio::test]
async fn front_desk_cannot_reach_the_mix_editor_nor_call_it() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &[]).await;
    w.sign_in("desk", "desk-demo-2026").await;
    w.wait_text("#who", "Front-desk officer").await;
    assert!(w.absent("#nav-mix").await, "no mix editor in the front desk's menu");
    let refused = w.invoke("office_config", json!({ "office": "DAL" })).await;
    assert_eq!(refused.err().map(|e| e["code"].clone()), Some(json!("forbidden")), "the command itself refuses");
    let release = w.invoke("release_through", json!({ "office": "DAL", "through": "2027-02-01" })).await;
    assert_eq!(release.err().map(|e| e["code"].clone()), Some(json!("forbidden")));
    let close = w.invoke("close_day", json!({ "office": "DAL", "day": "2026-11-25", "choice": "cancel" })).await;
    assert_eq!(close.err().map(|e| e["code"].clone()), Some(json!("forbidden")), "no closing a day either");
    let other_office = w.invoke("board", json!({ "office": "NYC", "date": TODAY })).await;
    assert_eq!(other_office.err().map(|e| e["code"].clone()), Some(json!("forbidden")), "only the officer's own office");
    w.close().await;
}

#[tokio::test]
async fn kiosk_mode_needs_a_staff_sign_in_to_leave() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    w.find("#kiosk").await;
    assert!(w.absent("#nav-board").await && w.absent("#sign-out").await, "no staff screens in the kiosk");
    let board = w.invoke("board", json!({ "office": "DAL", "date": TODAY })).await;
    assert_eq!(board.err().map(|e| e["code"].clone()), Some(json!("not_signed_in")), "staff commands refuse the kiosk");

    // The public books through the kiosk.
    let booked = kiosk::book(&w, "en", &kiosk::Person::new("Rosa", "Kioskova", "1977-07-07"), "case_inquiry", None).await;
    assert!(!booked.pin.is_empty());
    w.click("#kiosk-finish").await;

    // A wrong password keeps the kiosk; a staff account leaves it.
    w.click("#kiosk-staff").await;
    w.sign_in("desk", "not-the-password").await;
    w.wait_text("#sign-in-error", "wrong").await;
    let status = w.invoke("status", json!({})).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status["kiosk"], true);
    w.type_into("#password", "desk-demo-2026").await;
    w.click("#sign-in").await;
    w.find("#nav-board").await;
    let found = w.invoke("search", json!({ "office": "DAL", "query": "Kioskova" })).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found.as_array().map(Vec::len), Some(1), "the kiosk's booking is in the database");
    w.close().await;
}

#[tokio::test]
async fn a_booking_made_at_the_front_desk_appears_on_todays_board() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &[]).await;
    w.sign_in("desk", "desk-demo-2026").await;
    w.find("#book-form").await;
    w.type_into("#book-first", "Tomasz").await;
    w.type_into("#book-last", "Deskowski").await;
    w.set("#book-dob", "1969-02-03").await;
    w.type_into("#book-anumber", "A 123-456-789").await;
    w.click("#book-submit").await;
    let receipt = w.wait_text("#book-receipt", "Confirmation").await;
    assert!(receipt.contains(TODAY), "booked today, first free slot: {receipt}");
    w.wait_text("#board-table", "Deskowski").await;
    w.screenshot("board").await;

    // Bad input gets a message beside the field (a future date of birth) or
    // from the booking core (a malformed A-number), and nothing is booked.
    w.type_into("#book-first", "Future").await;
    w.type_into("#book-last", "Person").await;
    w.set("#book-dob", "2030-01-01").await;
    w.click("#book-submit").await;
    w.wait_text("#book-dob-error", "future").await;
    w.set("#book-dob", "1990-01-01").await;
    w.type_into("#book-anumber", "A12").await;
    w.click("#book-submit").await;
    w.wait_text("#book-error", "a_number").await;
    let list = desk.cli_json(&["appointments", "--office", "DAL", "--date", TODAY]);
    let names: Vec<&str> = list.as_array().into_iter().flatten().filter_map(|a| a["applicant"]["last_name"].as_str()).collect();
    assert!(names.contains(&"Deskowski") && !names.contains(&"Person"), "{names:?}");
    w.close().await;
}

/// The running app releases each office's due days by itself: opened two
/// days after the demo was made, the newest released day moves on without
/// anyone pressing "Release".
#[tokio::test]
async fn the_app_releases_due_days_by_itself() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let newest = || {
        let db = desk.db.clone();
        async move {
            let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!("sqlite://{}", db.display())).await.unwrap_or_else(|e| panic!("{e}"));
            sqlx::query_scalar::<_, String>("SELECT max(r.local_date) FROM released_days r JOIN offices o ON o.id = r.office_id WHERE o.code = 'DAL'")
                .fetch_one(&mut c)
                .await
                .unwrap_or_else(|e| panic!("{e}"))
        }
    };
    let before = newest().await;
    // Thursday 2026-11-26, 09:00 in Dallas.
    let w = open_with(&desk, &[], &[("PASSDESK_NOW", Path::new("2026-11-26T15:00:00Z"))]).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = newest().await;
        if now > before {
            break;
        }
        assert!(Instant::now() < deadline, "20 s after start the newest released day is still {now}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    w.close().await;
}

/// A desk left open through the office's midnight: the board moves on to the
/// new day by itself (the clock starts at 23:59:40 in Dallas and runs).
#[tokio::test]
async fn a_board_left_open_past_midnight_shows_the_new_day() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open_with(&desk, &[], &[("PASSDESK_NOW", Path::new("2026-11-25T05:59:40Z")), ("PASSDESK_NOW_RUNS", Path::new("1"))]).await;
    w.sign_in("desk", "desk-demo-2026").await;
    let value = |w: &Window| {
        let w = w.client.clone();
        async move { w.find(Locator::Css("#board-date")).await.ok()?.prop("value").await.ok().flatten() }
    };
    w.find("#board-table").await;
    assert_eq!(value(&w).await.as_deref(), Some("2026-11-24"), "before midnight the board shows Tuesday");
    let deadline = Instant::now() + Duration::from_secs(50);
    while value(&w).await.as_deref() != Some("2026-11-25") {
        assert!(Instant::now() < deadline, "50 s on, the board still shows {:?}", value(&w).await);
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    // Its booking form no longer offers the day that has ended.
    let min = w.find("#book-date").await.attr("min").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(min.as_deref(), Some("2026-11-25"));
    w.close().await;
}

#[tokio::test]
async fn first_run_creates_the_administrator() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::empty();
    let w = open(&desk, &[]).await;
    w.find("#first-run-form").await;
    w.type_into("#fr-name", "Ada Admin").await;
    w.type_into("#fr-username", "ada").await;
    w.type_into("#fr-password", "a long enough password").await;
    w.type_into("#fr-repeat", "a long enough password").await;
    w.click("#fr-create").await;
    w.wait_text("#who", "Administrator").await;
    let again = w.invoke("first_run_setup", json!({ "account": { "username": "eve", "display_name": "Eve", "role": "administrator", "password": "another long password" } })).await;
    assert_eq!(again.err().map(|e| e["code"].clone()), Some(json!("conflict")), "no second first-run administrator");
    w.close().await;
}

#[tokio::test]
async fn the_administrator_creates_an_account_that_can_sign_in() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &[]).await;
    w.sign_in("admin", "admin-demo-2026").await;
    w.click("#nav-staff").await;
    w.wait_text("#staff-table", "manager").await;
    w.type_into("#staff-name", "Nora New").await;
    w.type_into("#staff-username", "nora").await;
    w.set("#staff-role", "front_desk").await;
    w.set("#staff-office", "PHX").await;
    w.type_into("#staff-password", "short").await;
    w.wait_text("#staff-form", "at least 10 characters").await;
    w.type_into("#staff-password", "nora-password-1").await;
    w.click("#staff-create").await;
    w.wait_text("#staff-notice", "nora").await;
    w.wait_text("#staff-table", "Nora New").await;
    w.type_into("#staff-username", "NORA").await;
    w.type_into("#staff-name", "Another Nora").await;
    w.type_into("#staff-password", "nora-password-2").await;
    w.click("#staff-create").await;
    w.wait_text("#staff-error", "taken").await;
    w.click("#sign-out").await;
    w.sign_in("nora", "nora-password-1").await;
    w.wait_text("#who", "PHX").await;
    assert!(w.absent("#nav-staff").await, "only administrators manage accounts");

    // Nora leaves: the administrator disables her account; she cannot sign in.
    w.sign_out_and_in("admin", "admin-demo-2026").await;
    w.click("#nav-staff").await;
    w.click("#staff-edit-nora").await;
    w.click("#staff-edit-disabled").await;
    w.click("#staff-edit-save").await;
    w.wait_text("#staff-notice", "nora").await;
    w.wait_text("#staff-row-nora", "disabled").await;
    w.screenshot("staff-accounts").await;
    // Nor can the administrator disable their own account.
    w.click("#staff-edit-admin").await;
    w.click("#staff-edit-disabled").await;
    w.click("#staff-edit-save").await;
    w.wait_text("#staff-edit-error", "your own account").await;
    w.screenshot("staff-edit").await;
    w.click("#sign-out").await;
    w.sign_in("nora", "nora-password-1").await;
    w.wait_text("#sign-in-error", "wrong").await;
    w.close().await;
}
