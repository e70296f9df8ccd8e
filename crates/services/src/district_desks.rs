//! The district's workstations as the central database last heard from
//! them, and the facts it kept as rejected. Each workstation says how it
//! stands at the end of its sync rounds (every 30 s, and at once when that
//! changes): an administrator sees a desk that stopped syncing, one holding
//! check-ins it has not sent (before closing a day, say), or a fact no
//! round will ever apply.

use chrono::{DateTime, SecondsFormat, Utc};
use passdesk_central::{RejectedFact, WorkstationReport, WorkstationSeen};
use passdesk_domain::staff::Action;
use serde::Serialize;

use crate::{
    staff::Session,
    workstation::{central_call, Central, Workstation},
    LocalServices, ServiceError, ServiceResult,
};

/// A workstation not heard from for longer than this is shown as silent
/// (its rounds run every half second while it can reach the database).
pub const SILENT_AFTER_SECONDS: i64 = 120;
/// Unsent facts older than this mark a workstation's row.
pub const UNSENT_TOO_LONG_SECONDS: i64 = 60;
/// A workstation says how it stands at least this often, while it syncs.
const REPORT_EVERY: std::time::Duration = std::time::Duration::from_secs(30);
/// The most rejected facts listed.
const REJECTED_LISTED: u32 = 100;

/// One workstation of the district, as the central database last heard from it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DistrictDesk {
    /// Its name in the central history of facts.
    pub name: String,
    /// Its machine's host name.
    pub host: String,
    /// The office whose rows it keeps; none: every office's.
    pub office: Option<String>,
    pub app_version: String,
    /// This workstation.
    pub this_one: bool,
    /// When it last said how it stands (RFC 3339, UTC).
    pub last_contact: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub silent_seconds: i64,
    /// Not heard from for longer than [`SILENT_AFTER_SECONDS`].
    pub silent: bool,
    /// Facts it had not sent then, and how old the oldest was (seconds).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub unsent: u64,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub oldest_unsent_seconds: Option<i64>,
    /// Its oldest unsent fact is older than [`UNSENT_TOO_LONG_SECONDS`]: a
    /// fact or two waiting for the next round is a desk at work, not stuck.
    pub unsent_too_long: bool,
    /// Why its last round failed, when the central database heard of it.
    pub last_error: Option<String>,
    /// Its facts the central database kept as rejected.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub rejected: u64,
}

/// A fact the central database could not apply, kept with the reason.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RejectedFactView {
    pub workstation: String,
    pub kind: String,
    /// When the desk made it, and when the central database refused it (RFC 3339, UTC).
    pub made_at: String,
    pub rejected_at: String,
    pub reason: String,
    /// Whom it was about, as the desk recorded it.
    pub about: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DistrictDesks {
    /// By office, then name; those that keep every office's rows first.
    pub workstations: Vec<DistrictDesk>,
    /// Newest first, the latest [`REJECTED_LISTED`].
    pub rejected: Vec<RejectedFactView>,
}

fn utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl LocalServices {
    /// The district's workstations and rejected facts, for the
    /// administrator (`by`; the CLI passes none).
    pub async fn district_desks(&self, by: Option<&Session>) -> ServiceResult<DistrictDesks> {
        if let Some(by) = by {
            by.require(Action::ConfigureCentral)?;
        }
        let ws = self.repo();
        let central = ws.central().ok_or_else(|| ServiceError::new("central_not_configured", "no central database is configured; run `passdesk central connect`"))?;
        ws.check_central(&central).await?;
        let seen = central_call(central.store.workstations()).await.map_err(crate::sync::unreachable)?;
        let rejected = central_call(central.store.rejected_facts(REJECTED_LISTED)).await.map_err(crate::sync::unreachable)?;
        Ok(DistrictDesks {
            workstations: seen.into_iter().map(|w| desk_view(w, &central.workstation)).collect(),
            rejected: rejected.into_iter().map(rejected_view).collect(),
        })
    }
}

fn desk_view(w: WorkstationSeen, here: &str) -> DistrictDesk {
    let r = w.report;
    DistrictDesk {
        this_one: r.name == here,
        silent: w.silent_seconds > SILENT_AFTER_SECONDS,
        oldest_unsent_seconds: r.oldest_unsent_seconds,
        unsent_too_long: r.unsent > 0 && r.oldest_unsent_seconds.is_some_and(|s| s > UNSENT_TOO_LONG_SECONDS),
        name: r.name,
        host: r.host,
        office: r.office,
        app_version: r.app_version,
        last_contact: utc(w.last_contact),
        silent_seconds: w.silent_seconds,
        unsent: r.unsent,
        last_error: r.last_error,
        rejected: w.rejected,
    }
}

fn rejected_view(f: RejectedFact) -> RejectedFactView {
    RejectedFactView { workstation: f.workstation, kind: f.kind, made_at: utc(f.made_at), rejected_at: utc(f.rejected_at), reason: f.reason, about: f.about }
}

/// This machine's host name, as the administrator finds it on the desk.
fn host_name() -> String {
    let name = gethostname::gethostname().to_string_lossy().trim().to_string();
    if name.is_empty() { "unknown".into() } else { name }
}

impl Workstation {
    /// Tells the central database how this workstation stands after a
    /// round that got as far as finding it to be the district's: `failed`,
    /// why the round failed then. Every [`REPORT_EVERY`], and at once when
    /// the unsent facts or the failure change. Best effort: a report that
    /// does not go is tried again at the next round.
    #[doc(hidden)]
    pub async fn report_standing(&self, central: &Central, failed: Option<&ServiceError>) {
        // Only to a database found to be this district's: checked, or one
        // that refused this workstation after finding it the district's.
        if !self.central_is_checked() && !failed.is_some_and(|e| REFUSED_IN_DISTRICT.contains(&e.code)) {
            return;
        }
        let Ok(state) = self.local().sync_state().await else { return };
        let error = failed.map(|e| format!("{}: {}", e.code, e.message));
        let now = std::time::Instant::now();
        {
            let last = self.last_report.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((at, unsent, err)) = last.as_ref() {
                // A count that moves while the desk syncs well (a check-in
                // during the round) waits for the next report; none to some,
                // or a new failure, goes at once.
                if now.duration_since(*at) < REPORT_EVERY && (*unsent > 0) == (state.unsent_facts > 0) && *err == error {
                    return;
                }
            }
        }
        let report = WorkstationReport {
            name: central.workstation.clone(),
            host: host_name(),
            office: central.office.as_ref().map(ToString::to_string),
            app_version: env!("CARGO_PKG_VERSION").into(),
            unsent: state.unsent_facts,
            // By this workstation's clock: the central database's may differ.
            oldest_unsent_seconds: state.oldest_unsent.map(|t| (self.now() - t).num_seconds().max(0)),
            last_error: error.clone(),
        };
        // Briefly, and without quieting the desk's other calls (its queue numbers).
        if let Ok(Ok(())) = tokio::time::timeout(REPORT_TIMEOUT, central.store.report_workstation(&report)).await {
            *self.last_report.lock().unwrap_or_else(|e| e.into_inner()) = Some((now, state.unsent_facts, error));
        }
    }
}

/// Refusals a round meets only after finding the central database to be
/// this district's: such a workstation still says how it stands.
const REFUSED_IN_DISTRICT: [&str; 2] = ["replica_has_own_data", "pin_key_mismatch"];

/// A report waits this long at most: the round has done its work.
const REPORT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);
