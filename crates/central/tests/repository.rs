//! The central store against a real PostgreSQL: each test gets a fresh,
//! migrated database (`testing::scratch_database`) and checks that `PgStore`
//! keeps the `Repository` contract the local SQLite store keeps — the same
//! answers, the same refusals, the same order — and that concurrent callers
//! can never over-fill a slot or share a queue number.
//!
//! Raw SQL here only inspects tables (seats, history) the trait does not
//! show; the store's own queries are all compile-time checked.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use passdesk_central::{testing::scratch_database, PgStore};
use passdesk_domain::{
    applicant::{ApplicantInput, DateOfBirth, Name},
    appointment_type,
    confirmation::ConfirmationNumber,
    documents::DocumentKind,
    office::{Office, OfficeCode},
    office_file::{self, Format},
    repository::{Appointment, AppointmentSearch, AppointmentStatus, DaysSeen, Identity, NewBooking, OfficeWrite, RepoError, Repository, Slot, SlotChoice, StaffChange},
    slot_engine::{self, PlannedSlot},
    staff::{Role, StaffAccount},
    visit::{ArrivalSearch, DocumentRecord, NewVisit, VisitKind, VisitState, VisitStep},
};
use sqlx::Connection;
use uuid::Uuid;

/// TST: Chicago time; Mon-Fri a general track 08:00-10:00 (30-minute slots,
/// 2 seats) and an attorney track 09:00-10:00 (1 seat); ZIP 57000-57099.
const TEST_OFFICE: &str = include_str!("../../../tests/fixtures/one-office.toml");
/// The demo's offices: DAL, ARL, NYC, LAX, PHX, HNL by ZIP, MEX by country.
const DEMO_OFFICES: &str = include_str!("../../services/demo/offices.toml");
/// A Sunday; the days after it are in CST (UTC-6): 08:00 there is 14:00Z.
const NOW: &str = "2027-03-07T12:00:00Z";
const MON: &str = "2027-03-08";
const TUE: &str = "2027-03-09";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).unwrap_or_else(|e| panic!("bad instant {s}: {e}"))
}

fn now() -> DateTime<Utc> {
    at(NOW)
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap_or_else(|e| panic!("bad date {s}: {e}"))
}

fn code(s: &str) -> OfficeCode {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn ok<T>(r: Result<T, RepoError>) -> T {
    r.unwrap_or_else(|e| panic!("{e:?}"))
}

fn err<T: std::fmt::Debug>(r: Result<T, RepoError>) -> RepoError {
    match r {
        Ok(v) => panic!("expected a refusal, got {v:?}"),
        Err(e) => e,
    }
}

fn parse_offices(toml: &str) -> Vec<Office> {
    office_file::parse(toml, Format::Toml).unwrap_or_else(|e| panic!("office file: {e}"))
}

async fn db() -> PgStore {
    scratch_database(8).await.unwrap_or_else(|e| panic!("scratch database: {e}")).0
}

/// A database with TST saved (and, with `days`, those days released).
async fn with_office(toml: &str, days: &[&str]) -> (PgStore, Office) {
    let store = db().await;
    let saved = ok(store.save_offices(&parse_offices(toml), now()).await);
    let office = saved.into_iter().find(|o| o.office.code.as_str() == "TST").unwrap_or_else(|| panic!("TST in the file")).office;
    if !days.is_empty() {
        ok(store.release(&office.code, None, &plan(&office, days), now()).await);
    }
    (store, office)
}

fn plan(office: &Office, days: &[&str]) -> Vec<(NaiveDate, Vec<PlannedSlot>)> {
    days.iter().map(|d| (date(d), slot_engine::plan_day(office, date(d)))).collect()
}

/// Names may not hold digits, so numbers become letters.
fn letters(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

/// Applicant number `i`: distinct people for distinct `i`.
fn person(i: usize) -> ApplicantInput {
    ApplicantInput {
        first_name: format!("Ana{}", letters(i)),
        last_name: "Silva".into(),
        date_of_birth: format!("19{:02}-0{}-1{}", 50 + i % 40, 1 + i % 9, i % 10),
        a_number: Some(format!("A{:09}", 10_000_000 + i)),
        ..Default::default()
    }
}

fn booking_of(input: &ApplicantInput, type_code: &str, slot: SlotChoice) -> NewBooking {
    NewBooking {
        id: Uuid::now_v7(),
        confirmation: ConfirmationNumber::random(),
        pin_hash: format!("hash-of-{}", input.first_name),
        office: code("TST"),
        type_code: type_code.into(),
        slot,
        language: Default::default(),
        applicant: input.parse(now().date_naive()).unwrap_or_else(|e| panic!("applicant: {e}")),
        representative: None,
        answers: Default::default(),
        now: now(),
    }
}

fn booking(who: usize, type_code: &str, slot: SlotChoice) -> NewBooking {
    booking_of(&person(who), type_code, slot)
}

async fn slots_on(store: &PgStore, day: &str) -> Vec<Slot> {
    ok(store.slots(&code("TST"), date(day)).await)
}

/// The day's first slot of a track.
async fn slot(store: &PgStore, day: &str, track: &str, nth: usize) -> Slot {
    slots_on(store, day).await.into_iter().filter(|s| s.track == track).nth(nth).unwrap_or_else(|| panic!("slot {nth} of {track} on {day}"))
}

async fn scalar(store: &PgStore, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn taken_seats(store: &PgStore) -> i64 {
    scalar(store, "SELECT count(*) FROM seats WHERE appointment_id IS NOT NULL").await
}

async fn history(store: &PgStore, a: &Appointment) -> Vec<String> {
    sqlx::query_scalar("SELECT event FROM appointment_history WHERE appointment_id = $1 ORDER BY at, id")
        .bind(a.id)
        .fetch_all(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

// ---------------------------------------------------------------- offices

#[tokio::test]
async fn offices_are_saved_whole_and_a_stale_edit_is_refused() {
    let store = db().await;
    let saved = ok(store.save_offices(&parse_offices(DEMO_OFFICES), now()).await);
    assert!(saved.iter().all(|o| o.version == 1), "new offices start at version 1");
    let codes: Vec<String> = ok(store.offices().await).iter().map(|o| o.office.code.to_string()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted, "offices come by code");
    assert_eq!(codes.len(), saved.len());

    let dal = ok(store.office(&code("DAL")).await);
    assert_eq!(dal.office, saved.iter().find(|o| o.office.code.as_str() == "DAL").map(|o| o.office.clone()).unwrap_or_else(|| panic!("DAL")));
    let mut edit = dal.office.clone();
    edit.name = "Renamed once".into();
    let after = ok(store.update_office(&edit, dal.version, &[], now()).await);
    assert_eq!((after.id, after.version), (dal.id, 2));
    edit.name = "Renamed from a stale screen".into();
    let e = err(store.update_office(&edit, dal.version, &[], now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("changed by someone else")), "{e:?}");
    assert_eq!(ok(store.office(&code("DAL")).await).office.name, "Renamed once", "the stale edit changed nothing");

    // An import replaces whole and bumps the version too.
    let again = ok(store.save_offices(std::slice::from_ref(&dal.office), now()).await);
    assert_eq!(again[0].version, 3);
    assert!(matches!(err(store.office(&code("ZZZ")).await), RepoError::NotFound(_)));
    let mut unknown = dal.office.clone();
    unknown.code = code("ZZZ");
    unknown.areas = Default::default();
    assert!(matches!(err(store.update_office(&unknown, 1, &[], now()).await), RepoError::NotFound(_)));
}

#[tokio::test]
async fn an_office_edited_at_another_workstation_is_read_as_it_now_stands() {
    let (here, url) = scratch_database(2).await.unwrap_or_else(|e| panic!("scratch database: {e}"));
    let there = ok(PgStore::connect_url(&url, 2).await);
    ok(here.save_offices(&parse_offices(TEST_OFFICE), now()).await);
    let first = ok(here.office(&code("TST")).await);
    let unchanged = ok(here.office(&code("TST")).await);
    assert_eq!((unchanged.id, unchanged.version, &unchanged.office), (first.id, first.version, &first.office), "a second read of an unchanged office");

    let mut edit = first.office.clone();
    edit.name = "Edited at the other desk".into();
    ok(there.update_office(&edit, first.version, &[], now()).await);
    let read = ok(here.office(&code("TST")).await);
    assert_eq!((read.version, read.office.name.as_str()), (first.version + 1, "Edited at the other desk"), "the edit made elsewhere is seen");

    // A whole import elsewhere, even of the same settings, is a new version.
    ok(there.save_offices(std::slice::from_ref(&first.office), now()).await);
    let reimported = ok(here.office(&code("TST")).await);
    assert_eq!((reimported.version, &reimported.office), (first.version + 2, &first.office));
}

#[tokio::test]
async fn a_connection_the_server_dropped_while_idle_is_replaced_before_use() {
    let (store, url) = scratch_database(1).await.unwrap_or_else(|e| panic!("scratch database: {e}"));
    ok(store.save_offices(&parse_offices(TEST_OFFICE), now()).await);
    let mut admin = sqlx::PgConnection::connect(&url).await.unwrap_or_else(|e| panic!("{e}"));
    let dropped: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'passdesk') t",
    )
    .fetch_one(&mut admin)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dropped, 1, "the pool's one connection was ended by the server");
    tokio::time::sleep(passdesk_central::PING_AFTER_IDLE + std::time::Duration::from_millis(200)).await;
    assert_eq!(ok(store.office(&code("TST")).await).office.code.as_str(), "TST", "the next request works on a new connection");
}

#[tokio::test]
async fn concurrent_edits_on_one_version_let_exactly_one_through() {
    let store = db().await;
    ok(store.save_offices(&parse_offices(TEST_OFFICE), now()).await);
    let stored = ok(store.office(&code("TST")).await);
    let mut tasks = Vec::new();
    for i in 0..8 {
        let (store, mut edit) = (store.clone(), stored.office.clone());
        edit.name = format!("Edit {i}");
        tasks.push(tokio::spawn(async move { store.update_office(&edit, stored.version, &[], now()).await }));
    }
    let mut won = 0;
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("{e}")) {
            Ok(s) => {
                won += 1;
                assert_eq!(s.version, stored.version + 1);
            }
            Err(RepoError::Conflict(_)) => {}
            Err(e) => panic!("{e:?}"),
        }
    }
    assert_eq!(won, 1);
    assert_eq!(ok(store.office(&code("TST")).await).version, stored.version + 1);
}

#[tokio::test]
async fn zips_and_countries_route_to_their_office_and_never_overlap() {
    let store = db().await;
    ok(store.save_offices(&parse_offices(DEMO_OFFICES), now()).await);
    ok(store.save_offices(&parse_offices(TEST_OFFICE), now()).await);
    let zip = |z: &str| z.parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok(store.office_for_zip(zip("75063")).await), Some(code("DAL")));
    assert_eq!(ok(store.office_for_zip(zip("57000")).await), Some(code("TST")), "first ZIP of a range");
    assert_eq!(ok(store.office_for_zip(zip("57099")).await), Some(code("TST")), "last ZIP of a range");
    assert_eq!(ok(store.office_for_zip(zip("57100")).await), None);
    let country = |c: &str| c.parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok(store.office_for_country(&country("MX")).await), Some(code("MEX")));
    assert_eq!(ok(store.office_for_country(&country("DE")).await), None);

    // Another office claiming TST's ZIPs, or MEX's country, is refused whole.
    let mut clash = parse_offices(TEST_OFFICE).remove(0);
    clash.code = code("CLASH");
    let e = err(store.save_offices(&[clash.clone()], now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("overlaps an area of office TST")), "{e:?}");
    clash.areas.zips.clear();
    clash.areas.countries = vec![country("GT")];
    let e = err(store.save_offices(&[clash], now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("already served by office MEX")), "{e:?}");
    assert!(matches!(err(store.office(&code("CLASH")).await), RepoError::NotFound(_)), "nothing of a refused save is kept");
}

// ------------------------------------------------------------------ slots

#[tokio::test]
async fn release_is_idempotent_and_slots_come_with_seats() {
    let (store, office) = with_office(TEST_OFFICE, &[]).await;
    let days = plan(&office, &["2027-03-07", MON, TUE]);
    let first = ok(store.release(&office.code, None, &days, now()).await);
    // Sunday is closed; Monday and Tuesday have 4 general and 2 attorney slots each.
    assert_eq!((first.days_released, first.slots_created, first.days_already_released), (3, 12, 0));
    let again = ok(store.release(&office.code, None, &days, now()).await);
    assert_eq!((again.days_released, again.slots_created, again.days_already_released), (0, 0, 3));
    assert_eq!(ok(store.released_days(&office.code, date(MON), date("2027-03-31")).await), vec![date(MON), date(TUE)]);

    let mon = slots_on(&store, MON).await;
    assert_eq!(mon.len(), 6);
    let order: Vec<_> = mon.iter().map(|s| (s.starts_at, s.track.clone())).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "slots by start, then track");
    assert_eq!(mon[0].starts_at, at("2027-03-08T14:00:00Z"), "08:00 in Chicago");
    assert!(mon.iter().all(|s| s.booked == 0 && s.office == office.code && s.local_date == date(MON)));
    let attorney = mon.iter().find(|s| s.track == "attorney").unwrap_or_else(|| panic!("attorney slot"));
    assert_eq!((attorney.capacity, attorney.types.clone()), (1, vec!["attorney_inquiry".to_string()]));
    let capacity: i64 = mon.iter().chain(slots_on(&store, TUE).await.iter()).map(|s| i64::from(s.capacity)).sum();
    assert_eq!(scalar(&store, "SELECT count(*) FROM seats").await, capacity, "one seat row per unit of capacity");
    assert!(slots_on(&store, "2027-03-07").await.is_empty(), "closed on Sunday");
}

/// An office change planned against the released days it read is refused
/// when another day was released since (that day would keep the old mix
/// unseen), and an office that must be new is refused when it exists.
#[tokio::test]
async fn an_office_write_planned_on_old_released_days_is_refused() {
    let (store, office) = with_office(TEST_OFFICE, &[MON]).await;
    let stored = ok(store.office(&office.code).await);
    let bigger = parse_offices(&TEST_OFFICE.replace("capacity = 2, track = \"general\"", "capacity = 5, track = \"general\"")).remove(0);
    let planned = |days: &[&str]| OfficeWrite {
        office: bigger.clone(),
        expected_version: Some(stored.version),
        seen: Some(DaysSeen { from: date(MON), through: date("2027-04-30"), days: days.iter().map(|d| date(d)).collect() }),
        remake: plan(&bigger, days),
    };
    let stale = planned(&[MON]);
    ok(store.release(&office.code, None, &plan(&office, &[TUE]), now()).await);
    let e = err(store.write_offices(&[stale], now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains(TUE) && m.contains("released meanwhile")), "names the day released since: {e:?}");
    assert_eq!(ok(store.office(&office.code).await).version, stored.version, "nothing saved");
    assert_eq!(slot(&store, MON, "general", 0).await.capacity, 2, "nothing remade");

    let saved = ok(store.write_offices(&[planned(&[MON, TUE])], now()).await);
    assert_eq!(saved[0].version, stored.version + 1);
    assert_eq!((slot(&store, MON, "general", 0).await.capacity, slot(&store, TUE, "general", 0).await.capacity), (5, 5));

    // Days planned from the office's old version (a stale workstation) are refused: the office changed.
    let wed = "2027-03-10";
    let e = err(store.release(&office.code, Some(stored.version), &plan(&office, &[wed]), now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("changed since these slots were planned")), "{e:?}");
    assert!(slots_on(&store, wed).await.is_empty(), "nothing released");
    ok(store.release(&office.code, Some(saved[0].version), &plan(&bigger, &[wed]), now()).await);
    let e = err(store.rerelease(&office.code, Some(stored.version), date(wed), &plan(&office, &[wed])[0].1, now()).await);
    assert!(matches!(&e, RepoError::Conflict(_)), "{e:?}");
    assert_eq!(slot(&store, wed, "general", 0).await.capacity, 5, "made from the new mix, and kept");

    let again = OfficeWrite { expected_version: Some(passdesk_domain::repository::NEW_OFFICE), ..OfficeWrite::whole(bigger.clone()) };
    let e = err(store.write_offices(&[again], now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("added by someone else")), "{e:?}");
}

#[tokio::test]
async fn rerelease_applies_a_new_mix_and_is_refused_while_bookings_stand() {
    let (store, office) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let bigger = parse_offices(&TEST_OFFICE.replace("capacity = 2, track = \"general\"", "capacity = 5, track = \"general\"")).remove(0);
    let report = ok(store.rerelease(&office.code, None, date(TUE), &slot_engine::plan_day(&bigger, date(TUE)), now()).await);
    assert_eq!((report.days_released, report.slots_created), (1, 6));
    assert_eq!(slot(&store, TUE, "general", 0).await.capacity, 5);
    assert_eq!(slot(&store, MON, "general", 0).await.capacity, 2, "other days keep their slots");

    let first = slot(&store, TUE, "general", 0).await;
    let a = ok(store.book(&booking(1, "case_inquiry", SlotChoice::Exact(first.id))).await);
    let before = slots_on(&store, TUE).await;
    let e = err(store.rerelease(&office.code, None, date(TUE), &slot_engine::plan_day(&office, date(TUE)), now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains(&a.confirmation.to_string()) && m.contains("Silva")), "names the booking: {e:?}");
    assert_eq!(slots_on(&store, TUE).await, before, "slots unchanged");

    // An office edit that re-releases such a day is refused whole.
    let stored = ok(store.office(&office.code).await);
    let e = err(store.update_office(&bigger, stored.version, &plan(&bigger, &[TUE]), now()).await);
    assert!(matches!(e, RepoError::Conflict(_)), "{e:?}");
    assert_eq!(ok(store.office(&office.code).await).version, stored.version, "the edit was not saved either");
    // ... and applied when the day is free.
    let saved = ok(store.update_office(&bigger, stored.version, &plan(&bigger, &[MON]), now()).await);
    assert_eq!(saved.version, stored.version + 1);
    assert_eq!(slot(&store, MON, "general", 0).await.capacity, 5);

    // Cancelled, the appointment no longer holds the day: its slot is
    // withdrawn (kept, without seats, never offered) and it keeps its time.
    ok(store.cancel(&a.confirmation, now()).await);
    ok(store.rerelease(&office.code, None, date(TUE), &[], now()).await);
    assert!(slots_on(&store, TUE).await.is_empty(), "nothing offered on the closed day: {:?}", slots_on(&store, TUE).await);
    let seats = scalar(&store, &format!("SELECT count(*) FROM seats WHERE slot_id = '{}'", first.id)).await;
    assert_eq!(seats, 0, "a withdrawn slot keeps no seat a booking could take");
    let (cancelled, _) = ok(store.appointment(&a.confirmation).await).unwrap_or_else(|| panic!("the cancelled appointment is kept"));
    assert_eq!((cancelled.slot.id, cancelled.slot.starts_at), (first.id, first.starts_at));
    let e = err(store.book(&booking(2, "case_inquiry", SlotChoice::Exact(first.id))).await);
    assert!(matches!(e, RepoError::SlotUnavailable(_)), "a withdrawn slot is gone, not full: {e:?}");
}

// ---------------------------------------------------------------- booking

#[tokio::test]
async fn an_exact_slot_is_booked_until_full() {
    let (store, _) = with_office(TEST_OFFICE, &[MON]).await;
    let general = slot(&store, MON, "general", 0).await;
    let a = ok(store.book(&booking(1, "case_inquiry", SlotChoice::Exact(general.id))).await);
    assert_eq!((a.slot.id, a.slot.booked, a.status), (general.id, 1, AppointmentStatus::Booked));
    assert_eq!(a.created_at, now());
    // The booking's answer is built from what `book_seat` returns; a read goes through the tables.
    let (read, _) = ok(store.appointment(&a.confirmation).await).unwrap_or_else(|| panic!("the booking is found"));
    assert_eq!(format!("{a:?}"), format!("{read:?}"), "the booking answers with the appointment as it is stored");
    assert_eq!(a.slot, slot(&store, MON, "general", 0).await, "and with its slot as the slots read shows it");
    ok(store.book(&booking(2, "case_inquiry", SlotChoice::Exact(general.id))).await);
    assert!(matches!(err(store.book(&booking(3, "case_inquiry", SlotChoice::Exact(general.id))).await), RepoError::SlotFull));
    assert_eq!(slot(&store, MON, "general", 0).await.booked, 2);
    assert_eq!(taken_seats(&store).await, 2);
    assert_eq!(history(&store, &a).await, vec!["booked"]);
    let starts: DateTime<Utc> = sqlx::query_scalar("SELECT starts_at FROM appointments WHERE id = $1").bind(a.id).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(starts, general.starts_at, "the appointment carries its slot's start");
}

#[tokio::test]
async fn bad_bookings_are_refused_plainly_and_change_nothing() {
    let (store, _) = with_office(TEST_OFFICE, &[MON]).await;
    let mut demo = parse_offices(DEMO_OFFICES);
    let dal = demo.remove(0);
    ok(store.save_offices(std::slice::from_ref(&dal), now()).await);
    ok(store.release(&dal.code, None, &[(date(MON), slot_engine::plan_day(&dal, date(MON)))], now()).await);
    let dal_slot = ok(store.slots(&dal.code, date(MON)).await).remove(0);
    let general = slot(&store, MON, "general", 0).await;
    let attorney = slot(&store, MON, "attorney", 0).await;
    let other_attorney = slot(&store, MON, "attorney", 1).await;
    ok(store.book(&booking(1, "attorney_inquiry", SlotChoice::Exact(attorney.id))).await);
    let before = (scalar(&store, "SELECT count(*) FROM appointments").await, taken_seats(&store).await);

    let slot_unavailable = |e: RepoError, what: &str| assert!(matches!(&e, RepoError::SlotUnavailable(m) if m.contains(what)), "{what}: {e:?}");
    slot_unavailable(err(store.book(&booking(2, "case_inquiry", SlotChoice::Exact(Uuid::now_v7()))).await), "no such slot");
    slot_unavailable(err(store.book(&booking(2, "case_inquiry", SlotChoice::Exact(dal_slot.id))).await), "another office");
    slot_unavailable(err(store.book(&booking(2, "asylum", SlotChoice::Exact(general.id))).await), "does not serve");
    let mut late = booking(2, "case_inquiry", SlotChoice::Exact(general.id));
    late.now = general.starts_at;
    slot_unavailable(err(store.book(&late).await), "already begun");
    assert!(matches!(err(store.book(&booking(3, "attorney_inquiry", SlotChoice::Exact(attorney.id))).await), RepoError::SlotFull));
    assert!(matches!(
        err(store.book(&booking(2, "case_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await),
        RepoError::NoFreeSlot { from } if from == date(TUE)
    ));
    let mut unknown = booking(2, "case_inquiry", SlotChoice::Exact(general.id));
    unknown.office = code("ZZZ");
    assert!(matches!(err(store.book(&unknown).await), RepoError::NotFound(_)));
    // The same person, the same type, another slot.
    assert!(matches!(err(store.book(&booking(1, "attorney_inquiry", SlotChoice::Exact(other_attorney.id))).await), RepoError::Duplicate(_)));
    // Matched by name and birth date (ASCII case ignored) without an A-number too.
    let mut same = person(1);
    (same.first_name, same.last_name, same.a_number) = (same.first_name.to_uppercase(), "SILVA".into(), None);
    assert!(matches!(err(store.book(&booking_of(&same, "attorney_inquiry", SlotChoice::Exact(other_attorney.id))).await), RepoError::Duplicate(_)));
    assert!(matches!(err(store.book(&booking_of(&same, "attorney_inquiry", SlotChoice::FirstFree { from: date(MON) })).await), RepoError::Duplicate(_)));
    // A slot problem is told before the duplicate, as the SQLite store does.
    slot_unavailable(err(store.book(&booking(1, "attorney_inquiry", SlotChoice::Exact(general.id))).await), "does not serve");

    assert_eq!((scalar(&store, "SELECT count(*) FROM appointments").await, taken_seats(&store).await), before, "refusals leave every table as it was");
    // The same person may hold another type.
    ok(store.book(&booking(1, "case_inquiry", SlotChoice::Exact(general.id))).await);
}

#[tokio::test]
async fn first_free_takes_the_earliest_slot_with_a_seat() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let mon = slots_on(&store, MON).await;
    let general: Vec<_> = mon.iter().filter(|s| s.track == "general").collect();
    let a = ok(store.book(&booking(1, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!(a.slot.id, general[0].id);
    ok(store.book(&booking(2, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    let c = ok(store.book(&booking(3, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!(c.slot.id, general[1].id, "the first slot is full, the next one is taken");
    let d = ok(store.book(&booking(4, "case_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await);
    assert_eq!((d.slot.local_date, d.slot.track.as_str()), (date(TUE), "general"), "from a later day");
    // Slots that have begun are passed over.
    let mut later = booking(5, "case_inquiry", SlotChoice::FirstFree { from: date(MON) });
    later.now = general[2].starts_at;
    assert_eq!(ok(store.book(&later).await).slot.id, general[3].id);
    // Only slots serving the type.
    let att = ok(store.book(&booking(6, "attorney_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!(att.slot.track, "attorney");
}

/// Every bookable type has its own index of free seats, and
/// `take_first_free_seat` a statement that names it: a type added to the
/// catalogue without them would still be booked, but by walking past every
/// other type's free seats.
#[tokio::test]
async fn every_bookable_type_has_its_own_index_of_free_seats() {
    let store = db().await;
    let mut bookable: Vec<String> = appointment_type::CATALOGUE.iter().filter(|t| t.is_bookable()).map(|t| t.code.to_string()).collect();
    bookable.sort_unstable();
    let indexes: Vec<(String, String)> = sqlx::query_as("SELECT indexname::text, indexdef FROM pg_indexes WHERE tablename = 'seats' AND indexname LIKE 'seats\\_open\\_%'")
        .fetch_all(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut indexed: Vec<String> = indexes.iter().map(|(name, _)| name.trim_start_matches("seats_open_").to_string()).collect();
    indexed.sort_unstable();
    assert_eq!(indexed, bookable, "the types with an index of free seats (migrations/central) against the catalogue's bookable types");
    let function: String = sqlx::query_scalar("SELECT prosrc FROM pg_proc WHERE proname = 'take_first_free_seat'").fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    for (name, def) in &indexes {
        let ty = name.trim_start_matches("seats_open_");
        assert!(def.contains(&format!("'{ty}'::text = ANY (types)")) && def.contains("appointment_id IS NULL"), "{name} covers the free seats of {ty}: {def}");
        assert!(function.contains(&format!("WHEN '{ty}' THEN")) && function.contains(&format!("'{ty}' = ANY (f.types)")), "take_first_free_seat has a statement naming {ty}");
    }
}

/// A central database made before migration 0002 keeps its seats through
/// the upgrade: each gets its slot's office, date, start, track and types,
/// a seat taken before stays taken, and first-free booking goes on from the
/// free ones.
#[tokio::test]
async fn seats_taken_before_the_upgrade_stay_taken_after_it() {
    let url = passdesk_central::testing::empty_database().await.unwrap_or_else(|e| panic!("{e}"));
    let store = ok(PgStore::connect_url(&url, 2).await);
    let pool = store.pool();
    let run = |sql: &'static str| async move { sqlx::raw_sql(sql).execute(pool).await.unwrap_or_else(|e| panic!("{e}")) };
    run(include_str!("../../../migrations/central/0001_init.sql")).await;
    // Schema 1 with data: an office, two slots of MON at 08:00 and 08:30 (2 seats each), the first seat of 08:00 taken.
    run("INSERT INTO offices (id, code, name, time_zone, config, version, updated_at)
         VALUES ('00000000-0000-7000-8000-000000000001', 'TST', 'Test', 'America/Chicago', '{}', 1, now());
         INSERT INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, types) VALUES
           ('00000000-0000-7000-8000-00000000000a', '00000000-0000-7000-8000-000000000001', '2027-03-08', 'general',
            '2027-03-08T14:00:00Z', '2027-03-08T14:30:00Z', 2, ARRAY['case_inquiry', 'card_replacement']),
           ('00000000-0000-7000-8000-00000000000b', '00000000-0000-7000-8000-000000000001', '2027-03-08', 'general',
            '2027-03-08T14:30:00Z', '2027-03-08T15:00:00Z', 2, ARRAY['case_inquiry', 'card_replacement']);
         UPDATE seats SET appointment_id = '00000000-0000-7000-8000-0000000000ff'
          WHERE slot_id = '00000000-0000-7000-8000-00000000000a' AND seat = 0;")
    .await;
    run(include_str!("../../../migrations/central/0002_open_seats.sql")).await;
    run(include_str!("../../../migrations/central/0003_booking_returns_slot.sql")).await;
    run(include_str!("../../../migrations/central/0004_booking_plans_use_indexes.sql")).await;
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM seats f JOIN slots s ON s.id = f.slot_id
             WHERE (f.office_id, f.local_date, f.starts_at, f.track, f.types) = (s.office_id, s.local_date, s.starts_at, s.track, s.types)"
        )
        .await,
        4,
        "every seat carries its slot's office, date, start, track and types"
    );
    assert_eq!(taken_seats(&store).await, 1, "the seat taken before the upgrade is still taken");
    let first = ok(store.book(&booking(1, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!((first.slot.starts_at, first.slot.booked), (at("2027-03-08T14:00:00Z"), 2), "08:00's second seat, with the one taken before");
    let second = ok(store.book(&booking(2, "card_replacement", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!((second.slot.starts_at, second.slot.booked), (at("2027-03-08T14:30:00Z"), 1), "08:00 is full");
}

/// A booking of person `who` through `book_seat` on connection `c` with its
/// generic plans, undone; how many appointment rows it read.
async fn booking_reads(c: &mut sqlx::PgConnection, who: usize) -> i64 {
    let p = person(who);
    let keys = vec![format!("passdesk/person/case_inquiry/{}", p.a_number.clone().unwrap_or_default())];
    let mut tx = c.begin().await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("SET LOCAL plan_cache_mode = force_generic_plan").execute(&mut *tx).await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("SELECT * FROM book_seat($1, 'TST', 'case_inquiry', NULL, $2, $3, $4, $5, $6, $7, $8)")
        .bind(Uuid::now_v7())
        .bind(date(MON))
        .bind(now())
        .bind(&keys)
        .bind(&p.last_name)
        .bind(&p.first_name)
        .bind(date(&p.date_of_birth))
        .bind(&p.a_number)
        .execute(&mut *tx)
        .await
        .unwrap_or_else(|e| panic!("book_seat: {e}"));
    let read: i64 = sqlx::query_scalar("SELECT (seq_tup_read + coalesce(idx_tup_fetch, 0))::bigint FROM pg_stat_xact_user_tables WHERE relname = 'appointments'")
        .fetch_one(&mut *tx)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    tx.rollback().await.unwrap_or_else(|e| panic!("{e}"));
    read
}

/// A booking reads the rows it needs, whatever the statistics said when its
/// statements were planned. Plans made while the appointments table held
/// one row (a new database) and kept (a generic plan, as a pooled
/// connection keeps it) once read the whole table in the duplicate check:
/// with 3,000 more appointments the next booking must still read a handful.
#[tokio::test]
async fn a_booking_reads_by_index_with_plans_made_on_a_nearly_empty_table() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    ok(store.book(&booking(1, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    let pool = store.pool();
    sqlx::raw_sql("ANALYZE").execute(pool).await.unwrap_or_else(|e| panic!("{e}"));
    let mut c = store.pool().acquire().await.unwrap_or_else(|e| panic!("{e}"));
    // Plans made now, on one appointment, and kept.
    booking_reads(&mut c, 2).await;
    let slot = slot(&store, TUE, "general", 0).await;
    let fill = format!(
        "INSERT INTO appointments (id, confirmation, pin_hash, office_id, slot_id, starts_at, type_code, status, language, last_name, first_name,
                                   last_key, first_key, date_of_birth, a_number, applicant, answers, created_at, updated_at)
         SELECT gen_random_uuid(), 'FILL' || g, 'x', s.office_id, s.id, s.starts_at, 'case_inquiry', 'booked', 'en', 'Silva', 'Filler',
                'silva', 'filler', DATE '1960-01-01' + g, 'A' || (900000000 + g), '{{}}', '{{}}', now(), now()
         FROM slots s, generate_series(1, 3000) g WHERE s.id = '{}'",
        slot.id
    );
    sqlx::raw_sql(&fill).execute(pool).await.unwrap_or_else(|e| panic!("{e}"));
    let read = booking_reads(&mut c, 3).await;
    assert!(read < 10, "the duplicate check reads the person's rows by index, not the table: it read {read} appointments");
}

/// Free seats of other types ahead of the first one of a type are passed
/// over, the index's order is the booking order (start, track, seat), and a
/// type without an index of its own is booked all the same.
#[tokio::test]
async fn first_free_keeps_booking_order_and_books_a_type_without_its_index() {
    let (store, _) = with_office(TEST_OFFICE, &[MON]).await;
    // 08:00 and 08:30 hold only general seats, so the attorney's first is 09:00.
    let att = ok(store.book(&booking(1, "attorney_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!((att.slot.track.as_str(), att.slot.id), ("attorney", slot(&store, MON, "attorney", 0).await.id));
    assert_eq!(att.slot.booked, 1, "the receipt counts the seat just taken");
    // A slot whose types name one no index knows (as a type added later would).
    let nine = slot(&store, MON, "general", 2).await;
    let office_id: Uuid = sqlx::query_scalar("SELECT id FROM offices WHERE code = 'TST'").fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query(
        "INSERT INTO slots (id, office_id, local_date, track, starts_at, ends_at, capacity, types)
         VALUES ($1, $2, $3, 'special', $4, $5, 1, ARRAY['later_type'])",
    )
    .bind(Uuid::now_v7())
    .bind(office_id)
    .bind(date(MON))
    .bind(nine.starts_at)
    .bind(nine.ends_at)
    .execute(store.pool())
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let later = ok(store.book(&booking(2, "later_type", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!((later.slot.track.as_str(), later.slot.booked, later.slot.capacity), ("special", 1, 1));
    assert!(matches!(err(store.book(&booking(3, "later_type", SlotChoice::FirstFree { from: date(MON) })).await), RepoError::NoFreeSlot { .. }));
    // At one start, tracks in byte order: "general" before "special".
    for who in 4..9 {
        ok(store.book(&booking(who, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    }
    let ninth = ok(store.book(&booking(9, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert_eq!((ninth.slot.starts_at, ninth.slot.track.as_str()), (nine.starts_at, "general"), "the fifth and sixth case inquiries fill 09:00");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_bookers_fill_a_slot_exactly_to_capacity() {
    let store = scratch_database(32).await.unwrap_or_else(|e| panic!("{e}")).0;
    let three = TEST_OFFICE.replace("capacity = 2, track = \"general\"", "capacity = 3, track = \"general\"");
    let office = ok(store.save_offices(&parse_offices(&three), now()).await).remove(0).office;
    ok(store.release(&office.code, None, &plan(&office, &[MON]), now()).await);
    let target = slot(&store, MON, "general", 0).await;
    assert_eq!(target.capacity, 3);

    let start = Arc::new(tokio::sync::Barrier::new(64));
    let mut tasks = Vec::new();
    for i in 0..64 {
        let (store, start) = (store.clone(), Arc::clone(&start));
        let b = booking(i, "case_inquiry", SlotChoice::Exact(target.id));
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            store.book(&b).await
        }));
    }
    let (mut won, mut full) = (Vec::new(), 0);
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("booker task: {e}")) {
            Ok(a) => won.push(a.id),
            Err(RepoError::SlotFull) => full += 1,
            Err(e) => panic!("a booker got {e:?} instead of success or SlotFull"),
        }
    }
    assert_eq!((won.len(), full), (3, 61), "exactly the capacity succeeds, everyone else is told the slot is full");
    let holders: Vec<Uuid> = sqlx::query_scalar("SELECT appointment_id FROM seats WHERE slot_id = $1 AND appointment_id IS NOT NULL ORDER BY appointment_id")
        .bind(target.id)
        .fetch_all(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    won.sort();
    assert_eq!(holders, won, "three seats taken, by the three winners, one each");
    assert_eq!(taken_seats(&store).await, 3);
    assert_eq!(slot(&store, MON, "general", 0).await.booked, 3);
    assert_eq!(ok(store.appointments_on(&office.code, date(MON)).await).len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_first_free_bookers_never_overfill() {
    let store = scratch_database(16).await.unwrap_or_else(|e| panic!("{e}")).0;
    let office = ok(store.save_offices(&parse_offices(TEST_OFFICE), now()).await).remove(0).office;
    ok(store.release(&office.code, None, &plan(&office, &[MON]), now()).await);
    let seats: u32 = slots_on(&store, MON).await.iter().filter(|s| s.track == "general").map(|s| s.capacity).sum();
    let mut tasks = Vec::new();
    for i in 0..24 {
        let store = store.clone();
        let b = booking(i, "case_inquiry", SlotChoice::FirstFree { from: date(MON) });
        tasks.push(tokio::spawn(async move { store.book(&b).await }));
    }
    let mut won = 0;
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("{e}")) {
            Ok(_) => won += 1,
            Err(e) => assert!(matches!(e, RepoError::NoFreeSlot { .. }), "{e:?}"),
        }
    }
    assert_eq!(won, seats, "every seat of the day is taken, no more");
    assert!(slots_on(&store, MON).await.iter().all(|s| s.booked <= s.capacity));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_bookings_of_one_person_make_one_appointment() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = store.clone();
        let b = booking(7, "case_inquiry", SlotChoice::FirstFree { from: date(MON) });
        tasks.push(tokio::spawn(async move { store.book(&b).await }));
    }
    let mut won = 0;
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("{e}")) {
            Ok(_) => won += 1,
            Err(e) => assert!(matches!(e, RepoError::Duplicate(_)), "{e:?}"),
        }
    }
    assert_eq!(won, 1);
    assert_eq!(taken_seats(&store).await, 1);
}

// ------------------------------------------------- reschedule and cancel

#[tokio::test]
async fn reschedule_moves_the_seat_in_one_step() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let (first, second) = (slot(&store, MON, "general", 0).await, slot(&store, MON, "general", 1).await);
    let a = ok(store.book(&booking(1, "case_inquiry", SlotChoice::Exact(first.id))).await);
    let later = now() + Duration::minutes(5);
    let moved = ok(store.reschedule(&a.confirmation, SlotChoice::Exact(second.id), later).await);
    assert_eq!((moved.id, moved.slot.id, moved.slot.booked, moved.updated_at), (a.id, second.id, 1, later));
    assert_eq!(slot(&store, MON, "general", 0).await.booked, 0, "the old seat is free");
    assert_eq!(taken_seats(&store).await, 1);
    let starts: DateTime<Utc> = sqlx::query_scalar("SELECT starts_at FROM appointments WHERE id = $1").bind(a.id).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(starts, second.starts_at, "the appointment's start follows its slot");
    assert_eq!(history(&store, &a).await, vec!["booked", "rescheduled"]);

    let e = err(store.reschedule(&a.confirmation, SlotChoice::Exact(second.id), later).await);
    assert!(matches!(&e, RepoError::SlotUnavailable(m) if m.contains("already in this slot")), "{e:?}");
    // Into a full slot: refused, and the appointment keeps its seat.
    ok(store.book(&booking(2, "case_inquiry", SlotChoice::Exact(first.id))).await);
    ok(store.book(&booking(3, "case_inquiry", SlotChoice::Exact(first.id))).await);
    assert!(matches!(err(store.reschedule(&a.confirmation, SlotChoice::Exact(first.id), later).await), RepoError::SlotFull));
    assert_eq!(ok(store.appointment(&a.confirmation).await).map(|(a, _)| a.slot.id), Some(second.id));
    assert_eq!(slot(&store, MON, "general", 1).await.booked, 1);
    // First free skips the appointment's own slot.
    let next = ok(store.reschedule(&a.confirmation, SlotChoice::FirstFree { from: date(MON) }, later).await);
    assert_eq!(next.slot.id, slot(&store, MON, "general", 2).await.id);
    assert_eq!(taken_seats(&store).await, 3);

    // A passed appointment is closed for reschedule, but a late arrival may be rebooked.
    let passed = next.slot.starts_at + Duration::minutes(1);
    assert!(matches!(err(store.reschedule(&a.confirmation, SlotChoice::FirstFree { from: date(MON) }, passed).await), RepoError::Closed { cancelled: false }));
    let rebooked = ok(store.rebook_late(&a.confirmation, SlotChoice::FirstFree { from: date(MON) }, passed).await);
    assert_eq!(rebooked.slot.id, slot(&store, MON, "general", 3).await.id);
    let unknown = ConfirmationNumber::random();
    assert!(matches!(err(store.reschedule(&unknown, SlotChoice::FirstFree { from: date(MON) }, later).await), RepoError::NotFound(_)));
}

#[tokio::test]
async fn cancel_frees_the_seat() {
    let (store, _) = with_office(TEST_OFFICE, &[MON]).await;
    let attorney = slot(&store, MON, "attorney", 0).await;
    let a = ok(store.book(&booking(1, "attorney_inquiry", SlotChoice::Exact(attorney.id))).await);
    let c = ok(store.cancel(&a.confirmation, now()).await);
    assert_eq!((c.status, c.slot.booked), (AppointmentStatus::Cancelled, 0));
    assert_eq!(taken_seats(&store).await, 0);
    assert_eq!(history(&store, &a).await, vec!["booked", "cancelled"]);
    assert!(matches!(err(store.cancel(&a.confirmation, now()).await), RepoError::Closed { cancelled: true }));
    assert!(matches!(err(store.reschedule(&a.confirmation, SlotChoice::FirstFree { from: date(MON) }, now()).await), RepoError::Closed { cancelled: true }));
    // The seat is free for someone else, and a cancelled booking is no duplicate.
    ok(store.book(&booking(2, "attorney_inquiry", SlotChoice::Exact(attorney.id))).await);
    ok(store.book(&booking(1, "attorney_inquiry", SlotChoice::Exact(slot(&store, MON, "attorney", 1).await.id))).await);
    let past = attorney.starts_at;
    let b = ok(store.book(&booking(3, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    assert!(matches!(err(store.cancel(&b.confirmation, past + Duration::days(1)).await), RepoError::Closed { cancelled: false }));
}

// ---------------------------------------------------------------- reading

#[tokio::test]
async fn appointments_are_read_with_their_pin_hash_and_by_day() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let mut booked = Vec::new();
    // Booked out of order; read back by start, track, last name.
    for (who, last, track, nth) in [(1, "Zeta", "general", 1), (2, "Alpha", "general", 1), (3, "Mid", "attorney", 0), (4, "Beta", "general", 0)] {
        let mut p = person(who);
        p.last_name = last.into();
        let s = slot(&store, MON, track, nth).await;
        let ty = if track == "attorney" { "attorney_inquiry" } else { "case_inquiry" };
        booked.push(ok(store.book(&booking_of(&p, ty, SlotChoice::Exact(s.id))).await));
    }
    ok(store.book(&booking(5, "case_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await);
    let names: Vec<String> = ok(store.appointments_on(&code("TST"), date(MON)).await).iter().map(|a| a.applicant.last_name.to_string()).collect();
    assert_eq!(names, ["Beta", "Alpha", "Zeta", "Mid"], "08:00 general; 08:30 general by name; 09:00 attorney");

    let (a, pin) = ok(store.appointment(&booked[0].confirmation).await).unwrap_or_else(|| panic!("found"));
    assert_eq!(pin, "hash-of-Anab");
    assert_eq!((a.id, a.applicant.clone(), a.type_code.clone()), (booked[0].id, booked[0].applicant.clone(), "case_inquiry".to_string()));
    assert_eq!(ok(store.appointment(&ConfirmationNumber::random()).await).map(|(a, _)| a.id), None);

    ok(store.replace_pin(&a.confirmation, "new-hash", now()).await);
    assert_eq!(ok(store.appointment(&a.confirmation).await).map(|(_, p)| p), Some("new-hash".to_string()));
    assert_eq!(history(&store, &a).await, vec!["booked", "pin_reissued"]);
    assert!(matches!(err(store.replace_pin(&ConfirmationNumber::random(), "x", now()).await), RepoError::NotFound(_)));
}

#[tokio::test]
async fn the_front_desk_searches_by_a_number_and_name_prefix() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let mut maria = person(1);
    (maria.first_name, maria.last_name) = ("María".into(), "García-López".into());
    let a = ok(store.book(&booking_of(&maria, "case_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await);
    let b = ok(store.book(&booking(2, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    let c = ok(store.book(&booking(3, "attorney_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await);
    let tst = code("TST");
    let search = |s: AppointmentSearch, from: &str, limit: u32| {
        let store = store.clone();
        let tst = tst.clone();
        let from = date(from);
        async move { ok(store.search_appointments(&tst, &s, from, limit).await).into_iter().map(|a| a.id).collect::<Vec<_>>() }
    };
    let a_number = |i: usize| AppointmentSearch::ANumber(person(i).a_number.unwrap_or_default().parse().unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(search(a_number(2), MON, 10).await, vec![b.id]);
    assert_eq!(search(a_number(2), TUE, 10).await, Vec::<Uuid>::new(), "from a later day");
    let name = |s: &str| AppointmentSearch::Name(s.into());
    assert_eq!(search(name("silva"), MON, 10).await, vec![b.id, c.id], "last name, ASCII case ignored, by start");
    assert_eq!(search(name("silva"), MON, 1).await, vec![b.id], "limited");
    assert_eq!(search(name("ANAD"), MON, 10).await, vec![c.id], "first name");
    assert_eq!(search(name("Anac Sil"), MON, 10).await, vec![b.id], "first and last");
    assert_eq!(search(name("garcía-l"), MON, 10).await, vec![a.id], "accents as typed");
    assert_eq!(search(name("GARCÍA"), MON, 10).await, Vec::<Uuid>::new(), "only ASCII case is folded, as SQLite's LIKE");
    assert_eq!(search(name("S%"), MON, 10).await, Vec::<Uuid>::new(), "wildcards are literal");
    assert_eq!(search(name("Silv_"), MON, 10).await, Vec::<Uuid>::new(), "wildcards are literal");
    assert_eq!(search(name("silva"), "2027-03-10", 10).await, Vec::<Uuid>::new());
    assert_eq!(ok(store.search_appointments(&code("ZZZ"), &name("silva"), date(MON), 10).await).len(), 0);

    // A replacement notice finds the person's appointments ahead.
    let who = Identity {
        last_name: Name::parse("last_name", "silva").unwrap_or_else(|e| panic!("{e}")),
        first_name: Name::parse("first_name", "ANAC").unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::new(b.applicant.date_of_birth.date(), now().date_naive()).unwrap_or_else(|e| panic!("{e}")),
        a_number: b.applicant.a_number.clone(),
        receipt_number: None,
    };
    assert_eq!(ok(store.appointments_of_person(&who, now()).await).iter().map(|a| a.id).collect::<Vec<_>>(), vec![b.id]);
    assert!(ok(store.appointments_of_person(&who, b.slot.starts_at).await).is_empty(), "begun appointments are not offered");
    assert!(ok(store.appointments_of_person(&Identity { a_number: None, ..who }, now()).await).is_empty(), "a number must match too");
}

#[tokio::test]
async fn arrivals_are_found_by_each_key_nearest_first() {
    let (store, _) = with_office(TEST_OFFICE, &[MON, TUE]).await;
    let mut p = person(1);
    p.receipt_number = Some("EAC2190012345".into());
    let mon = ok(store.book(&booking_of(&p, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    let tue = ok(store.book(&booking_of(&p, "attorney_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await);
    let mut other = person(2);
    (other.first_name, other.last_name) = ("Núñez".into(), "Ortega".into());
    let nunez = ok(store.book(&booking_of(&other, "case_inquiry", SlotChoice::FirstFree { from: date(TUE) })).await);
    let find = |s: ArrivalSearch, around: DateTime<Utc>| {
        let store = store.clone();
        async move { ok(store.find_arrivals(&s, around, 10).await).into_iter().map(|a| a.id).collect::<Vec<_>>() }
    };
    let on_mon = mon.slot.starts_at;
    let on_tue = tue.slot.starts_at;
    assert_eq!(find(ArrivalSearch::Confirmation(tue.confirmation.clone()), on_mon).await, vec![tue.id]);
    let a_number = ArrivalSearch::ANumber(p.a_number.clone().unwrap_or_default().parse().unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(find(a_number.clone(), on_mon).await, vec![mon.id, tue.id], "nearest first");
    assert_eq!(find(a_number, on_tue).await, vec![tue.id, mon.id]);
    let receipt = ArrivalSearch::Receipt("EAC2190012345".parse().unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(find(receipt, on_tue).await, vec![tue.id, mon.id]);
    let name = |prefixes: &[&str], born: Option<NaiveDate>| ArrivalSearch::Name { prefixes: prefixes.iter().map(|s| s.to_string()).collect(), born };
    assert_eq!(find(name(&["silv"], None), on_mon).await, vec![mon.id, tue.id], "last-name prefix, nearest first");
    assert_eq!(find(name(&["anab"], None), on_tue).await, vec![tue.id, mon.id], "first-name prefix");
    assert_eq!(find(name(&["nunez"], None), on_mon).await, vec![nunez.id], "folded: accents gone");
    assert_eq!(find(name(&["ort", "nu"], None), on_mon).await, vec![nunez.id], "two prefixes, each of either name");
    assert_eq!(find(name(&["silva", "nu"], None), on_mon).await, Vec::<Uuid>::new());
    assert_eq!(find(name(&["silva"], Some(mon.applicant.date_of_birth.date())), on_tue).await, vec![tue.id, mon.id], "narrowed by birth");
    assert_eq!(find(name(&["silva"], Some(date("2001-01-01"))), on_tue).await, Vec::<Uuid>::new());
    // Far from every appointment: the widest window still finds them.
    assert_eq!(find(name(&["silva"], None), on_mon + Duration::days(400)).await, vec![tue.id, mon.id]);
    assert_eq!(ok(store.find_arrivals(&name(&["silva"], None), on_mon, 1).await).len(), 1);
}

// ----------------------------------------------------------------- visits

fn visit(office: &str, appointment: Option<&ConfirmationNumber>, documents: Vec<DocumentRecord>) -> NewVisit {
    NewVisit {
        id: Uuid::now_v7(),
        office: code(office),
        local_date: date(MON),
        appointment: appointment.cloned(),
        kind: if appointment.is_some() { VisitKind::Appointment } else { VisitKind::WalkIn },
        track: "general".into(),
        display_name: "A. Silva".into(),
        late: false,
        checked_in_by: "desk".into(),
        walk_in_reason: appointment.is_none().then(|| "emergency travel".to_string()),
        approved_by: None,
        companions: Vec::new(),
        documents,
        now: at("2027-03-08T13:55:00Z"),
        queue_number: None,
    }
}

#[tokio::test]
async fn visits_get_the_days_queue_numbers_and_move_on() {
    let (store, _) = with_office(TEST_OFFICE, &[MON]).await;
    let a = ok(store.book(&booking(1, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    let walk_in = ok(store.record_visit(&visit("TST", None, Vec::new())).await);
    assert_eq!((walk_in.queue_number, walk_in.state, walk_in.confirmation.clone()), (1, VisitState::Waiting, None));
    let passport = DocumentRecord {
        kind: DocumentKind::Passport,
        number_last4: Some("1234".into()),
        expiry: Some(date("2030-01-31")),
        outcome: "mrz_match".into(),
        problems: Vec::new(),
        override_reason: None,
        overridden_by: None,
    };
    let ead = DocumentRecord { kind: DocumentKind::Ead, number_last4: None, expiry: None, outcome: "seen".into(), problems: vec!["expired".into()], override_reason: Some("renewal pending".into()), overridden_by: Some("lead".into()) };
    let checked_in = ok(store.record_visit(&visit("TST", Some(&a.confirmation), vec![passport.clone(), ead.clone()])).await);
    assert_eq!((checked_in.queue_number, checked_in.confirmation.clone(), checked_in.kind), (2, Some(a.confirmation.clone()), VisitKind::Appointment));
    assert_eq!(ok(store.documents_of(checked_in.id).await), vec![passport, ead]);
    assert!(ok(store.documents_of(walk_in.id).await).is_empty());

    let e = err(store.record_visit(&visit("TST", Some(&a.confirmation), Vec::new())).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("checked in already (number 2)")), "{e:?}");
    assert!(matches!(err(store.record_visit(&visit("TST", Some(&ConfirmationNumber::random()), Vec::new())).await), RepoError::NotFound(_)));
    assert!(matches!(err(store.record_visit(&visit("ZZZ", None, Vec::new())).await), RepoError::NotFound(_)));
    let cancelled = ok(store.book(&booking(2, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    ok(store.cancel(&cancelled.confirmation, now()).await);
    assert!(matches!(err(store.record_visit(&visit("TST", Some(&cancelled.confirmation), Vec::new())).await), RepoError::Closed { cancelled: true }));

    let numbers: Vec<u32> = ok(store.visits_on(&code("TST"), date(MON)).await).iter().map(|v| v.queue_number).collect();
    assert_eq!(numbers, [1, 2]);
    assert!(ok(store.visits_on(&code("TST"), date(TUE)).await).is_empty());

    // Called, then served; a second call of the same number is refused.
    let t = at("2027-03-08T14:01:00Z");
    let step = |to, from: &'static [VisitState], desk, receipt_ref, by| VisitStep { id: walk_in.id, from, to, desk, receipt_ref, by, now: t };
    let called = ok(store.advance_visit(&step(VisitState::Called, &[VisitState::Waiting], Some("Window 3"), None, "officer")).await);
    assert_eq!((called.state, called.desk.as_deref(), called.called_at), (VisitState::Called, Some("Window 3"), Some(t)));
    let e = err(store.advance_visit(&step(VisitState::Called, &[VisitState::Waiting], Some("Window 4"), None, "other")).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m == "number 1 is called already"), "{e:?}");
    let back = ok(store.advance_visit(&step(VisitState::Waiting, &[VisitState::Called], None, None, "officer")).await);
    assert_eq!((back.state, back.desk.clone(), back.called_at), (VisitState::Waiting, None, None));
    ok(store.advance_visit(&step(VisitState::Called, &[VisitState::Waiting], Some("Cashier"), None, "cashier")).await);
    let served = ok(store.advance_visit(&step(VisitState::NotServed, &[VisitState::Called], None, Some("R-77"), "cashier")).await);
    assert_eq!((served.state, served.finished_at, served.receipt_ref.as_deref()), (VisitState::NotServed, Some(t), Some("R-77")));
    let by: (Option<String>, Option<String>) = sqlx::query_as("SELECT called_by, finished_by FROM visits WHERE id = $1").bind(walk_in.id).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(by, (Some("cashier".into()), Some("cashier".into())));
    let missing = VisitStep { id: Uuid::now_v7(), ..step(VisitState::Called, &[VisitState::Waiting], None, None, "x") };
    assert!(matches!(err(store.advance_visit(&missing).await), RepoError::NotFound(_)));

    // A visit superseded by an earlier arrival (two desks recorded one
    // person) is neither listed nor counted as the appointment's check-in.
    sqlx::query("UPDATE visits SET superseded_by = $1 WHERE id = $2").bind(walk_in.id).bind(checked_in.id).execute(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    let numbers: Vec<u32> = ok(store.visits_on(&code("TST"), date(MON)).await).iter().map(|v| v.queue_number).collect();
    assert_eq!(numbers, [1]);
    let again = ok(store.record_visit(&visit("TST", Some(&a.confirmation), Vec::new())).await);
    assert_eq!(again.queue_number, 3, "numbers are never given twice, superseded ones included");
}

/// Numbers held for desks to give offline lie above the day's online
/// sequence, which runs on without gaps and steps over them when it gets
/// there; held numbers pushed back do not move it, others do.
#[tokio::test]
async fn held_queue_numbers_lie_above_the_online_sequence_and_are_stepped_over() {
    let (store, _) = with_office(TEST_OFFICE, &[MON]).await;
    let number = |n: Option<u32>| NewVisit { queue_number: n, ..visit("TST", None, Vec::new()) };
    assert_eq!(ok(store.record_visit(&number(None)).await).queue_number, 1);
    let held = |h: &[passdesk_central::HeldNumbers]| h.iter().map(|h| (h.day, h.first, h.last)).collect::<Vec<_>>();
    let a = ok(store.hold_queue_numbers(&code("TST"), "desk-a", &[(date(MON), 0), (date(TUE), 0)], 30).await);
    assert_eq!(held(&a), [(date(MON), 901, 930), (date(TUE), 901, 930)]);
    let b = ok(store.hold_queue_numbers(&code("TST"), "desk-b", &[(date(MON), 0)], 30).await);
    assert_eq!(held(&b), [(date(MON), 931, 960)], "another desk's numbers follow the first's");
    // desk-b never got that answer and asks again, knowing of none: it gets
    // the same range, and no new one is made.
    let b_again = ok(store.hold_queue_numbers(&code("TST"), "desk-b", &[(date(MON), 0)], 30).await);
    assert_eq!(held(&b_again), [(date(MON), 931, 960)], "a hold whose answer was lost is handed back");
    assert_eq!(ok(store.next_queue_number(&code("TST"), date(MON)).await), 2, "no gap online");
    assert_eq!(ok(store.record_visit(&number(None)).await).queue_number, 3);

    // desk-a pushes a visit numbered from its hold; another desk one it
    // numbered on from what it saw (its hold used up, or none).
    ok(store.record_visit(&number(Some(905))).await);
    assert_eq!(ok(store.next_queue_number(&code("TST"), date(MON)).await), 4, "a held number given offline does not move the sequence");
    ok(store.record_visit(&number(Some(899))).await);
    assert_eq!(ok(store.next_queue_number(&code("TST"), date(MON)).await), 900, "a number given offline without a hold is stepped over");
    assert_eq!(ok(store.record_visit(&number(None)).await).queue_number, 961, "both held ranges are stepped over");
    let again = ok(store.hold_queue_numbers(&code("TST"), "desk-a", &[(date(MON), 930)], 5).await);
    assert_eq!(held(&again), [(date(MON), 962, 966)], "a new hold lies above the sequence once it passed the held ones");
    assert_eq!(ok(store.next_queue_number(&code("TST"), date(MON)).await), 967);
    assert!(matches!(err(store.hold_queue_numbers(&code("ZZZ"), "desk-a", &[(date(MON), 0)], 5).await), RepoError::NotFound(_)));
    let holds = scalar(&store, "SELECT count(*) FROM queue_number_holds WHERE workstation = 'desk-a'").await;
    assert_eq!(holds, 3, "each hold is recorded with its desk");
    let holds = scalar(&store, "SELECT count(*) FROM queue_number_holds WHERE workstation = 'desk-b'").await;
    assert_eq!(holds, 1, "the hold asked for twice was made once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_arrivals_get_distinct_numbers_and_one_check_in() {
    let store = scratch_database(16).await.unwrap_or_else(|e| panic!("{e}")).0;
    let office = ok(store.save_offices(&parse_offices(TEST_OFFICE), now()).await).remove(0).office;
    ok(store.release(&office.code, None, &plan(&office, &[MON]), now()).await);
    let a = ok(store.book(&booking(1, "case_inquiry", SlotChoice::FirstFree { from: date(MON) })).await);
    let mut tasks = Vec::new();
    for i in 0..24 {
        let store = store.clone();
        // Every third desk checks in the same appointment; the rest are walk-ins.
        let v = visit("TST", (i % 3 == 0).then_some(&a.confirmation), Vec::new());
        tasks.push(tokio::spawn(async move { store.record_visit(&v).await }));
    }
    let (mut numbers, mut check_ins, mut refused) = (Vec::new(), 0, 0);
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("{e}")) {
            Ok(v) => {
                check_ins += usize::from(v.confirmation.is_some());
                numbers.push(v.queue_number);
            }
            Err(RepoError::Conflict(m)) if m.contains("checked in already") => refused += 1,
            Err(e) => panic!("{e:?}"),
        }
    }
    numbers.sort_unstable();
    assert_eq!((check_ins, refused), (1, 7), "one appointment is checked in once");
    assert_eq!(numbers, (1..=17).collect::<Vec<u32>>(), "every number once, none skipped");
}

// ------------------------------------------------------------------ staff

#[tokio::test]
async fn staff_accounts_are_added_once_and_read_back() {
    let (store, _) = with_office(TEST_OFFICE, &[]).await;
    let account = |name: &str, role: Role, office: Option<&str>| StaffAccount {
        id: Uuid::now_v7(),
        username: name.parse().unwrap_or_else(|e| panic!("{e}")),
        display_name: format!("{name} person"),
        role,
        office: office.map(code),
    };
    assert_eq!(ok(store.staff_count().await), 0);
    let admin = account("admin", Role::Administrator, None);
    ok(store.add_staff(&admin, "admin-hash", true, now()).await);
    let e = err(store.add_staff(&account("admin2", Role::Administrator, None), "h", true, now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("exists already")), "{e:?}");
    let desk = account("desk.b", Role::FrontDesk, Some("TST"));
    ok(store.add_staff(&desk, "desk-hash", false, now()).await);
    ok(store.add_staff(&account("desk-a", Role::Cashier, Some("TST")), "h", false, now()).await);
    let e = err(store.add_staff(&account("desk.b", Role::Cashier, None), "h", false, now()).await);
    assert!(matches!(&e, RepoError::Conflict(m) if m.contains("is taken")), "{e:?}");
    assert!(matches!(err(store.add_staff(&account("lost", Role::FrontDesk, Some("ZZZ")), "h", false, now()).await), RepoError::NotFound(_)));

    assert_eq!(ok(store.staff(&desk.username).await), Some((desk.clone(), "desk-hash".to_string())));
    assert_eq!(ok(store.staff(&"nobody".parse().unwrap_or_else(|e| panic!("{e}"))).await), None);
    assert_eq!(ok(store.staff_count().await), 3);
    let names: Vec<String> = ok(store.staff_accounts().await).iter().map(|(a, _)| a.username.to_string()).collect();
    assert_eq!(names, ["admin", "desk-a", "desk.b"], "by username, byte order");

    sqlx::query("UPDATE staff SET disabled = true WHERE username = 'desk.b'").execute(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok(store.staff(&desk.username).await), None, "a disabled account cannot sign in");
    assert_eq!(ok(store.staff_count().await), 2);
    let listed: Vec<(String, bool)> = ok(store.staff_accounts().await).into_iter().map(|(a, d)| (a.username.to_string(), d)).collect();
    assert_eq!(listed, [("admin".to_string(), false), ("desk-a".to_string(), false), ("desk.b".to_string(), true)], "disabled ones listed as such");

    // An administrator's change: enabled again with another role and password.
    let change = StaffChange { display_name: "Desk B".into(), role: Role::FrontDesk, office: Some(code("TST")), disabled: false, password_hash: Some("new-hash".into()) };
    let changed = ok(store.update_staff(&desk.username, &change, now()).await);
    assert_eq!((changed.role, changed.display_name.as_str()), (Role::FrontDesk, "Desk B"));
    assert_eq!(ok(store.staff(&desk.username).await), Some((changed, "new-hash".to_string())));
    // The only administrator cannot be disabled or demoted.
    let admin_name = "admin".parse().unwrap_or_else(|e| panic!("{e}"));
    let gone = StaffChange { display_name: "admin".into(), role: Role::Administrator, office: None, disabled: true, password_hash: None };
    assert!(matches!(err(store.update_staff(&admin_name, &gone, now()).await), RepoError::Conflict(m) if m.contains("last administrator")));
    assert!(ok(store.staff(&admin_name).await).is_some(), "still enabled");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_first_runs_make_one_administrator() {
    let store = db().await;
    let mut tasks = Vec::new();
    for i in 0..6 {
        let store = store.clone();
        let admin = StaffAccount { id: Uuid::now_v7(), username: format!("admin{}", letters(i)).parse().unwrap_or_else(|e| panic!("{e}")), display_name: "Admin".into(), role: Role::Administrator, office: None };
        tasks.push(tokio::spawn(async move { store.add_staff(&admin, "h", true, now()).await }));
    }
    let mut won = 0;
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("{e}")) {
            Ok(()) => won += 1,
            Err(e) => assert!(matches!(e, RepoError::Conflict(_)), "{e:?}"),
        }
    }
    assert_eq!((won, ok(store.staff_count().await)), (1, 1));
}

// ------------------------------------------------------------ pins, meta

#[tokio::test]
async fn wrong_pins_lock_a_number_until_the_lock_ends() {
    let store = db().await;
    let key = "K7Q2M9XR4T";
    let until = now() + Duration::minutes(15);
    assert_eq!(ok(store.pin_attempts(key, now()).await).failures, 0);
    for n in 1..=2 {
        let p = ok(store.record_pin_failure(key, 3, until, now()).await);
        assert_eq!((p.failures, p.locked_until), (n, None));
    }
    let locked = ok(store.record_pin_failure(key, 3, until, now()).await);
    assert_eq!((locked.failures, locked.locked_until), (3, Some(until)));
    let seen = ok(store.pin_attempts(key, now() + Duration::minutes(1)).await);
    assert_eq!((seen.failures, seen.locked_until), (3, Some(until)));
    // More failures while locked keep the lock as it was.
    let more = ok(store.record_pin_failure(key, 3, until + Duration::hours(1), now() + Duration::minutes(1)).await);
    assert_eq!((more.failures, more.locked_until), (4, Some(until)));
    // After the lock: shown as unlocked, and the count starts over.
    let after = until + Duration::seconds(1);
    assert_eq!(ok(store.pin_attempts(key, after).await).locked_until, None);
    let fresh = ok(store.record_pin_failure(key, 3, after + Duration::minutes(15), after).await);
    assert_eq!((fresh.failures, fresh.locked_until), (1, None));
    // Another key is counted apart; clearing forgets.
    assert_eq!(ok(store.pin_attempts("staff:desk", now()).await).failures, 0);
    ok(store.clear_pin_failures(key).await);
    assert_eq!(ok(store.pin_attempts(key, after).await), passdesk_domain::repository::PinAttempts { failures: 0, locked_until: None });
    // max 1: the first failure locks.
    assert_eq!(ok(store.record_pin_failure("staff:desk", 1, until, now()).await).locked_until, Some(until));
}

#[tokio::test]
async fn meta_values_are_kept_and_replaced() {
    let store = db().await;
    assert_eq!(ok(store.meta("pin_key_fingerprint").await), None);
    ok(store.set_meta("pin_key_fingerprint", "abc").await);
    ok(store.set_meta("pin_key_fingerprint", "def").await);
    ok(store.set_meta("demo", "1").await);
    assert_eq!(ok(store.meta("pin_key_fingerprint").await), Some("def".into()));
    assert_eq!(ok(store.meta("demo").await), Some("1".into()));
}
