//! The steps of the public booking flow, each checked as the applicant takes
//! it (at the kiosk, or at the front desk for a caller): the type's own rule,
//! the personal data, the times offered, and the replacement notice for a
//! person who lost confirmation number and PIN.

use chrono::{Duration, NaiveDate};
use passdesk_domain::{
    applicant::{ANumber, ApplicantInput, DateOfBirth, Name, ReceiptNumber, RepresentativeInput},
    appointment_type::{self, TypeAnswers},
    pin::Pin,
    repository::{Identity, Repository},
    DomainError,
};
use passdesk_i18n::catalog;
use serde::{Deserialize, Serialize};

use crate::{
    booking::{MAX_PIN_FAILURES, PIN_LOCK_MINUTES},
    parse_office_code,
    release::parse_date,
    views::AppointmentView,
    ServiceError, ServiceResult, Services,
};

/// One language the kiosk offers, named in itself.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanguageView {
    pub code: String,
    pub name: String,
    pub rtl: bool,
}

pub fn languages() -> Vec<LanguageView> {
    passdesk_i18n::LANGUAGES
        .iter()
        .map(|l| LanguageView { code: l.to_string(), name: catalog().text(l, "language-name", &[]), rtl: passdesk_i18n::is_rtl(l) })
        .collect()
}

/// A time the applicant may choose, with its date and time written in their language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OfferedSlot {
    pub slot_id: String,
    pub local_date: String,
    pub date_label: String,
    pub time_label: String,
    /// Date and time together, as the language joins them (the review screen).
    pub when_label: String,
    pub free: u32,
}

/// A page of offered times; `next_from` starts the next page, `None` at the
/// end of what is released.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SlotOffer {
    pub from: String,
    pub slots: Vec<OfferedSlot>,
    pub next_from: Option<String>,
}

/// Who asks for a replacement notice without confirmation number and PIN.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct IdentityInput {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: String,
    #[serde(default)]
    pub a_number: Option<String>,
    #[serde(default)]
    pub receipt_number: Option<String>,
}

/// A replacement notice's appointment and the PIN newly issued for it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Reissued {
    pub appointment: AppointmentView,
    pub pin: String,
}


impl<R: Repository> Services<R> {
    /// The type's own questions and refusals, before anything personal is asked.
    pub async fn check_request(&self, office: &str, type_code: &str, answers: &TypeAnswers) -> ServiceResult<()> {
        let ty = appointment_type::find(type_code)?;
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let o = &stored.office;
        appointment_type::check_rule(ty, answers, o.today(self.now()), &o.holidays)?;
        Ok(())
    }

    /// The personal data (and the representative's), as a booking would read them.
    pub async fn check_person(&self, office: &str, applicant: &ApplicantInput, representative: Option<&RepresentativeInput>) -> ServiceResult<()> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        applicant.parse(stored.office.today(self.now()))?;
        representative.map(RepresentativeInput::parse).transpose()?;
        Ok(())
    }

    /// Up to `limit` free times serving `type_code` from `from` (default
    /// today) on; with the type's `answers`, only by the last day the
    /// appointment can help (before the trip, by the day proof is needed).
    pub async fn offer_slots(&self, office: &str, type_code: &str, from: Option<&str>, limit: usize, lang: &str, answers: Option<&TypeAnswers>) -> ServiceResult<SlotOffer> {
        let ty = appointment_type::find(type_code)?;
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let o = &stored.office;
        let now = self.now();
        let today = o.today(now);
        let from = match from.map(str::trim).filter(|s| !s.is_empty()) {
            Some(d) => parse_date("from", d)?.max(today),
            None => today,
        };
        // Every released day may hold the page's times: a window of up to 180
        // days, and days a manager released by hand up to a year ahead.
        let latest = answers.and_then(|a| ty.latest_day(a));
        let horizon = (today + Duration::days(crate::release::MAX_DAYS_AHEAD)).min(latest.unwrap_or(NaiveDate::MAX));
        let days = self.repo.released_days(&o.code, from, horizon).await?;
        let mut slots = Vec::new();
        let mut next_from = None;
        for day in days {
            if slots.len() >= limit {
                next_from = Some(day.to_string());
                break;
            }
            for s in self.repo.slots(&o.code, day).await? {
                if s.offered_for(ty.code, now) {
                    let local = s.starts_at.with_timezone(&o.time_zone).naive_local();
                    slots.push(OfferedSlot {
                        slot_id: s.id.to_string(),
                        local_date: day.to_string(),
                        date_label: catalog().date_long(lang, day),
                        time_label: catalog().time(lang, local.time()),
                        when_label: catalog().date_time(lang, local),
                        free: s.capacity.saturating_sub(s.booked),
                    });
                }
            }
        }
        if slots.is_empty() && next_from.is_none() {
            return Err(match latest {
                Some(latest) => crate::booking::too_late(ty.name, &stored, latest),
                None => crate::booking::no_free_slot(passdesk_domain::repository::RepoError::NoFreeSlot { from }, &stored, ty.name),
            });
        }
        Ok(SlotOffer { from: from.to_string(), slots, next_from })
    }

    /// Finds the person's next appointment by name, date of birth and A-number
    /// or receipt number, issues a new PIN and returns both. Failed tries are
    /// counted per name and date of birth and lock like wrong PINs.
    pub async fn reissue_by_identity(&self, who: &IdentityInput) -> ServiceResult<Reissued> {
        let now = self.now();
        // No office is known yet: a birth date is in the future only when it
        // is after today everywhere (UTC+14), not after the UTC date; a
        // person born today in Guam is not refused.
        let today = (now + Duration::hours(14)).date_naive();
        let identity = Identity {
            last_name: Name::parse("last_name", &who.last_name)?,
            first_name: Name::parse("first_name", &who.first_name)?,
            date_of_birth: DateOfBirth::parse(&who.date_of_birth, today)?,
            a_number: who.a_number.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::parse::<ANumber>).transpose()?,
            receipt_number: who.receipt_number.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::parse::<ReceiptNumber>).transpose()?,
        };
        if identity.a_number.is_none() && identity.receipt_number.is_none() {
            return Err(DomainError::invalid("identity", "give the A-number or a receipt number as well").into());
        }
        let key = format!(
            "identity:{}|{}|{}",
            identity.last_name.as_str().to_lowercase(),
            identity.first_name.as_str().to_lowercase(),
            identity.date_of_birth.date()
        );
        let locked = || ServiceError::new("identity_locked", "too many tries with these details; ask at the front desk").with_l10n("error-identity_locked", vec![]);
        if self.repo.pin_attempts(&key, now).await?.locked_until.is_some() {
            return Err(locked());
        }
        let Some(a) = self.repo.appointments_of_person(&identity, now).await?.into_iter().next() else {
            let after = self.repo.record_pin_failure(&key, MAX_PIN_FAILURES, now + Duration::minutes(PIN_LOCK_MINUTES), now).await?;
            if after.locked_until.is_some() {
                return Err(locked());
            }
            return Err(ServiceError::new("identity_not_found", "no appointment matches these details").with_l10n("error-identity_not_found", vec![]));
        };
        self.repo.clear_pin_failures(&key).await?;
        let pin = Pin::random();
        self.repo.replace_pin(&a.confirmation, &self.pin_key.hash(a.confirmation.as_str(), &pin), now).await?;
        let office = self.repo.office(&a.slot.office).await?;
        Ok(Reissued { appointment: AppointmentView::new(&a, &office.office), pin: pin.reveal().to_string() })
    }
}
