//! Properties of the slot engine over random offices: slots never overlap
//! within a track, lie inside opening hours, and never fall on holidays or
//! closed days; every slot lasts exactly its block's slot length.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Timelike};
use passdesk_domain::{
    office::Office,
    office_file::{self, Format},
    slot_engine::{days, plan_day},
};
use proptest::prelude::*;

const ZONES: &[&str] = &["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Phoenix", "Pacific/Honolulu", "America/Mexico_City", "Europe/Berlin"];
const TRACKS: &[&str] = &["general", "attorney", "cashier"];
/// A type each track may serve, in the order of `TRACKS`.
const TYPES: &[&str] = &["case_inquiry", "attorney_inquiry", "cashier_payment"];
const WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn hhmm(quarters: u32) -> String {
    format!("{:02}:{:02}", quarters / 4, quarters % 4 * 15)
}

/// An office whose blocks are cut from its opening hours, as a TOML file.
#[derive(Debug, Clone)]
struct RandomOffice {
    zone: usize,
    /// Per weekday: opening (start, end) in quarter hours, or closed.
    hours: Vec<Option<(u32, u32)>>,
    /// Per weekday and track: cut points inside the opening hours and slot length.
    blocks: Vec<Vec<(Vec<u32>, bool, u32)>>,
    holidays: Vec<u32>,
}

fn random_office() -> impl Strategy<Value = RandomOffice> {
    let day = prop_oneof![1 => Just(None), 4 => (24u32..44, 16u32..40).prop_map(|(s, len)| Some((s, s + len)))];
    (
        0..ZONES.len(),
        proptest::collection::vec(day, 7),
        proptest::collection::vec(proptest::collection::vec((proptest::collection::vec(0u32..100, 0..5), any::<bool>(), 1u32..6), 3), 7),
        proptest::collection::vec(0u32..120, 0..8),
    )
        .prop_map(|(zone, hours, blocks, holidays)| RandomOffice { zone, hours, blocks, holidays })
}

impl RandomOffice {
    fn toml(&self, first_day: NaiveDate) -> String {
        let holidays: Vec<String> = self.holidays.iter().map(|d| format!("\"{}\"", first_day + Duration::days(i64::from(*d)))).collect();
        let mut hours = Vec::new();
        let mut mix = Vec::new();
        for (wd, h) in self.hours.iter().enumerate() {
            let Some((open, close)) = *h else { continue };
            hours.push(format!("\"{}\" = [\"{}-{}\"]", WEEKDAYS[wd], hhmm(open), hhmm(close)));
            let mut blocks = Vec::new();
            for (t, (cuts, thirty, capacity)) in self.blocks[wd].iter().enumerate() {
                // Points inside the hours, on the slot grid, make adjacent blocks of one track.
                let step = if *thirty { 2 } else { 1 };
                let mut points: Vec<u32> = cuts.iter().map(|c| open + (c % (close - open + 1)) / step * step).collect();
                points.sort_unstable();
                points.dedup();
                for pair in points.windows(2) {
                    if pair[1] - pair[0] >= step {
                        blocks.push(format!(
                            "{{ time = \"{}-{}\", slot_minutes = {}, capacity = {capacity}, track = \"{}\", types = [\"{}\"] }}",
                            hhmm(pair[0]),
                            hhmm(pair[1]),
                            step * 15,
                            TRACKS[t],
                            TYPES[t]
                        ));
                    }
                }
            }
            mix.push(format!("\"{}\" = [{}]", WEEKDAYS[wd], blocks.join(", ")));
        }
        format!(
            "[[office]]\ncode = \"RND\"\nname = \"Random\"\ntime_zone = \"{}\"\naddress = {{ street = \"1 Main St\", city = \"Town\", postal_code = \"00000\" }}\nhours = {{ {} }}\nholidays = [{}]\n[office.mix]\n{}\n",
            ZONES[self.zone],
            hours.join(", "),
            holidays.join(", "),
            mix.join("\n")
        )
    }
}

fn parse_one(text: &str) -> Office {
    let mut offices = office_file::parse(text, Format::Toml).unwrap_or_else(|e| panic!("generated office file is invalid: {e}\n{text}"));
    assert_eq!(offices.len(), 1, "one office expected");
    offices.remove(0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn released_slots_respect_tracks_hours_and_holidays(o in random_office(), start in 0i64..1100) {
        let first_day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + Duration::days(start);
        prop_assume!(o.hours.iter().any(Option::is_some));
        let office = parse_one(&o.toml(first_day));
        let tz = office.time_zone;
        for day in days(first_day, first_day + Duration::days(120)) {
            let slots = plan_day(&office, day);
            let federal = passdesk_domain::business_days::is_federal_holiday(day);
            if office.holidays.contains(&day) || federal || office.hours.on(day.weekday()).is_empty() {
                prop_assert!(slots.is_empty(), "{day} is a holiday (federal: {federal}) or closed day but got {} slots", slots.len());
                continue;
            }
            for s in &slots {
                let block_minutes = office.mix.on(day.weekday()).iter().find(|b| b.track == s.track).map(|b| i64::from(b.slot_minutes.minutes()));
                prop_assert_eq!(Some((s.ends_at - s.starts_at).num_minutes()), block_minutes, "slot length on {}", day);
                let local_start = s.starts_at.with_timezone(&tz).naive_local();
                let local_end = s.ends_at.with_timezone(&tz).naive_local();
                prop_assert_eq!(local_start.date(), day, "slot starts on its own local day");
                let inside = office.hours.on(day.weekday()).iter().any(|r| {
                    r.start() <= local_start.time() && (local_end.time() <= r.end() || local_end.time() == NaiveTime::MIN && r.end().hour() == 0)
                });
                prop_assert!(inside, "slot {}..{} on {} lies outside the opening hours", local_start, local_end, day);
            }
            for track in office.track_codes() {
                let mut mine: Vec<_> = slots.iter().filter(|s| s.track.as_str() == track).collect();
                mine.sort_by_key(|s| s.starts_at);
                for pair in mine.windows(2) {
                    prop_assert!(pair[0].ends_at <= pair[1].starts_at, "track {} overlaps on {}: {:?} and {:?}", track, day, pair[0], pair[1]);
                }
            }
        }
    }
}
