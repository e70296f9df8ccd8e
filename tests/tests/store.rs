//! The store's release and booking rules: idempotent release, mix changes
//! only for days not released yet, re-release refused while bookings stand,
//! optimistic versions, and refusals that leave the data unchanged.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_domain::{office_file::Format, repository::Repository};
use passdesk_services::booking::BookingRequest;
use passdesk_tests::{at, date, request, Fixture, TEST_OFFICE};

const NOW: &str = "2027-03-07T12:00:00Z";

fn ok<T>(r: Result<T, passdesk_services::ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{} [{}]", e.message, e.code))
}

#[tokio::test]
async fn releasing_twice_creates_nothing_new() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    let first = ok(f.services.release_through("TST", date("2027-03-19")).await);
    // Sun 7 - Fri 19 March: 13 days decided, of which 9 open (10 weekdays,
    // one a holiday on 17 March) with 6 slots each.
    assert_eq!((first.days_released, first.slots_created), (13, 9 * 6));
    let again = ok(f.services.release_through("TST", date("2027-03-19")).await);
    assert_eq!((again.days_released, again.slots_created), (0, 0));
    assert!(ok(f.services.slots("TST", date("2027-03-17")).await).is_empty(), "no slots on the holiday");
    assert!(ok(f.services.slots("TST", date("2027-03-13")).await).is_empty(), "no slots on a Saturday");
}

/// An imported mix change makes the free released days again and leaves a
/// booked one as it is; re-releasing that day once it is free applies it.
#[tokio::test]
async fn a_mix_change_remakes_free_released_days_and_a_booked_one_when_rereleased() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    ok(f.services.release_through("TST", date("2027-03-09")).await);
    let monday = ok(f.services.slots("TST", date("2027-03-08")).await);
    let held = ok(f.services.book(&request("TST", "case_inquiry", Some(&monday[0].id), 2)).await);
    let bigger = TEST_OFFICE.replace("capacity = 2, track = \"general\"", "capacity = 5, track = \"general\"");
    ok(f.services.import_offices(&bigger, Format::Toml).await);
    ok(f.services.release_through("TST", date("2027-03-10")).await);
    let cap = |slots: &[passdesk_services::views::SlotView]| slots.iter().find(|s| s.track == "general").map(|s| s.capacity);
    assert_eq!(cap(&ok(f.services.slots("TST", date("2027-03-08")).await)), Some(2), "a booked released day keeps its slots");
    assert_eq!(cap(&ok(f.services.slots("TST", date("2027-03-09")).await)), Some(5), "a free released day is made again");
    assert_eq!(cap(&ok(f.services.slots("TST", date("2027-03-10")).await)), Some(5), "a new day follows the new mix");

    // Re-releasing the Monday once its appointment is cancelled applies the new mix to it.
    ok(f.services.cancel(&held.appointment.confirmation, &held.pin).await);
    ok(f.services.rerelease_day("TST", date("2027-03-08")).await);
    assert_eq!(cap(&ok(f.services.slots("TST", date("2027-03-08")).await)), Some(5));
    let tuesday = ok(f.services.slots("TST", date("2027-03-09")).await);

    // With a booking standing, re-release is refused and names it.
    let receipt = ok(f.services.book(&request("TST", "case_inquiry", Some(&tuesday[0].id), 1)).await);
    let booked = ok(f.services.slots("TST", date("2027-03-09")).await);
    let err = f.services.rerelease_day("TST", date("2027-03-09")).await.err().unwrap_or_else(|| panic!("re-release with a booking must be refused"));
    assert_eq!(err.code, "conflict");
    assert!(err.message.contains(&receipt.appointment.confirmation), "the message names the booking in the way: {}", err.message);
    assert_eq!(ok(f.services.slots("TST", date("2027-03-09")).await), booked, "slots unchanged");

    // A day never released is not released by a re-release (a mistyped year, say).
    for never in ["2027-03-11", "2072-03-09"] {
        let err = f.services.rerelease_day("TST", date(never)).await.err().unwrap_or_else(|| panic!("{never} re-released"));
        assert_eq!(err.code, "invalid_input", "{}", err.message);
        assert!(ok(f.services.slots("TST", date(never)).await).is_empty(), "{never} stays unreleased");
    }
}

#[tokio::test]
async fn an_edit_made_on_an_old_version_is_refused() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    let code = "TST".parse().unwrap_or_else(|e| panic!("{e}"));
    let stored = f.services.repo().office(&code).await.unwrap_or_else(|e| panic!("{e}"));
    let mut edit = stored.office.clone();
    edit.name = "Renamed once".into();
    let saved = f.services.repo().update_office(&edit, stored.version, &[], at(NOW)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved.version, stored.version + 1);
    edit.name = "Renamed from a stale screen".into();
    let err = f.services.repo().update_office(&edit, stored.version, &[], at(NOW)).await.err().unwrap_or_else(|| panic!("stale edit must be refused"));
    assert!(err.to_string().contains("changed by someone else"), "{err}");
    let now = f.services.repo().office(&code).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(now.office.name, "Renamed once");
}

async fn row_counts(f: &Fixture) -> Vec<i64> {
    let mut out = Vec::new();
    for t in ["offices", "slots", "appointments", "appointment_history", "outbox", "released_days"] {
        let n: i64 = sqlx_count(f, t).await;
        out.push(n);
    }
    out
}

async fn sqlx_count(f: &Fixture, table: &str) -> i64 {
    // Table names come from the fixed list above, not from input.
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(f.services.repo().pool()).await.unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn bad_bookings_are_refused_plainly_and_change_nothing() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    ok(f.services.release_through("TST", date("2027-03-08")).await);
    let slots = ok(f.services.slots("TST", date("2027-03-08")).await);
    let attorney: Vec<_> = slots.iter().filter(|s| s.track == "attorney").collect();
    let (attorney, other_attorney) = (attorney[0], attorney[1]);
    ok(f.services.book(&request("TST", "attorney_inquiry", Some(&attorney.id), 1)).await);
    let before = row_counts(&f).await;

    let with = |edit: &dyn Fn(&mut BookingRequest)| {
        let mut r = request("TST", "case_inquiry", Some(&slots[0].id), 2);
        edit(&mut r);
        r
    };
    let cases: Vec<(&str, BookingRequest, &str)> = vec![
        ("unknown office", with(&|r| r.office = Some("ZZZ".into())), "not_found"),
        ("ZIP not served", with(&|r| { r.office = None; r.zip = Some("99999".into()); }), "zip_not_served"),
        ("bad A-number", with(&|r| r.applicant.a_number = Some("A12".into())), "invalid_input"),
        ("bad receipt", with(&|r| r.applicant.receipt_number = Some("EAC12345".into())), "invalid_input"),
        ("future birth", with(&|r| r.applicant.date_of_birth = "2030-01-01".into()), "invalid_input"),
        ("unknown type", with(&|r| r.type_code = "visa".into()), "unknown_type"),
        ("type not served by slot", with(&|r| r.type_code = "asylum".into()), "slot_unavailable"),
        ("EAP without travel date", with(&|r| r.type_code = "eap".into()), "invalid_input"),
        ("EAP travel within 10 business days", with(&|r| { r.type_code = "eap".into(); r.answers.travel_date = Some(date("2027-03-19")); }), "rule_refused"),
        ("not an InfoPass matter", with(&|r| r.type_code = "case_status".into()), "redirected"),
        ("full slot", request("TST", "attorney_inquiry", Some(&attorney.id), 3), "slot_full"),
        ("unreleased day", with(&|r| { r.slot_id = None; r.from = Some("2027-03-09".into()); }), "no_free_slot"),
        ("not a slot id", with(&|r| r.slot_id = Some("nope".into())), "invalid_input"),
        ("same person, same type", request("TST", "attorney_inquiry", Some(&other_attorney.id), 1), "duplicate_booking"),
    ];
    for (what, req, code) in cases {
        let err = f.services.book(&req).await.err().unwrap_or_else(|| panic!("{what}: must be refused"));
        assert!(!err.message.is_empty() && !err.message.contains('\n'), "{what}: one-line message, got {:?}", err.message);
        assert_eq!(err.code, code, "{what}: {}", err.message);
    }
    assert_eq!(row_counts(&f).await, before, "refusals leave every table as it was");
}

/// The local store refuses, as the central one does, an office change
/// planned against released days that are no longer the released days.
#[tokio::test]
async fn a_plan_made_before_another_release_is_refused_by_the_local_store() {
    use passdesk_domain::repository::{DaysSeen, OfficeWrite};
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    let code = "TST".parse().unwrap_or_else(|e| panic!("{e}"));
    let stored = f.services.repo().office(&code).await.unwrap_or_else(|e| panic!("{e}"));
    let seen = DaysSeen { from: date("2027-03-07"), through: date("2027-04-30"), days: Vec::new() };
    ok(f.services.release_through("TST", date("2027-03-09")).await);
    let write = OfficeWrite { office: stored.office.clone(), expected_version: Some(stored.version), seen: Some(seen), remake: Vec::new() };
    let err = f.services.repo().write_offices(&[write], at(NOW)).await.err().unwrap_or_else(|| panic!("a stale plan was written"));
    assert!(err.to_string().contains("released meanwhile"), "{err}");
    assert_eq!(f.services.repo().office(&code).await.map(|o| o.version).ok(), Some(stored.version), "nothing saved");
}

/// An office that forgot a federal holiday in its list is closed on it all
/// the same: Memorial Day 2027 gets no slots, the day after does.
#[tokio::test]
async fn no_slots_on_a_federal_holiday_the_office_did_not_list() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    ok(f.services.release_through("TST", date("2027-06-01")).await);
    assert!(ok(f.services.slots("TST", date("2027-05-31")).await).is_empty(), "Memorial Day");
    assert!(!ok(f.services.slots("TST", date("2027-06-01")).await).is_empty(), "the Tuesday after");
}
