//! Where people belong: ZIP codes and ZIP ranges route an applicant in the US
//! to a district office; a country of residence routes one abroad.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// A US ZIP code: five digits. ZIP+4 input (`12345-6789`) is accepted and
/// kept as its five-digit part, which is all routing needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct Zip(u32);

impl Zip {
    pub fn value(&self) -> u32 {
        self.0
    }
}

impl FromStr for Zip {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let five = match t.split_once('-') {
            Some((a, b)) if b.len() == 4 && b.bytes().all(|c| c.is_ascii_digit()) => a,
            Some(_) => return Err(DomainError::invalid("zip", format!("\"{t}\" is not a ZIP code (5 digits, or ZIP+4 as 12345-6789)"))),
            None => t,
        };
        if five.len() == 5 && five.bytes().all(|c| c.is_ascii_digit()) {
            five.parse().map(Zip).map_err(|_| DomainError::invalid("zip", "not a number"))
        } else {
            Err(DomainError::invalid("zip", format!("\"{t}\" is not a ZIP code (5 digits, or ZIP+4 as 12345-6789)")))
        }
    }
}
impl TryFrom<String> for Zip {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<Zip> for String {
    fn from(z: Zip) -> Self {
        z.to_string()
    }
}
impl fmt::Display for Zip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:05}", self.0)
    }
}

/// An inclusive range of ZIP codes, written `75000-75999` (or one ZIP alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct ZipRange {
    pub first: Zip,
    pub last: Zip,
}

impl ZipRange {
    pub fn contains(&self, z: Zip) -> bool {
        self.first <= z && z <= self.last
    }
    pub fn overlaps(&self, o: &ZipRange) -> bool {
        self.first <= o.last && o.first <= self.last
    }
}

impl FromStr for ZipRange {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let (first, last) = match t.split_once('-') {
            Some((a, b)) => (a.parse::<Zip>()?, b.parse::<Zip>()?),
            None => {
                let z = t.parse::<Zip>()?;
                (z, z)
            }
        };
        if last < first {
            return Err(DomainError::invalid("zip range", format!("\"{t}\" ends before it starts")));
        }
        Ok(Self { first, last })
    }
}
impl TryFrom<String> for ZipRange {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<ZipRange> for String {
    fn from(r: ZipRange) -> Self {
        r.to_string()
    }
}
impl fmt::Display for ZipRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}-{}", self.first, self.last)
        }
    }
}

/// A country of residence abroad: an ISO 3166-1 alpha-2 code such as `MX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

impl CountryCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl FromStr for CountryCode {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_uppercase();
        if t.len() != 2 || !t.bytes().all(|c| c.is_ascii_uppercase()) {
            return Err(DomainError::invalid("country", format!("\"{}\" is not a two-letter country code such as MX", s.trim())));
        }
        if t == "US" {
            return Err(DomainError::invalid("country", "applicants in the United States are routed by ZIP code"));
        }
        Ok(Self(t))
    }
}
impl TryFrom<String> for CountryCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<CountryCode> for String {
    fn from(c: CountryCode) -> Self {
        c.0
    }
}
impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The ZIP ranges and countries one office serves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ServiceAreas {
    #[serde(default)]
    pub zips: Vec<ZipRange>,
    #[serde(default)]
    pub countries: Vec<CountryCode>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zip_accepts_five_digits_and_zip_plus_four() {
        assert_eq!("75001".parse::<Zip>().expect("zip").to_string(), "75001");
        assert_eq!("02139-4307".parse::<Zip>().expect("zip+4").to_string(), "02139");
        for bad in ["7500", "750011", "75O01", "75001-12", ""] {
            assert!(bad.parse::<Zip>().is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn ranges_contain_their_ends() {
        let r: ZipRange = "75000-75999".parse().expect("range");
        assert!(r.contains("75000".parse().expect("zip")));
        assert!(r.contains("75999".parse().expect("zip")));
        assert!(!r.contains("76000".parse().expect("zip")));
        assert!("75999-75000".parse::<ZipRange>().is_err());
    }

    #[test]
    fn countries_are_two_letters_and_not_us() {
        assert_eq!("mx".parse::<CountryCode>().expect("mx").as_str(), "MX");
        assert!("USA".parse::<CountryCode>().is_err());
        assert!("US".parse::<CountryCode>().is_err());
    }
}
