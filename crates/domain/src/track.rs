//! Tracks: the parallel queues of an office (general, attorney, cashier, and
//! special tracks such as Dallas's DARA).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// A track's code: lowercase letters, digits and `-`, 1 to 24 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct TrackCode(String);

impl TrackCode {
    pub const GENERAL: &'static str = "general";
    pub const ATTORNEY: &'static str = "attorney";
    pub const CASHIER: &'static str = "cashier";

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let s = s.trim().to_ascii_lowercase();
        let ok = (1..=24).contains(&s.len())
            && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(Self(s))
        } else {
            Err(DomainError::invalid("track", format!("\"{s}\" is not a track code (letters, digits and -, up to 24)")))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn general() -> Self {
        Self(Self::GENERAL.into())
    }
    pub fn is_builtin(&self) -> bool {
        [Self::GENERAL, Self::ATTORNEY, Self::CASHIER].contains(&self.0.as_str())
    }
}

impl TryFrom<String> for TrackCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
impl From<TrackCode> for String {
    fn from(t: TrackCode) -> Self {
        t.0
    }
}
impl fmt::Display for TrackCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A named special track an office runs beside the built-in ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SpecialTrack {
    pub code: TrackCode,
    pub name: String,
}

/// The names of the built-in tracks, for listings.
pub fn builtin_track_name(code: &str) -> Option<&'static str> {
    match code {
        TrackCode::GENERAL => Some("General"),
        TrackCode::ATTORNEY => Some("Attorney"),
        TrackCode::CASHIER => Some("Cashier"),
        _ => None,
    }
}
