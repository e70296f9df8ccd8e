//! What a district workstation did on its own, disconnected: the
//! appointments it booked, moved, cancelled or gave a new PIN that the
//! central database never saw. Connecting it again is refused while the
//! district does not have them (`replica_has_own_data`): here is their
//! list, with whom to call, and the sending of each to the district.

use passdesk_domain::{
    confirmation::ConfirmationNumber,
    repository::{Appointment, AppointmentStatus, NewBooking, RepoError, RepoResult, Repository, Slot, SlotChoice},
    staff::Action,
};
use serde::Serialize;
use uuid::Uuid;

use crate::{
    staff::Session,
    views::{local_rfc3339, Reach},
    workstation::{central_call, Central, Workstation, DISTRICT},
    LocalServices, ServiceError, ServiceResult,
};

/// An appointment changed here while the workstation ran on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalChange {
    pub id: Uuid,
    pub number: ConfirmationNumber,
    /// What to redo centrally: "booked" for one booked here (whatever was
    /// done to it after, short of cancelling it), else the last thing done
    /// to it here (rescheduled, cancelled, pin_reissued).
    pub what: String,
    pub booked_here: bool,
    /// Moved here, or given a new PIN here (besides the last thing done).
    pub moved: bool,
    pub new_pin: bool,
}

/// One appointment changed on the workstation's own.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OwnChange {
    pub confirmation: String,
    /// What to redo centrally: "booked" for one booked here (not cancelled
    /// since), else the last thing done to it here (rescheduled, cancelled,
    /// pin_reissued).
    pub event: String,
    pub office: String,
    /// Its time, in the office's time.
    pub starts_at: String,
    /// As it stands here: booked or cancelled.
    pub status: &'static str,
    pub name: String,
    pub type_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
}

impl LocalServices {
    /// [`Self::changed_on_its_own`], for the administrator's screen.
    pub async fn own_changes_for(&self, by: &Session) -> ServiceResult<Vec<OwnChange>> {
        by.require(Action::ConfigureCentral)?;
        self.changed_on_its_own().await
    }

    /// Every appointment booked, moved, cancelled or given a new PIN here
    /// since the workstation left its district, oldest change first; empty
    /// when it never left one or has connected again since.
    pub async fn changed_on_its_own(&self) -> ServiceResult<Vec<OwnChange>> {
        let mut out = Vec::new();
        for made in self.repo().own_changes().await? {
            out.extend(self.own_change(&made).await?);
        }
        Ok(out)
    }

    /// `made` as the lists show it; `None` when its appointment is gone.
    async fn own_change(&self, made: &LocalChange) -> ServiceResult<Option<OwnChange>> {
        let Some((a, _)) = self.repo().local().appointment(&made.number).await? else { return Ok(None) };
        let tz = self.repo().local().office(&a.slot.office).await?.office.time_zone;
        let Reach { name, type_name, phone, email, language } = Reach::of(&a);
        Ok(Some(OwnChange {
            confirmation: made.number.to_string(),
            event: made.what.clone(),
            office: a.slot.office.to_string(),
            starts_at: local_rfc3339(a.slot.starts_at, tz),
            status: a.status.as_str(),
            name,
            type_name,
            phone,
            email,
            language,
        }))
    }
}

/// One change made on the workstation's own, as sending it went.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SentChange {
    pub change: OwnChange,
    /// The district has it now (sent now or before).
    pub sent: bool,
    /// Nothing was sent: the district had it already (or, cancelled here,
    /// never had it).
    pub already: bool,
    /// Why it was not sent: call the person.
    pub refused: Option<String>,
    /// Not sent, and the workstation does not connect again until it is
    /// settled here. (One the district changed again later does not hold
    /// it: the later change stands.)
    pub holds_reconnection: bool,
}

impl LocalServices {
    /// Sends each change made on the workstation's own to the district, one
    /// by one: a booking the district never had is booked there into the
    /// same time, with the same confirmation number and PIN; a move, a
    /// cancellation or a new PIN is made there too. What cannot be sent (the
    /// time full at the district, the appointment cancelled there
    /// meanwhile) is said with why; the rest is sent all the same. Once the
    /// district has them all, the workstation connects again.
    pub async fn send_own_changes(&self, by: Option<&Session>) -> ServiceResult<Vec<SentChange>> {
        if let Some(by) = by {
            by.require(Action::ConfigureCentral)?;
        }
        let ws = self.repo();
        let central = ws.central().ok_or_else(|| ServiceError::new("central_not_configured", "no central database is set up here: connect it first (passdesk central connect)"))?;
        ws.check_own_district(&central).await?;
        let mut out = Vec::new();
        for made in ws.own_changes().await? {
            let Some(change) = self.own_change(&made).await? else { continue };
            let (already, refused, holds_reconnection) = match ws.send_own_change(&central, &made).await {
                Ok(Sending::Sent) => (false, None, false),
                Ok(Sending::Already) => (true, None, false),
                Ok(Sending::DistrictStands(why)) => (false, Some(why), false),
                Err(e @ (RepoError::Unavailable(_) | RepoError::CentralUnavailable(_))) => return Err(crate::sync::unreachable(e)),
                Err(e) => (false, Some(ServiceError::from(e).message), true),
            };
            out.push(SentChange { sent: refused.is_none(), already, refused, holds_reconnection, change });
        }
        Ok(out)
    }
}

/// Whether the district's copy of an appointment (`there`, with its PIN
/// hash) has what was done to it here (`here`, with `pin`; `made`): only
/// what was done here counts, so a new PIN the person got at the district
/// meanwhile is not undone by a move made here.
fn reflects(here: &Appointment, pin: &str, there: Option<&(Appointment, String)>, made: &LocalChange) -> bool {
    match (here.status, there) {
        // Never at the district and cancelled here: nothing to send.
        (AppointmentStatus::Cancelled, None) => true,
        (_, None) => false,
        (AppointmentStatus::Cancelled, Some((a, _))) => a.status == AppointmentStatus::Cancelled,
        (AppointmentStatus::Booked, Some((a, their_pin))) => {
            a.status == AppointmentStatus::Booked
                && (!(made.booked_here || made.moved) || same_time(a, here))
                && (!(made.booked_here || made.new_pin) || their_pin == pin)
        }
    }
}

fn same_time(a: &Appointment, b: &Appointment) -> bool {
    (a.slot.starts_at, &a.slot.track) == (b.slot.starts_at, &b.slot.track)
}

/// How sending one change went.
enum Sending {
    Sent,
    /// The district had it already; nothing was sent.
    Already,
    /// The district decided otherwise first (why): that stands, and the
    /// person is called.
    DistrictStands(String),
}

impl Workstation {
    /// Connected again after running on its own: the district's rows are
    /// taken anew (see `central_link::disconnect`), which would undo here,
    /// without a word, every change made on its own that the district does
    /// not have yet. Refused instead, naming them. Otherwise returns the
    /// appointments cancelled here that the district never had (nothing to
    /// send; the replica drops them at rejoining).
    pub(crate) async fn nothing_changed_on_its_own(&self, central: &Central) -> crate::ServiceResult<Vec<Uuid>> {
        let (changed, never_there) = self.unsent_own_changes(central).await.map_err(crate::sync::unreachable)?;
        if changed.is_empty() {
            return Ok(never_there);
        }
        const NAMED: usize = 10;
        let mut named: Vec<String> = changed.iter().take(NAMED).map(|c| format!("{} {}", c.number, c.what)).collect();
        if changed.len() > NAMED {
            named.push(format!("and {} more", changed.len() - NAMED));
        }
        Err(crate::ServiceError::new(
            "replica_has_own_data",
            format!(
                "while it ran on its own, this workstation booked, moved, cancelled or reissued the PIN of {} appointment(s) the central database does not have yet ({}); taking the district's data would undo them here. Send them to the district first: `passdesk central own-changes --send`, or Send on the Central database screen (what cannot be sent, a time full at the district say, is named with whom to call); or disconnect again to keep using this file on its own",
                changed.len(),
                named.join(", ")
            ),
        ))
    }

    /// The appointments changed here while the workstation ran on its own
    /// (see [`passdesk_store::SqliteStore::changed_on_its_own`]), oldest change first.
    pub async fn own_changes(&self) -> RepoResult<Vec<LocalChange>> {
        let district_known = self.local().meta(DISTRICT).await?.is_some();
        self.local()
            .changed_on_its_own(district_known)
            .await?
            .into_iter()
            .map(|r| {
                let number = r.confirmation.parse().map_err(|_| RepoError::Corrupt(format!("the appointment {:?} has no valid confirmation number", r.confirmation)))?;
                Ok(LocalChange {
                    id: r.id,
                    number,
                    booked_here: r.booked_here(),
                    moved: r.has("rescheduled"),
                    new_pin: r.has("pin_reissued"),
                    what: if r.booked_here() && r.event != "cancelled" { "booked".to_string() } else { r.event },
                })
            })
            .collect()
    }

    /// The district's slot at `here`'s office, track and time.
    async fn district_slot(&self, central: &Central, here: &Appointment) -> RepoResult<Option<Slot>> {
        let slots = central_call(central.store.slots(&here.slot.office, here.slot.local_date)).await?;
        Ok(slots.into_iter().find(|s| s.track == here.slot.track && s.starts_at == here.slot.starts_at))
    }

    /// The changes made on its own that the district does not have yet,
    /// and the appointments cancelled here that it never had. (Those it has
    /// come back with the pull that follows the check, which takes the
    /// district's rows anew, slots and all.) One the district changed again
    /// after it was changed here is settled: the later change stands.
    pub(crate) async fn unsent_own_changes(&self, central: &Central) -> RepoResult<(Vec<LocalChange>, Vec<Uuid>)> {
        let (mut unsent, mut never_there) = (Vec::new(), Vec::new());
        // Decided otherwise by the district and named by a sending: settled.
        let named = self.local().own_changes_named().await?;
        for made in self.own_changes().await? {
            let Some((here, pin)) = self.local().appointment(&made.number).await? else { continue };
            let there = central_call(central.store.appointment(&made.number)).await?;
            match &there {
                None if here.status == AppointmentStatus::Cancelled => never_there.push(made.id),
                _ if named.contains(&made.id) => {}
                _ if !reflects(&here, &pin, there.as_ref(), &made) => unsent.push(made),
                _ => {}
            }
        }
        Ok((unsent, never_there))
    }

    /// Why the district's own decision on an appointment (`there`) stands
    /// over the change made here (`here`): it changed it later; its time had
    /// begun at the district by then; or the person was checked in there.
    /// `None`: the change made here can go.
    async fn district_decided(&self, central: &Central, here: &Appointment, there: &Appointment) -> RepoResult<Option<String>> {
        if there.updated_at > here.updated_at {
            return Ok(Some(format!("it was changed at the district ({}) after it was changed here; that change stands", there.updated_at.format("%Y-%m-%d %H:%M UTC"))));
        }
        if there.status == AppointmentStatus::Booked && there.slot.starts_at <= here.updated_at {
            return Ok(Some(format!("its time at the district ({}) had begun when it was changed here; that stands", there.slot.starts_at.format("%Y-%m-%d %H:%M UTC"))));
        }
        let visits = central_call(central.store.visits_on(&there.slot.office, there.slot.local_date)).await?;
        if visits.iter().any(|v| v.confirmation.as_ref() == Some(&there.confirmation)) {
            return Ok(Some("the person was checked in at the district; that stands".into()));
        }
        Ok(None)
    }

    /// Makes the district's copy of an appointment have what was done to
    /// it here (`made`). Not when the district decided otherwise first
    /// ([`Self::district_decided`]): that stands, the reason is returned for
    /// the person to be called, and the change no longer holds the
    /// reconnection.
    ///
    /// Each change is made at the district as of when it was made here (its
    /// booking or last change), not as of now: a change whose time has
    /// passed meanwhile still goes, and one sent again after a lost answer
    /// finds its own earlier write, not a later one.
    async fn send_own_change(&self, central: &Central, made: &LocalChange) -> RepoResult<Sending> {
        let number = &made.number;
        let Some((here, pin)) = self.local().appointment(number).await? else { return Ok(Sending::Already) };
        let there = central_call(central.store.appointment(number)).await?;
        if reflects(&here, &pin, there.as_ref(), made) {
            return Ok(Sending::Already);
        }
        if let Some((a, _)) = &there {
            if let Some(why) = self.district_decided(central, &here, a).await? {
                // Named now: it no longer holds the reconnection.
                self.local().name_own_change(here.id).await?;
                return Ok(Sending::DistrictStands(why));
            }
        }
        let now = here.updated_at;
        let to = || async {
            self.district_slot(central, &here).await?.map(|s| SlotChoice::Exact(s.id)).ok_or_else(|| {
                RepoError::SlotUnavailable(format!("the district has no {} slot at {} at {}", here.slot.track, here.slot.office, here.slot.starts_at))
            })
        };
        match (here.status, there) {
            (AppointmentStatus::Cancelled, _) => {
                central_call(central.store.cancel(number, now)).await?;
            }
            (AppointmentStatus::Booked, None) => {
                let booking = NewBooking {
                    id: here.id,
                    confirmation: here.confirmation.clone(),
                    pin_hash: pin.clone(),
                    office: here.slot.office.clone(),
                    type_code: here.type_code.clone(),
                    slot: to().await?,
                    language: here.language.clone(),
                    applicant: here.applicant.clone(),
                    representative: here.representative.clone(),
                    answers: here.answers.clone(),
                    now: here.created_at,
                };
                central_call(central.store.book(&booking)).await?;
            }
            (AppointmentStatus::Booked, Some((a, _))) if a.status == AppointmentStatus::Cancelled => {
                return Err(RepoError::Conflict("it was cancelled at the district meanwhile".into()));
            }
            (AppointmentStatus::Booked, Some((a, their_pin))) => {
                if (made.booked_here || made.moved) && !same_time(&a, &here) {
                    central_call(central.store.reschedule(number, to().await?, now)).await?;
                }
                if (made.booked_here || made.new_pin) && their_pin != pin {
                    central_call(central.store.replace_pin(number, &pin, now)).await?;
                    // As a new PIN given at the district: the old one's wrong tries are gone.
                    central_call(central.store.clear_pin_failures(number.as_str())).await?;
                }
            }
        }
        Ok(Sending::Sent)
    }
}
