//! District offices: identity, address, time zone, opening hours, holidays,
//! policies, release policy, tracks, the daily mix and the areas served.

use std::{collections::BTreeSet, fmt, str::FromStr};

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{
    hours::WeeklyHours,
    mix::DailyMix,
    service_area::ServiceAreas,
    track::{SpecialTrack, TrackCode},
    DomainError,
};

/// An office's short code, such as `DAL`: 2 to 8 capital letters or digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct OfficeCode(String);

impl OfficeCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl FromStr for OfficeCode {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_uppercase();
        if (2..=8).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            Ok(Self(t))
        } else {
            Err(DomainError::invalid("office", format!("\"{}\" is not an office code (2 to 8 letters or digits, such as DAL)", s.trim())))
        }
    }
}
impl TryFrom<String> for OfficeCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<OfficeCode> for String {
    fn from(c: OfficeCode) -> Self {
        c.0
    }
}
impl fmt::Display for OfficeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: String,
    pub city: String,
    /// State (US) or region.
    #[serde(default)]
    pub region: String,
    pub postal_code: String,
    /// ISO country code; `US` for district offices at home.
    #[serde(default = "us")]
    pub country: String,
}

fn us() -> String {
    "US".into()
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}", self.street, self.city)?;
        if !self.region.is_empty() {
            write!(f, ", {}", self.region)?;
        }
        write!(f, " {}", self.postal_code)?;
        if self.country != "US" {
            write!(f, ", {}", self.country)?;
        }
        Ok(())
    }
}

/// Policies that differ between districts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct OfficePolicy {
    /// Emergency walk-ins are still screened at the front desk.
    #[serde(default)]
    pub walk_ins: bool,
    /// Accompanying persons (family, translators) may come in.
    #[serde(default)]
    pub companions: bool,
    /// Hours in which attorneys are seen without an appointment.
    #[serde(default)]
    pub attorney_walk_in_hours: WeeklyHours,
    /// Hours in which the cashier serves without an appointment.
    #[serde(default)]
    pub cashier_hours: WeeklyHours,
    /// What the desk does with someone who comes after their time.
    #[serde(default)]
    pub late_arrivals: LateArrivals,
    /// Minutes after its start that an appointment nobody came to counts as a no-show.
    #[serde(default = "default_grace")]
    pub no_show_after_minutes: u32,
}

fn default_grace() -> u32 {
    15
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LateArrivals {
    /// Checked in all the same, marked late.
    #[default]
    Accept,
    /// Sent to book a new time (the desk can book it at once).
    Rebook,
}

impl Default for OfficePolicy {
    fn default() -> Self {
        Self {
            walk_ins: false,
            companions: false,
            attorney_walk_in_hours: WeeklyHours::default(),
            cashier_hours: WeeklyHours::default(),
            late_arrivals: LateArrivals::Accept,
            no_show_after_minutes: default_grace(),
        }
    }
}

/// New slots are released every day for a rolling window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReleasePolicy {
    /// Days ahead that are open for booking (1 to 180).
    pub window_days: u32,
    /// Office-local time of day at which the next day is released.
    #[serde(with = "hhmm")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub release_at: NaiveTime,
}

impl Default for ReleasePolicy {
    fn default() -> Self {
        Self { window_days: 56, release_at: NaiveTime::from_hms_opt(7, 0, 0).unwrap_or(NaiveTime::MIN) }
    }
}

impl ReleasePolicy {
    /// The last office-local day that should be released at `now`: the window
    /// counts from today, and tomorrow's extra day comes at `release_at`.
    pub fn released_through(&self, now_local: chrono::NaiveDateTime) -> NaiveDate {
        let days = if now_local.time() >= self.release_at { self.window_days } else { self.window_days.saturating_sub(1) };
        now_local.date().checked_add_days(Days::new(u64::from(days))).unwrap_or(now_local.date())
    }
}

mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        crate::hours::parse_hhmm(&s).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub code: OfficeCode,
    pub name: String,
    pub address: Address,
    /// IANA time zone, such as `America/Chicago`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub time_zone: Tz,
    pub hours: WeeklyHours,
    #[serde(default)]
    pub holidays: BTreeSet<NaiveDate>,
    #[serde(default)]
    pub policy: OfficePolicy,
    #[serde(default)]
    pub release: ReleasePolicy,
    /// Tracks beyond general, attorney and cashier (such as DARA).
    #[serde(default)]
    pub special_tracks: Vec<SpecialTrack>,
    pub mix: DailyMix,
    #[serde(default)]
    pub areas: ServiceAreas,
}

impl Office {
    /// Every track code the office runs.
    pub fn track_codes(&self) -> BTreeSet<String> {
        [TrackCode::GENERAL, TrackCode::ATTORNEY, TrackCode::CASHIER]
            .into_iter()
            .map(String::from)
            .chain(self.special_tracks.iter().map(|t| t.code.to_string()))
            .collect()
    }

    pub fn validate(&self) -> Result<(), DomainError> {
        let at = |m: String| DomainError::InvalidOffice(format!("office {}: {m}", self.code));
        if self.name.trim().is_empty() {
            return Err(at("the name is empty".into()));
        }
        if self.address.street.trim().is_empty() || self.address.city.trim().is_empty() {
            return Err(at("the address needs a street and a city".into()));
        }
        // Shown on notices and screens, kept in every database: plain text.
        let texts = [
            ("name", &self.name, 120),
            ("street", &self.address.street, 200),
            ("city", &self.address.city, 100),
            ("region", &self.address.region, 100),
            ("postal code", &self.address.postal_code, 20),
            ("country", &self.address.country, 60),
        ];
        for (what, text, max) in texts {
            if crate::applicant::plain_text("office", text, max).is_err() {
                return Err(at(format!("the {what} is more than {max} characters or holds control characters")));
            }
        }
        if self.hours.is_empty() {
            return Err(at("the office has no opening hours".into()));
        }
        if !(1..=180).contains(&self.release.window_days) {
            return Err(at(format!("release window of {} days; use 1 to 180", self.release.window_days)));
        }
        let mut seen = BTreeSet::new();
        for t in &self.special_tracks {
            if t.code.is_builtin() || !seen.insert(t.code.as_str()) {
                return Err(at(format!("track \"{}\" is declared twice or is a built-in track", t.code)));
            }
            if t.name.trim().is_empty() {
                return Err(at(format!("track \"{}\" has no name", t.code)));
            }
            if crate::applicant::plain_text("office", &t.name, 80).is_err() {
                return Err(at(format!("track \"{}\": its name is more than 80 characters or holds control characters", t.code)));
            }
        }
        self.mix.validate(&self.hours, &self.track_codes()).map_err(|e| at(e.to_string()))?;
        Ok(())
    }

    /// The office-local date and time of an instant.
    pub fn local(&self, t: DateTime<Utc>) -> chrono::NaiveDateTime {
        t.with_timezone(&self.time_zone).naive_local()
    }

    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        self.local(now).date()
    }

    /// True when the office is open for appointments on `day` at all.
    /// Open by its hours, and neither one of its holidays nor a federal
    /// holiday (federal offices close on those, listed or not).
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        !self.holidays.contains(&day) && !crate::business_days::is_federal_holiday(day) && !self.hours.on(day.weekday()).is_empty()
    }
}
