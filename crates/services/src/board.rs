//! The front desk's board: an office's day, finding an appointment without
//! its PIN, and booking for a caller or walk-in. Staff only, own office only.

use chrono::NaiveDate;
use passdesk_domain::{
    applicant::ANumber,
    confirmation::ConfirmationNumber,
    repository::{Appointment, AppointmentSearch, Repository},
    staff::{Action, Role},
};

use crate::{
    booking::BookingRequest,
    parse_office_code,
    staff::Session,
    views::{BoardRow, BookingReceipt},
    ServiceError, ServiceResult, Services,
};

/// Search results shown at most.
pub const SEARCH_LIMIT: u32 = 50;

/// The longest search the board takes.
const SEARCH_MAX_CHARS: usize = 100;

impl<R: Repository> Services<R> {
    /// The office's appointments of a day; a cashier's board, only the
    /// cashier track's (the cashier serves no other).
    pub async fn board(&self, by: &Session, office: &str, day: NaiveDate) -> ServiceResult<Vec<BoardRow>> {
        by.require_office(Action::ViewBoard, office)?;
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let all = self.repo.appointments_on(&stored.office.code, day).await?;
        Ok(all.iter().filter(|a| by.sees_track(&a.slot.track)).map(|a| BoardRow::new(a, &stored.office)).collect())
    }

    /// Finds appointments by confirmation number, A-number or name (a prefix
    /// of the first or last name, or "first last"), today and later.
    pub async fn search(&self, by: &Session, office: &str, query: &str) -> ServiceResult<Vec<BoardRow>> {
        by.require_office(Action::ViewBoard, office)?;
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let o = &stored.office;
        let q = query.trim();
        if q.chars().count() < 2 {
            return Err(ServiceError::new("invalid_input", "search: type at least 2 characters of a name, or a confirmation or A-number"));
        }
        // No name or number is longer; a pasted page would only tire the database.
        if q.chars().count() > SEARCH_MAX_CHARS {
            return Err(ServiceError::new("invalid_input", format!("search: type at most {SEARCH_MAX_CHARS} characters of a name, or a confirmation or A-number")));
        }
        let view = |a: &Appointment| BoardRow::new(a, o);
        if let Ok(conf) = q.parse::<ConfirmationNumber>() {
            return Ok(self.repo.appointment(&conf).await?.into_iter().filter(|(a, _)| a.slot.office == o.code && by.sees_track(&a.slot.track)).map(|(a, _)| view(&a)).collect());
        }
        let search = match q.parse::<ANumber>() {
            // A cashier sees no A-numbers, so finds no one by one either.
            Ok(_) if by.account.role == Role::Cashier => {
                return Err(ServiceError::new("forbidden", "the cashier searches by confirmation number or name, not by A-number"))
            }
            Ok(a) => AppointmentSearch::ANumber(a),
            Err(_) if q.starts_with(['A', 'a']) && q[1..].chars().all(|c| c.is_ascii_digit() || c == '-') => {
                return Err(ServiceError::new("invalid_input", format!("search: \"{q}\" is not an A-number (A and 7 to 9 digits)")))
            }
            Err(_) => AppointmentSearch::Name(q.to_string()),
        };
        let found = self.repo.search_appointments(&o.code, &search, o.today(self.now()), SEARCH_LIMIT).await?;
        Ok(found.iter().filter(|a| by.sees_track(&a.slot.track)).map(view).collect())
    }

    /// Books at the desk for a caller or walk-in, at the officer's own office
    /// unless the request names another and the account may work there.
    pub async fn book_for_caller(&self, by: &Session, req: &BookingRequest) -> ServiceResult<BookingReceipt> {
        let mut req = req.clone();
        if req.office.as_deref().is_none_or(|o| o.trim().is_empty()) && req.zip.is_none() && req.country.is_none() {
            req.office = by.account.office.as_ref().map(ToString::to_string);
        }
        let office = match &req.office {
            Some(o) => o.clone(),
            None => self.office_for_request(&req).await?.office.code.to_string(),
        };
        by.require_office(Action::BookForOthers, &office)?;
        self.book(&req).await
    }
}
