//! Turns an office's mix into concrete slots for given days, in office-local
//! wall time. On DST change days a slot whose local start does not exist (the
//! skipped hour) is left out, and one whose local start happens twice (the
//! repeated hour) is made once, at its first occurrence.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use serde::Serialize;

use crate::{office::Office, track::TrackCode};

/// A slot the engine plans; the store gives it an id when it is released.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlannedSlot {
    pub local_date: NaiveDate,
    pub track: TrackCode,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: u32,
    pub types: Vec<String>,
}

/// The slots of one day from the office's current mix; none on holidays and
/// closed days.
pub fn plan_day(office: &Office, day: NaiveDate) -> Vec<PlannedSlot> {
    if !office.is_open_on(day) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for block in office.mix.on(day.weekday()) {
        let step = Duration::minutes(i64::from(block.slot_minutes.minutes()));
        let mut local = day.and_time(block.time.start());
        let end = day.and_time(block.time.end());
        while local + step <= end {
            let start = match office.time_zone.from_local_datetime(&local) {
                LocalResult::Single(t) => Some(t),
                LocalResult::Ambiguous(first, _) => Some(first),
                LocalResult::None => None,
            };
            if let Some(start) = start {
                let starts_at = start.with_timezone(&Utc);
                out.push(PlannedSlot {
                    local_date: day,
                    track: block.track.clone(),
                    starts_at,
                    ends_at: starts_at + step,
                    capacity: block.capacity.get(),
                    types: block.types.iter().cloned().collect(),
                });
            }
            local += step;
        }
    }
    out.sort_by(|a, b| (a.starts_at, a.track.as_str()).cmp(&(b.starts_at, b.track.as_str())));
    out
}

/// Every day from `from` through `through`, inclusive.
pub fn days(from: NaiveDate, through: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= through)
}
