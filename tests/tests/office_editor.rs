//! The manager's office editor and the front desk's board, through the
//! services: role checks, previews, saving with the version check, released
//! days remade or kept, and closing a booked day refused.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_domain::office_file::Format;
use passdesk_services::{closure::ClosureChoice, office_config::{parse_office, preview}, staff::{NewStaff, Session}};
use passdesk_tests::{at, date, request, Fixture, TEST_OFFICE};

const NOW: &str = "2027-03-07T12:00:00Z";

async fn staffed() -> (Fixture, Session, Session) {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    let new = |u: &str, role: &str, office: Option<&str>| NewStaff { username: u.into(), display_name: u.into(), role: role.into(), office: office.map(str::to_string), password: format!("{u}-password-1") };
    let admin = f.services.create_first_administrator(&new("root", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    f.services.add_staff(&admin, &new("boss", "district_manager", Some("TST"))).await.unwrap_or_else(|e| panic!("{e}"));
    f.services.add_staff(&admin, &new("desk", "front_desk", Some("TST"))).await.unwrap_or_else(|e| panic!("{e}"));
    let boss = f.services.sign_in("boss", "boss-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    let desk = f.services.sign_in("desk", "desk-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    (f, boss, desk)
}

#[tokio::test]
async fn the_front_desk_cannot_open_or_save_the_mix() {
    let (f, boss, desk) = staffed().await;
    assert_eq!(f.services.office_config(&desk, "TST").await.err().map(|e| e.code), Some("forbidden"));
    let config = f.services.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(f.services.save_office(&desk, &config.office, config.version).await.err().map(|e| e.code), Some("forbidden"));
}

#[tokio::test]
async fn saving_remakes_free_released_days_and_keeps_booked_ones() {
    let (f, boss, desk) = staffed().await;
    f.services.release_through("TST", date("2027-03-12")).await.unwrap_or_else(|e| panic!("{e}"));
    let monday = f.services.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    f.services.book_for_caller(&desk, &request("TST", "case_inquiry", Some(&monday[0].id), 1)).await.unwrap_or_else(|e| panic!("{e}"));

    let config = f.services.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}"));
    let mut json = serde_json::to_value(&config.office).unwrap_or_default();
    // The editor sends the weekdays one by one; the general block comes first.
    for d in ["mon", "tue", "wed", "thu", "fri"] {
        json["mix"][d][0]["capacity"] = 4.into();
    }
    let office = parse_office(&json).unwrap_or_else(|e| panic!("{e}"));
    let p = preview(&office);
    assert_eq!(p.problem, None);
    assert_eq!(p.days[0].seats.get("general"), Some(&16), "4 slots of 4 seats on Monday");

    let report = f.services.save_office(&boss, &office, config.version).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.version, config.version + 1);
    assert_eq!(report.days_kept, ["2027-03-08"], "Monday has a booking and keeps its slots");
    assert_eq!(report.days_remade, ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]);
    let tuesday = f.services.slots("TST", date("2027-03-09")).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(tuesday.iter().find(|s| s.track == "general").map(|s| s.capacity), Some(4));

    // A second save on the old version is refused.
    let stale = f.services.save_office(&boss, &office, config.version).await.err().unwrap_or_else(|| panic!("stale save accepted"));
    assert_eq!(stale.code, "conflict");

    // Closing the booked Monday is refused and names the booking.
    let mut closing = office.clone();
    closing.holidays.insert(date("2027-03-08"));
    let err = f.services.save_office(&boss, &closing, report.version).await.err().unwrap_or_else(|| panic!("closing a booked day accepted"));
    assert_eq!(err.code, "day_has_bookings");
    assert!(err.message.contains("2027-03-08") && err.message.contains("Silva"), "{}", err.message);
    assert_eq!(f.services.office_config(&boss, "TST").await.map(|c| c.version).ok(), Some(report.version), "nothing saved");
}

/// An office file imported over a stored office is checked as the mix
/// editor checks a save: closing a booked day is refused and nothing of the
/// file is written; a changed mix remakes the free released days and keeps
/// the booked ones.
#[tokio::test]
async fn an_import_over_a_stored_office_is_checked_as_the_editor_checks() {
    let (f, boss, desk) = staffed().await;
    f.services.release_through("TST", date("2027-03-12")).await.unwrap_or_else(|e| panic!("{e}"));
    let monday = f.services.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    f.services.book_for_caller(&desk, &request("TST", "case_inquiry", Some(&monday[0].id), 1)).await.unwrap_or_else(|e| panic!("{e}"));
    let version = f.services.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}")).version;
    let second = TEST_OFFICE.replace("\"TST\"", "\"TS2\"").replace("57000-57099", "58000-58099");

    let closing = TEST_OFFICE.replace("holidays = [\"2026-11-26\",", "holidays = [\"2027-03-08\", \"2026-11-26\",");
    let err = f.services.import_offices(&format!("{closing}\n{second}"), Format::Toml).await.err().unwrap_or_else(|| panic!("an import closing a booked day was accepted"));
    assert_eq!(err.code, "day_has_bookings", "{}", err.message);
    assert!(err.message.contains("TST") && err.message.contains("2027-03-08") && err.message.contains("Silva"), "{}", err.message);
    let offices = f.services.list_offices().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(offices.iter().map(|o| o.code.as_str()).collect::<Vec<_>>(), ["TST"], "the other office of the file is not written either");
    assert_eq!(f.services.office_config(&boss, "TST").await.map(|c| c.version).ok(), Some(version), "nothing saved");

    let bigger = TEST_OFFICE.replace("capacity = 2,", "capacity = 4,");
    f.services.import_offices(&format!("{bigger}\n{second}"), Format::Toml).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(f.services.office_config(&boss, "TST").await.map(|c| c.version).ok(), Some(version + 1));
    let general = |day: &'static str| {
        let s = &f.services;
        async move { s.slots("TST", date(day)).await.unwrap_or_else(|e| panic!("{e}")).iter().find(|s| s.track == "general").map(|s| s.capacity) }
    };
    assert_eq!(general("2027-03-09").await, Some(4), "a free released day is made again from the file");
    assert_eq!(general("2027-03-08").await, Some(2), "the booked Monday keeps its slots");
}

/// A snow day with appointments: the manager closes it. With "move" each
/// appointment goes to the first free time of its type after the day (its
/// PIN opens it there), with "cancel" each is cancelled; the day becomes a
/// holiday with no slot left, and the report is the call list.
#[tokio::test]
async fn closing_a_booked_day_moves_or_cancels_its_appointments() {
    let (f, boss, _) = staffed().await;
    let s = &f.services;
    s.release_through("TST", date("2027-03-12")).await.unwrap_or_else(|e| panic!("{e}"));
    let monday = s.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    let attorney = monday.iter().find(|x| x.track == "attorney").unwrap_or_else(|| panic!("an attorney slot on Monday"));
    let mut with_phone = request("TST", "case_inquiry", Some(&monday[0].id), 1);
    with_phone.applicant.phone = Some("214-555-0100".into());
    let general = s.book(&with_phone).await.unwrap_or_else(|e| panic!("{e}"));
    let lawyer = s.book(&request("TST", "attorney_inquiry", Some(&attorney.id), 2)).await.unwrap_or_else(|e| panic!("{e}"));

    let closed = s.close_day("TST", "2027-03-08", ClosureChoice::Move).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(closed.people.len(), 2, "{closed:?}");
    for (receipt, track) in [(&general, "general"), (&lawyer, "attorney")] {
        let p = closed.people.iter().find(|p| p.confirmation == receipt.appointment.confirmation).unwrap_or_else(|| panic!("{track} in the call list"));
        let to = p.moved_to.clone().unwrap_or_else(|| panic!("{track} moved"));
        assert!(to.starts_with("2027-03-09"), "the first free time after the closed day: {to}");
        assert_eq!(p.was, receipt.appointment.starts_at);
        let now = s.lookup(&receipt.appointment.confirmation, &receipt.pin).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((now.starts_at.as_str(), now.track.as_str(), now.status), (to.as_str(), track, "booked"), "the same PIN opens the new time");
    }
    let called = closed.people.iter().find(|p| p.confirmation == general.appointment.confirmation).and_then(|p| p.phone.clone());
    assert_eq!(called.as_deref(), Some("(214) 555-0100"), "the call list has the number given");
    assert!(s.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}")).is_empty(), "no slot left on the closed day");
    let config = s.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}"));
    assert!(config.office.holidays.contains(&date("2027-03-08")), "the day is a holiday now, never released again");
    assert_eq!(config.version, closed.version);

    // Cancel: Tuesday's appointment (the general one moved there) is cancelled.
    let closed = s.close_day("TST", "2027-03-09", ClosureChoice::Cancel).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(closed.people.iter().map(|p| p.moved_to.clone()).collect::<Vec<_>>(), [None, None]);
    let after = s.lookup(&general.appointment.confirmation, &general.pin).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(after.status, "cancelled");

    assert_eq!(s.close_day("TST", "2027-03-05", ClosureChoice::Move).await.err().map(|e| e.code), Some("invalid_input"), "a passed day");
    assert_eq!(s.close_day("TST", "2027-03-10", ClosureChoice::Move).await.map(|c| c.people.len()).ok(), Some(0), "a day with nothing booked just closes");
    assert_eq!("later".parse::<ClosureChoice>().err().map(|e| e.code), Some("invalid_input"));

    // Today, once its first appointment has begun, is not closed from here.
    let wednesday = s.slots("TST", date("2027-03-11")).await.unwrap_or_else(|e| panic!("{e}"));
    s.book(&request("TST", "case_inquiry", Some(&wednesday[0].id), 3)).await.unwrap_or_else(|e| panic!("{e}"));
    let later = f.reopen(at("2027-03-11T14:30:00Z")).await;
    let e = later.close_day("TST", "2027-03-11", ClosureChoice::Move).await.err().unwrap_or_else(|| panic!("a begun day was closed"));
    assert_eq!(e.code, "day_begun", "{}", e.message);
    assert!(!later.slots("TST", date("2027-03-11")).await.unwrap_or_else(|e| panic!("{e}")).is_empty(), "nothing closed");
}

/// A snow closure: today added as a holiday, with nothing booked on it,
/// closes today too, not only the days after it.
#[tokio::test]
async fn a_holiday_added_for_today_closes_today() {
    let (f, _, _) = staffed().await;
    f.services.release_through("TST", date("2027-03-12")).await.unwrap_or_else(|e| panic!("{e}"));
    // Tuesday 2027-03-09, 06:00 in Chicago.
    let tuesday = f.reopen(at("2027-03-09T12:00:00Z")).await;
    let boss = tuesday.sign_in("boss", "boss-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    assert!(!tuesday.slots("TST", date("2027-03-09")).await.unwrap_or_else(|e| panic!("{e}")).is_empty(), "today is released");
    let config = tuesday.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}"));
    let mut office = config.office.clone();
    office.holidays.insert(date("2027-03-09"));
    let report = tuesday.save_office(&boss, &office, config.version).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(report.days_remade.iter().any(|d| d == "2027-03-09"), "{report:?}");
    assert!(tuesday.slots("TST", date("2027-03-09")).await.unwrap_or_else(|e| panic!("{e}")).is_empty(), "no slot left to book today");
}

/// A day whose appointments were all cancelled closes (a snow day, after
/// calling everyone), and opens again: the cancelled appointment keeps the
/// time it had, its slot is withdrawn meanwhile, and taken up again.
#[tokio::test]
async fn a_day_whose_appointments_were_all_cancelled_closes_and_opens_again() {
    let (f, boss, _) = staffed().await;
    let s = &f.services;
    s.release_through("TST", date("2027-03-12")).await.unwrap_or_else(|e| panic!("{e}"));
    let monday = s.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    let r = s.book(&request("TST", "case_inquiry", Some(&monday[0].id), 1)).await.unwrap_or_else(|e| panic!("{e}"));
    let conf = r.appointment.confirmation.clone();
    s.cancel(&conf, &r.pin).await.unwrap_or_else(|e| panic!("{e}"));

    let config = s.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}"));
    let mut closed = config.office.clone();
    closed.holidays.insert(date("2027-03-08"));
    let report = s.save_office(&boss, &closed, config.version).await.unwrap_or_else(|e| panic!("closing a day of cancelled appointments: {e}"));
    assert_eq!(report.days_remade, ["2027-03-08"]);
    assert!(s.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}")).is_empty(), "nothing offered on the closed day");
    let kept = s.lookup(&conf, &r.pin).await.unwrap_or_else(|e| panic!("the cancelled appointment is still there: {e}"));
    assert_eq!((kept.status, kept.starts_at.as_str()), ("cancelled", r.appointment.starts_at.as_str()), "it keeps the time it had");
    let again = s.book(&request("TST", "case_inquiry", Some(&monday[0].id), 2)).await.err().unwrap_or_else(|| panic!("a withdrawn slot was booked"));
    assert_eq!(again.code, "slot_unavailable", "{}", again.message);
    let first_free = s.book(&request("TST", "case_inquiry", None, 3)).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(first_free.appointment.starts_at.as_str() >= "2027-03-09", "not on the closed Monday: {}", first_free.appointment.starts_at);

    // Opened again: Monday's first slot is the same one, offered and bookable.
    let reopened = s.save_office(&boss, &config.office, report.version).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reopened.days_remade, ["2027-03-08"]);
    let monday_again = s.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(monday_again.len(), monday.len(), "every slot back");
    assert_eq!((monday_again[0].id.as_str(), monday_again[0].booked), (monday[0].id.as_str(), 0), "the withdrawn slot taken up again, empty");
    s.book(&request("TST", "case_inquiry", Some(&monday[0].id), 4)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.lookup(&conf, &r.pin).await.map(|a| a.status).ok(), Some("cancelled"));
}

/// The app asks every minute: each office's next day comes out at its
/// release time (07:00 in Chicago here, a 30-day window), once.
#[tokio::test]
async fn due_days_come_out_at_the_release_time_and_only_once() {
    let (f, _, _) = staffed().await;
    let first = f.services.release_all_due().await.unwrap_or_else(|e| panic!("{e}"));
    let released = |r: &[(String, passdesk_services::ServiceResult<passdesk_services::views::ReleaseView>)]| match r {
        [(office, Ok(v))] if office == "TST" => (v.days_released, v.through.clone()),
        other => panic!("one office, released: {other:?}"),
    };
    // Sunday 06:00 in Chicago: today's release (07:00) has not come yet.
    let (n, through) = released(&first);
    assert!(n > 0, "the window released at the first call");
    assert_eq!(released(&f.services.release_all_due().await.unwrap_or_else(|e| panic!("{e}"))).0, 0, "asked again the same minute: nothing new");
    let before = f.reopen(at("2027-03-07T12:59:00Z")).await;
    assert_eq!(released(&before.release_all_due().await.unwrap_or_else(|e| panic!("{e}"))), (0, through.clone()), "06:59: not yet");
    let after = f.reopen(at("2027-03-07T13:00:00Z")).await;
    let (n, next) = released(&after.release_all_due().await.unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(n, 1, "07:00: one more day");
    assert!(next > through, "{next} after {through}");
}

#[test]
fn bad_editor_input_names_the_field() {
    let mut json: serde_json::Value = serde_json::to_value(passdesk_domain::office_file::parse(TEST_OFFICE, passdesk_domain::office_file::Format::Toml).unwrap_or_default().remove(0)).unwrap_or_default();
    json["mix"]["mon"][1]["slot_minutes"] = 20.into();
    let err = parse_office(&json).err().unwrap_or_else(|| panic!("20-minute slots accepted"));
    assert!(err.message.starts_with("mix.mon[1].slot_minutes"), "{}", err.message);
    json["mix"]["mon"][1]["slot_minutes"] = 30.into();
    json["mix"]["mon"][1]["time"] = "15:00-17:00".into();
    let err = parse_office(&json).err().unwrap_or_else(|| panic!("block outside opening hours accepted"));
    assert!(err.message.contains("outside opening hours"), "{}", err.message);
    // A type code with a stray space would pass the catalogue and never be booked.
    json["mix"]["mon"][1]["time"] = json["mix"]["tue"][1]["time"].clone();
    json["mix"]["mon"][0]["types"] = serde_json::json!(["case_inquiry", " card_replacement"]);
    let err = parse_office(&json).err().unwrap_or_else(|| panic!("a type code with a space accepted"));
    assert!(err.message.contains("\"card_replacement\", without spaces"), "{}", err.message);
    json["mix"]["mon"][0]["types"] = json["mix"]["tue"][0]["types"].clone();
    parse_office(&json).unwrap_or_else(|e| panic!("{e}"));
    // Names and addresses go on notices and into every database: plain text only.
    for (key, sub) in [("name", None), ("address", Some("street"))] {
        let before = json[key].clone();
        match sub {
            Some(sub) => json[key][sub] = "1 Test\u{0}Plaza".into(),
            None => json[key] = "Test\u{7}Field Office".into(),
        }
        let err = parse_office(&json).err().unwrap_or_else(|| panic!("a control character in the {key} accepted"));
        assert!(err.message.contains("control characters"), "{}", err.message);
        json[key] = before;
    }
    parse_office(&json).unwrap_or_else(|e| panic!("{e}"));

    // Types stay on their tracks: the cashier admits by the cashier track.
    let general = (0..2).find(|i| json["mix"]["mon"][i]["track"] == "general").unwrap_or_else(|| panic!("a general block on Monday"));
    json["mix"]["mon"][general]["types"] = serde_json::json!(["case_inquiry", "cashier_payment"]);
    let err = parse_office(&json).err().unwrap_or_else(|| panic!("a cashier payment on the general track accepted"));
    assert!(err.message.contains("\"cashier_payment\" is served on the cashier track only"), "{}", err.message);
    json["mix"]["mon"][general]["types"] = serde_json::json!(["case_inquiry"]);
    json["mix"]["mon"][general]["track"] = "cashier".into();
    let err = parse_office(&json).err().unwrap_or_else(|| panic!("a case inquiry on the cashier track accepted"));
    assert!(err.message.contains("the cashier track serves cashier appointments only"), "{}", err.message);
}

#[tokio::test]
async fn the_desk_finds_appointments_by_number_and_name() {
    let (f, _boss, desk) = staffed().await;
    f.services.release_through("TST", date("2027-03-09")).await.unwrap_or_else(|e| panic!("{e}"));
    let slots = f.services.slots("TST", date("2027-03-09")).await.unwrap_or_else(|e| panic!("{e}"));
    let r = f.services.book_for_caller(&desk, &request("TST", "case_inquiry", Some(&slots[0].id), 7)).await.unwrap_or_else(|e| panic!("{e}"));
    let found = |q: &'static str| {
        let s = &f.services;
        let desk = desk.clone();
        async move { s.search(&desk, "TST", q).await.unwrap_or_else(|e| panic!("{q}: {e}")) }
    };
    assert_eq!(found("silva").await.len(), 1);
    assert_eq!(found("Anah").await.len(), 1, "first-name prefix");
    assert_eq!(found("A10000007").await.len(), 1, "A-number");
    assert_eq!(found("a-10000007").await.len(), 1, "A-number as typed with a dash");
    assert!(found("Nobody").await.is_empty());
    let by_conf = f.services.search(&desk, "TST", &r.appointment.confirmation.to_lowercase()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(by_conf.len(), 1);
    assert_eq!(f.services.search(&desk, "TST", "a").await.err().map(|e| e.code), Some("invalid_input"));
    assert_eq!(f.services.search(&desk, "TST", "%").await.err().map(|e| e.code), Some("invalid_input"));
    assert!(f.services.search(&desk, "TST", "%%").await.unwrap_or_default().is_empty(), "wildcards are literal");
    assert_eq!(f.services.board(&desk, "TST", date("2027-03-09")).await.map(|b| b.len()).ok(), Some(1));
}

/// A day released before federal holidays closed every office (Memorial
/// Day, not in this office's list) that holds an appointment is kept as it
/// is by a later edit, not taken for a day the edit closes.
#[tokio::test]
async fn an_old_booked_day_on_a_federal_holiday_does_not_block_an_edit() {
    use passdesk_domain::repository::Repository;
    let (f, boss, desk) = staffed().await;
    let s = &f.services;
    let code = "TST".parse().unwrap_or_else(|e| panic!("{e}"));
    let stored = s.repo().office(&code).await.unwrap_or_else(|e| panic!("{e}"));
    // The Tuesday's plan a day earlier: what an older release made on Memorial Day.
    let monday: Vec<_> = passdesk_domain::slot_engine::plan_day(&stored.office, date("2027-06-01"))
        .into_iter()
        .map(|p| passdesk_domain::slot_engine::PlannedSlot { local_date: date("2027-05-31"), starts_at: p.starts_at - chrono::Duration::days(1), ends_at: p.ends_at - chrono::Duration::days(1), ..p })
        .collect();
    s.repo().release(&code, None, &[(date("2027-05-31"), monday)], at(NOW)).await.unwrap_or_else(|e| panic!("{e}"));
    let slot = s.slots("TST", date("2027-05-31")).await.unwrap_or_else(|e| panic!("{e}")).remove(0);
    s.book_for_caller(&desk, &request("TST", "case_inquiry", Some(&slot.id), 1)).await.unwrap_or_else(|e| panic!("{e}"));

    let config = s.office_config(&boss, "TST").await.unwrap_or_else(|e| panic!("{e}"));
    let mut renamed = config.office.clone();
    renamed.name = "Test Field Office, renamed".into();
    let report = s.save_office(&boss, &renamed, config.version).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(report.days_kept.iter().any(|d| d == "2027-05-31"), "kept with its appointment: {report:?}");
}
