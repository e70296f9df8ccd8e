//! The lobby kiosk in the real window: booking in English, Spanish and
//! Arabic, rescheduling and cancelling with the PIN, the notice printed and
//! saved, each type's refusals, the PIN lock, and a replacement notice by
//! identity. Expected texts come from the same Fluent files through
//! passdesk-i18n, so a test reads what the person reads.

use std::{path::Path, process::Command};

use chrono::{DateTime, NaiveDate};
use passdesk_i18n::{catalog, Arg};
use serde_json::{json, Value};

use super::{open, open_with, Desk, Window, ONE_APP};

pub struct Person<'a> {
    first: &'a str,
    last: &'a str,
    dob: &'a str,
    a_number: Option<&'a str>,
}

impl<'a> Person<'a> {
    pub fn new(first: &'a str, last: &'a str, dob: &'a str) -> Self {
        Self { first, last, dob, a_number: None }
    }
    fn with_a_number(self, a: &'a str) -> Self {
        Self { a_number: Some(a), ..self }
    }
}

pub struct Booked {
    pub confirmation: String,
    pub pin: String,
    pub when: String,
}

fn t(lang: &str, id: &str) -> String {
    catalog().text(lang, id, &[])
}

/// From the language screen to the type step.
async fn to_types(w: &Window, lang: &str) {
    w.click(&format!("#lang-{lang}")).await;
    w.click("#kiosk-book").await;
    w.type_into("#where-zip", "75201").await;
    w.click("#where-next").await;
    w.find("#kiosk-type").await;
}

/// From the type step through to the review, choosing the `slot`-th time offered.
async fn person_and_time(w: &Window, p: &Person<'_>, slot: usize) {
    w.click("#who-self").await;
    w.type_into("#person-first_name", p.first).await;
    w.type_into("#person-last_name", p.last).await;
    w.type_into("#person-date_of_birth", p.dob).await;
    if let Some(a) = p.a_number {
        w.type_into("#person-a_number", a).await;
    }
    w.click("#person-next").await;
    w.click("#verify-next").await;
    w.click(&format!("#slot-{slot}")).await;
}

/// A whole booking from the language screen; returns what the receipt shows.
pub async fn book(w: &Window, lang: &str, p: &Person<'_>, type_code: &str, answer: Option<(&str, &str)>) -> Booked {
    to_types(w, lang).await;
    w.click(&format!("#type-{type_code}")).await;
    if let Some((field, value)) = answer {
        w.type_into(&format!("#question-{field}"), value).await;
        w.click("#questions-next").await;
    }
    person_and_time(w, p, 0).await;
    w.click("#review-confirm").await;
    w.wait_text("#kiosk-receipt h2", &t(lang, "done-title")).await;
    Booked { confirmation: w.text("#summary-confirmation").await, pin: w.text("#receipt-pin").await, when: w.text("#summary-when").await }
}

/// The appointment as the CLI sees it, with this PIN.
fn lookup(desk: &Desk, b: &Booked, pin: &str) -> Result<Value, String> {
    let out = desk.cli(&["--json", "lookup", "--confirmation", &b.confirmation, "--pin", pin]);
    if out.status.success() {
        serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The appointment's local date and time in `lang`, as the kiosk should write it.
fn when_in(lang: &str, appointment: &Value) -> String {
    let at = DateTime::parse_from_rfc3339(appointment["starts_at"].as_str().unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    catalog().date_time(lang, at.naive_local())
}

pub(crate) fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext").arg("-layout").arg(path).arg("-").output().unwrap_or_else(|e| panic!("pdftotext (poppler-utils): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

async fn manage(w: &Window, lang: &str, b: &Booked, pin: &str) {
    w.click(&format!("#lang-{lang}")).await;
    w.click("#kiosk-manage").await;
    w.type_into("#manage-confirmation", &b.confirmation).await;
    w.type_into("#manage-pin", pin).await;
    w.click("#manage-find").await;
}

#[tokio::test]
async fn english_booking_prints_the_notice_then_reschedules_and_cancels_with_the_pin() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let (printer, printed) = desk.printer();
    let saved = desk.dir.path().join("saved");
    std::fs::create_dir_all(&saved).unwrap_or_else(|e| panic!("{e}"));
    let w = open_with(&desk, &["--kiosk"], &[("PASSDESK_PRINT_COMMAND", &printer), ("PASSDESK_SAVE_DIR", &saved)]).await;
    w.find("#kiosk h1").await;
    w.screenshot("kiosk").await;

    let b = book(&w, "en", &Person::new("Ana", "Lindqvist", "1985-03-02"), "case_inquiry", None).await;
    let booked = lookup(&desk, &b, &b.pin).unwrap_or_else(|e| panic!("the PIN on the receipt opens the appointment: {e}"));
    assert_eq!(booked["status"], "booked");
    assert_eq!(b.when, when_in("en", &booked), "the receipt shows the booked time in English");
    w.screenshot("kiosk-receipt").await;

    w.click("#notice-print").await;
    w.wait_text("#notice-status", &t("en", "done-printing")).await;
    let file = format!("notice-{}.pdf", b.confirmation);
    assert!(pdf_text(&printed.join(&file)).contains(&b.confirmation), "the printed notice carries the confirmation number");
    let spooled = std::fs::read_to_string(printed.join(".source")).unwrap_or_else(|e| panic!("{e}"));
    assert!(!std::path::Path::new(&spooled).exists(), "the notice with its PIN is not left on disk after printing: {spooled}");
    // No save dialog on the public screen: it would open this machine's folders.
    assert!(w.absent("#notice-save").await, "the kiosk offers no saving of the notice as a file");
    let refused = w.invoke("kiosk_notice_save", json!({ "lang": "en", "confirmation": b.confirmation, "pin": b.pin, "kind": "original" })).await;
    assert_eq!(refused.err().map(|e| e["code"].clone()), Some(json!("forbidden")), "the kiosk refuses to save a notice even when asked directly");
    assert_eq!(std::fs::read_dir(&saved).map(|d| d.count()).ok(), Some(0), "nothing saved");
    w.click("#kiosk-finish").await;

    // Reschedule: a later time, with the confirmation number and PIN.
    manage(&w, "en", &b, &b.pin).await;
    w.click("#manage-reschedule").await;
    w.click("#slot-5").await;
    w.wait_text("#kiosk-receipt h2", &t("en", "done-moved")).await;
    let moved = lookup(&desk, &b, &b.pin).unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(moved["slot_id"], booked["slot_id"], "the appointment moved to another slot");
    assert_eq!(w.text("#summary-when").await, when_in("en", &moved));
    w.click("#kiosk-finish").await;

    // Cancel.
    manage(&w, "en", &b, &b.pin).await;
    w.click("#manage-cancel").await;
    w.click("#cancel-confirm").await;
    w.wait_text("#kiosk-cancelled", &t("en", "manage-cancelled")).await;
    assert_eq!(lookup(&desk, &b, &b.pin).unwrap_or_else(|e| panic!("{e}"))["status"], "cancelled");
    w.click("#kiosk-finish").await;
    w.find("#kiosk-languages").await;
    w.close().await;
}

#[tokio::test]
async fn spanish_and_arabic_bookings_read_in_their_language_and_arabic_runs_right_to_left() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;

    to_types(&w, "es").await;
    assert_eq!(w.text("#kiosk-type h2").await, t("es", "type-title"));
    assert_eq!(w.text("#type-eap").await, t("es", "type-eap"));
    w.click("#kiosk-start-over").await;
    let es = book(&w, "es", &Person::new("José", "Martínez", "1979-11-02"), "case_inquiry", None).await;
    let es_booked = lookup(&desk, &es, &es.pin).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(es.when, when_in("es", &es_booked), "the date and time in Spanish");
    assert_eq!(es_booked["language"], "es", "the appointment keeps the applicant's language");
    w.click("#kiosk-finish").await;

    w.click("#lang-ar").await;
    w.find("#kiosk-menu").await;
    let dir = w.find("#kiosk").await.attr("dir").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dir.as_deref(), Some("rtl"), "the Arabic kiosk runs right to left");
    w.click("#kiosk-start-over").await;
    let ar = book(&w, "ar", &Person::new("Layla", "Haddad", "1990-06-15"), "case_inquiry", None).await;
    w.screenshot("kiosk-arabic").await;
    let ar_booked = lookup(&desk, &ar, &ar.pin).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ar.when, when_in("ar", &ar_booked), "the date and time in Arabic");
    w.click("#kiosk-finish").await;
    let dir = w.find("#kiosk").await.attr("dir").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dir.as_deref(), Some("ltr"), "the next person starts in English, left to right");

    // Cancelled in Arabic, with the PIN.
    manage(&w, "ar", &ar, &ar.pin).await;
    w.click("#manage-cancel").await;
    w.click("#cancel-confirm").await;
    w.wait_text("#kiosk-cancelled", &t("ar", "manage-cancelled")).await;
    assert_eq!(lookup(&desk, &ar, &ar.pin).unwrap_or_else(|e| panic!("{e}"))["status"], "cancelled");
    w.close().await;
}

#[tokio::test]
async fn each_type_rule_refuses_with_a_message_in_the_persons_language() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"));
    let phone = "1-800-375-5283";
    to_types(&w, "en").await;

    // ADIT: proof needed more than 30 days ahead (today is 2026-11-24).
    w.click("#type-adit").await;
    w.type_into("#question-proof_needed_by", "2027-01-15").await;
    w.click("#questions-next").await;
    let e = w.wait_text("#kiosk-error", phone).await;
    assert!(e.contains(&catalog().date_medium("en", date("2027-01-15"))), "{e}");
    // ... and a date in the past is a field error.
    w.type_into("#question-proof_needed_by", "2026-11-01").await;
    w.click("#questions-next").await;
    w.wait_text("#question-proof_needed_by-error", &t("en", "field-proof_needed_by")).await;
    w.click("#kiosk-back").await;

    // EAP: travel within 10 business days.
    w.click("#type-eap").await;
    w.type_into("#question-travel_date", "2026-12-01").await;
    w.click("#questions-next").await;
    let e = w.wait_text("#kiosk-error", phone).await;
    assert!(e.contains(&catalog().date_medium("en", date("2026-12-01"))), "{e}");
    w.click("#kiosk-back").await;

    // Interim work permit: filed 54 days ago, not 90.
    w.click("#type-interim_ead").await;
    w.type_into("#question-adjustment_filed_on", "2026-10-01").await;
    w.click("#questions-next").await;
    let want = catalog().text("en", "error-rule-filed", &[("days", Arg::Number(90)), ("waited", Arg::Number(54))]);
    w.wait_text("#kiosk-error", &want).await;
    w.click("#kiosk-back").await;

    // Immigration Judge grant: the order's court and grant are needed.
    w.click("#type-ij_grant").await;
    w.type_into("#question-order-date", "2026-10-01").await;
    w.click("#questions-next").await;
    w.wait_text("#question-order-date-error", &t("en", "field-final_order")).await;
    w.click("#kiosk-back").await;

    // "Other" goes to the Contact Center; downloading forms is done online.
    w.click("#type-other").await;
    let e = w.wait_text("#kiosk-error", phone).await;
    assert!(e.contains(&t("en", "type-other")), "{e}");
    w.click("#type-forms").await;
    w.wait_text("#kiosk-error", &t("en", "service-forms")).await;

    // The same refusal in Spanish names the date in Spanish.
    w.click("#kiosk-start-over").await;
    to_types(&w, "es").await;
    w.click("#type-eap").await;
    w.type_into("#question-travel_date", "2026-12-01").await;
    w.click("#questions-next").await;
    let e = w.wait_text("#kiosk-error", phone).await;
    assert!(e.contains(&catalog().date_medium("es", date("2026-12-01"))), "{e}");
    w.click("#kiosk-back").await;

    // Personal data: a name with digits is refused beside the field.
    w.click("#type-case_inquiry").await;
    w.click("#who-self").await;
    w.type_into("#person-first_name", "R2D2").await;
    w.type_into("#person-last_name", "Droid").await;
    w.type_into("#person-date_of_birth", "1977-05-25").await;
    w.click("#person-next").await;
    w.wait_text("#person-first_name-error", &t("es", "field-first_name")).await;
    w.close().await;
}

#[tokio::test]
async fn a_second_appointment_of_the_same_type_is_refused_and_wrong_pins_lock() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    let p = Person::new("Chen", "Wei", "1968-01-30");
    let b = book(&w, "en", &p, "case_inquiry", None).await;
    w.click("#kiosk-finish").await;

    // The same person, the same type again: refused at confirmation, with what to do.
    to_types(&w, "en").await;
    w.click("#type-case_inquiry").await;
    person_and_time(&w, &p, 1).await;
    w.click("#review-confirm").await;
    w.wait_text("#kiosk-error", &t("en", "error-duplicate_booking")).await;
    w.click("#kiosk-start-over").await;

    // Five wrong PINs lock the confirmation number for 15 minutes; the right PIN then fails too.
    for left in (1..=4).rev() {
        manage(&w, "en", &b, "000000").await;
        let want = catalog().text("en", "error-wrong_pin", &[("left", Arg::Number(left))]);
        w.wait_text("#kiosk-error", &want).await;
        w.click("#kiosk-start-over").await;
    }
    manage(&w, "en", &b, "000000").await;
    let locked = catalog().text("en", "error-pin_locked", &[("minutes", Arg::Number(15))]);
    w.wait_text("#kiosk-error", &locked).await;
    w.type_into("#manage-pin", &b.pin).await;
    w.click("#manage-find").await;
    w.wait_text("#kiosk-error", &locked).await;
    let cli = lookup(&desk, &b, &b.pin).expect_err("the lock holds for the CLI too");
    assert!(cli.contains("pin_locked"), "{cli}");
    w.close().await;
}

#[tokio::test]
async fn a_lost_notice_is_replaced_by_identity_with_a_new_pin() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    let b = book(&w, "fr", &Person::new("Amélie", "Dubois", "1992-09-09").with_a_number("A012345678"), "case_inquiry", None).await;
    w.click("#kiosk-finish").await;

    w.click("#lang-fr").await;
    w.click("#kiosk-replace").await;
    w.click("#replace-without-pin").await;
    w.type_into("#identity-first_name", "amélie").await;
    w.type_into("#identity-last_name", "DUBOIS").await;
    w.type_into("#identity-date_of_birth", "1992-09-09").await;
    // Without an A-number or receipt number nothing is found.
    w.click("#replace-find").await;
    w.wait_text("#kiosk-error", &t("fr", "field-identity")).await;
    w.type_into("#identity-a_number", "A012345678").await;
    w.click("#replace-find").await;
    w.wait_text("#kiosk-receipt h2", &t("fr", "done-replaced")).await;
    assert_eq!(w.text("#summary-confirmation").await, b.confirmation);
    let new_pin = w.text("#receipt-pin").await;
    assert_ne!(new_pin, b.pin, "a new PIN is issued");
    assert!(lookup(&desk, &b, &new_pin).is_ok(), "the new PIN opens the appointment");
    assert!(lookup(&desk, &b, &b.pin).is_err(), "the old PIN no longer does");
    w.close().await;
}

#[tokio::test]
async fn the_front_desk_runs_the_same_flow_in_the_callers_language() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let saved = desk.dir.path().join("saved");
    std::fs::create_dir_all(&saved).unwrap_or_else(|e| panic!("{e}"));
    let w = open_with(&desk, &[], &[("PASSDESK_SAVE_DIR", &saved)]).await;
    w.sign_in("desk", "desk-demo-2026").await;
    w.click("#open-desk-booking").await;
    w.find("#desk-lang option[value=pt]").await;
    w.set("#desk-lang", "pt").await;
    // The office is the desk's own: booking starts at the type.
    w.wait_text("#kiosk-book", &t("pt", "kiosk-book")).await;
    w.click("#kiosk-book").await;
    w.wait_text("#kiosk-type h2", &t("pt", "type-title")).await;
    w.click("#type-case_inquiry").await;
    person_and_time(&w, &Person::new("Thiago", "Souza", "1983-02-14"), 0).await;
    w.click("#review-confirm").await;
    w.wait_text("#kiosk-receipt h2", &t("pt", "done-title")).await;
    let b = Booked { confirmation: w.text("#summary-confirmation").await, pin: w.text("#receipt-pin").await, when: w.text("#summary-when").await };
    let booked = lookup(&desk, &b, &b.pin).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(booked["office"], "DAL");
    assert_eq!(booked["language"], "pt");
    assert_eq!(b.when, when_in("pt", &booked));
    // At a staff desk the notice can be saved as a file, to send to the caller.
    w.click("#notice-save").await;
    w.wait_text("#notice-status", &t("pt", "done-saved")).await;
    assert!(pdf_text(&saved.join(format!("notice-{}.pdf", b.confirmation))).contains(&b.confirmation), "the saved notice carries the confirmation number");
    w.click("#kiosk-finish").await;
    w.wait_text("#board-table", "Souza").await;

    // The desk cancels it for the caller with the confirmation number and PIN.
    w.click("#open-desk-booking").await;
    w.click("#kiosk-manage").await;
    w.type_into("#manage-confirmation", &b.confirmation).await;
    w.type_into("#manage-pin", &b.pin).await;
    w.click("#manage-find").await;
    w.click("#manage-cancel").await;
    w.click("#cancel-confirm").await;
    w.wait_text("#kiosk-cancelled", &t("en", "manage-cancelled")).await;
    assert_eq!(lookup(&desk, &b, &b.pin).unwrap_or_else(|e| panic!("{e}"))["status"], "cancelled");
    w.close().await;
}

/// The board reads the offices before "book for a caller" is enabled; a
/// failed read (a busy database) is said and tried again, and the button
/// comes on, instead of staying grey for good. The failures are made in the
/// page: the app's calls reach the Rust side through `fetch`.
#[tokio::test]
async fn booking_for_a_caller_comes_on_after_a_failed_read_of_the_offices() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &[]).await;
    w.find("#username").await;
    // The next two reads of the offices fail, as on a database that is busy.
    let wrapped = w
        .client
        .execute(
            "const real = window.fetch;
             window.__officesFailures = 2;
             window.fetch = (url, init) => {
               if (String(url).endsWith('/offices') && window.__officesFailures > 0) {
                 window.__officesFailures -= 1;
                 const body = JSON.stringify({ code: 'database_unavailable', message: 'the database is busy (test)' });
                 return Promise.resolve(new Response(body, { status: 400, headers: { 'content-type': 'application/json' } }));
               }
               return real(url, init);
             };
             return window.fetch !== real;",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(wrapped, json!(true), "the test's stand-in for the offices call is in place");
    w.sign_in("desk", "desk-demo-2026").await;
    w.wait_text("#board-offices-error", "the database is busy (test)").await;
    w.screenshot("board-offices-error").await;
    w.click("#open-desk-booking").await;
    w.find("#desk-lang option[value=pt]").await;
    assert!(w.absent("#board-offices-error").await, "the error went once the offices were read");
    let left = w.client.execute("return window.__officesFailures", vec![]).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(left, json!(0), "both failed reads happened before the button came on");
    w.close().await;
}

#[tokio::test]
async fn the_kiosk_starts_over_when_left_alone_and_forgets_what_was_typed() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open_with(&desk, &["--kiosk"], &[("PASSDESK_KIOSK_IDLE_SECONDS", Path::new("3"))]).await;
    w.click("#lang-es").await;
    w.click("#kiosk-book").await;
    w.type_into("#where-zip", "75201").await;
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    w.find("#kiosk-languages").await;
    w.wait_text("#kiosk-languages h2", &t("en", "kiosk-choose-language")).await;
    w.click("#lang-es").await;
    w.click("#kiosk-book").await;
    let zip = w.find("#where-zip").await.prop("value").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(zip.as_deref(), Some(""), "the previous person's ZIP code is gone");
    w.close().await;
}

/// A frame that comes late (a busy machine) never moves the typing from the
/// field the person is in: before the fix, the rest of a last name went into
/// the first name ("S", "Thiagoouza").
#[tokio::test]
async fn a_late_frame_never_moves_the_typing_to_another_field() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    to_types(&w, "en").await;
    w.click("#type-case_inquiry").await;
    // From here frames wait until the test lets them run.
    w.client
        .execute(
            "window.__frames = []; window.requestAnimationFrame = (f) => { window.__frames.push(f); return window.__frames.length; };
             window.__runFrames = () => { const fs = window.__frames; window.__frames = []; fs.forEach((f) => f(performance.now())); return fs.length; };",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    w.click("#who-self").await;
    w.type_into("#person-first_name", "Rosa").await;
    w.type_into("#person-last_name", "Kio").await;
    let ran = w.client.execute("return window.__runFrames()", vec![]).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(ran.as_u64().unwrap_or(0) > 0, "the person screen asked for a frame to place the focus: {ran}");
    w.keys("skova").await;
    let names = w
        .client
        .execute("return [document.querySelector('#person-first_name').value, document.querySelector('#person-last_name').value]", vec![])
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names, json!(["Rosa", "Kioskova"]), "the last name is typed whole, and nothing of it went into the first name");
    w.screenshot("kiosk-person").await;
    w.close().await;
}

#[tokio::test]
async fn the_kiosk_books_with_the_keyboard_alone() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    let enter = char::from(fantoccini::key::Key::Enter).to_string();
    let tab = char::from(fantoccini::key::Key::Tab).to_string();
    // Each screen puts the focus on its first control: only keys from here on.
    w.find("#lang-en").await;
    w.keys(&enter).await; // English
    w.find("#kiosk-menu").await;
    w.keys(&enter).await; // Book an appointment
    w.find("#where-zip").await;
    w.keys(&format!("75201{enter}")).await;
    w.find("#type-case_inquiry").await;
    w.keys(&enter).await; // the first type: a question about a pending case
    w.find("#who-self").await;
    w.keys(&enter).await; // I am the applicant
    w.find("#kiosk-person").await;
    w.keys(&format!("Kim{tab}{tab}Keys{tab}1980-01-01{enter}")).await;
    w.find("#kiosk-verify").await;
    w.keys(&enter).await;
    w.find("#slot-0").await;
    w.keys(&enter).await; // the first time offered
    w.find("#kiosk-review").await;
    w.keys(&enter).await; // confirm
    w.wait_text("#kiosk-receipt h2", &t("en", "done-title")).await;
    let b = Booked { confirmation: w.text("#summary-confirmation").await, pin: w.text("#receipt-pin").await, when: String::new() };
    let booked = lookup(&desk, &b, &b.pin).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((booked["applicant"]["first_name"].as_str(), booked["type"].as_str()), (Some("Kim"), Some("case_inquiry")));
    w.close().await;
}

/// What once reached the screen as an English "invalid args" line, or not
/// at all: a required field left empty, a date typed the US way, a
/// representative's name with a comma, a representative's phone left out.
/// Each is said beside its field, in the person's language.
#[tokio::test]
async fn empty_and_mistyped_fields_are_said_beside_them_in_the_persons_language() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    to_types(&w, "es").await;
    w.click("#type-eap").await;
    w.type_into("#question-travel_date", "12/24/2026").await;
    w.click("#questions-next").await;
    w.wait_text("#question-travel_date-error", &t("es", "field-travel_date")).await;
    w.click("#kiosk-back").await;

    w.click("#type-case_inquiry").await;
    w.click("#who-self").await;
    w.click("#person-next").await;
    w.wait_text("#person-first_name-error", &t("es", "field-first_name")).await;
    w.screenshot("kiosk-field-error").await;

    w.click("#kiosk-back").await;
    w.click("#who-representative").await;
    w.type_into("#rep-name", "Jane Doe, Esq.").await;
    w.click("#rep-next").await;
    w.type_into("#person-first_name", "Ana").await;
    w.type_into("#person-last_name", "Lopez").await;
    w.type_into("#person-date_of_birth", "1980-02-03").await;
    w.click("#person-next").await;
    w.wait_text("#kiosk-error", &t("es", "field-name")).await;
    w.click("#kiosk-back").await;
    w.type_into("#rep-name", "Jane Doe").await;
    w.click("#rep-next").await;
    w.click("#person-next").await;
    w.wait_text("#kiosk-error", &t("es", "field-rep_phone")).await;
    w.screenshot("kiosk-rep-error").await;
    w.close().await;
}

/// The kiosk offers at an office only the types its daily mix serves (and
/// those booked nowhere, which it explains): Dallas offers its DARA track,
/// Arlington does not, instead of taking the person's details for a type
/// it will never have a time for.
#[tokio::test]
async fn an_office_offers_only_the_types_its_mix_serves() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    to_types(&w, "en").await;
    w.find("#type-dara_adjustment").await;
    w.click("#kiosk-start-over").await;
    w.click("#lang-en").await;
    w.click("#kiosk-book").await;
    w.type_into("#where-zip", "22203").await;
    w.click("#where-next").await;
    w.find("#type-case_inquiry").await;
    assert!(w.absent("#type-dara_adjustment").await, "Arlington has no DARA track");
    w.screenshot("kiosk-types-arlington").await;
    w.find("#type-other").await;
    w.close().await;
}

/// What a kiosk keyboard or a slip of the finger gives is answered plainly:
/// digits from an Arabic keyboard are read as the digits they are, a
/// code typed on the Arabic screen reads left to right, "outside the
/// United States" without a country names the country, and a day the
/// calendar does not have gets its field's message, not a program's.
#[tokio::test]
async fn arabic_digits_an_empty_country_and_an_impossible_date_are_answered_in_the_persons_language() {
    let _one = ONE_APP.lock().await;
    let desk = Desk::demo();
    let w = open(&desk, &["--kiosk"]).await;
    w.click("#lang-ar").await;
    w.click("#kiosk-book").await;
    w.click("#where-abroad").await;
    w.click("#where-next").await;
    w.wait_text("#where-country-error", &t("ar", "field-country")).await;

    w.click("#where-in-us").await;
    w.type_into("#where-zip", "٧٥٢٠١").await;
    let zip = w.find("#where-zip").await;
    assert_eq!(zip.prop("value").await.unwrap_or_else(|e| panic!("{e}")).as_deref(), Some("75201"), "Arabic-Indic digits are read as 75201");
    assert_eq!(zip.attr("dir").await.unwrap_or_else(|e| panic!("{e}")).as_deref(), Some("auto"), "a field's direction follows what is typed in it");
    w.click("#where-next").await;
    let office = w.text("#kiosk-office").await;
    assert!(office.contains("Dallas"), "75201 is Dallas's: {office}");

    w.click("#type-eap").await;
    w.type_into("#question-travel_date", "2026-02-30").await;
    w.click("#questions-next").await;
    w.wait_text("#question-travel_date-error", &t("ar", "field-travel_date")).await;
    w.screenshot("kiosk-arabic-fields").await;
    assert!(w.absent("#kiosk-error").await, "no program message beside the field's");
    w.close().await;
}
