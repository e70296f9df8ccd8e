//! Bookings whose answer never came back. The central database may have
//! made one (the connection broke after the commit, or the answer came too
//! late), and then the same person asking again is refused as a duplicate
//! of a booking whose number and PIN they were never shown. So the
//! workstation keeps such bookings, with their PINs, in memory for a few
//! minutes: the same request made again at this workstation (the same
//! office and type, every detail of the applicant, the representative and
//! the answers alike) gets that booking, if it exists, instead of the
//! refusal. Someone who only shares a name and birth date gets the refusal,
//! which says nothing of the other booking.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use passdesk_domain::{confirmation::ConfirmationNumber, pin::Pin, repository::NewBooking};
use uuid::Uuid;

/// Long enough for the person to try again at once, at the kiosk or on the phone.
const KEEP_MINUTES: i64 = 10;
/// A kiosk serves one person at a time: a few are plenty.
const MAX_KEPT: usize = 32;

#[derive(Default)]
pub(crate) struct Unanswered {
    kept: Mutex<Vec<Kept>>,
}

struct Kept {
    booking: NewBooking,
    pin: Pin,
}

/// A booking that may have been made, with the PIN its notice needs.
pub(crate) struct Candidate {
    pub id: Uuid,
    pub confirmation: ConfirmationNumber,
    pub pin: Pin,
}

impl Unanswered {
    pub fn remember(&self, booking: &NewBooking, pin: &Pin) {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let now = booking.now;
        kept.retain(|k| !expired(k, now));
        if kept.len() >= MAX_KEPT {
            kept.remove(0);
        }
        kept.push(Kept { booking: booking.clone(), pin: pin.clone() });
    }

    /// The unanswered bookings made of the same request as `booking`.
    pub fn of_same_request(&self, booking: &NewBooking) -> Vec<Candidate> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.retain(|k| !expired(k, booking.now));
        kept.iter()
            .filter(|k| same_request(&k.booking, booking))
            .map(|k| Candidate { id: k.booking.id, confirmation: k.booking.confirmation.clone(), pin: k.pin.clone() })
            .collect()
    }

    pub fn forget(&self, id: Uuid) {
        self.kept.lock().unwrap_or_else(|e| e.into_inner()).retain(|k| k.booking.id != id);
    }
}

fn expired(k: &Kept, now: DateTime<Utc>) -> bool {
    now - k.booking.now > Duration::minutes(KEEP_MINUTES)
}

/// The same request: what the person typed and chose, all of it (the slot
/// and the moment aside: a first-free request finds another time later).
fn same_request(a: &NewBooking, b: &NewBooking) -> bool {
    a.office == b.office
        && a.type_code == b.type_code
        && a.applicant == b.applicant
        && a.representative == b.representative
        && a.answers == b.answers
        && a.language == b.language
}
