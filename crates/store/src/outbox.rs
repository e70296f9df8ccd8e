//! The local side of the sync: the outbox of facts waiting for the central
//! database, and where this replica stands in the central change feed.

use chrono::{DateTime, Utc};
use passdesk_domain::repository::RepoResult;
use serde::Serialize;

use crate::{db_error, rows, SqliteStore};

/// `meta` key: the change-feed cursor, "txid:seq" of the last change applied.
pub const FEED_CURSOR: &str = "sync.cursor";
/// `meta` key: the office whose appointments and visits this replica keeps
/// ("" or absent: every office's).
pub const REPLICA_OFFICE: &str = "central.office";
/// `meta` key: when a sync round last finished without error (RFC 3339).
pub const LAST_SYNC: &str = "sync.last_success";
/// `meta` key, set while a workstation that left its district runs on its
/// own: the last appointment-history row it had then. Every row after it
/// is a booking, change or cancellation the central database never saw.
pub const ON_ITS_OWN_FROM: &str = "central.on_its_own_from";
/// `meta` key, beside [`ON_ITS_OWN_FROM`]: the appointments (ids, a JSON
/// list) whose change made on its own the district had already decided
/// otherwise, and that sending named for a call; they no longer hold the
/// reconnection.
pub const OWN_CHANGES_NAMED: &str = "central.own_changes_named";
/// `meta` key: the last appointment-history row when a check of the
/// district last passed; what a workstation disconnected by a version
/// before [`ON_ITS_OWN_FROM`] made on its own lies after it.
pub const HISTORY_CHECKED: &str = "central.history_checked";

/// Where this workstation's sync stands, for the status bar and `central status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncState {
    /// Facts recorded here that the central database does not have yet.
    pub unsent_facts: u64,
    /// When the oldest of them was recorded.
    pub oldest_unsent: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    pub cursor: Option<String>,
}

impl SqliteStore {
    pub async fn sync_state(&self) -> RepoResult<SyncState> {
        let unsent = sqlx::query!(r#"SELECT COUNT(*) AS "n!: i64", MIN(created_at) AS "oldest?: i64" FROM outbox WHERE sent_at IS NULL"#)
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
        let last = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", LAST_SYNC).fetch_optional(&self.pool).await.map_err(db_error)?;
        let cursor = sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", FEED_CURSOR).fetch_optional(&self.pool).await.map_err(db_error)?;
        Ok(SyncState {
            unsent_facts: u64::from(rows::count(unsent.n)?),
            oldest_unsent: unsent.oldest.and_then(|t| DateTime::from_timestamp(t, 0)),
            last_success: last
                .map(|t| DateTime::parse_from_rfc3339(&t).map(|t| t.with_timezone(&Utc)).map_err(|_| passdesk_domain::repository::RepoError::Corrupt(format!("bad {LAST_SYNC} {t:?}"))))
                .transpose()?,
            cursor,
        })
    }
}
