//! The public booking flow's services: notices behind the PIN, the
//! replacement notice by identity (a new PIN, a lock after wrong tries),
//! offered times a page at a time, and errors in the person's language.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_domain::appointment_type::TypeAnswers;
use passdesk_i18n::{catalog, Arg, LANGUAGES};
use passdesk_services::{booking::NewTime, kiosk::IdentityInput, notice::NoticeKind, ServiceError};
use passdesk_tests::{at, date, person, request, Fixture, TEST_OFFICE};

const NOW: &str = "2027-03-08T12:00:00Z"; // Monday, 06:00 in Chicago

fn ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{} [{}]", e.message, e.code))
}

fn refused<T>(r: Result<T, ServiceError>) -> ServiceError {
    r.err().unwrap_or_else(|| panic!("expected a refusal"))
}

async fn booked_fixture() -> (Fixture, passdesk_services::views::BookingReceipt) {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    ok(f.services.release_through("TST", date("2027-03-19")).await);
    let receipt = ok(f.services.book(&request("TST", "case_inquiry", None, 1)).await);
    (f, receipt)
}

#[tokio::test]
async fn a_notice_needs_the_right_pin_and_a_wrong_one_counts() {
    let (f, r) = booked_fixture().await;
    let conf = &r.appointment.confirmation;
    let pdf = ok(f.services.notice_pdf(conf, &r.pin, Some("ko"), NoticeKind::Original).await);
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let wrong = refused(f.services.notice_pdf(conf, "000000", None, NoticeKind::Original).await);
    assert_eq!(wrong.code, "wrong_pin");
    assert_eq!(wrong.localized("en"), catalog().text("en", "error-wrong_pin", &[("left", Arg::Number(4))]));
    let bad_lang = refused(f.services.notice_pdf(conf, &r.pin, Some("xx"), NoticeKind::Original).await);
    assert_eq!(bad_lang.field.as_deref(), Some("language"));
    // A request refused for what it asks is refused before the PIN is read: the wrong try still counts.
    let bad_time = refused(f.services.reschedule(conf, &r.pin, &NewTime { slot_id: Some("not-a-slot".into()), from: None }).await);
    assert_eq!(bad_time.field.as_deref(), Some("slot_id"));
    let wrong_again = refused(f.services.notice_pdf(conf, "000000", None, NoticeKind::Original).await);
    assert_eq!(wrong_again.localized("en"), catalog().text("en", "error-wrong_pin", &[("left", Arg::Number(3))]));
    ok(f.services.cancel(conf, &r.pin).await);
    let cancelled = refused(f.services.notice_pdf(conf, &r.pin, None, NoticeKind::Original).await);
    assert_eq!(cancelled.localized("es"), catalog().text("es", "error-appointment_cancelled", &[]));
}

#[tokio::test]
async fn a_replacement_by_identity_issues_a_new_pin_and_wrong_tries_lock() {
    let (f, r) = booked_fixture().await;
    let p = person(1);
    let who = |a_number: Option<String>| IdentityInput {
        first_name: p.first_name.to_uppercase(),
        last_name: p.last_name.to_lowercase(),
        date_of_birth: p.date_of_birth.clone(),
        a_number,
        receipt_number: None,
    };
    let missing = refused(f.services.reissue_by_identity(&who(None)).await);
    assert_eq!(missing.field.as_deref(), Some("identity"));

    let again = ok(f.services.reissue_by_identity(&who(p.a_number.clone())).await);
    assert_eq!(again.appointment.confirmation, r.appointment.confirmation);
    assert_ne!(again.pin, r.pin);
    ok(f.services.lookup(&r.appointment.confirmation, &again.pin).await);
    assert_eq!(refused(f.services.lookup(&r.appointment.confirmation, &r.pin).await).code, "wrong_pin", "the old PIN is void");

    // Wrong A-numbers: nothing is said of whether the person exists, and the fifth try locks.
    for _ in 0..4 {
        assert_eq!(refused(f.services.reissue_by_identity(&who(Some("A099999999".into()))).await).code, "identity_not_found");
    }
    assert_eq!(refused(f.services.reissue_by_identity(&who(Some("A099999999".into()))).await).code, "identity_locked");
    let locked = refused(f.services.reissue_by_identity(&who(p.a_number.clone())).await);
    assert_eq!(locked.code, "identity_locked", "the right details are locked out too for a while");
    let later = f.reopen(at("2027-03-08T12:16:00Z")).await;
    ok(later.reissue_by_identity(&who(p.a_number.clone())).await);
}

/// 20:00 UTC on a Monday is Tuesday morning in Guam: a birth date of that
/// Tuesday is a real one there, and not refused as in the future; a day
/// later still is.
#[tokio::test]
async fn a_replacement_takes_a_birth_date_that_is_today_somewhere() {
    let (f, _) = booked_fixture().await;
    let evening = f.reopen(at("2027-03-08T20:00:00Z")).await;
    let who = |dob: &str| IdentityInput { first_name: "Ana".into(), last_name: "Newborn".into(), date_of_birth: dob.into(), a_number: Some("A012345678".into()), receipt_number: None };
    assert_eq!(refused(evening.reissue_by_identity(&who("2027-03-09")).await).code, "identity_not_found", "born today in Guam: looked for, not refused");
    let future = refused(evening.reissue_by_identity(&who("2027-03-10")).await);
    assert_eq!(future.field.as_deref(), Some("date_of_birth"), "{}", future.message);
}

/// The first free times can lie far ahead (a 180-day window whose first
/// four months are closed or full): the kiosk still finds them.
#[tokio::test]
async fn offered_times_are_found_beyond_four_months() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    ok(f.services.release_through("TST", date("2027-08-31")).await);
    let admin = ok(f.services.create_first_administrator(&passdesk_services::staff::NewStaff {
        username: "root".into(), display_name: "Root".into(), role: "administrator".into(), office: None, password: "root-password-1".into(),
    }).await);
    let config = ok(f.services.office_config(&admin, "TST").await);
    let mut closed = config.office.clone();
    // Closed (a renovation, say) from today through mid-July: nothing bookable for 130 days.
    closed.holidays.extend(passdesk_domain::slot_engine::days(date("2027-03-08"), date("2027-07-15")));
    ok(f.services.save_office(&admin, &closed, config.version).await);
    let offer = ok(f.services.offer_slots("TST", "case_inquiry", None, 3, "en", None).await);
    assert!(offer.slots.len() >= 3, "a page of times (whole days): {offer:?}");
    assert!(offer.slots.iter().all(|s| s.local_date.as_str() > "2027-07-15"), "{offer:?}");
}

#[tokio::test]
async fn offered_times_come_a_page_at_a_time_with_labels_in_the_language() {
    let (f, _) = booked_fixture().await;
    let first = ok(f.services.offer_slots("TST", "case_inquiry", None, 3, "fr", None).await);
    assert!(first.slots.len() >= 3, "a page holds at least the limit, whole days at a time");
    let next = first.next_from.clone().unwrap_or_else(|| panic!("more days are released"));
    assert!(first.slots.iter().all(|s| s.local_date < next), "the next page starts after this one");
    let s = &first.slots[0];
    assert_eq!(s.date_label, catalog().date_long("fr", date(&s.local_date)));
    // Joined as the language joins a date and a time, not with an English comma.
    assert_eq!(s.when_label, catalog().text("fr", "date-time", &[("date", Arg::Text(s.date_label.clone())), ("time", Arg::Text(s.time_label.clone()))]));
    let arabic = ok(f.services.offer_slots("TST", "case_inquiry", None, 3, "ar", None).await);
    assert!(arabic.slots[0].when_label.contains(&arabic.slots[0].time_label) && !arabic.slots[0].when_label.contains(", "), "{}", arabic.slots[0].when_label);
    let second = ok(f.services.offer_slots("TST", "case_inquiry", Some(&next), 3, "fr", None).await);
    assert!(second.slots.iter().all(|s| s.local_date >= next));
    // After the release window, nothing is left: the message says when new times come.
    let none = refused(f.services.offer_slots("TST", "case_inquiry", Some("2027-06-01"), 3, "fr", None).await);
    assert_eq!(none.code, "no_free_slot");
    let time = catalog().time("fr", chrono::NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default());
    assert!(none.localized("fr").contains(&time), "{}", none.localized("fr"));
}

#[tokio::test]
async fn refusals_read_in_every_language_never_as_a_message_id() {
    let (f, _) = booked_fixture().await;
    let refusals = [
        refused(f.services.check_request("TST", "eap", &TypeAnswers { travel_date: Some(date("2027-03-10")), ..Default::default() }).await),
        refused(f.services.check_request("TST", "other", &TypeAnswers::default()).await),
        refused(f.services.check_request("TST", "efile_i765", &TypeAnswers::default()).await),
        refused(f.services.book(&request("TST", "case_inquiry", None, 1)).await),
        refused(f.services.office_for_zip("99999").await),
        refused(f.services.office_for_zip("12").await),
        refused(f.services.lookup("7K3QF-9XW2M", "12").await),
    ];
    assert_eq!(refusals[3].code, "duplicate_booking");
    for lang in LANGUAGES {
        for e in &refusals {
            let text = e.localized(lang);
            assert!(!text.is_empty() && !text.starts_with("error-") && !text.starts_with("field-"), "{lang} {}: {text}", e.code);
            assert_ne!(text, e.message, "{lang} {}: the developer's English is not shown", e.code);
        }
    }
    let eap = refusals[0].localized("ru");
    assert!(eap.contains(&catalog().date_medium("ru", date("2027-03-10"))), "{eap}");
}

#[test]
fn the_domain_accepts_exactly_the_languages_that_have_texts() {
    let domain: Vec<&str> = passdesk_domain::applicant::LANGUAGES.iter().map(|(code, _)| *code).collect();
    assert_eq!(domain, LANGUAGES.to_vec());
}

#[tokio::test]
async fn where_the_person_lives_routes_to_an_office_or_names_the_field_they_were_asked_to_fill() {
    let f = Fixture::new(TEST_OFFICE, at(NOW)).await;
    let by_zip = ok(f.services.office_for_residence(Some(" 57010 "), None).await);
    assert_eq!(by_zip.code, "TST");
    // A ZIP code typed, then "outside the United States" chosen: the ZIP code is still what was given.
    assert_eq!(ok(f.services.office_for_residence(Some("57010"), Some("")).await).code, "TST");
    // Abroad with no country: the country field's message, not the ZIP code's.
    let no_country = refused(f.services.office_for_residence(None, Some("  ")).await);
    assert_eq!(no_country.field.as_deref(), Some("country"), "{}", no_country.message);
    assert_eq!(no_country.localized("es"), catalog().text("es", "field-country", &[]));
    let nothing = refused(f.services.office_for_residence(Some(""), None).await);
    assert_eq!(nothing.field.as_deref(), Some("zip"), "{}", nothing.message);
    let unserved = refused(f.services.office_for_residence(None, Some("MX")).await);
    assert_eq!(unserved.code, "country_not_served", "{}", unserved.message);
}
