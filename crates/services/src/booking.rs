//! Booking, rescheduling, cancelling and looking up, with the PIN checks.

use chrono::{Duration, NaiveDate};
use passdesk_domain::{
    applicant::{ApplicantInput, Language, RepresentativeInput},
    appointment_type::{self, TypeAnswers},
    confirmation::ConfirmationNumber,
    pin::Pin,
    DomainError,
    repository::{Appointment, AppointmentStatus, NewBooking, RepoError, Repository, SlotChoice, StoredOffice},
};
use serde::Deserialize;
use uuid::Uuid;

use crate::{
    parse_office_code,
    release::parse_date,
    views::{AppointmentView, BookingReceipt},
    ServiceError, ServiceResult, Services,
};

/// Wrong PINs allowed per confirmation number before it is locked.
pub const MAX_PIN_FAILURES: u32 = 5;
pub const PIN_LOCK_MINUTES: i64 = 15;

/// One booking request, as the kiosk, the front desk or `passdesk book` sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    /// Office code; else the office is found by `zip`, else by `country`.
    #[serde(default)]
    pub office: Option<String>,
    #[serde(default)]
    pub zip: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(rename = "type")]
    pub type_code: String,
    /// A slot offered by `slots list`; without it the first free slot is taken.
    #[serde(default)]
    pub slot_id: Option<String>,
    /// With no `slot_id`: the first free slot on this date or later (default today).
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    pub applicant: ApplicantInput,
    #[serde(default)]
    pub representative: Option<RepresentativeInput>,
    /// Answers to the type's own questions (travel date, filing date, ...).
    #[serde(default)]
    pub answers: TypeAnswers,
}

/// Where a reschedule moves to.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct NewTime {
    #[serde(default)]
    pub slot_id: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
}

fn slot_choice(slot_id: Option<&str>, from: Option<&str>, today: NaiveDate) -> ServiceResult<SlotChoice> {
    match (slot_id.map(str::trim).filter(|s| !s.is_empty()), from.map(str::trim).filter(|s| !s.is_empty())) {
        (Some(id), _) => Uuid::parse_str(id)
            .map(SlotChoice::Exact)
            .map_err(|_| DomainError::invalid("slot_id", format!("\"{id}\" is not a slot id; `passdesk slots list` shows them")).into()),
        (None, Some(d)) => Ok(SlotChoice::FirstFree { from: parse_date("from", d)?.max(today) }),
        (None, None) => Ok(SlotChoice::FirstFree { from: today }),
    }
}

pub(crate) fn no_free_slot(e: RepoError, office: &StoredOffice, type_name: &str) -> ServiceError {
    match e {
        RepoError::NoFreeSlot { from } => ServiceError::new(
            "no_free_slot",
            format!(
                "no appointments left for \"{type_name}\" at {} from {from} on in this period; new appointments are released every day at {}, please try again then",
                office.office.name,
                office.office.release.release_at.format("%H:%M")
            ),
        )
        .with_l10n("error-no_free_slot", vec![("office", office.office.name.clone().into()), ("time", office.office.release.release_at.into())]),
        e => e.into(),
    }
}

/// No time on or before `latest`, the last day an appointment of the type
/// still helps (before the trip, by the day proof is needed).
pub(crate) fn too_late(type_name: &str, office: &StoredOffice, latest: NaiveDate) -> ServiceError {
    ServiceError::new(
        "no_slot_in_time",
        format!(
            "no free time for \"{type_name}\" at {} on or before {latest}, the last day this appointment can help; please call the USCIS Contact Center at {}",
            office.office.name,
            appointment_type::CONTACT_CENTER
        ),
    )
    .with_l10n("error-no_slot_in_time", vec![("date", latest.into()), ("phone", appointment_type::CONTACT_CENTER.into())])
}

/// Slots a search by a last useful day tries before it gives up: more
/// full ones in a row than this means this workstation's copy of the slots
/// is far behind the central database.
const MAX_PICKS: usize = 12;

/// The slots a booking or a move tries, in order. A first-free search that
/// must end by a last useful day is made on this workstation's copy of the
/// slots, which may lag the central database: a slot it found free may be
/// full or gone there, and then the next one is tried.
pub(crate) struct Picks {
    pub(crate) first: SlotChoice,
    rest: std::vec::IntoIter<SlotChoice>,
    /// Set when the search chose (not the person): the answer once every
    /// slot it found turned out taken.
    none_left: Option<ServiceError>,
}

impl Picks {
    /// The choice as it is, tried once: the person's own slot, or a search
    /// the store makes itself in the same transaction as the booking.
    pub(crate) fn given(choice: SlotChoice) -> Self {
        Self { first: choice, rest: Vec::new().into_iter(), none_left: None }
    }

    /// After a try refused with `e`: the next slot to try when the search
    /// chose a slot that is full or gone by now; else the refusal, as `say`
    /// words it.
    pub(crate) fn after(&mut self, e: RepoError, say: impl FnOnce(RepoError) -> ServiceError) -> ServiceResult<SlotChoice> {
        match (&self.none_left, &e) {
            (Some(none_left), RepoError::SlotFull | RepoError::SlotUnavailable(_)) => self.rest.next().ok_or_else(|| none_left.clone()),
            _ => Err(say(e)),
        }
    }
}

impl<R: Repository> Services<R> {
    /// `choice` kept on or before `latest`: a first-free search becomes the
    /// free slots serving the type by then, earliest first, an exact slot
    /// must lie by then. `not` is the appointment's own slot when rescheduling.
    pub(crate) async fn by_day(&self, office: &StoredOffice, type_code: &str, type_name: &str, choice: SlotChoice, latest: NaiveDate, not: Option<Uuid>) -> ServiceResult<Picks> {
        let o = &office.office;
        let now = self.now();
        match choice {
            SlotChoice::Exact(id) => match self.repo.slot(id).await? {
                Some(s) if s.local_date > latest => Err(too_late(type_name, office, latest)),
                // Anything else (gone, full, another office's) is the booking's to say.
                _ => Ok(Picks::given(SlotChoice::Exact(id))),
            },
            SlotChoice::FirstFree { from } => {
                let mut found = Vec::new();
                'days: for day in self.repo.released_days(&o.code, from, latest).await? {
                    for s in self.repo.slots(&o.code, day).await? {
                        if s.offered_for(type_code, now) && Some(s.id) != not {
                            found.push(SlotChoice::Exact(s.id));
                            if found.len() == MAX_PICKS {
                                break 'days;
                            }
                        }
                    }
                }
                let mut found = found.into_iter();
                match found.next() {
                    Some(first) => Ok(Picks { first, rest: found, none_left: Some(too_late(type_name, office, latest)) }),
                    None => Err(too_late(type_name, office, latest)),
                }
            }
        }
    }

    pub(crate) async fn office_for_request(&self, req: &BookingRequest) -> ServiceResult<StoredOffice> {
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        let code = if let Some(code) = given(&req.office) {
            parse_office_code(&code)?
        } else if let Some(zip) = given(&req.zip) {
            self.office_for_zip(&zip).await?.code.parse()?
        } else if let Some(country) = given(&req.country) {
            self.office_for_country(&country).await?.code.parse()?
        } else {
            return Err(ServiceError::new("invalid_input", "say which office: give an office code, a ZIP code, or a country of residence"));
        };
        Ok(self.repo.office(&code).await?)
    }

    /// Books one appointment. The type's rules, the applicant's data and the
    /// slot are all checked before anything is written; the seat is taken in
    /// one transaction that also refuses a full slot and a duplicate booking.
    pub async fn book(&self, req: &BookingRequest) -> ServiceResult<BookingReceipt> {
        let now = self.now();
        let ty = appointment_type::find(&req.type_code)?;
        let office = self.office_for_request(req).await?;
        let o = &office.office;
        let today = o.today(now);
        appointment_type::check_rule(ty, &req.answers, today, &o.holidays)?;
        let applicant = req.applicant.parse(today)?;
        let representative = req.representative.as_ref().map(RepresentativeInput::parse).transpose()?;
        let language: Language = match req.language.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(l) => l.parse()?,
            None => Language::default(),
        };
        let slot = slot_choice(req.slot_id.as_deref(), req.from.as_deref(), today)?;
        let mut picks = match ty.latest_day(&req.answers) {
            Some(latest) => self.by_day(&office, ty.code, ty.name, slot, latest, None).await?,
            None => Picks::given(slot),
        };
        let pin = Pin::random();
        let mut booking = NewBooking {
            id: Uuid::now_v7(),
            confirmation: ConfirmationNumber::random(),
            pin_hash: String::new(),
            office: o.code.clone(),
            type_code: ty.code.to_string(),
            slot: picks.first,
            language,
            applicant,
            representative,
            answers: req.answers.clone(),
            now,
        };
        // 45 random bits make a clash between confirmation numbers all but
        // impossible; should one happen, the unique index refuses it and a
        // fresh number is drawn.
        let mut draws = 0;
        loop {
            booking.pin_hash = self.pin_key.hash(booking.confirmation.as_str(), &pin);
            match self.repo.book(&booking).await {
                Ok(a) => {
                    return Ok(BookingReceipt {
                        pin: pin.reveal().to_string(),
                        appointment: AppointmentView::new(&a, o),
                    })
                }
                Err(RepoError::Conflict(m)) if m.contains("confirmation") => {
                    draws += 1;
                    if draws == 3 {
                        return Err(ServiceError::new("database_unavailable", "could not draw a free confirmation number; try again"));
                    }
                    booking.confirmation = ConfirmationNumber::random();
                }
                Err(e @ (RepoError::CentralUnavailable(_) | RepoError::Unavailable(_))) => {
                    // Made or not, nobody can tell yet: kept for the person's next try.
                    self.unanswered.remember(&booking, &pin);
                    return Err(no_free_slot(e, &office, ty.name));
                }
                Err(e @ RepoError::Duplicate(_)) => {
                    return match self.answer_again(&booking).await {
                        Some(receipt) => Ok(receipt),
                        None => Err(no_free_slot(e, &office, ty.name)),
                    }
                }
                Err(e) => booking.slot = picks.after(e, |e| no_free_slot(e, &office, ty.name))?,
            }
        }
    }

    /// The booking of this same request whose answer was lost, if the
    /// central database made it: shown now with its PIN, as the first answer
    /// would have.
    async fn answer_again(&self, booking: &NewBooking) -> Option<BookingReceipt> {
        for c in self.unanswered.of_same_request(booking) {
            if let Ok(Some((a, _))) = self.repo.appointment(&c.confirmation).await {
                if a.id == c.id && a.status == AppointmentStatus::Booked {
                    let office = self.repo.office(&a.slot.office).await.ok()?;
                    self.unanswered.forget(c.id);
                    return Some(BookingReceipt { pin: c.pin.reveal().to_string(), appointment: AppointmentView::new(&a, &office.office) });
                }
            }
        }
        None
    }

    /// The appointment behind a confirmation number and PIN. Wrong PINs are
    /// counted per number, known or not, and lock it for a while; the answer
    /// never tells whether the number exists.
    pub async fn authorize(&self, confirmation: &str, pin: &str) -> ServiceResult<Appointment> {
        let now = self.now();
        let conf: ConfirmationNumber = confirmation.parse()?;
        let pin = Pin::parse(pin)?;
        let locked = |until: chrono::DateTime<chrono::Utc>| {
            let minutes = ((until - now).num_seconds() + 59) / 60;
            ServiceError::new("pin_locked", format!("too many wrong PINs for this confirmation number; try again in {minutes} minutes"))
                .with_l10n("error-pin_locked", vec![("minutes", minutes.into())])
        };
        let attempts = self.repo.pin_attempts(conf.as_str(), now).await?;
        if let Some(until) = attempts.locked_until {
            return Err(locked(until));
        }
        match self.repo.appointment(&conf).await? {
            Some((a, hash)) if self.pin_key.verify(conf.as_str(), &pin, &hash) => {
                if attempts.failures > 0 {
                    self.repo.clear_pin_failures(conf.as_str()).await?;
                }
                Ok(a)
            }
            _ => {
                let after = self
                    .repo
                    .record_pin_failure(conf.as_str(), MAX_PIN_FAILURES, now + Duration::minutes(PIN_LOCK_MINUTES), now)
                    .await?;
                match after.locked_until {
                    Some(until) => Err(locked(until)),
                    None => {
                        let left = MAX_PIN_FAILURES.saturating_sub(after.failures);
                        Err(ServiceError::new("wrong_pin", format!("the confirmation number or the PIN is wrong ({left} tries left)"))
                            .with_l10n("error-wrong_pin", vec![("left", left.into())]))
                    }
                }
            }
        }
    }

    async fn view(&self, a: &Appointment) -> ServiceResult<AppointmentView> {
        let office = self.repo.office(&a.slot.office).await?;
        Ok(AppointmentView::new(a, &office.office))
    }

    pub async fn lookup(&self, confirmation: &str, pin: &str) -> ServiceResult<AppointmentView> {
        let a = self.authorize(confirmation, pin).await?;
        self.view(&a).await
    }

    pub async fn reschedule(&self, confirmation: &str, pin: &str, to: &NewTime) -> ServiceResult<AppointmentView> {
        // Read before the PIN is (the office's today comes after): a mistyped
        // slot or date leaves the PIN's tries as they were.
        slot_choice(to.slot_id.as_deref(), to.from.as_deref(), NaiveDate::MIN)?;
        let a = self.authorize(confirmation, pin).await?;
        self.not_checked_in(&a).await?;
        let office = self.repo.office(&a.slot.office).await?;
        let today = office.office.today(self.now());
        let choice = slot_choice(to.slot_id.as_deref(), to.from.as_deref(), today)?;
        let moved = self.move_to(&a, &office, choice).await?;
        Ok(AppointmentView::new(&moved, &office.office))
    }

    /// Moves a booked appointment to the slot chosen, or the first free one,
    /// still before the trip or by the day proof is needed for the types
    /// that have such a day.
    pub(crate) async fn move_to(&self, a: &Appointment, office: &StoredOffice, choice: SlotChoice) -> ServiceResult<Appointment> {
        let ty = appointment_type::find(&a.type_code).ok();
        let type_name = ty.map(|t| t.name).unwrap_or("this type");
        let mut picks = match ty.and_then(|t| t.latest_day(&a.answers)) {
            Some(latest) => self.by_day(office, &a.type_code, type_name, choice, latest, Some(a.slot.id)).await?,
            None => Picks::given(choice),
        };
        let mut choice = picks.first;
        loop {
            match self.repo.reschedule(&a.confirmation, choice, self.now()).await {
                Ok(moved) => return Ok(moved),
                Err(e) => choice = picks.after(e, |e| no_free_slot(e, office, type_name))?,
            }
        }
    }

    pub async fn cancel(&self, confirmation: &str, pin: &str) -> ServiceResult<AppointmentView> {
        let a = self.authorize(confirmation, pin).await?;
        self.not_checked_in(&a).await?;
        let cancelled = self.repo.cancel(&a.confirmation, self.now()).await?;
        self.view(&cancelled).await
    }

    /// Refuses to move or cancel an appointment whose person is checked in:
    /// the visit (in the queue, or served) belongs to it, and the day's
    /// roster and the queue would disagree.
    pub(crate) async fn not_checked_in(&self, a: &Appointment) -> ServiceResult<()> {
        let visits = self.repo.visits_on(&a.slot.office, a.slot.local_date).await?;
        match visits.iter().find(|v| v.confirmation.as_ref() == Some(&a.confirmation)) {
            Some(v) => Err(ServiceError::new(
                "checked_in",
                format!("this appointment is checked in already (number {}); the desk ends the visit before it can be moved or cancelled", v.queue_number),
            )
            .with_l10n("error-checked_in", vec![])),
            None => Ok(()),
        }
    }

    /// The appointments of an office on a local day, for the front desk.
    pub async fn appointments_on(&self, office: &str, day: NaiveDate) -> ServiceResult<Vec<AppointmentView>> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        Ok(self.repo.appointments_on(&stored.office.code, day).await?.iter().map(|a| AppointmentView::new(a, &stored.office)).collect())
    }
}
