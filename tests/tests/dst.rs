//! Office-local wall time across daylight-saving changes: an office in
//! America/Chicago opens at 08:00 local on both sides of the March and
//! November changes; Phoenix and Honolulu, without DST, never shift.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use passdesk_domain::{
    office::Office,
    office_file::{self, Format},
    slot_engine::{days, plan_day},
};
use passdesk_tests::{at, date, Fixture, TEST_OFFICE};

fn office(zone: &str, extra_sunday: bool) -> Office {
    let (sun_hours, sun_mix) = if extra_sunday {
        (r#", "sun" = ["00:30-04:00"]"#, "\n\"sun\" = [{ time = \"00:30-04:00\", slot_minutes = 30, capacity = 1, track = \"general\", types = [\"case_inquiry\"] }]")
    } else {
        ("", "")
    };
    let text = format!(
        r#"[[office]]
code = "DST"
name = "Zone test"
time_zone = "{zone}"
address = {{ street = "1 Main St", city = "Town", postal_code = "00000" }}
hours = {{ "mon-fri" = ["08:00-16:00"]{sun_hours} }}
[office.mix]
"mon-fri" = [{{ time = "08:00-12:00", slot_minutes = 15, capacity = 3, track = "general", types = ["case_inquiry"] }}]{sun_mix}
"#
    );
    office_file::parse(&text, Format::Toml).unwrap_or_else(|e| panic!("{e}")).remove(0)
}

fn first_local_start(o: &Office, day: NaiveDate) -> NaiveTime {
    let slots = plan_day(o, day);
    let first = slots.first().unwrap_or_else(|| panic!("{day} should have slots"));
    first.starts_at.with_timezone(&o.time_zone).time()
}

#[test]
fn chicago_keeps_local_opening_time_across_both_changes() {
    let o = office("America/Chicago", false);
    let eight = NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default();
    // 2027-03-14 and 2026-11-01 are the change Sundays; the weekdays around them
    // sit on either side.
    for (before, after) in [(date("2027-03-12"), date("2027-03-15")), (date("2026-10-30"), date("2026-11-02"))] {
        assert_eq!(first_local_start(&o, before), eight, "{before} opens at 08:00 local");
        assert_eq!(first_local_start(&o, after), eight, "{after} opens at 08:00 local");
        assert_eq!(plan_day(&o, before).len(), plan_day(&o, after).len(), "same number of slots on {before} and {after}");
    }
    // The UTC instant moves by the hour the clocks moved.
    assert_eq!(plan_day(&o, date("2027-03-12"))[0].starts_at, at("2027-03-12T14:00:00Z"), "CST is UTC-6");
    assert_eq!(plan_day(&o, date("2027-03-15"))[0].starts_at, at("2027-03-15T13:00:00Z"), "CDT is UTC-5");
    assert_eq!(plan_day(&o, date("2026-10-30"))[0].starts_at, at("2026-10-30T13:00:00Z"), "CDT is UTC-5");
    assert_eq!(plan_day(&o, date("2026-11-02"))[0].starts_at, at("2026-11-02T14:00:00Z"), "CST is UTC-6");
}

#[test]
fn change_day_skips_the_missing_hour_and_makes_the_repeated_one_once() {
    let o = office("America/Chicago", true);
    let local = |d: &str| -> Vec<String> {
        plan_day(&o, date(d)).iter().map(|s| s.starts_at.with_timezone(&o.time_zone).format("%H:%M %Z").to_string()).collect()
    };
    // Spring: 02:00-02:59 does not exist on 2027-03-14.
    assert_eq!(local("2027-03-14"), ["00:30 CST", "01:00 CST", "01:30 CST", "03:00 CDT", "03:30 CDT"]);
    // Autumn: 01:00-01:59 happens twice on 2026-11-01; each slot is made once, at the first.
    assert_eq!(local("2026-11-01"), ["00:30 CDT", "01:00 CDT", "01:30 CDT", "02:00 CST", "02:30 CST", "03:00 CST", "03:30 CST"]);
    // An ordinary Sunday has all seven.
    assert_eq!(local("2026-11-08").len(), 7);
}

#[test]
fn phoenix_and_honolulu_never_shift() {
    for (zone, utc_hour) in [("America/Phoenix", 15), ("Pacific/Honolulu", 18)] {
        let o = office(zone, false);
        // Every weekday but the federal holidays, on which every office is closed.
        let open = |d: &chrono::NaiveDate| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !passdesk_domain::business_days::is_federal_holiday(*d);
        for day in days(date("2026-01-01"), date("2027-12-31")).filter(open) {
            let slots = plan_day(&o, day);
            assert_eq!(slots.len(), 16, "{zone} {day}: 08:00-12:00 in 15-minute slots");
            let expected = day.and_hms_opt(utc_hour, 0, 0).unwrap_or_default().and_utc();
            assert_eq!(slots[0].starts_at, expected, "{zone} opens at the same UTC instant on {day}");
            assert_eq!(slots[15].ends_at - slots[0].starts_at, Duration::hours(4));
        }
    }
}

/// The same through the store and the services, as `slots list` shows it:
/// the RFC 3339 times carry the office's offset of that day.
#[tokio::test]
async fn released_slots_carry_the_days_offset() {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-10T12:00:00Z")).await;
    f.services.release_through("TST", date("2027-03-16")).await.unwrap_or_else(|e| panic!("{e}"));
    let friday = f.services.slots("TST", date("2027-03-12")).await.unwrap_or_else(|e| panic!("{e}"));
    let monday = f.services.slots("TST", date("2027-03-15")).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(friday[0].starts_at, "2027-03-12T08:00:00-06:00");
    assert_eq!(monday[0].starts_at, "2027-03-15T08:00:00-05:00");
    assert_eq!(friday.len(), monday.len());
}
