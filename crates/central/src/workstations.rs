//! The district's workstations as each last told the central database how
//! it stands, and the facts the central database kept as rejected: what an
//! administrator needs to find a desk that stopped syncing, one that holds
//! check-ins it has not sent, or a fact nobody will apply.

use chrono::{DateTime, Utc};
use passdesk_domain::{
    replica::DeskFact,
    repository::{RepoError, RepoResult},
};

use crate::{db_error, PgStore};

/// What a workstation says of itself when it syncs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkstationReport {
    pub name: String,
    pub host: String,
    /// The office whose rows it keeps; `None`: every office's.
    pub office: Option<String>,
    pub app_version: String,
    pub unsent: u64,
    /// How old the oldest of them is, by the workstation's own clock (read
    /// back: its age now, the time since the report added).
    pub oldest_unsent_seconds: Option<i64>,
    /// Why its last round failed, when it did.
    pub last_error: Option<String>,
}

/// A workstation as the central database last heard from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkstationSeen {
    pub report: WorkstationReport,
    /// The central database's own time of the report.
    pub last_contact: DateTime<Utc>,
    /// Seconds since then, by the central database's clock.
    pub silent_seconds: i64,
    pub first_seen: DateTime<Utc>,
    /// Its facts kept as rejected.
    pub rejected: u64,
}

/// A fact the central database could not apply, kept with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedFact {
    pub workstation: String,
    pub kind: String,
    /// When the desk made it.
    pub made_at: DateTime<Utc>,
    pub rejected_at: DateTime<Utc>,
    pub reason: String,
    /// Whom it was about, as the desk recorded it (number and name, or the visit).
    pub about: String,
}

fn count(n: i64) -> RepoResult<u64> {
    u64::try_from(n).map_err(|_| RepoError::Corrupt(format!("count {n}")))
}

impl PgStore {
    /// Records how a workstation stands, as of now by this database's clock.
    pub async fn report_workstation(&self, r: &WorkstationReport) -> RepoResult<()> {
        let unsent = i32::try_from(r.unsent).unwrap_or(i32::MAX);
        sqlx::query!(
            "INSERT INTO workstations (name, host, office, app_version, last_contact, unsent, oldest_unsent, last_error)
             VALUES ($1, $2, $3, $4, now(), $5, now() - make_interval(secs => $6), $7)
             ON CONFLICT (name) DO UPDATE SET host = excluded.host, office = excluded.office, app_version = excluded.app_version,
                 last_contact = excluded.last_contact, unsent = excluded.unsent, oldest_unsent = excluded.oldest_unsent, last_error = excluded.last_error",
            r.name,
            r.host,
            r.office,
            r.app_version,
            unsent,
            r.oldest_unsent_seconds.map(|s| s as f64),
            r.last_error
        )
        .execute(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(())
    }

    /// Every workstation that has reported, by office then name, with its
    /// rejected facts counted.
    pub async fn workstations(&self) -> RepoResult<Vec<WorkstationSeen>> {
        sqlx::query!(
            r#"SELECT w.name, w.host, w.office, w.app_version, w.last_contact, w.unsent, w.last_error, w.first_seen,
                      extract(epoch FROM now() - w.last_contact)::bigint AS "silent!",
                      extract(epoch FROM now() - w.oldest_unsent)::bigint AS oldest_age,
                      (SELECT count(*) FROM applied_commands c WHERE c.workstation = w.name AND c.outcome LIKE 'rejected%') AS "rejected!"
               FROM workstations w ORDER BY w.office NULLS FIRST, w.name"#
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|r| {
            Ok(WorkstationSeen {
                report: WorkstationReport {
                    name: r.name,
                    host: r.host,
                    office: r.office,
                    app_version: r.app_version,
                    unsent: count(i64::from(r.unsent))?,
                    oldest_unsent_seconds: r.oldest_age.map(|s| s.max(0)),
                    last_error: r.last_error,
                },
                last_contact: r.last_contact,
                silent_seconds: r.silent,
                first_seen: r.first_seen,
                rejected: count(r.rejected)?,
            })
        })
        .collect()
    }

    /// The latest facts kept as rejected, newest first, `limit` at most.
    pub async fn rejected_facts(&self, limit: u32) -> RepoResult<Vec<RejectedFact>> {
        let limit = i64::from(limit);
        sqlx::query!(
            "SELECT workstation, kind, payload, made_at, applied_at, outcome FROM applied_commands
             WHERE outcome LIKE 'rejected%' ORDER BY applied_at DESC, made_at DESC LIMIT $1",
            limit
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|r| {
            Ok(RejectedFact {
                about: about(&r.kind, &r.payload),
                workstation: r.workstation,
                kind: r.kind,
                made_at: r.made_at,
                rejected_at: r.applied_at,
                reason: r.outcome.strip_prefix("rejected: ").unwrap_or(&r.outcome).to_string(),
            })
        })
        .collect()
    }
}

/// Whom a fact was about, in the desk's words; a fact that does not parse
/// (the reason it was rejected, often) is named by its kind alone.
fn about(kind: &str, payload: &serde_json::Value) -> String {
    match DeskFact::parse(kind, payload) {
        Ok(DeskFact::VisitRecorded { visit, .. }) => {
            let conf = visit.confirmation.as_ref().map(|c| format!(" ({})", c.as_str())).unwrap_or_default();
            format!("number {} at {} on {}, {}{conf}", visit.queue_number, visit.office.as_str(), visit.local_date, visit.display_name)
        }
        Ok(DeskFact::VisitAdvanced { visit, state, .. }) => format!("visit {visit}, to {}", state.as_str().replace('_', " ")),
        Err(_) => kind.to_string(),
    }
}
