//! The front desk and the cashier in the real window: a scanned notice, the
//! documents with a card's MRZ that matches, check-in, call, serve; an MRZ
//! that does not match needs a reason; the cashier admits only cashier
//! appointments and never shows an A-number; a walk-in over the day's
//! capacity needs a manager's approval.

use std::{io::Write, process::Stdio};

use serde_json::{json, Value};

use super::{cli, open, open_with, Desk, Window, NOW, ONE_APP};

// Anna Maria Eriksson, born 1974-08-12: a card (TD1) whose check digits all hold.
const TD1: &str = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F3004157UTO<<<<<<<<<<<2\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

/// Books through the CLI (`passdesk book`, a JSON request on stdin).
fn book(desk: &Desk, request: Value) -> Result<Value, String> {
    let mut child = cli()
        .args(["--json", "book"])
        .env("PASSDESK_DB", &desk.db)
        .env("PASSDESK_PIN_KEY_FILE", desk.dir.path().join("pin-key"))
        .env("PASSDESK_NOW", NOW)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("passdesk: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(request.to_string().as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    if out.status.success() {
        serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn today_request(type_code: &str, first: &str, last: &str, dob: &str, a_number: Option<&str>) -> Value {
    json!({ "office": "DAL", "type": type_code, "from": "2026-11-24",
            "applicant": { "first_name": first, "last_name": last, "date_of_birth": dob, "a_number": a_number } })
}

/// The app at the front desk's check-in screen, signed in as the demo officer.
async fn at_check_in(desk: &Desk, env: &[(&str, &std::path::Path)]) -> Window {
    let w = open_with(desk, &[], env).await;
    w.sign_in("desk", "desk-demo-2026").await;
    w.click("#nav-checkin").await;
    w
}

/// The Enter key, as a scanner sends it after the code.
fn enter() -> char {
    char::from(fantoccini::key::Key::Enter)
}

async fn scan(w: &Window, confirmation: &str) {
    // A scanner types the QR code's text and Enter.
    w.type_into("#arrival-search", &format!("{confirmation}{}", enter())).await;
    w.find("#checkin-panel").await;
}

#[tokio::test]
async fn a_scanned_arrival_with_a_matching_card_is_checked_in_called_and_served_and_a_mismatch_needs_a_reason() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let anna = book(&desk, today_request("case_inquiry", "Anna", "Eriksson", "1974-08-12", None)).unwrap_or_else(|e| panic!("{e}"));
    let bob = book(&desk, today_request("case_inquiry", "Bob", "Eriksson", "1974-08-12", None)).unwrap_or_else(|e| panic!("{e}"));
    let (printer, printed) = desk.printer();
    let w = at_check_in(&desk, &[("PASSDESK_PRINT_COMMAND", &printer)]).await;

    scan(&w, anna["confirmation"].as_str().unwrap_or_default()).await;
    w.wait_text("#checkin-note", "today").await;
    w.set("#checkin-mrz-kind", "permanent_resident_card").await;
    w.type_into("#checkin-mrz", TD1).await;
    w.click("#companion-add").await;
    w.set("#companion-role-0", "translator").await;
    w.type_into("#companion-name-0", "Lena Berg").await;
    w.screenshot("check-in").await;
    w.click("#checkin-submit").await;
    let done = w.wait_text("#checkin-done", "number").await;
    let number: String = done.chars().filter(char::is_ascii_digit).collect();
    w.click(&format!("#queue-call-{number}")).await;
    w.wait_text(&format!("#visit-{number} .state"), "called").await;
    w.click(&format!("#queue-serve-{number}")).await;
    w.wait_text(&format!("#visit-{number} .state"), "served").await;
    w.click("#checkin-next").await;

    // The same card for Bob: refused until the officer gives a reason.
    scan(&w, bob["confirmation"].as_str().unwrap_or_default()).await;
    w.click("#doc-passport").await;
    w.set("#checkin-mrz-kind", "permanent_resident_card").await;
    w.type_into("#checkin-mrz", TD1).await;
    w.click("#checkin-submit").await;
    w.wait_text("#checkin-panel-error", "ANNA MARIA ERIKSSON").await;
    w.type_into("#checkin-override", "card of his wife shown by mistake; passport matches").await;
    w.click("#checkin-submit").await;
    w.wait_text("#checkin-done", "number").await;
    let visits = w.invoke("visits_today", json!({})).await.unwrap_or_else(|e| panic!("{e}"));
    let anna_visit = visits.as_array().into_iter().flatten().find(|v| v["display_name"] == "Eriksson, Anna").cloned().unwrap_or_default();
    assert_eq!(anna_visit["companions"], json!([{ "role": "translator", "name": "Lena Berg" }]), "the translator is recorded");
    let bob_visit = visits.as_array().into_iter().flatten().find(|v| v["display_name"] == "Eriksson, Bob").cloned().unwrap_or_default();
    let docs = w.invoke("visit_documents", json!({ "visit": bob_visit["id"] })).await.unwrap_or_else(|e| panic!("{e}"));
    let mrz_doc = docs.as_array().into_iter().flatten().find(|d| d["outcome"] == "mrz_mismatch").cloned().unwrap_or_default();
    assert_eq!(mrz_doc["override_reason"], "card of his wife shown by mistake; passport matches");
    assert_eq!(mrz_doc["overridden_by"], "desk");

    // Today's roster, printed from the board, shows both with their status.
    w.click("#nav-board").await;
    w.click("#roster-print").await;
    let file = printed.join("roster-DAL-2026-11-24.pdf");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !file.exists() {
        assert!(std::time::Instant::now() < deadline, "the roster reached the printer");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let roster = super::kiosk::pdf_text(&file);
    let anna_line = roster.lines().find(|l| l.contains("Eriksson, Anna")).unwrap_or_default();
    assert!(anna_line.contains("served"), "{roster}");
    let bob_line = roster.lines().find(|l| l.contains("Eriksson, Bob")).unwrap_or_default();
    assert!(bob_line.contains("waiting"), "{roster}");
    w.close().await;
}

#[tokio::test]
async fn the_cashier_admits_only_a_cashier_appointment_and_never_shows_an_a_number() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let general = book(&desk, today_request("case_inquiry", "Gina", "General", "1981-01-01", Some("A087654321"))).unwrap_or_else(|e| panic!("{e}"));
    let payer = book(&desk, today_request("cashier_payment", "Paul", "Payer", "1982-02-02", Some("A011112222"))).unwrap_or_else(|e| panic!("{e}"));
    let w = open(&desk, &[]).await;
    w.sign_in("cashier", "cashier-demo-2026").await;
    assert!(w.absent("#nav-checkin").await, "a cashier has no check-in screen");
    w.click("#nav-cashier").await;
    w.type_into("#cashier-confirmation", &format!("{}{}", general["confirmation"].as_str().unwrap_or_default(), enter())).await;
    w.wait_text("#cashier-error", "no cashier appointment").await;
    w.type_into("#cashier-confirmation", &format!("{}{}", payer["confirmation"].as_str().unwrap_or_default(), enter())).await;
    w.wait_text("#cashier-notice", "number").await;
    w.wait_text("#cashier-queue", "Payer, Paul").await;
    let page = w.text("#cashier").await;
    assert!(!page.contains("A011112222") && !page.contains("1982-02-02"), "no A-number, no birth date: {page}");
    // Dallas keeps no cashier hours: a walk-in at the cashier is refused, and says why.
    w.type_into("#cashier-walkin-name", "Wanda Walker").await;
    w.click("#cashier-walkin-admit").await;
    w.wait_text("#cashier-error", "cashier hours").await;
    let check_in = w.invoke("check_in", json!({ "checkIn": { "confirmation": general["confirmation"], "documents": [{ "kind": "passport" }] } })).await;
    assert_eq!(check_in.err().map(|e| e["code"].clone()), Some(json!("forbidden")), "a cashier cannot check in general arrivals");
    w.close().await;
}

#[tokio::test]
async fn a_walk_in_over_the_days_capacity_needs_a_managers_approval() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    // Book every general seat left today.
    let mut n = 0;
    loop {
        let first: String = ["Fill", &"abcdefghijklmnopqrstuvwxyz"[n % 26..n % 26 + 1], &"abcdefghijklmnopqrstuvwxyz"[n / 26 % 26..n / 26 % 26 + 1]].concat();
        match book(&desk, json!({ "office": "DAL", "type": "case_inquiry", "from": "2026-11-24", "applicant": { "first_name": first, "last_name": "Seat", "date_of_birth": "1970-01-01" } })) {
            Ok(v) if v["starts_at"].as_str().is_some_and(|s| s.starts_with("2026-11-24")) => n += 1,
            _ => break,
        }
        assert!(n < 200, "today's seats are few");
    }
    let w = at_check_in(&desk, &[]).await;
    w.click("#walkin-open").await;
    w.type_into("#walkin-name", "Petra Novak").await;
    w.click("#walkin-submit").await;
    w.wait_text("#walkin-error", "must approve").await;
    w.type_into("#walkin-approver", "manager").await;
    w.type_into("#walkin-approver-password", "manager-demo-2026").await;
    w.click("#walkin-submit").await;
    w.wait_text("#walkin-done", "number").await;
    // The manager's figures of the day count the walk-in.
    w.click("#sign-out").await;
    w.sign_in("manager", "manager-demo-2026").await;
    w.click("#nav-board").await;
    w.find("#summary-general").await;
    let roster = w.invoke("roster", json!({ "office": "DAL", "date": "2026-11-24", "track": null })).await.unwrap_or_else(|e| panic!("{e}"));
    let general = roster["summary"].as_array().into_iter().flatten().find(|s| s["track"] == "general").cloned().unwrap_or_default();
    assert_eq!(general["walk_ins"], 1, "{general}");
    w.sign_out_and_in("desk", "desk-demo-2026").await;
    let visits = w.invoke("visits_today", json!({})).await.unwrap_or_else(|e| panic!("{e}"));
    let petra = visits.as_array().into_iter().flatten().find(|v| v["display_name"] == "Petra Novak").cloned().unwrap_or_default();
    assert_eq!(petra["approved_by"], "manager");
    assert_eq!(petra["kind"], "walk_in");
    w.close().await;
}

#[tokio::test]
async fn the_waiting_room_screen_shows_the_called_number_and_desk_never_the_name() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let anna = book(&desk, today_request("case_inquiry", "Anna", "Eriksson", "1974-08-12", None)).unwrap_or_else(|e| panic!("{e}"));
    let w = at_check_in(&desk, &[]).await;
    scan(&w, anna["confirmation"].as_str().unwrap_or_default()).await;
    w.click("#doc-passport").await;
    w.click("#checkin-submit").await;
    let done = w.wait_text("#checkin-done", "number").await;
    let number: String = done.chars().filter(char::is_ascii_digit).collect();
    w.type_into("#queue-desk", "Window 7").await;
    w.click(&format!("#queue-call-{number}")).await;
    w.wait_text(&format!("#visit-{number} .state"), "Window 7").await;

    let main = w.client.window().await.unwrap_or_else(|e| panic!("{e}"));
    w.click("#open-waiting-room").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    let other = loop {
        let all = w.client.windows().await.unwrap_or_else(|e| panic!("{e}"));
        if let Some(h) = all.into_iter().find(|h| *h != main) {
            break h;
        }
        assert!(std::time::Instant::now() < deadline, "the waiting-room window opened");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    w.client.switch_to_window(other.clone()).await.unwrap_or_else(|e| panic!("{e}"));
    let row = w.wait_text(&format!("#called-{number}"), "Window 7").await;
    assert!(row.contains(&number));
    w.screenshot("waiting-room").await;
    // Its words go through the public's languages in turn: English first, Spanish next.
    w.wait_text("#waiting-room-title", &passdesk_i18n::catalog().text("es", "lobby-title", &[])).await;
    let lang = w.find("#waiting-room").await.attr("lang").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lang.as_deref(), Some("es"), "the screen says which language it reads in");
    let screen = w.text("#waiting-room").await;
    assert!(!screen.contains("Eriksson") && !screen.contains("Anna"), "no names in the waiting room: {screen}");

    // The desk signs out: the lobby's screen goes on showing its office.
    w.client.switch_to_window(main.clone()).await.unwrap_or_else(|e| panic!("{e}"));
    w.click("#sign-out").await;
    w.find("#username").await;
    w.client.switch_to_window(other).await.unwrap_or_else(|e| panic!("{e}"));
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert!(w.absent("#waiting-room-error").await, "no error on the lobby screen after the desk signed out");
    assert!(w.text(&format!("#called-{number}")).await.contains("Window 7"));
    w.close().await;
}

#[tokio::test]
async fn an_arrival_is_checked_in_with_the_keyboard_alone() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let anna = book(&desk, today_request("case_inquiry", "Anna", "Eriksson", "1974-08-12", None)).unwrap_or_else(|e| panic!("{e}"));
    let w = at_check_in(&desk, &[]).await;
    let key = |k: fantoccini::key::Key| char::from(k).to_string();
    let (enter, space, ctrl) = (key(fantoccini::key::Key::Enter), " ".to_string(), key(fantoccini::key::Key::Control));
    // The search box has the focus: a scanner types the code and Enter.
    w.find("#arrival-search").await;
    w.keys(&format!("{}{enter}", anna["confirmation"].as_str().unwrap_or_default())).await;
    w.find("#checkin-panel").await;
    // The first document (passport) has the focus: Space ticks it, Ctrl+Enter checks in.
    w.keys(&space).await;
    w.keys(&format!("{ctrl}{enter}")).await;
    w.wait_text("#checkin-done", "number 1").await;
    // "Next arrival" has the focus: Enter brings back an empty, focused search box.
    w.keys(&enter).await;
    w.keys("Eriksson").await;
    let typed = w.find("#arrival-search").await.prop("value").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(typed.as_deref(), Some("Eriksson"), "the search box took the keys");
    w.close().await;
}

/// An account disabled while its owner is signed in (at another
/// workstation, arriving by the sync; here straight in the local database)
/// works no more: the next command (here the queue's own refresh) ends the
/// session and the window is back at signing in, saying why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_account_is_signed_out_at_its_next_command() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &[]).await;
    w.sign_in("desk", "desk-demo-2026").await;
    w.click("#nav-checkin").await;
    w.find("#walkin-open").await;
    let local = passdesk_store::SqliteStore::open(&desk.db).await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("UPDATE staff SET disabled = 1 WHERE username = 'desk'").execute(local.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    // The check-in screen's queue refreshes by itself: its next read ends the session.
    w.wait_text("#sign-in-notice", "disabled or changed").await;
    w.screenshot("signed-out").await;
    w.find("#sign-in-form").await;
    w.close().await;
}
