//! The front desk's day: finding an arrival from one search box, checking
//! their identity documents (typed by an MRZ reader or seen by the officer),
//! checking them in to the waiting queue, calling and serving, emergency and
//! attorney walk-ins, and the cashier's admissions.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use passdesk_domain::{
    applicant::plain_text,
    appointment_type,
    confirmation::ConfirmationNumber,
    documents::{self, DocumentKind},
    mrz,
    office::{LateArrivals, Office},
    pin::Pin,
    repository::{Appointment, AppointmentStatus, Repository, SlotChoice},
    staff::{Action, Role},
    visit::{also_confirmation, parse_search, ArrivalSearch, Companion, DocumentRecord, NewVisit, Visit, VisitKind, VisitState, VisitStep},
    DomainError,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{booking::Picks, kiosk::Reissued, parse_office_code, staff::Session, views::AppointmentView, ServiceError, ServiceResult, Services};

/// How many matches the search box shows.
const SEARCH_LIMIT: u32 = 20;

/// Where a found appointment stands, seen from this desk today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    TodayHere,
    OtherDayHere,
    OtherOffice,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Arrival {
    pub appointment: AppointmentView,
    pub relation: Relation,
    /// In plain words: "today", "booked for tomorrow", "booked for 2026-12-03 at ARL".
    pub note: String,
    /// The visit when the person is checked in already.
    pub visit: Option<Visit>,
}

/// A document shown at the desk: its kind as the officer sees it, or the MRZ
/// a reader typed (which gives number, expiry and the comparison).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct DocumentShown {
    pub kind: DocumentKind,
    #[serde(default)]
    pub number_last4: Option<String>,
    #[serde(default)]
    pub expiry: Option<String>,
    #[serde(default)]
    pub mrz: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub confirmation: String,
    pub documents: Vec<DocumentShown>,
    /// Why the officer accepts a document that does not match; needed when one does not.
    #[serde(default)]
    pub override_reason: Option<String>,
    #[serde(default)]
    pub companions: Vec<Companion>,
}

/// Who may come in with the person (the check-in screen's choices).
pub const COMPANION_ROLES: &[&str] = &["family", "translator", "attorney"];
/// Why an emergency walk-in is seen without an appointment.
pub const WALK_IN_REASONS: &[&str] = &["medical_emergency", "imminent_travel", "death_in_family", "document_needed_for_work", "humanitarian", "other"];

/// A manager or supervisor present at the desk, signing for a walk-in over the day's capacity.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub username: String,
    pub password: String,
}

// Its password never reaches a log through `{:?}`.
impl std::fmt::Debug for Approval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Approval").field("username", &self.username).field("password", &"***").finish()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct WalkIn {
    pub name: String,
    /// `walk_in` (an emergency), `attorney_walk_in` or `cashier_walk_in`.
    pub kind: VisitKind,
    /// One of [`WALK_IN_REASONS`], for an emergency.
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub reason_text: Option<String>,
    #[serde(default)]
    pub approval: Option<Approval>,
}

/// What the waiting room's screen shows: numbers, never names.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WaitingRoom {
    /// Called numbers, the latest first, with the desk to go to.
    pub called: Vec<CalledNumber>,
    pub waiting: u32,
}

/// A number called and where to go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CalledNumber {
    pub number: u32,
    /// The desk as staff named it ("Window 3").
    pub desk: String,
    /// Called from the cashier screen (desk [`CASHIER_DESK`]): the lobby
    /// says "cashier" in each language rather than that English label.
    pub at_cashier: bool,
}

/// The desk the cashier screen calls people to.
pub const CASHIER_DESK: &str = "Cashier";

/// What a cashier sees of a person: no A-number, no date of birth.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CashierEntry {
    pub visit_id: String,
    pub queue_number: u32,
    pub name: String,
    pub confirmation: Option<String>,
    pub state: VisitState,
    pub receipt_ref: Option<String>,
}

fn refused(code: &'static str, message: impl Into<String>) -> ServiceError {
    ServiceError::new(code, message)
}

impl From<&Visit> for CashierEntry {
    fn from(v: &Visit) -> Self {
        Self {
            visit_id: v.id.to_string(),
            queue_number: v.queue_number,
            name: v.display_name.clone(),
            confirmation: v.confirmation.as_ref().map(ToString::to_string),
            state: v.state,
            receipt_ref: v.receipt_ref.clone(),
        }
    }
}

fn display_name(a: &Appointment) -> String {
    format!("{}, {}", a.applicant.last_name.as_str(), a.applicant.first_name.as_str())
}

fn today_at(office: &Office, now: DateTime<Utc>) -> (NaiveDate, chrono::NaiveTime, chrono::Weekday) {
    let local = now.with_timezone(&office.time_zone);
    (local.date_naive(), local.time(), local.weekday())
}

impl<R: Repository> Services<R> {
    fn own_office(session: &Session) -> ServiceResult<String> {
        session.account.office.as_ref().map(ToString::to_string).ok_or_else(|| refused("forbidden", "your account has no office; the front desk works at one office"))
    }

    /// The search box: matches anywhere, today's at this office first, then the nearest days.
    pub async fn find_arrival(&self, session: &Session, query: &str) -> ServiceResult<Vec<Arrival>> {
        // The check-in's search (every office's appointments, whole): not the cashier's.
        session.require(Action::BookForOthers)?;
        let here = Self::own_office(session)?;
        let search = parse_search(query)?;
        let now = self.now();
        let mut found = self.repo.find_arrivals(&search, now, SEARCH_LIMIT).await?;
        if found.is_empty() && !matches!(search, ArrivalSearch::Confirmation(_)) {
            if let Some(c) = also_confirmation(query) {
                found = self.repo.find_arrivals(&ArrivalSearch::Confirmation(c), now, SEARCH_LIMIT).await?;
            }
        }
        let mut out = Vec::new();
        for a in found {
            let office = self.repo.office(&a.slot.office).await?;
            let today = office.office.today(now);
            let relation = match (a.slot.office.as_str() == here, a.slot.local_date == today) {
                (true, true) => Relation::TodayHere,
                (true, false) => Relation::OtherDayHere,
                (false, _) => Relation::OtherOffice,
            };
            let days = (a.slot.local_date - today).num_days();
            let mut note = match days {
                0 => "today".to_string(),
                1 => "booked for tomorrow".to_string(),
                -1 => "was booked for yesterday".to_string(),
                d if d > 1 => format!("booked for {} ({d} days ahead)", a.slot.local_date),
                d => format!("was booked for {} ({} days ago)", a.slot.local_date, -d),
            };
            if relation == Relation::OtherOffice {
                note.push_str(&format!(" at another office: {} ({})", office.office.name, office.office.code));
            }
            if a.status == AppointmentStatus::Cancelled {
                note.push_str(", cancelled");
            }
            let visit = if relation == Relation::TodayHere {
                self.repo.visits_on(&a.slot.office, today).await?.into_iter().find(|v| v.confirmation.as_ref() == Some(&a.confirmation))
            } else {
                None
            };
            out.push(Arrival { appointment: AppointmentView::new(&a, &office.office), relation, note, visit });
        }
        // Today's here first, by time; the rest as the store ordered them, nearest first.
        out.sort_by_key(|x| if x.relation == Relation::TodayHere { (0, x.appointment.starts_at.clone()) } else { (1, String::new()) });
        Ok(out)
    }

    /// Checks an arrival in: today's appointment at this office, the
    /// documents the type requires, every MRZ compared with the booking (a
    /// mismatch needs a reason), companions and lateness by office policy.
    pub async fn check_in(&self, session: &Session, c: &CheckIn) -> ServiceResult<Visit> {
        session.require(Action::BookForOthers)?;
        let here = Self::own_office(session)?;
        let now = self.now();
        let conf: ConfirmationNumber = c.confirmation.parse()?;
        let (a, _) = self.repo.appointment(&conf).await?.ok_or_else(|| refused("not_found", "no appointment has this confirmation number"))?;
        let office = self.repo.office(&a.slot.office).await?;
        let o = &office.office;
        let (today, _, _) = today_at(o, now);
        if a.slot.office.as_str() != here {
            return Err(refused("other_office", format!("this appointment is at another office: {} ({})", o.name, o.code)));
        }
        if a.status != AppointmentStatus::Booked {
            return Err(refused("conflict", "this appointment is cancelled"));
        }
        if a.slot.local_date != today {
            return Err(refused("not_today", format!("this appointment is for {}, not today", a.slot.local_date)));
        }
        let grace = Duration::minutes(i64::from(o.policy.no_show_after_minutes));
        let late = now > a.slot.starts_at + grace;
        if late && o.policy.late_arrivals == LateArrivals::Rebook {
            return Err(refused("late_arrival", "the appointment's time has passed; this office books a new time for late arrivals"));
        }
        if !c.companions.is_empty() && !o.policy.companions {
            return Err(refused("companions_not_admitted", "this office does not admit accompanying persons; they wait outside"));
        }
        let ty = appointment_type::find(&a.type_code)?;
        let kinds: Vec<DocumentKind> = c.documents.iter().map(|d| d.kind).collect();
        let missing = documents::missing_documents(ty, &kinds);
        if !missing.is_empty() {
            return Err(refused("documents_missing", format!("not enough to check in: {}", missing.join("; "))));
        }
        let reason = c.override_reason.as_deref().map(str::trim).filter(|r| !r.is_empty()).map(|r| plain_text("override_reason", r, 200)).transpose()?;
        for p in &c.companions {
            passdesk_domain::applicant::Name::parse("companions", &p.name)?;
            if !COMPANION_ROLES.contains(&p.role.as_str()) {
                return Err(DomainError::invalid("companions", format!("a companion is one of {}", COMPANION_ROLES.join(", "))).into());
            }
        }
        if let Some(n) = c.documents.iter().filter_map(|d| d.number_last4.as_deref()).find(|n| !n.trim().chars().all(|c| c.is_ascii_alphanumeric())) {
            return Err(DomainError::invalid("number_last4", format!("\"{n}\": a document number has letters and digits only")).into());
        }
        let mut records = Vec::new();
        let mut problems_all = Vec::new();
        for d in &c.documents {
            let mut record = DocumentRecord {
                kind: d.kind,
                number_last4: d.number_last4.as_deref().map(|n| n.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect()),
                expiry: d.expiry.as_deref().map(|e| crate::release::parse_date("expiry", e)).transpose()?,
                outcome: "seen".into(),
                problems: Vec::new(),
                override_reason: None,
                overridden_by: None,
            };
            if let Some(zone) = d.mrz.as_deref().filter(|z| !z.trim().is_empty()) {
                let m = mrz::parse(zone, today)?;
                let mut cmp = documents::compare(&m, a.applicant.last_name.as_str(), a.applicant.first_name.as_str(), a.applicant.date_of_birth.date(), today);
                // The kind chosen counts towards what the type needs (a passport):
                // a passport's zone starts with P, a card's does not.
                if (d.kind == DocumentKind::Passport) != m.document_code.starts_with('P') {
                    cmp.problems.push(format!("the zone read is a {} (document code {}), not what was chosen: {}", if m.document_code.starts_with('P') { "passport" } else { "card" }, m.document_code, d.kind.as_str().replace('_', " ")));
                }
                let accepted = cmp.accepted();
                record.number_last4 = Some(m.number_last4());
                record.expiry = m.expiry_date;
                record.outcome = if accepted { "mrz_match".into() } else { "mrz_mismatch".into() };
                if !accepted {
                    problems_all.extend(cmp.problems.iter().cloned());
                    record.problems = cmp.problems;
                    record.override_reason = reason.map(String::from);
                    record.overridden_by = Some(session.account.username.to_string());
                }
            } else if record.expiry.is_some_and(|e| e < today) {
                let p = format!("the {} expired on {}", d.kind.as_str().replace('_', " "), record.expiry.map(|e| e.to_string()).unwrap_or_default());
                problems_all.push(p.clone());
                record.problems = vec![p];
                record.override_reason = reason.map(String::from);
                record.overridden_by = Some(session.account.username.to_string());
            }
            records.push(record);
        }
        if !problems_all.is_empty() && reason.is_none() {
            return Err(refused("document_mismatch", format!("the documents do not match the booking: {}; give a reason to accept them", problems_all.join("; "))));
        }
        let visit = NewVisit {
            id: Uuid::now_v7(),
            office: o.code.clone(),
            local_date: today,
            appointment: Some(conf),
            kind: VisitKind::Appointment,
            track: a.slot.track.clone(),
            display_name: display_name(&a),
            late,
            checked_in_by: session.account.username.to_string(),
            walk_in_reason: None,
            approved_by: None,
            companions: c.companions.clone(),
            documents: records,
            now,
            queue_number: None,
        };
        Ok(self.repo.record_visit(&visit).await?)
    }

    /// A person without an appointment: an emergency screened at the desk
    /// (where the office allows walk-ins; over the day's capacity only with a
    /// manager's approval), or an attorney or a payer in the office's hours for them.
    pub async fn walk_in(&self, session: &Session, w: &WalkIn) -> ServiceResult<Visit> {
        let action = if w.kind == VisitKind::CashierWalkIn { Action::Cashier } else { Action::BookForOthers };
        session.require(action)?;
        let here = Self::own_office(session)?;
        let office = self.repo.office(&parse_office_code(&here)?).await?;
        let o = &office.office;
        let now = self.now();
        let (today, time, weekday) = today_at(o, now);
        let name = passdesk_domain::applicant::Name::parse("name", &w.name)?;
        // A holiday closes the attorney and cashier hours too; an emergency
        // is seen only on a day the office is open at all.
        let holiday = o.holidays.contains(&today) || passdesk_domain::business_days::is_federal_holiday(today);
        if holiday || (w.kind == VisitKind::WalkIn && !o.is_open_on(today)) {
            return Err(refused("office_closed", format!("{} is closed today ({today})", o.name)));
        }
        let (track, reason, approved_by) = match w.kind {
            VisitKind::Appointment => return Err(DomainError::invalid("kind", "an appointment is checked in, not walked in").into()),
            VisitKind::AttorneyWalkIn => {
                if !o.policy.attorney_walk_in_hours.is_open_at(weekday, time) {
                    return Err(refused("outside_walk_in_hours", "attorneys are seen without an appointment only in the office's attorney walk-in hours"));
                }
                ("attorney".to_string(), None, None)
            }
            VisitKind::CashierWalkIn => {
                if !o.policy.cashier_hours.is_open_at(weekday, time) {
                    return Err(refused("outside_cashier_hours", "the cashier serves without an appointment only in the office's cashier hours"));
                }
                ("cashier".to_string(), None, None)
            }
            VisitKind::WalkIn => {
                if !o.policy.walk_ins {
                    return Err(refused("walk_ins_not_allowed", "this office does not see emergency walk-ins; book the person instead"));
                }
                let reason = w.reason.as_deref().filter(|r| WALK_IN_REASONS.contains(r)).ok_or_else(|| DomainError::invalid("reason", format!("choose one of {}", WALK_IN_REASONS.join(", "))))?;
                let text = w.reason_text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(|t| plain_text("reason_text", t, 200)).transpose()?;
                if reason == "other" && text.is_none() {
                    return Err(DomainError::invalid("reason_text", "say what the emergency is").into());
                }
                let reason = text.map_or_else(|| reason.to_string(), |t| format!("{reason}: {t}"));
                // Walk-ins take the general track's seats still free today; when
                // none is left, the day is over capacity.
                let free: usize = self.repo.slots(&o.code, today).await?.iter().filter(|s| s.track == "general" && s.starts_at > now).map(|s| s.capacity.saturating_sub(s.booked) as usize).sum();
                let walk_ins = self.repo.visits_on(&o.code, today).await?.iter().filter(|v| v.kind == VisitKind::WalkIn).count();
                let approved_by = if walk_ins >= free {
                    let approval = w.approval.as_ref().ok_or_else(|| {
                        refused("approval_needed", format!("today's general seats are taken ({free} free seats left, {walk_ins} walk-ins already); a manager or supervisor must approve this walk-in"))
                    })?;
                    let approver = self.verify_password(&approval.username, &approval.password, "approval").await.map_err(|_| refused("approval_refused", "the approval's username or password is wrong"))?;
                    let may = matches!(approver.account.role, Role::DistrictManager | Role::Administrator)
                        && (approver.account.role == Role::Administrator || approver.account.office.as_ref().map(ToString::to_string).as_deref() == Some(here.as_str()));
                    if !may {
                        return Err(refused("approval_refused", "only a manager of this office or an administrator may approve a walk-in over capacity"));
                    }
                    Some(approver.account.username.to_string())
                } else {
                    None
                };
                ("general".to_string(), Some(reason), approved_by)
            }
        };
        let visit = NewVisit {
            id: Uuid::now_v7(),
            office: o.code.clone(),
            local_date: today,
            appointment: None,
            kind: w.kind,
            track,
            display_name: name.as_str().to_string(),
            late: false,
            checked_in_by: session.account.username.to_string(),
            walk_in_reason: reason,
            approved_by,
            companions: Vec::new(),
            documents: Vec::new(),
            now,
            queue_number: None,
        };
        Ok(self.repo.record_visit(&visit).await?)
    }

    /// Calls a waiting visit to a desk or window.
    pub async fn call_visit(&self, session: &Session, visit: &str, desk: &str) -> ServiceResult<Visit> {
        session.require(Action::ViewBoard)?;
        let desk = desk.trim();
        if desk.is_empty() || desk.chars().count() > 12 || desk.chars().any(char::is_control) {
            return Err(DomainError::invalid("desk", "name the desk or window (up to 12 characters)").into());
        }
        self.advance(session, visit, &[VisitState::Waiting, VisitState::Called], VisitState::Called, Some(desk), None).await
    }

    /// Ends a visit: served, or seen and not served; `receipt_ref` for a payment.
    pub async fn finish_visit(&self, session: &Session, visit: &str, served: bool, receipt_ref: Option<&str>) -> ServiceResult<Visit> {
        session.require(Action::ViewBoard)?;
        let receipt = receipt_ref.map(str::trim).filter(|r| !r.is_empty());
        if let Some(r) = receipt {
            plain_text("receipt_ref", r, 40)?;
        }
        let to = if served { VisitState::Served } else { VisitState::NotServed };
        self.advance(session, visit, &[VisitState::Called], to, None, receipt).await
    }

    async fn advance(&self, session: &Session, visit: &str, from: &[VisitState], to: VisitState, desk: Option<&str>, receipt: Option<&str>) -> ServiceResult<Visit> {
        let id = Uuid::parse_str(visit.trim()).map_err(|_| DomainError::invalid("visit", "not a visit id"))?;
        let here = Self::own_office(session)?;
        let now = self.now();
        let office = self.repo.office(&parse_office_code(&here)?).await?;
        let day = office.office.today(now);
        let visits = self.repo.visits_on(&office.office.code, day).await?;
        let v = visits.iter().find(|v| v.id == id).ok_or_else(|| refused("not_found", "no such visit today at this office"))?;
        if !session.sees_track(&v.track) {
            return Err(refused("forbidden", "the cashier serves the cashier track only"));
        }
        let step = VisitStep { id, from, to, desk, receipt_ref: receipt, by: session.account.username.as_str(), now };
        Ok(self.repo.advance_visit(&step).await?)
    }

    /// The waiting room's screen of the person's own office.
    pub async fn waiting_room_here(&self, session: &Session) -> ServiceResult<WaitingRoom> {
        self.waiting_room(&Self::own_office(session)?).await
    }

    /// The waiting room's screen for an office today.
    pub async fn waiting_room(&self, office: &str) -> ServiceResult<WaitingRoom> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let day = stored.office.today(self.now());
        let mut visits = self.repo.visits_on(&stored.office.code, day).await?;
        visits.sort_by_key(|v| std::cmp::Reverse(v.called_at));
        Ok(WaitingRoom {
            called: visits
                .iter()
                .filter(|v| v.state == VisitState::Called)
                .map(|v| CalledNumber { number: v.queue_number, desk: v.desk.clone().unwrap_or_default(), at_cashier: v.desk.as_deref() == Some(CASHIER_DESK) })
                .collect(),
            waiting: visits.iter().filter(|v| v.state == VisitState::Waiting).count() as u32,
        })
    }

    /// A late arrival at an office that rebooks them: the appointment moves to
    /// the next free time of its type, and a new PIN is issued for the new
    /// notice (the desk has seen the person's documents).
    pub async fn rebook_late(&self, session: &Session, confirmation: &str) -> ServiceResult<Reissued> {
        session.require(Action::BookForOthers)?;
        let here = Self::own_office(session)?;
        let now = self.now();
        let conf: ConfirmationNumber = confirmation.parse()?;
        let (a, _) = self.repo.appointment(&conf).await?.ok_or_else(|| refused("not_found", "no appointment has this confirmation number"))?;
        self.not_checked_in(&a).await?;
        let office = self.repo.office(&a.slot.office).await?;
        let o = &office.office;
        if a.slot.office.as_str() != here || a.status != AppointmentStatus::Booked || a.slot.local_date != o.today(now) {
            return Err(refused("conflict", "only today's appointments at this office are rebooked at the desk"));
        }
        if now <= a.slot.starts_at + Duration::minutes(i64::from(o.policy.no_show_after_minutes)) {
            return Err(refused("not_late", "this appointment's time has not passed; check the person in"));
        }
        let first_free = SlotChoice::FirstFree { from: o.today(now) };
        // Still before the trip, or by the day proof is needed.
        let ty = passdesk_domain::appointment_type::find(&a.type_code).ok();
        // Named as staff know it; a code the catalogue no longer has, by its code.
        let type_name = ty.map_or(a.type_code.as_str(), |t| t.name);
        let mut picks = match ty.and_then(|t| t.latest_day(&a.answers).map(|l| (t, l))) {
            Some((ty, latest)) => self.by_day(&office, ty.code, ty.name, first_free, latest, Some(a.slot.id)).await?,
            None => Picks::given(first_free),
        };
        let mut choice = picks.first;
        let moved = loop {
            match self.repo.rebook_late(&conf, choice, now).await {
                Ok(moved) => break moved,
                Err(e) => choice = picks.after(e, |e| crate::booking::no_free_slot(e, &office, type_name))?,
            }
        };
        let pin = Pin::random();
        self.repo.replace_pin(&conf, &self.pin_key.hash(conf.as_str(), &pin), now).await?;
        Ok(Reissued { appointment: AppointmentView::new(&moved, o), pin: pin.reveal().to_string() })
    }

    /// The cashier admits only someone holding a cashier-track appointment
    /// today at this office (by confirmation number or scanned notice), and
    /// sees only what a cashier needs.
    pub async fn cashier_admit(&self, session: &Session, confirmation: &str) -> ServiceResult<CashierEntry> {
        session.require(Action::Cashier)?;
        let here = Self::own_office(session)?;
        let conf: ConfirmationNumber = confirmation.parse()?;
        let now = self.now();
        let no = || refused("no_cashier_appointment", "this person holds no cashier appointment today at this office");
        let (a, _) = self.repo.appointment(&conf).await?.ok_or_else(no)?;
        let office = self.repo.office(&a.slot.office).await?;
        if a.slot.office.as_str() != here || a.slot.track != "cashier" || a.status != AppointmentStatus::Booked || a.slot.local_date != office.office.today(now) {
            return Err(no());
        }
        let visit = NewVisit {
            id: Uuid::now_v7(),
            office: office.office.code.clone(),
            local_date: a.slot.local_date,
            appointment: Some(conf),
            kind: VisitKind::Appointment,
            track: "cashier".into(),
            display_name: display_name(&a),
            late: now > a.slot.starts_at + Duration::minutes(i64::from(office.office.policy.no_show_after_minutes)),
            checked_in_by: session.account.username.to_string(),
            walk_in_reason: None,
            approved_by: None,
            companions: Vec::new(),
            documents: Vec::new(),
            now,
            queue_number: None,
        };
        Ok(CashierEntry::from(&self.repo.record_visit(&visit).await?))
    }

    /// The cashier's queue today: cashier-track visits only, without personal data.
    pub async fn cashier_queue(&self, session: &Session) -> ServiceResult<Vec<CashierEntry>> {
        session.require(Action::Cashier)?;
        let here = Self::own_office(session)?;
        let office = self.repo.office(&parse_office_code(&here)?).await?;
        let day = office.office.today(self.now());
        Ok(self.repo.visits_on(&office.office.code, day).await?.iter().filter(|v| v.track == "cashier").map(CashierEntry::from).collect())
    }

    /// Today's visits at the person's office, in queue order.
    pub async fn visits_today(&self, session: &Session) -> ServiceResult<Vec<Visit>> {
        session.require(Action::ViewBoard)?;
        let here = Self::own_office(session)?;
        let office = self.repo.office(&parse_office_code(&here)?).await?;
        let visits = self.repo.visits_on(&office.office.code, office.office.today(self.now())).await?;
        // The cashier serves the cashier track alone, and sees no other queue.
        Ok(visits.into_iter().filter(|v| session.sees_track(&v.track)).collect())
    }

    /// The documents recorded for a visit (kind, last 4, expiry, outcome, override).
    pub async fn visit_documents(&self, session: &Session, visit: &str) -> ServiceResult<Vec<DocumentRecord>> {
        session.require(Action::BookForOthers)?;
        let here = Self::own_office(session)?;
        let id = Uuid::parse_str(visit.trim()).map_err(|_| DomainError::invalid("visit", "not a visit id"))?;
        // Only the visits of the desk's own office today: a replica may hold every office's.
        let office = self.repo.office(&parse_office_code(&here)?).await?;
        if !self.repo.visits_on(&office.office.code, office.office.today(self.now())).await?.iter().any(|v| v.id == id) {
            return Err(refused("not_found", "no such visit today at this office"));
        }
        Ok(self.repo.documents_of(id).await?)
    }
}
