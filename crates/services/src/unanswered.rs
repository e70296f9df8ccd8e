//! Bookings whose answer never came back. The central database may have
//! made one (the connection broke after the commit, or the answer came too
//! late), and then the same person asking again is refused as a duplicate
//! of a booking whose number and PIN they were never shown. So the
//! workstation keeps such bookings, with their PINs, in memory for a while:
//! the same person asking for the same type again gets
//! that booking, if it exists, instead of the refusal.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use passdesk_domain::{confirmation::ConfirmationNumber, pin::Pin, repository::NewBooking};
use uuid::Uuid;

/// Long enough for a person to try again at the kiosk or on the phone.
const KEEP_MINUTES: i64 = 30;
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

    /// The unanswered bookings of the person `booking` is for, of its type
    /// (what the central database refuses as a duplicate of it).
    pub fn of_same_person(&self, booking: &NewBooking) -> Vec<Candidate> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.retain(|k| !expired(k, booking.now));
        kept.iter()
            .filter(|k| same_person(&k.booking, booking))
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

/// The central duplicate check's rule: the same type, and the same
/// A-number, or the same name (case of ASCII letters aside) and birth date.
fn same_person(a: &NewBooking, b: &NewBooking) -> bool {
    let (p, q) = (&a.applicant, &b.applicant);
    let numbers = matches!((&p.a_number, &q.a_number), (Some(x), Some(y)) if x.as_str() == y.as_str());
    let names = p.last_name.as_str().eq_ignore_ascii_case(q.last_name.as_str())
        && p.first_name.as_str().eq_ignore_ascii_case(q.first_name.as_str())
        && p.date_of_birth.date() == q.date_of_birth.date();
    a.type_code == b.type_code && (numbers || names)
}
