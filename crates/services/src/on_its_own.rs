//! What a district workstation did on its own, disconnected: the
//! appointments it booked, moved, cancelled or gave a new PIN that the
//! central database never saw. Connecting it again is refused while there are any
//! (`replica_has_own_data`); this is the full list, with whom to call, for
//! making those changes again centrally.

use passdesk_domain::{repository::Repository, staff::Action};
use serde::Serialize;

use crate::{
    staff::Session,
    views::{local_rfc3339, Reach},
    LocalServices, ServiceResult,
};

/// One appointment changed on the workstation's own.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OwnChange {
    pub confirmation: String,
    /// What to redo centrally: "booked" for one the district never had,
    /// else the last thing done to it here (rescheduled, cancelled, pin_reissued).
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
        for (confirmation, event) in self.repo().own_changes().await? {
            let Some((a, _)) = self.repo().local().appointment(&confirmation).await? else { continue };
            let tz = self.repo().local().office(&a.slot.office).await?.office.time_zone;
            let Reach { name, type_name, phone, email, language } = Reach::of(&a);
            out.push(OwnChange {
                confirmation: confirmation.to_string(),
                event,
                office: a.slot.office.to_string(),
                starts_at: local_rfc3339(a.slot.starts_at, tz),
                status: a.status.as_str(),
                name,
                type_name,
                phone,
                email,
                language,
            });
        }
        Ok(out)
    }
}
