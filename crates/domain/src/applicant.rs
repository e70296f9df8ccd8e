//! The applicant's data, each field parsed once into a type that can only hold
//! a valid value.

use std::{fmt, str::FromStr};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{service_area::Zip, DomainError};

macro_rules! string_newtype {
    ($t:ident) => {
        impl TryFrom<String> for $t {
            type Error = DomainError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
        impl From<$t> for String {
            fn from(v: $t) -> Self {
                v.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl $t {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

/// Alien Registration Number: `A` and 7 to 9 digits, kept as `A` + 9 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct ANumber(String);
string_newtype!(ANumber);

impl FromStr for ANumber {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t: String = s.trim().chars().filter(|c| !matches!(c, '-' | ' ')).collect();
        let digits = t.strip_prefix(['A', 'a']).unwrap_or(&t);
        if (7..=9).contains(&digits.len()) && digits.bytes().all(|c| c.is_ascii_digit()) {
            Ok(Self(format!("A{digits:0>9}")))
        } else {
            Err(DomainError::invalid("a_number", format!("\"{}\" is not an A-number (A and 7 to 9 digits, such as A012345678)", s.trim())))
        }
    }
}

/// USCIS receipt number: 3 letters (the service center) and 10 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct ReceiptNumber(String);
string_newtype!(ReceiptNumber);

impl FromStr for ReceiptNumber {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t: String = s.trim().chars().filter(|c| !matches!(c, '-' | ' ')).collect::<String>().to_ascii_uppercase();
        // ASCII first: the slices below are by byte.
        let ok = t.is_ascii() && t.len() == 13 && t[..3].bytes().all(|c| c.is_ascii_uppercase()) && t[3..].bytes().all(|c| c.is_ascii_digit());
        if ok {
            Ok(Self(t))
        } else {
            Err(DomainError::invalid("receipt_number", format!("\"{}\" is not a receipt number (3 letters and 10 digits, such as EAC2190012345)", s.trim())))
        }
    }
}

/// A telephone number: US numbers as 10 digits (a leading 1 is dropped),
/// others in international form `+` and 8 to 15 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);
string_newtype!(Phone);

impl FromStr for Phone {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let bad = || DomainError::invalid("phone", format!("\"{t}\" is not a phone number (10 digits in the US, or + and the country code abroad)"));
        if !t.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c)) {
            return Err(bad());
        }
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        if t.starts_with('+') && !t.starts_with("+1") {
            return if (8..=15).contains(&digits.len()) { Ok(Self(format!("+{digits}"))) } else { Err(bad()) };
        }
        let national = match digits.len() {
            11 if digits.starts_with('1') => &digits[1..],
            10 => &digits[..],
            _ => return Err(bad()),
        };
        // North American numbers never start with 0 or 1.
        if national.starts_with(['0', '1']) {
            return Err(bad());
        }
        Ok(Self(format!("({}) {}-{}", &national[..3], &national[3..6], &national[6..])))
    }
}

/// An e-mail address: one `@`, a dot in the domain, no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);
string_newtype!(Email);

impl FromStr for Email {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let ok = match t.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && t.len() <= 254
                    && !t.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        };
        if ok {
            Ok(Self(t.to_string()))
        } else {
            Err(DomainError::invalid("email", format!("\"{t}\" is not an e-mail address")))
        }
    }
}

/// A name part: 1 to 60 characters, letters of any script, spaces, `-`, `'`, `.`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct Name(String);
string_newtype!(Name);

impl Name {
    pub fn parse(field: &'static str, s: &str) -> Result<Self, DomainError> {
        let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            return Err(DomainError::invalid(field, "is empty"));
        }
        if t.chars().count() > 60 {
            return Err(DomainError::invalid(field, "is longer than 60 characters"));
        }
        if !t.chars().any(char::is_alphabetic) || !t.chars().all(|c| c.is_alphabetic() || " -'.’".contains(c)) {
            return Err(DomainError::invalid(field, format!("\"{t}\" has characters a name does not have")));
        }
        Ok(Self(t))
    }
}
impl FromStr for Name {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse("name", s)
    }
}

/// A name as the front desk searches it: lower case, accents and punctuation
/// gone, words separated by one space ("Núñez-García" → "nunez garcia").
pub fn search_key(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let folded: String = s.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).flat_map(char::to_lowercase).map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A date of birth: not in the future and not more than 130 years ago.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DateOfBirth(NaiveDate);

impl DateOfBirth {
    pub fn parse(s: &str, today: NaiveDate) -> Result<Self, DomainError> {
        let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map_err(|_| DomainError::invalid("date_of_birth", format!("\"{}\" is not a date as YYYY-MM-DD", s.trim())))?;
        Self::new(d, today)
    }
    pub fn new(d: NaiveDate, today: NaiveDate) -> Result<Self, DomainError> {
        if d > today {
            return Err(DomainError::invalid("date_of_birth", "is in the future"));
        }
        if today.year() - d.year() > 130 {
            return Err(DomainError::invalid("date_of_birth", "is more than 130 years ago"));
        }
        Ok(Self(d))
    }
    pub fn date(&self) -> NaiveDate {
        self.0
    }
}

/// The languages of the kiosk and the notice.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("es", "Español"),
    ("pt", "Português"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("pl", "Polski"),
    ("ar", "العربية"),
    ("ko", "한국어"),
    ("zh", "中文"),
    ("vi", "Tiếng Việt"),
    ("tl", "Tagalog"),
    ("eo", "Esperanto"),
    ("ht", "Kreyòl ayisyen"),
];

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct Language(String);
string_newtype!(Language);

impl Default for Language {
    fn default() -> Self {
        Self("en".into())
    }
}
impl FromStr for Language {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase();
        if LANGUAGES.iter().any(|(c, _)| *c == t) {
            Ok(Self(t))
        } else {
            let all = LANGUAGES.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ");
            Err(DomainError::invalid("language", format!("\"{t}\" is not offered; choose one of {all}")))
        }
    }
}

/// The applicant, as booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Applicant {
    pub first_name: Name,
    pub middle_name: Option<Name>,
    pub last_name: Name,
    pub date_of_birth: DateOfBirth,
    pub country_of_birth: Option<String>,
    pub zip: Option<Zip>,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub a_number: Option<ANumber>,
    pub receipt_number: Option<ReceiptNumber>,
}

/// Someone asking on the applicant's behalf.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Representative {
    pub name: Name,
    pub organization: Option<String>,
    pub phone: Phone,
    pub email: Option<Email>,
    pub text_messages: bool,
    pub online_account: Option<String>,
    /// Preferred days and times for a call, as the person says them.
    pub call_times: Option<String>,
}

/// What a kiosk, a desk or a script sends: plain strings, parsed once by
/// [`ApplicantInput::parse`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct ApplicantInput {
    pub first_name: String,
    #[serde(default)]
    pub middle_name: Option<String>,
    pub last_name: String,
    pub date_of_birth: String,
    #[serde(default)]
    pub country_of_birth: Option<String>,
    #[serde(default)]
    pub zip: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub a_number: Option<String>,
    #[serde(default)]
    pub receipt_number: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct RepresentativeInput {
    pub name: String,
    #[serde(default)]
    pub organization: Option<String>,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub text_messages: bool,
    #[serde(default)]
    pub online_account: Option<String>,
    #[serde(default)]
    pub call_times: Option<String>,
}

/// An optional field: absent and blank both mean "not given".
fn optional<T>(v: &Option<String>, parse: impl FnOnce(&str) -> Result<T, DomainError>) -> Result<Option<T>, DomainError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse(s).map(Some),
    }
}

fn free_text(field: &'static str, v: &Option<String>, max: usize) -> Result<Option<String>, DomainError> {
    optional(v, |s| plain_text(field, s, max).map(String::from))
}

/// Text a person typed, kept as it is: at most `max` characters and no
/// control characters (a NUL, say, which no database column takes).
pub fn plain_text<'a>(field: &'static str, s: &'a str, max: usize) -> Result<&'a str, DomainError> {
    // Bidi embeddings, overrides and isolates can make a shown name read as another.
    let spoofing = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if s.chars().count() > max || s.chars().any(|c| c.is_control() || spoofing(c)) {
        Err(DomainError::invalid(field, format!("up to {max} characters of plain text")))
    } else {
        Ok(s)
    }
}

impl ApplicantInput {
    pub fn parse(&self, today: NaiveDate) -> Result<Applicant, DomainError> {
        Ok(Applicant {
            first_name: Name::parse("first_name", &self.first_name)?,
            middle_name: optional(&self.middle_name, |s| Name::parse("middle_name", s))?,
            last_name: Name::parse("last_name", &self.last_name)?,
            date_of_birth: DateOfBirth::parse(&self.date_of_birth, today)?,
            country_of_birth: free_text("country_of_birth", &self.country_of_birth, 60)?,
            zip: optional(&self.zip, str::parse)?,
            phone: optional(&self.phone, str::parse)?,
            email: optional(&self.email, str::parse)?,
            a_number: optional(&self.a_number, str::parse)?,
            receipt_number: optional(&self.receipt_number, str::parse)?,
        })
    }
}

/// The same refusal, about another form field.
fn refield(e: DomainError, field: &'static str) -> DomainError {
    match e {
        DomainError::Invalid { reason, .. } => DomainError::Invalid { field, reason },
        e => e,
    }
}

impl RepresentativeInput {
    pub fn parse(&self) -> Result<Representative, DomainError> {
        Ok(Representative {
            // The fields as the kiosk's form names them (its messages are
            // `field-…`); the phone and e-mail apart from the applicant's own.
            name: Name::parse("name", &self.name)?,
            organization: free_text("organization", &self.organization, 120)?,
            phone: self.phone.parse().map_err(|e| refield(e, "rep_phone"))?,
            email: optional(&self.email, str::parse).map_err(|e| refield(e, "rep_email"))?,
            text_messages: self.text_messages,
            online_account: free_text("online_account", &self.online_account, 40)?,
            call_times: free_text("call_times", &self.call_times, 200)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    #[test]
    fn a_numbers_normalise_to_nine_digits() {
        assert_eq!("A1234567".parse::<ANumber>().expect("7 digits").as_str(), "A001234567");
        assert_eq!("a 123-456-789".parse::<ANumber>().expect("9 digits").as_str(), "A123456789");
        assert_eq!("12345678".parse::<ANumber>().expect("no A").as_str(), "A012345678");
        for bad in ["A123456", "A1234567890", "B12345678", "A12345678X", ""] {
            assert!(bad.parse::<ANumber>().is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn receipt_numbers_are_three_letters_and_ten_digits() {
        assert_eq!("eac-21-900-12345".parse::<ReceiptNumber>().expect("r").as_str(), "EAC2190012345");
        // The last two are 13 bytes with a letter of two bytes across byte 3 (once a panic).
        for bad in ["EA2190012345", "EAC219001234", "1AC2190012345", "EAC21900123456", "ÉÉ123456789", "ЕА219001234"] {
            assert!(bad.parse::<ReceiptNumber>().is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn dates_of_birth_are_not_in_the_future() {
        assert!(DateOfBirth::parse("2026-11-22", today()).is_ok());
        assert!(DateOfBirth::parse("2026-11-23", today()).is_err());
        assert!(DateOfBirth::parse("1890-01-01", today()).is_err());
        assert!(DateOfBirth::parse("22/11/1990", today()).is_err());
    }

    #[test]
    fn phones_and_emails() {
        assert_eq!("+1 (214) 555-0100".parse::<Phone>().expect("us").as_str(), "(214) 555-0100");
        assert_eq!("+52 55 1234 5678".parse::<Phone>().expect("mx").as_str(), "+525512345678");
        assert!("555-0100".parse::<Phone>().is_err());
        assert!("call me".parse::<Phone>().is_err());
        assert!("ana@example.org".parse::<Email>().is_ok());
        for bad in ["ana", "ana@", "@x.org", "ana@x", "a b@x.org"] {
            assert!(bad.parse::<Email>().is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn names_take_any_script_but_no_digits() {
        assert!(Name::parse("first_name", "José María").is_ok());
        assert!(Name::parse("first_name", "محمد").is_ok());
        assert!(Name::parse("last_name", "O'Neil-Smith").is_ok());
        assert!(Name::parse("first_name", "R2D2").is_err());
        assert!(Name::parse("first_name", "   ").is_err());
    }
}
