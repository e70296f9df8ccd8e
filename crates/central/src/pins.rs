//! Wrong-PIN counting and the small key/value table.

use chrono::{DateTime, Utc};
use passdesk_domain::repository::{PinAttempts, RepoResult};

use crate::{db_error, rows, PgStore};

impl PgStore {
    /// `key` is what the local store calls `confirmation`: a confirmation
    /// number (known or not), or `staff:<username>` for sign-ins.
    pub(crate) async fn pin_attempts_impl(&self, key: &str, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        let row = sqlx::query!("SELECT failures, locked_until FROM pin_attempts WHERE key = $1", key)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        let Some(row) = row else { return Ok(PinAttempts { failures: 0, locked_until: None }) };
        Ok(PinAttempts { failures: rows::count(row.failures)?, locked_until: row.locked_until.filter(|t| *t > now) })
    }

    pub(crate) async fn record_pin_failure_impl(&self, key: &str, max: u32, lock_until: DateTime<Utc>, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        let max = i64::from(max);
        // One statement: count the failure, start over after an expired lock,
        // and lock when the count reaches `max`. Concurrent failures queue on
        // the row, so none is lost.
        let row = sqlx::query!(
            r#"INSERT INTO pin_attempts (key, failures, locked_until) VALUES ($1, 1, CASE WHEN 1 >= $2::int8 THEN $3::timestamptz END)
               ON CONFLICT (key) DO UPDATE SET
                 failures = CASE WHEN pin_attempts.locked_until IS NOT NULL AND pin_attempts.locked_until <= $4 THEN 1 ELSE pin_attempts.failures + 1 END,
                 locked_until = CASE
                   WHEN pin_attempts.locked_until IS NOT NULL AND pin_attempts.locked_until > $4 THEN pin_attempts.locked_until
                   WHEN (CASE WHEN pin_attempts.locked_until IS NOT NULL AND pin_attempts.locked_until <= $4 THEN 1 ELSE pin_attempts.failures + 1 END) >= $2 THEN $3
                   ELSE NULL END
               RETURNING failures, locked_until"#,
            key, max, lock_until, now
        )
        .fetch_one(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(PinAttempts { failures: rows::count(row.failures)?, locked_until: row.locked_until })
    }

    pub(crate) async fn clear_pin_failures_impl(&self, key: &str) -> RepoResult<()> {
        sqlx::query!("DELETE FROM pin_attempts WHERE key = $1", key).execute(&self.pool).await.map_err(db_error)?;
        Ok(())
    }

    pub(crate) async fn meta_impl(&self, key: &str) -> RepoResult<Option<String>> {
        sqlx::query_scalar!("SELECT value FROM meta WHERE key = $1", key).fetch_optional(&self.pool).await.map_err(db_error)
    }

    pub(crate) async fn set_meta_impl(&self, key: &str, value: &str) -> RepoResult<()> {
        sqlx::query!("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }
}
