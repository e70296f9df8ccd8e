//! The daily appointment mix: per weekday, blocks of slots with a slot length,
//! a capacity per slot, a track and the appointment types the block serves.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use crate::{
    appointment_type,
    hours::{parse_weekday_set, weekday_key, TimeRange, WEEKDAYS},
    track::TrackCode,
    DomainError,
};

/// Minutes per slot: offices schedule every 15 or every 30 minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
#[serde(try_from = "u32", into = "u32")]
pub struct SlotLength(u32);

impl SlotLength {
    pub fn minutes(&self) -> u32 {
        self.0
    }
}
impl TryFrom<u32> for SlotLength {
    type Error = DomainError;
    fn try_from(m: u32) -> Result<Self, Self::Error> {
        match m {
            15 | 30 => Ok(Self(m)),
            _ => Err(DomainError::invalid("slot_minutes", format!("{m} is not a slot length; use 15 or 30"))),
        }
    }
}
impl From<SlotLength> for u32 {
    fn from(s: SlotLength) -> Self {
        s.0
    }
}

/// Seats per slot: 1 to 50 (more would be a room, not a counter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
#[serde(try_from = "u32", into = "u32")]
pub struct Capacity(u32);

impl Capacity {
    pub const MAX: u32 = 50;
    pub fn get(&self) -> u32 {
        self.0
    }
}
impl TryFrom<u32> for Capacity {
    type Error = DomainError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        if (1..=Self::MAX).contains(&n) {
            Ok(Self(n))
        } else {
            Err(DomainError::invalid("capacity", format!("{n} is not a capacity per slot; use 1 to {}", Self::MAX)))
        }
    }
}
impl From<Capacity> for u32 {
    fn from(c: Capacity) -> Self {
        c.0
    }
}

/// One block of the mix: `time` is cut into slots of `slot_minutes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub time: TimeRange,
    pub slot_minutes: SlotLength,
    pub capacity: Capacity,
    pub track: TrackCode,
    /// Codes of the appointment types the block serves.
    pub types: BTreeSet<String>,
}

impl Block {
    pub fn slot_count(&self) -> u32 {
        (self.time.minutes() / i64::from(self.slot_minutes.minutes())) as u32
    }
    pub fn seats(&self) -> u32 {
        self.slot_count() * self.capacity.get()
    }
}

/// Blocks per weekday; a weekday without blocks offers no appointments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(as = "std::collections::BTreeMap<String, Vec<Block>>"))]
#[serde(from = "BTreeMap<String, Vec<Block>>", into = "BTreeMap<String, Vec<Block>>")]
pub struct DailyMix {
    days: BTreeMap<u8, Vec<Block>>,
    // A weekday key that did not parse; `validate` reports it (serde `from`
    // cannot fail, and an office file must say which key is wrong).
    bad_keys: Vec<String>,
}

impl DailyMix {
    pub fn on(&self, day: Weekday) -> &[Block] {
        self.days.get(&(day.num_days_from_monday() as u8)).map(Vec::as_slice).unwrap_or(&[])
    }
    pub fn set(&mut self, day: Weekday, mut blocks: Vec<Block>) {
        blocks.sort_by(|a, b| (a.time.start(), a.track.as_str()).cmp(&(b.time.start(), b.track.as_str())));
        if blocks.is_empty() {
            self.days.remove(&(day.num_days_from_monday() as u8));
        } else {
            self.days.insert(day.num_days_from_monday() as u8, blocks);
        }
    }

    /// Checks the mix against the office: blocks inside opening hours, no two
    /// blocks of one track overlapping, known tracks, bookable known types,
    /// whole slots. The message names the weekday and block.
    pub fn validate(&self, hours: &crate::hours::WeeklyHours, tracks: &BTreeSet<String>) -> Result<(), DomainError> {
        if let Some(k) = self.bad_keys.first() {
            return Err(DomainError::InvalidMix(format!("\"{k}\" is not a weekday (mon .. sun)")));
        }
        for day in WEEKDAYS {
            let blocks = self.on(day);
            let dk = weekday_key(day);
            for (i, b) in blocks.iter().enumerate() {
                let at = format!("{dk} {} ({})", b.time, b.track);
                if !tracks.contains(b.track.as_str()) {
                    return Err(DomainError::InvalidMix(format!("{at}: the office has no track \"{}\"", b.track)));
                }
                if b.time.minutes() % i64::from(b.slot_minutes.minutes()) != 0 {
                    return Err(DomainError::InvalidMix(format!(
                        "{at}: {} minutes is not a whole number of {}-minute slots",
                        b.time.minutes(),
                        b.slot_minutes.minutes()
                    )));
                }
                if !hours.covers(day, &b.time) {
                    let open = hours.on(day).iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                    let open = if open.is_empty() { "closed".to_string() } else { format!("open {open}") };
                    return Err(DomainError::InvalidMix(format!("{at}: outside opening hours ({dk}: {open})")));
                }
                if b.types.is_empty() {
                    return Err(DomainError::InvalidMix(format!("{at}: serves no appointment type")));
                }
                for t in &b.types {
                    let ty = appointment_type::find(t).map_err(|_| DomainError::InvalidMix(format!("{at}: unknown appointment type \"{t}\"")))?;
                    // Booking compares codes exactly: " eap" would pass here and never be offered.
                    if t != ty.code {
                        return Err(DomainError::InvalidMix(format!("{at}: write the appointment type as \"{}\", without spaces", ty.code)));
                    }
                    if !ty.is_bookable() {
                        return Err(DomainError::InvalidMix(format!("{at}: \"{t}\" is not booked by appointment")));
                    }
                    // An attorney, cashier or special type is served on its
                    // own track (the cashier admits by it, the board groups
                    // by it), and the cashier's track serves the cashier's alone.
                    if ty.usual_track != "general" && ty.usual_track != b.track.as_str() {
                        return Err(DomainError::InvalidMix(format!("{at}: \"{t}\" is served on the {} track only", ty.usual_track)));
                    }
                    if b.track.as_str() == "cashier" && ty.usual_track != "cashier" {
                        return Err(DomainError::InvalidMix(format!("{at}: the cashier track serves cashier appointments only, not \"{t}\"")));
                    }
                }
                if let Some(o) = blocks[i + 1..].iter().find(|o| o.track == b.track && o.time.overlaps(&b.time)) {
                    return Err(DomainError::InvalidMix(format!("{dk}: blocks {} and {} overlap on track {}", b.time, o.time, b.track)));
                }
            }
        }
        Ok(())
    }

    /// Seats per track on a weekday, for the manager's preview.
    pub fn seats_per_track(&self, day: Weekday) -> BTreeMap<String, u32> {
        let mut m = BTreeMap::new();
        for b in self.on(day) {
            *m.entry(b.track.to_string()).or_default() += b.seats();
        }
        m
    }
}

impl From<BTreeMap<String, Vec<Block>>> for DailyMix {
    fn from(map: BTreeMap<String, Vec<Block>>) -> Self {
        let mut mix = DailyMix::default();
        for (k, v) in map {
            match parse_weekday_set(&k) {
                Ok(days) => {
                    for d in days {
                        let mut all = mix.on(d).to_vec();
                        all.extend(v.iter().cloned());
                        mix.set(d, all);
                    }
                }
                Err(_) => mix.bad_keys.push(k),
            }
        }
        mix
    }
}

impl From<DailyMix> for BTreeMap<String, Vec<Block>> {
    fn from(m: DailyMix) -> Self {
        WEEKDAYS
            .iter()
            .filter(|d| !m.on(**d).is_empty())
            .map(|d| (weekday_key(*d).to_string(), m.on(*d).to_vec()))
            .collect()
    }
}
