//! Wall-clock time ranges and weekly schedules in an office's local time.

use std::{collections::BTreeMap, fmt, str::FromStr};

use chrono::{NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::DomainError;

/// A half-open local time range `[start, end)`, written `HH:MM-HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct TimeRange {
    start: NaiveTime,
    end: NaiveTime,
}

impl TimeRange {
    pub fn new(start: NaiveTime, end: NaiveTime) -> Result<Self, DomainError> {
        if end <= start {
            return Err(DomainError::invalid(
                "time range",
                format!("{} must end after it starts", Self { start, end }),
            ));
        }
        Ok(Self { start, end })
    }
    pub fn start(&self) -> NaiveTime {
        self.start
    }
    pub fn end(&self) -> NaiveTime {
        self.end
    }
    pub fn contains_range(&self, other: &TimeRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn contains(&self, t: NaiveTime) -> bool {
        self.start <= t && t < self.end
    }
    pub fn overlaps(&self, other: &TimeRange) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes()
    }
}

pub fn parse_hhmm(s: &str) -> Result<NaiveTime, DomainError> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M")
        .map_err(|_| DomainError::invalid("time", format!("\"{s}\" is not a time of day as HH:MM (24-hour)")))
}

impl FromStr for TimeRange {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (a, b) = s.split_once('-').ok_or_else(|| {
            DomainError::invalid("time range", format!("\"{s}\" is not a range like 08:00-16:00"))
        })?;
        Self::new(parse_hhmm(a)?, parse_hhmm(b)?)
    }
}

impl TryFrom<String> for TimeRange {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<TimeRange> for String {
    fn from(r: TimeRange) -> Self {
        r.to_string()
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start.format("%H:%M"), self.end.format("%H:%M"))
    }
}

/// Three-letter weekday keys as written in files and JSON (`mon` .. `sun`).
pub const WEEKDAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

pub fn weekday_key(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

pub fn parse_weekday(s: &str) -> Result<Weekday, DomainError> {
    WEEKDAYS
        .iter()
        .copied()
        .find(|d| weekday_key(*d) == s.trim().to_ascii_lowercase())
        .ok_or_else(|| DomainError::invalid("weekday", format!("\"{s}\" is not one of mon, tue, wed, thu, fri, sat, sun")))
}

/// The weekdays a key names: `mon`, a list `mon,wed`, or a span `mon-fri`,
/// so an office file need not repeat a schedule for every day.
pub fn parse_weekday_set(key: &str) -> Result<Vec<Weekday>, DomainError> {
    let mut out = Vec::new();
    for part in key.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (parse_weekday(a)?.num_days_from_monday(), parse_weekday(b)?.num_days_from_monday());
                if b < a {
                    return Err(DomainError::invalid("weekday", format!("\"{part}\" runs backwards; write it from Monday towards Sunday")));
                }
                out.extend(WEEKDAYS[a as usize..=b as usize].iter().copied());
            }
            None => out.push(parse_weekday(part)?),
        }
    }
    Ok(out)
}

/// Time ranges per weekday; a weekday that is absent has none (closed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(as = "std::collections::BTreeMap<String, Vec<TimeRange>>"))]
#[serde(try_from = "BTreeMap<String, Vec<TimeRange>>", into = "BTreeMap<String, Vec<TimeRange>>")]
pub struct WeeklyHours {
    // Index 0 = Monday, as `Weekday::num_days_from_monday`.
    days: [Vec<TimeRange>; 7],
}

impl WeeklyHours {
    pub fn on(&self, day: Weekday) -> &[TimeRange] {
        &self.days[day.num_days_from_monday() as usize]
    }
    pub fn set(&mut self, day: Weekday, mut ranges: Vec<TimeRange>) -> Result<(), DomainError> {
        ranges.sort();
        if let Some(w) = ranges.windows(2).find(|w| w[0].overlaps(&w[1])) {
            return Err(DomainError::invalid(
                "hours",
                format!("{} and {} overlap on {}", w[0], w[1], weekday_key(day)),
            ));
        }
        self.days[day.num_days_from_monday() as usize] = ranges;
        Ok(())
    }
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }
    /// True when `range` lies wholly inside one of the day's ranges.
    pub fn covers(&self, day: Weekday, range: &TimeRange) -> bool {
        self.on(day).iter().any(|r| r.contains_range(range))
    }
    pub fn is_open_at(&self, day: Weekday, t: NaiveTime) -> bool {
        self.on(day).iter().any(|r| r.contains(t))
    }
}

impl TryFrom<BTreeMap<String, Vec<TimeRange>>> for WeeklyHours {
    type Error = DomainError;
    fn try_from(map: BTreeMap<String, Vec<TimeRange>>) -> Result<Self, Self::Error> {
        let mut h = WeeklyHours::default();
        for (k, v) in map {
            for d in parse_weekday_set(&k)? {
                let mut all = h.on(d).to_vec();
                all.extend(v.iter().copied());
                h.set(d, all)?;
            }
        }
        Ok(h)
    }
}

impl From<WeeklyHours> for BTreeMap<String, Vec<TimeRange>> {
    fn from(h: WeeklyHours) -> Self {
        WEEKDAYS
            .iter()
            .filter(|d| !h.on(**d).is_empty())
            .map(|d| (weekday_key(*d).to_string(), h.on(*d).to_vec()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_ranges() {
        let r: TimeRange = "07:30-16:00".parse().expect("a valid range");
        assert_eq!(r.to_string(), "07:30-16:00");
        assert_eq!(r.minutes(), 510);
    }

    #[test]
    fn refuses_backwards_and_malformed_ranges() {
        assert!("16:00-07:30".parse::<TimeRange>().is_err(), "end before start is refused");
        assert!("7-9".parse::<TimeRange>().is_err(), "hours without minutes are refused");
        assert!("25:00-26:00".parse::<TimeRange>().is_err(), "hour 25 is refused");
    }

    #[test]
    fn overlapping_hours_on_a_day_are_refused() {
        let mut h = WeeklyHours::default();
        let err = h.set(Weekday::Mon, vec!["08:00-12:00".parse().expect("r"), "11:00-13:00".parse().expect("r")]);
        assert!(err.is_err(), "overlap must be refused");
    }
}
