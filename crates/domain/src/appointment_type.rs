//! The appointment-type catalogue, each type's rules kept as data.
//!
//! The rules are the ones the public descriptions of InfoPass give: an ADIT
//! stamp booked too far ahead is refused, an Emergency Advance Parole trip
//! within 10 business days is refused, an interim work permit needs 90 days
//! since the adjustment filing, "other" and matters that are not InfoPass are
//! sent elsewhere with a message.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{business_days::business_days_until_at_most, error::Refusal, DomainError};

pub const CONTACT_CENTER: &str = "1-800-375-5283";

/// What a type asks and when it refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeRule {
    /// Bookable with no question of its own.
    None,
    /// Asks when proof of status is needed (`proof_needed_by`); refused when
    /// that is more than `max_lead_days` after today.
    ProofNeededWithin { max_lead_days: u32 },
    /// Asks the planned travel date (`travel_date`); refused when the trip is
    /// `min_business_days` business days away or fewer.
    TravelAfterBusinessDays { min_business_days: u32 },
    /// Asks the adjustment filing date (`adjustment_filed_on`); bookable only
    /// `min_days` or more days after it.
    FiledAtLeastDaysAgo { min_days: u32 },
    /// Asks about the Immigration Judge's final order (`final_order`).
    FinalOrderDetails,
    /// Not booked: the person is sent to the Contact Center.
    ContactCenter,
    /// Not an InfoPass matter: the person is sent to an online service.
    Online { service: &'static str },
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppointmentType {
    pub code: &'static str,
    pub name: &'static str,
    pub rule: TypeRule,
    /// The track a block serving this type usually runs on (a hint for the mix editor).
    pub usual_track: &'static str,
    /// What to bring, as document codes (see [`document_name`]).
    pub bring: &'static [&'static str],
}

impl AppointmentType {
    /// True when the type can be booked at all (not a redirect).
    pub fn is_bookable(&self) -> bool {
        !matches!(self.rule, TypeRule::ContactCenter | TypeRule::Online { .. })
    }

    /// The last day an appointment of this type still helps the person: on
    /// or before the day proof of status is needed (ADIT), before the day
    /// of travel (Emergency Advance Parole). `None`: any day.
    pub fn latest_day(&self, answers: &TypeAnswers) -> Option<NaiveDate> {
        match self.rule {
            TypeRule::ProofNeededWithin { .. } => answers.proof_needed_by,
            TypeRule::TravelAfterBusinessDays { .. } => answers.travel_date.and_then(|d| d.pred_opt()),
            _ => None,
        }
    }
}

const BASE: &[&str] = &["notice", "photo_id", "green_card_or_ead", "i94", "case_papers"];

pub const CATALOGUE: &[AppointmentType] = &[
    AppointmentType { code: "case_inquiry", name: "Question about a pending case", rule: TypeRule::None, usual_track: "general", bring: BASE },
    AppointmentType {
        code: "adit",
        name: "ADIT / I-551 stamp (proof of permanent residence)",
        rule: TypeRule::ProofNeededWithin { max_lead_days: 30 },
        usual_track: "general",
        bring: &["notice", "passport", "photo_id", "i94", "approval_notice"],
    },
    AppointmentType {
        code: "interim_ead",
        name: "Interim work permit (adjustment pending 90+ days)",
        rule: TypeRule::FiledAtLeastDaysAgo { min_days: 90 },
        usual_track: "general",
        bring: &["notice", "photo_id", "i94", "filing_receipt", "passport_photos"],
    },
    AppointmentType {
        code: "card_replacement",
        name: "Replace a lost or stolen alien registration card",
        rule: TypeRule::None,
        usual_track: "general",
        bring: &["notice", "photo_id", "police_report", "case_papers"],
    },
    AppointmentType {
        code: "eap",
        name: "Emergency Advance Parole",
        rule: TypeRule::TravelAfterBusinessDays { min_business_days: 10 },
        usual_track: "general",
        bring: &["notice", "passport", "photo_id", "travel_evidence", "passport_photos", "case_papers"],
    },
    AppointmentType {
        code: "ij_grant",
        name: "Immigration Judge grant",
        rule: TypeRule::FinalOrderDetails,
        usual_track: "general",
        bring: &["notice", "photo_id", "final_order", "i94", "passport_photos"],
    },
    AppointmentType { code: "asylum", name: "Asylum appointment", rule: TypeRule::None, usual_track: "general", bring: BASE },
    AppointmentType { code: "nacara", name: "NACARA appointment", rule: TypeRule::None, usual_track: "general", bring: BASE },
    AppointmentType {
        code: "attorney_inquiry",
        name: "Attorney or accredited representative inquiry",
        rule: TypeRule::None,
        usual_track: "attorney",
        bring: &["notice", "photo_id", "g28", "case_papers"],
    },
    AppointmentType {
        code: "cashier_payment",
        name: "Cashier: pay a fee or bond",
        rule: TypeRule::None,
        usual_track: "cashier",
        bring: &["notice", "photo_id", "fee_notice"],
    },
    AppointmentType {
        code: "dara_adjustment",
        name: "DARA: adjustment filing and interview",
        rule: TypeRule::None,
        usual_track: "dara",
        bring: &["notice", "passport", "photo_id", "i94", "case_papers"],
    },
    AppointmentType { code: "other", name: "Other", rule: TypeRule::ContactCenter, usual_track: "general", bring: &[] },
    AppointmentType {
        code: "forms",
        name: "Download forms",
        rule: TypeRule::Online { service: "the forms page of the USCIS website" },
        usual_track: "general",
        bring: &[],
    },
    AppointmentType {
        code: "case_status",
        name: "Check case status online",
        rule: TypeRule::Online { service: "Case Status Online on the USCIS website" },
        usual_track: "general",
        bring: &[],
    },
    AppointmentType {
        code: "efile_i90",
        name: "E-file form I-90 (replace a green card)",
        rule: TypeRule::Online { service: "e-filing of form I-90 on the USCIS website" },
        usual_track: "general",
        bring: &[],
    },
    AppointmentType {
        code: "efile_i765",
        name: "E-file form I-765 (work permit)",
        rule: TypeRule::Online { service: "e-filing of form I-765 on the USCIS website" },
        usual_track: "general",
        bring: &[],
    },
];

pub fn find(code: &str) -> Result<&'static AppointmentType, DomainError> {
    CATALOGUE
        .iter()
        .find(|t| t.code == code.trim())
        .ok_or_else(|| DomainError::UnknownType(code.to_string()))
}

/// The readable name of a document code in [`AppointmentType::bring`].
pub fn document_name(code: &str) -> &'static str {
    match code {
        "notice" => "this appointment notice",
        "photo_id" => "a photo identity document: passport, state photo ID or driver's license",
        "green_card_or_ead" => "your Permanent Resident Card (I-551) if you are a resident, otherwise your Employment Authorization Document",
        "i94" => "Form I-94 (Arrival/Departure record); one without a photo counts only with a copy of a passport or ID showing name and face",
        "case_papers" => "forms, receipts, approval or denial notices, translations and originals that concern your inquiry",
        "passport" => "your passport",
        "approval_notice" => "the approval notice of your permanent residence",
        "filing_receipt" => "the receipt notice of your adjustment application (I-485)",
        "passport_photos" => "two passport-style photos",
        "police_report" => "a police report of the loss or theft, if you have one",
        "travel_evidence" => "evidence of the emergency and of the planned travel",
        "final_order" => "the Immigration Judge's final order",
        "g28" => "Form G-28 (notice of appearance as attorney or representative)",
        "fee_notice" => "the notice that asks for the fee or bond",
        _ => "other documents about your case",
    }
}

/// The Immigration Judge's final order, as the IJ-grant type asks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FinalOrder {
    pub date: NaiveDate,
    /// The immigration court that issued it.
    pub court: String,
    /// What the judge granted (for example "adjustment of status", "asylum").
    pub granted: String,
}

/// Answers to the type's own questions; each type reads the ones it asks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct TypeAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_needed_by: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustment_filed_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_order: Option<FinalOrder>,
}

impl TypeAnswers {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// Whatever was answered is a date of four-digit years and plain text,
    /// asked or not: answers are kept with the booking in every database,
    /// and a year such as +10000 would compare wrongly as text there.
    pub fn check_form(&self) -> Result<(), DomainError> {
        let dates = [
            ("proof_needed_by", self.proof_needed_by),
            ("travel_date", self.travel_date),
            ("adjustment_filed_on", self.adjustment_filed_on),
            ("final_order", self.final_order.as_ref().map(|o| o.date)),
        ];
        for (field, d) in dates {
            if d.is_some_and(|d| !(1000..=9999).contains(&d.year())) {
                return Err(DomainError::invalid(field, "a date as YYYY-MM-DD"));
            }
        }
        if let Some(order) = &self.final_order {
            for text in [&order.court, &order.granted] {
                crate::applicant::plain_text("final_order", text.trim(), 120)?;
            }
        }
        Ok(())
    }
}

/// Decides whether `t` may be booked today with these answers. `today` is the
/// office-local date; `holidays` are the office's, for business days.
pub fn check_rule(
    t: &AppointmentType,
    answers: &TypeAnswers,
    today: NaiveDate,
    holidays: &BTreeSet<NaiveDate>,
) -> Result<(), DomainError> {
    answers.check_form()?;
    match t.rule {
        TypeRule::None => Ok(()),
        TypeRule::ContactCenter => Err(DomainError::Redirected {
            type_code: t.code,
            online: false,
            message: format!("{} cannot be booked here: please call the USCIS Contact Center at {CONTACT_CENTER}", t.name),
        }),
        TypeRule::Online { service } => Err(DomainError::Redirected {
            type_code: t.code,
            online: true,
            message: format!("{} needs no appointment: use {service}", t.name),
        }),
        TypeRule::ProofNeededWithin { max_lead_days } => {
            let needed = answers
                .proof_needed_by
                .ok_or_else(|| DomainError::invalid("proof_needed_by", "say when you need proof of status"))?;
            if needed < today {
                return Err(DomainError::invalid("proof_needed_by", "the date proof of status is needed is in the past"));
            }
            if (needed - today).num_days() > i64::from(max_lead_days) {
                return Err(DomainError::RuleRefused {
                    refusal: Refusal::ProofTooFarAhead { needed, max_lead_days },
                    message: format!(
                        "proof of status needed on {needed} is more than {max_lead_days} days ahead: book closer to that date, or call the USCIS Contact Center at {CONTACT_CENTER}"
                    ),
                });
            }
            Ok(())
        }
        TypeRule::TravelAfterBusinessDays { min_business_days } => {
            let travel = answers
                .travel_date
                .ok_or_else(|| DomainError::invalid("travel_date", "give the planned travel date"))?;
            if travel < today {
                return Err(DomainError::invalid("travel_date", "the travel date is in the past"));
            }
            let days = business_days_until_at_most(today, travel, holidays, min_business_days + 1);
            if days <= min_business_days {
                return Err(DomainError::RuleRefused {
                    refusal: Refusal::TravelTooSoon { travel, min_business_days },
                    message: format!("travel on {travel} is within {min_business_days} business days: please call the USCIS Contact Center at {CONTACT_CENTER}"),
                });
            }
            Ok(())
        }
        TypeRule::FiledAtLeastDaysAgo { min_days } => {
            let filed = answers
                .adjustment_filed_on
                .ok_or_else(|| DomainError::invalid("adjustment_filed_on", "give the date your adjustment application was filed"))?;
            if filed > today {
                return Err(DomainError::invalid("adjustment_filed_on", "the filing date is in the future"));
            }
            let waited = (today - filed).num_days();
            if waited < i64::from(min_days) {
                return Err(DomainError::RuleRefused {
                    refusal: Refusal::FiledTooRecently { min_days, waited },
                    message: format!("an interim work permit can be requested {min_days} days after filing; yours was filed {waited} days ago"),
                });
            }
            Ok(())
        }
        TypeRule::FinalOrderDetails => {
            let order = answers
                .final_order
                .as_ref()
                .ok_or_else(|| DomainError::invalid("final_order", "give the date, court and grant of the judge's final order"))?;
            if order.date > today {
                return Err(DomainError::invalid("final_order", "the final order's date is in the future"));
            }
            if order.court.trim().is_empty() || order.granted.trim().is_empty() {
                return Err(DomainError::invalid("final_order", "name the court and what the judge granted"));
            }
            // Plain text: check_form has seen to it.
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }
    fn check(code: &str, a: TypeAnswers, today: &str) -> Result<(), DomainError> {
        check_rule(find(code).expect("type in catalogue"), &a, date(today), &BTreeSet::new())
    }

    #[test]
    fn answers_are_four_digit_dates_and_plain_text_whatever_the_type_asks() {
        let far = NaiveDate::from_ymd_opt(10000, 1, 2).expect("a date chrono holds");
        let refused = check("case_inquiry", TypeAnswers { travel_date: Some(far), ..Default::default() }, "2026-11-24").expect_err("year 10000");
        assert!(matches!(refused, DomainError::Invalid { field: "travel_date", .. }), "{refused:?}");
        let order = FinalOrder { date: date("2020-01-01"), court: "Dallas\u{0}".into(), granted: "asylum".into() };
        let refused = check("case_inquiry", TypeAnswers { final_order: Some(order), ..Default::default() }, "2026-11-24").expect_err("a NUL in an answer not asked");
        assert!(matches!(refused, DomainError::Invalid { field: "final_order", .. }), "{refused:?}");
        assert!(check("case_inquiry", TypeAnswers { travel_date: Some(date("2027-01-02")), ..Default::default() }, "2026-11-24").is_ok());
    }

    #[test]
    fn a_final_orders_court_and_grant_are_plain_text() {
        let order = |court: &str, granted: &str| TypeAnswers { final_order: Some(FinalOrder { date: date("2026-10-01"), court: court.into(), granted: granted.into() }), ..Default::default() };
        assert!(check("ij_grant", order("Dallas Immigration Court", "asylum"), "2026-11-24").is_ok());
        for (court, granted) in [("Dallas\0Court", "asylum"), ("Dallas Immigration Court", &"x".repeat(121))] {
            let e = check("ij_grant", order(court, granted), "2026-11-24").expect_err("refused");
            assert!(matches!(e, DomainError::Invalid { field: "final_order", .. }), "{e:?}");
        }
    }

    #[test]
    fn codes_are_unique() {
        let codes: BTreeSet<_> = CATALOGUE.iter().map(|t| t.code).collect();
        assert_eq!(codes.len(), CATALOGUE.len());
    }

    #[test]
    fn other_and_online_matters_are_redirected() {
        let e = check("other", TypeAnswers::default(), "2026-11-23").expect_err("other is refused");
        assert!(e.to_string().contains(CONTACT_CENTER), "names the Contact Center: {e}");
        let e = check("efile_i90", TypeAnswers::default(), "2026-11-23").expect_err("I-90 e-filing is refused");
        assert!(matches!(e, DomainError::Redirected { .. }));
    }

    #[test]
    fn eap_refuses_exactly_ten_business_days_and_accepts_eleven() {
        // Monday 2026-11-02: 10 business days later is Tuesday 2026-11-17
        // (Veterans Day, Wednesday 11-11, is none, listed by the office or not).
        let a = |d| TypeAnswers { travel_date: Some(date(d)), ..Default::default() };
        assert!(matches!(check("eap", a("2026-11-17"), "2026-11-02"), Err(DomainError::RuleRefused { .. })));
        assert!(check("eap", a("2026-11-18"), "2026-11-02").is_ok());
    }

    #[test]
    fn interim_ead_needs_ninety_days() {
        let a = |d| TypeAnswers { adjustment_filed_on: Some(date(d)), ..Default::default() };
        // 2026-08-25 + 90 days = 2026-11-23.
        assert!(check("interim_ead", a("2026-08-25"), "2026-11-23").is_ok());
        assert!(matches!(check("interim_ead", a("2026-08-26"), "2026-11-23"), Err(DomainError::RuleRefused { .. })));
    }

    #[test]
    fn adit_refuses_too_far_ahead() {
        let a = |d| TypeAnswers { proof_needed_by: Some(date(d)), ..Default::default() };
        assert!(check("adit", a("2026-12-23"), "2026-11-23").is_ok());
        assert!(matches!(check("adit", a("2026-12-24"), "2026-11-23"), Err(DomainError::RuleRefused { .. })));
        assert!(matches!(check("adit", TypeAnswers::default(), "2026-11-23"), Err(DomainError::Invalid { .. })));
    }
}
