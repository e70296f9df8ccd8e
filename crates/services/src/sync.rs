//! One sync round between a workstation and the central database: push the
//! outbox (oldest first, in batches; each batch acknowledged before the next
//! is sent, so a desk's facts are applied in the order it made them), then
//! pull the change feed page by page until it is current. Every step can be
//! cut anywhere and simply run again: facts carry idempotency keys, pages are
//! applied with their cursor in one local transaction.

use std::sync::atomic::Ordering;

use chrono::Utc;
use passdesk_domain::{
    replica::{FeedCursor, PushReport},
    repository::RepoError,
};
use serde::Serialize;

use crate::{
    workstation::{central_call, Central, Workstation},
    ServiceError, ServiceResult,
};

/// Facts per push at most: one central transaction each.
pub const PUSH_BATCH: u32 = 500;
/// The first push of a workstation sends this many facts; later ones as
/// many as took about [`PUSH_BATCH_TIME`] before. Each fact is several round
/// trips, so over a slow link 500 would outlast the central call's time limit
/// and be sent again and again, holding up the pull behind it.
pub const FIRST_PUSH_BATCH: u32 = 4;
/// What one push batch is sized to take: well inside the central call's
/// limit, and short, since every workstation's pull waits for write
/// transactions still running (the board's 2 s).
const PUSH_BATCH_TIME: std::time::Duration = std::time::Duration::from_millis(500);
/// Feed rows per pull page: one local transaction each.
pub const PULL_PAGE: u32 = 2_000;
/// How long a pull waits for transactions that were running when it began.
const WAIT_FOR_RUNNING: std::time::Duration = std::time::Duration::from_secs(3);
/// The same, for the pull that follows a booking or another central decision.
const AFTER_DECISION_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncReport {
    pub pushed: u64,
    pub duplicates: u64,
    pub rejected: u64,
    /// Entities brought into the replica (each as it stands now).
    pub pulled: u64,
    pub pull_pages: u32,
    /// Facts still waiting (recorded meanwhile, or the round was cut).
    pub unsent: u64,
    pub cursor: String,
}

/// Where a round stands, for a progress indicator while an outbox drains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncProgress {
    pub sent: u64,
    pub remaining: u64,
}

pub(crate) fn unreachable(e: RepoError) -> ServiceError {
    match e {
        RepoError::Unavailable(why) | RepoError::CentralUnavailable(why) => {
            ServiceError::new("central_unavailable", format!("the central database cannot be reached: {why}"))
        }
        e => e.into(),
    }
}

/// This workstation's own database failing during a round (busy past its
/// timeout, full, unwritable): said as such, so the status bar does not
/// blame the central database for it.
/// Only for steps whose central calls say `central_unavailable` themselves.
fn here(e: impl Into<ServiceError>) -> ServiceError {
    let e = e.into();
    match e.code {
        "database_unavailable" => ServiceError::new("workstation_database", format!("this workstation's database: {}", e.message)),
        _ => e,
    }
}

/// One whole round: push, then pull. `progress` hears after every batch.
pub async fn round(ws: &Workstation, progress: &(dyn Fn(SyncProgress) + Send + Sync)) -> ServiceResult<SyncReport> {
    let not_configured = || ServiceError::new("central_not_configured", "no central database is configured; run `passdesk central connect`");
    if ws.central().is_none() {
        // Connected by another program since: taken up now.
        ws.follow_saved_connection().await.map_err(here)?;
    }
    ws.central().ok_or_else(not_configured)?;
    let _one_at_a_time = ws.sync_lock.lock().await;
    if let Some(why) = ws.password_still_unread().await {
        return Err(ServiceError::new("central_password_unreadable", crate::workstation::password_unreadable(&why)));
    }
    // The central database or the office kept was changed (here, or by
    // `passdesk central connect` or `disconnect` while the app runs): the
    // workstation takes it up before it pulls.
    let followed = match ws.follow_saved_connection().await {
        Ok(()) => ws.follow_kept_office().await.map_err(here),
        Err(e) => Err(here(e)),
    };
    // Read now, under the lock: a connection or disconnection made while
    // this round waited for it is taken as it is (never the one before, which
    // would undo a disconnection's work), and so is a reconnection with the
    // password read at last.
    let central = ws.central().ok_or_else(not_configured)?;
    let done = async {
        followed?;
        ws.check_central(&central).await.map_err(here)?;
        push_and_pull(ws, &central, progress).await
    }
    .await;
    // Also when the round failed: a desk refused (its own data, another PIN
    // key) still records check-ins it cannot send, and says so.
    ws.report_standing(&central, done.as_ref().err()).await;
    done
}

async fn push_and_pull(ws: &Workstation, central: &Central, progress: &(dyn Fn(SyncProgress) + Send + Sync)) -> ServiceResult<SyncReport> {
    let pushed = push_locked(ws, central, progress).await?;
    let (pulled, pull_pages, cursor) = pull_locked(ws, central, WAIT_FOR_RUNNING).await?;
    ws.central_answered();
    ws.keep_numbers_held(central).await;
    ws.local().record_sync_success(Utc::now()).await.map_err(here)?;
    let unsent = ws.local().sync_state().await.map_err(here)?.unsent_facts;
    Ok(SyncReport { pushed: pushed.applied, duplicates: pushed.duplicates, rejected: pushed.rejected, pulled, pull_pages, unsent, cursor: cursor.to_string() })
}

/// Pulls right after a central decision, waiting at most a second for
/// transactions still running (the person at the kiosk does not wait long on
/// someone else's open transaction; the next round brings the rest).
pub async fn pull(ws: &Workstation, central: &Central) -> ServiceResult<u64> {
    let _one_at_a_time = ws.sync_lock.lock().await;
    // Not into a replica disconnected (or connected elsewhere) meanwhile.
    ws.still_current(central)?;
    Ok(pull_locked(ws, central, AFTER_DECISION_WAIT).await?.0)
}

async fn push_locked(ws: &Workstation, central: &Central, progress: &(dyn Fn(SyncProgress) + Send + Sync)) -> ServiceResult<PushReport> {
    let mut total = PushReport::default();
    let mut remaining = ws.local().sync_state().await.map_err(here)?.unsent_facts;
    if remaining > 0 {
        // Shown from the start: a drain of one batch is over in a moment, a
        // long one shows its bar before its first batch is acknowledged.
        progress(SyncProgress { sent: 0, remaining });
    }
    loop {
        let size = ws.push_batch.load(Ordering::Relaxed).clamp(1, PUSH_BATCH);
        let facts = ws.local().unsent_facts(size).await.map_err(here)?;
        if facts.is_empty() {
            return Ok(total);
        }
        let started = std::time::Instant::now();
        let report = match central_call(central.store.apply_facts(&central.workstation, &facts)).await {
            Ok(r) => r,
            Err(e) => {
                // Too slow a link, or none: the next round tries half as many.
                ws.push_batch.store((size / 2).max(1), Ordering::Relaxed);
                return Err(unreachable(e));
            }
        };
        ws.push_batch.store(next_push_batch(facts.len(), started.elapsed()), Ordering::Relaxed);
        let ids: Vec<_> = facts.iter().map(|f| f.id).collect();
        ws.local().mark_sent(&ids, Utc::now()).await.map_err(here)?;
        total.applied += report.applied;
        total.duplicates += report.duplicates;
        total.rejected += report.rejected;
        remaining = remaining.saturating_sub(facts.len() as u64);
        progress(SyncProgress { sent: total.applied + total.duplicates + total.rejected, remaining });
    }
}

/// As many facts as `sent` took `took` for in about [`PUSH_BATCH_TIME`],
/// growing at most fourfold a batch.
fn next_push_batch(sent: usize, took: std::time::Duration) -> u32 {
    let sent = u32::try_from(sent).unwrap_or(PUSH_BATCH).max(1);
    let fits = PUSH_BATCH_TIME.as_secs_f64() / took.as_secs_f64().max(1e-6) * f64::from(sent);
    // Rounded down to a whole fact, and within 1..=PUSH_BATCH: the cast saturates.
    (fits as u32).clamp(1, sent.saturating_mul(4).min(PUSH_BATCH))
}

/// Pulls until everything committed before it began has come, waiting at most
/// `wait` for transactions that were running then.
async fn pull_locked(ws: &Workstation, central: &Central, wait: std::time::Duration) -> ServiceResult<(u64, u32, FeedCursor)> {
    let mut cursor = ws.local().feed_cursor().await.map_err(here)?.unwrap_or_default();
    let office = match &central.office {
        // An office not in the central database yet has no private rows: the nil id matches none.
        Some(code) => Some(central_call(central.store.office_id_of(code)).await.map_err(unreachable)?.unwrap_or(uuid::Uuid::nil())),
        None => None,
    };
    // Everything committed before the pull began is brought, waiting a
    // little for transactions that were running then (their changes may sit
    // below later ones); a transaction open longer is left to the next round.
    let target = central_call(central.store.feed_target()).await.map_err(unreachable)?;
    let waiting_since = std::time::Instant::now();
    let (mut pulled, mut pages) = (0, 0);
    loop {
        let page = central_call(central.store.feed(cursor, office, PULL_PAGE)).await.map_err(unreachable)?;
        if page.feed_rows > 0 {
            ws.local().apply_feed(&page, cursor, central.office.as_ref().map(|o| o.as_str()).unwrap_or("")).await.map_err(here)?;
            pulled += page.changes.len() as u64;
            pages += 1;
            cursor = page.next;
        }
        if page.more {
            continue;
        }
        if page.horizon >= target || waiting_since.elapsed() >= wait {
            return Ok((pulled, pages, cursor));
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// What the status bar shows about the sync.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncStatus {
    /// A central database is set up (otherwise the workstation runs its office alone).
    pub configured: bool,
    /// The last round reached the central database.
    pub online: bool,
    /// Seconds since the last round that finished without error.
    pub last_success_age_seconds: Option<i64>,
    pub unsent_facts: u64,
    /// Why the last round failed, in words for staff.
    pub error: Option<String>,
    /// Its code: `central_unavailable` when the central database could not
    /// be reached; `workstation_database` when this workstation's own
    /// database failed; any other when the central database answered and
    /// cannot be used as it is (a refused login, a schema to migrate,
    /// another district's replica), which waiting will not mend.
    pub error_code: Option<String>,
    /// While an outbox drains: how far it is.
    pub draining: Option<SyncProgress>,
}

/// Runs sync rounds in the background and remembers how the last one went.
#[derive(Clone, Default)]
pub struct SyncMonitor {
    state: std::sync::Arc<std::sync::Mutex<SyncStatus>>,
    wake: std::sync::Arc<tokio::sync::Notify>,
}

impl SyncMonitor {
    /// Asks for a round now (after a fact was recorded), not at the next tick.
    pub fn nudge(&self) {
        self.wake.notify_one();
    }

    pub async fn status(&self, ws: &Workstation) -> SyncStatus {
        let mut s = self.state.lock().map(|s| s.clone()).unwrap_or_default();
        s.configured = ws.central().is_some();
        if let Ok(local) = ws.local().sync_state().await {
            s.unsent_facts = local.unsent_facts;
            s.last_success_age_seconds = local.last_success.map(|t| (Utc::now() - t).num_seconds().max(0));
        }
        s
    }

    /// Rounds every `every` (or when nudged), forever; for the app's background task.
    pub async fn run(&self, ws: Workstation, every: std::time::Duration) {
        loop {
            if ws.central().is_none() {
                // Standalone: nothing to do until a central database is
                // connected (here, or by `passdesk central connect` beside the app).
                let _ = tokio::time::timeout(every, self.wake.notified()).await;
                let _ = ws.follow_saved_connection().await;
                continue;
            }
            let state = self.state.clone();
            let progress = move |p: SyncProgress| {
                if let Ok(mut s) = state.lock() {
                    s.draining = (p.remaining > 0).then_some(p);
                    if p.sent > 0 {
                        // A batch went through: the central database is back.
                        s.online = true;
                        s.error = None;
                        s.error_code = None;
                    }
                }
            };
            let result = round(&ws, &progress).await;
            if let Ok(mut s) = self.state.lock() {
                s.draining = None;
                match result {
                    Ok(_) => {
                        s.online = true;
                        s.error = None;
                        s.error_code = None;
                    }
                    Err(e) => {
                        s.online = false;
                        s.error = Some(e.message);
                        s.error_code = Some(e.code.to_string());
                    }
                }
            }
            let _ = tokio::time::timeout(every, self.wake.notified()).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_push_batch_is_sized_to_the_time_its_facts_took() {
        // Over a slow link (0.05 s a fact) ten fit in half a second.
        assert_eq!(next_push_batch(16, Duration::from_millis(800)), 10);
        // A fast one grows fourfold a batch, up to the most a push sends.
        assert_eq!(next_push_batch(16, Duration::from_millis(10)), 64);
        assert_eq!(next_push_batch(400, Duration::from_millis(100)), PUSH_BATCH);
        // Never none, however slow; an instant answer is no division by zero.
        assert_eq!(next_push_batch(1, Duration::from_secs(9)), 1);
        assert_eq!(next_push_batch(16, Duration::ZERO), 64);
    }
}
