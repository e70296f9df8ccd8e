//! Releasing slots: for a date range on request, or as the office's rolling
//! window says; and again for one day that has no bookings yet.

use chrono::{Days, NaiveDate};
use passdesk_domain::{repository::Repository, slot_engine};

use crate::{parse_office_code, views::{ReleaseView, SlotView}, ServiceError, ServiceResult, Services};

/// Nobody plans a counter's mix more than a year ahead; a typo would.
pub(crate) const MAX_DAYS_AHEAD: i64 = 366;

pub fn parse_date(field: &'static str, s: &str) -> ServiceResult<NaiveDate> {
    let s = s.trim();
    let bad = || passdesk_domain::DomainError::invalid(field, format!("\"{s}\" is not a date as YYYY-MM-DD")).into();
    // Four-digit years only: chrono also reads "-5000-01-01" or "+12345-…",
    // which no one means and the central database cannot store.
    if s.len() != 10 || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(bad());
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad())
}

impl<R: Repository> Services<R> {
    /// Releases every day from today (office-local) through `through` that is
    /// not released yet, from the office's current mix. Releasing a range
    /// twice creates nothing new.
    pub async fn release_through(&self, office: &str, through: NaiveDate) -> ServiceResult<ReleaseView> {
        // Planned from the office as it is: the store refuses a plan made
        // from an older version (a day closed meanwhile at another desk).
        self.repo.catch_up().await;
        self.release_through_caught_up(office, through).await
    }

    async fn release_through_caught_up(&self, office: &str, through: NaiveDate) -> ServiceResult<ReleaseView> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let o = &stored.office;
        let today = o.today(self.now());
        if through < today {
            return Err(ServiceError::new("invalid_input", format!("{through} is in the past at {} (today there is {today})", o.code)));
        }
        let limit = today.checked_add_days(Days::new(MAX_DAYS_AHEAD.unsigned_abs())).unwrap_or(today);
        if through > limit {
            return Err(ServiceError::new("invalid_input", format!("{through} is more than a year ahead; release through {limit} at most")));
        }
        let already: std::collections::BTreeSet<NaiveDate> = self.repo.released_days(&o.code, today, through).await?.into_iter().collect();
        let days: Vec<_> = slot_engine::days(today, through)
            .map(|d| (d, if already.contains(&d) { Vec::new() } else { slot_engine::plan_day(o, d) }))
            .collect();
        // Everything released already (the app asks every minute): nothing to decide.
        let report = if days.iter().all(|(d, _)| already.contains(d)) {
            passdesk_domain::repository::ReleaseReport { days_released: 0, slots_created: 0, days_already_released: u32::try_from(days.len()).unwrap_or(u32::MAX) }
        } else {
            self.repo.release(&o.code, Some(stored.version), &days, self.now()).await?
        };
        Ok(ReleaseView {
            office: o.code.to_string(),
            from: today.to_string(),
            through: through.to_string(),
            days_released: report.days_released,
            slots_created: report.slots_created,
            days_already_released: report.days_already_released,
        })
    }

    /// Releases what the office's rolling window says is due now.
    pub async fn release_due(&self, office: &str) -> ServiceResult<ReleaseView> {
        self.repo.catch_up().await;
        self.release_due_caught_up(office).await
    }

    async fn release_due_caught_up(&self, office: &str) -> ServiceResult<ReleaseView> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let through = stored.office.release.released_through(stored.office.local(self.now()));
        self.release_through_caught_up(office, through).await
    }

    /// Releases, for every office, what its rolling window says is due now:
    /// the running app calls it every minute, so each day comes out at the
    /// office's release time without anyone at a keyboard. Each office's
    /// outcome is its own; one that fails does not stop the others.
    pub async fn release_all_due(&self) -> ServiceResult<Vec<(String, ServiceResult<ReleaseView>)>> {
        // One catch-up for the minute's work, not one per office.
        self.repo.catch_up().await;
        let mut out = Vec::new();
        for o in self.repo.offices().await? {
            let code = o.office.code.to_string();
            let r = self.release_due_caught_up(&code).await;
            out.push((code, r));
        }
        Ok(out)
    }

    /// Makes a released day's slots again from the current mix; refused while
    /// the day has a booked appointment (cancelled ones keep their slots,
    /// withdrawn).
    pub async fn rerelease_day(&self, office: &str, day: NaiveDate) -> ServiceResult<ReleaseView> {
        self.repo.catch_up().await;
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let o = &stored.office;
        let today = o.today(self.now());
        if day < today {
            return Err(ServiceError::new("invalid_input", format!("{day} has passed at {}", o.code)));
        }
        // Only a day already released is made again: a mistyped date would
        // otherwise release a day years ahead, or before its release time.
        if self.repo.released_days(&o.code, day, day).await?.is_empty() {
            return Err(ServiceError::new(
                "invalid_input",
                format!("{day} is not released at {} yet; `passdesk slots release --through {day}` releases it (at most a year ahead)", o.code),
            ));
        }
        let report = self.repo.rerelease(&o.code, Some(stored.version), day, &slot_engine::plan_day(o, day), self.now()).await?;
        Ok(ReleaseView {
            office: o.code.to_string(),
            from: day.to_string(),
            through: day.to_string(),
            days_released: report.days_released,
            slots_created: report.slots_created,
            days_already_released: 0,
        })
    }

    pub async fn slots(&self, office: &str, day: NaiveDate) -> ServiceResult<Vec<SlotView>> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let tz = stored.office.time_zone;
        Ok(self.repo.slots(&stored.office.code, day).await?.iter().map(|s| SlotView::new(s, tz)).collect())
    }
}

impl crate::LocalServices {
    /// The running app's release, every minute: [`Services::release_all_due`],
    /// planned from this workstation's copy of the offices, so only while its
    /// last sync round succeeded (`None` otherwise) — never from a copy days
    /// old, just started or offline.
    pub async fn release_due_when_current(&self, sync: &crate::sync::SyncMonitor) -> Option<ServiceResult<Vec<(String, ServiceResult<ReleaseView>)>>> {
        let ws = self.repo();
        if ws.central().is_some() && !sync.status(ws).await.online {
            return None;
        }
        Some(self.release_all_due().await)
    }
}

