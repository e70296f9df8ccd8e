//! The identity documents an arrival shows at the front desk, and what the
//! appointment's type requires (DOMAIN.md "What to bring"): a photo identity
//! document always; a passport where the type asks for one. An I-94 without
//! a photo counts only together with a copy of a passport or an ID that shows
//! name and face. A document read through its MRZ is compared with the
//! booking; anything that does not match needs an officer's override.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::{appointment_type::AppointmentType, mrz::Mrz};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Passport,
    StatePhotoId,
    DriversLicense,
    /// Permanent Resident Card (I-551), the green card.
    PermanentResidentCard,
    /// Employment Authorization Document.
    Ead,
    I94WithPhoto,
    I94WithoutPhoto,
    /// A copy of a passport or ID showing name and face (with an I-94 without photo).
    PassportOrIdCopy,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 9] = [
        Self::Passport,
        Self::StatePhotoId,
        Self::DriversLicense,
        Self::PermanentResidentCard,
        Self::Ead,
        Self::I94WithPhoto,
        Self::I94WithoutPhoto,
        Self::PassportOrIdCopy,
        Self::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Passport => "passport",
            Self::StatePhotoId => "state_photo_id",
            Self::DriversLicense => "drivers_license",
            Self::PermanentResidentCard => "permanent_resident_card",
            Self::Ead => "ead",
            Self::I94WithPhoto => "i94_with_photo",
            Self::I94WithoutPhoto => "i94_without_photo",
            Self::PassportOrIdCopy => "passport_or_id_copy",
            Self::Other => "other",
        }
    }

    /// A document with the bearer's photo that proves identity on its own.
    fn is_photo_id(&self) -> bool {
        matches!(self, Self::Passport | Self::StatePhotoId | Self::DriversLicense | Self::PermanentResidentCard | Self::Ead | Self::I94WithPhoto)
    }
}

/// What the identity documents shown leave missing, in words for the officer.
pub fn missing_documents(ty: &AppointmentType, shown: &[DocumentKind]) -> Vec<&'static str> {
    let has = |k: DocumentKind| shown.contains(&k);
    let mut missing = Vec::new();
    let photo_id = shown.iter().any(DocumentKind::is_photo_id) || (has(DocumentKind::I94WithoutPhoto) && has(DocumentKind::PassportOrIdCopy));
    if !photo_id {
        missing.push(if has(DocumentKind::I94WithoutPhoto) {
            "an I-94 without a photo counts only with a copy of a passport or ID showing name and face"
        } else {
            "a photo identity document (passport, state photo ID, driver's license, green card or EAD)"
        });
    }
    if ty.bring.contains(&"passport") && !has(DocumentKind::Passport) {
        missing.push("the passport, which this type of appointment needs");
    }
    missing
}

/// Letters only, without accents, upper case: how an MRZ writes a name.
pub fn mrz_fold(s: &str) -> String {
    s.nfkd().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_uppercase()).collect()
}

/// How a document read through its MRZ compares with the booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MrzComparison {
    pub name_matches: bool,
    pub birth_date_matches: bool,
    pub expired: bool,
    pub checks_hold: bool,
    /// What does not match, in words; empty when the document may be accepted as it is.
    pub problems: Vec<String>,
}

impl MrzComparison {
    pub fn accepted(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Compares a read zone with the booked person on `today`. Names are
/// compared as the MRZ writes them (letters only, no accents); the booked
/// first name must be one of the document's given names.
pub fn compare(m: &Mrz, last_name: &str, first_name: &str, birth: NaiveDate, today: NaiveDate) -> MrzComparison {
    let surname_ok = mrz_fold(&m.surname) == mrz_fold(last_name);
    let first = mrz_fold(first_name);
    let given_ok = m.given_names.split_whitespace().any(|g| mrz_fold(g) == first) || mrz_fold(&m.given_names) == first;
    let name_matches = surname_ok && given_ok;
    let birth_date_matches = m.birth_date == Some(birth);
    let expired = m.expiry_date.is_none_or(|d| d < today);
    let checks_hold = m.all_checks_hold();
    let mut problems = Vec::new();
    if !checks_hold {
        let failed: Vec<&str> = m.checks.iter().filter(|c| !c.holds).map(|c| c.field).collect();
        problems.push(format!("check digits fail: {}", failed.join(", ")));
    }
    if !name_matches {
        problems.push(format!("the name reads {} {} on the document", m.given_names, m.surname));
    }
    if !birth_date_matches {
        problems.push(format!("the birth date reads {} on the document", m.birth_date.map(|d| d.to_string()).unwrap_or_else(|| m.birth_date_raw.clone())));
    }
    if expired {
        problems.push(format!("the document expired ({})", m.expiry_date.map(|d| d.to_string()).unwrap_or_else(|| m.expiry_date_raw.clone())));
    }
    MrzComparison { name_matches, birth_date_matches, expired, checks_hold, problems }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{appointment_type::find, mrz::parse};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn a_photo_id_is_always_needed_and_an_i94_without_photo_needs_a_copy() {
        let inquiry = find("case_inquiry").unwrap();
        assert!(missing_documents(inquiry, &[DocumentKind::DriversLicense]).is_empty());
        assert_eq!(missing_documents(inquiry, &[]).len(), 1);
        assert_eq!(missing_documents(inquiry, &[DocumentKind::I94WithoutPhoto]).len(), 1);
        assert!(missing_documents(inquiry, &[DocumentKind::I94WithoutPhoto, DocumentKind::PassportOrIdCopy]).is_empty());
        assert!(missing_documents(inquiry, &[DocumentKind::I94WithPhoto]).is_empty());
    }

    #[test]
    fn a_type_that_asks_for_the_passport_wants_the_passport() {
        let eap = find("eap").unwrap();
        assert_eq!(missing_documents(eap, &[DocumentKind::StatePhotoId]), vec!["the passport, which this type of appointment needs"]);
        assert!(missing_documents(eap, &[DocumentKind::Passport]).is_empty());
    }

    const TD1: &str = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F3004157UTO<<<<<<<<<<<2\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    #[test]
    fn a_zone_that_matches_the_booking_is_accepted_and_accents_do_not_matter() {
        let m = parse(TD1, d("2026-11-23")).unwrap();
        assert!(m.all_checks_hold(), "{:?}", m.checks);
        let c = compare(&m, "Eriksson", "María", d("1974-08-12"), d("2026-11-23"));
        assert!(c.accepted(), "{:?}", c.problems);
    }

    #[test]
    fn a_mismatch_or_an_expired_document_is_named() {
        let m = parse(TD1, d("2026-11-23")).unwrap();
        let other = compare(&m, "Erikson", "Anna", d("1974-08-13"), d("2026-11-23"));
        assert!(!other.name_matches && !other.birth_date_matches && other.problems.len() == 2, "{:?}", other.problems);
        let later = compare(&m, "Eriksson", "Anna", d("1974-08-12"), d("2031-01-01"));
        assert!(later.expired && !later.accepted());
    }
}
