//! Wrong-PIN counting and the small key/value table.

use chrono::{DateTime, Utc};
use passdesk_domain::repository::{PinAttempts, RepoResult};

use crate::{db_error, rows, SqliteStore};

impl SqliteStore {
    pub(crate) async fn pin_attempts_impl(&self, confirmation: &str, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        let row = sqlx::query!(r#"SELECT failures AS "failures!", locked_until FROM pin_attempts WHERE confirmation = ?"#, confirmation)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        let Some(row) = row else { return Ok(PinAttempts { failures: 0, locked_until: None }) };
        let locked_until = row.locked_until.filter(|t| *t > now.timestamp()).map(rows::instant).transpose()?;
        Ok(PinAttempts { failures: rows::count(row.failures)?, locked_until })
    }

    pub(crate) async fn record_pin_failure_impl(&self, confirmation: &str, max: u32, lock_until: DateTime<Utc>, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        let (max, until, at) = (i64::from(max), lock_until.timestamp(), now.timestamp());
        // One statement: count the failure, start over after an expired lock,
        // and lock when the count reaches `max`.
        let row = sqlx::query!(
            r#"INSERT INTO pin_attempts (confirmation, failures, locked_until) VALUES (?1, 1, CASE WHEN 1 >= ?2 THEN ?3 END)
               ON CONFLICT (confirmation) DO UPDATE SET
                 failures = CASE WHEN pin_attempts.locked_until IS NOT NULL AND pin_attempts.locked_until <= ?4 THEN 1 ELSE pin_attempts.failures + 1 END,
                 locked_until = CASE
                   WHEN pin_attempts.locked_until IS NOT NULL AND pin_attempts.locked_until > ?4 THEN pin_attempts.locked_until
                   WHEN (CASE WHEN pin_attempts.locked_until IS NOT NULL AND pin_attempts.locked_until <= ?4 THEN 1 ELSE pin_attempts.failures + 1 END) >= ?2 THEN ?3
                   ELSE NULL END
               RETURNING failures AS "failures!", locked_until"#,
            confirmation, max, until, at
        )
        .fetch_one(&self.pool)
        .await
        .map_err(db_error)?;
        Ok(PinAttempts { failures: rows::count(row.failures)?, locked_until: row.locked_until.map(rows::instant).transpose()? })
    }

    pub(crate) async fn clear_pin_failures_impl(&self, confirmation: &str) -> RepoResult<()> {
        sqlx::query!("DELETE FROM pin_attempts WHERE confirmation = ?", confirmation).execute(&self.pool).await.map_err(db_error)?;
        Ok(())
    }

    pub(crate) async fn meta_impl(&self, key: &str) -> RepoResult<Option<String>> {
        sqlx::query_scalar!("SELECT value FROM meta WHERE key = ?", key).fetch_optional(&self.pool).await.map_err(db_error)
    }

    pub(crate) async fn set_meta_impl(&self, key: &str, value: &str) -> RepoResult<()> {
        sqlx::query!("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
            .execute(&self.pool)
            .await
            .map_err(db_error)?;
        Ok(())
    }
}
