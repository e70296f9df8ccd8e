//! Staff accounts.

use chrono::{DateTime, Utc};
use passdesk_domain::{
    repository::{RepoError, RepoResult},
    staff::{StaffAccount, Username},
};
use uuid::Uuid;

use crate::{db_error, offices, rows, PgStore};

struct StaffRow {
    id: Uuid,
    username: String,
    display_name: String,
    role: String,
    office: Option<String>,
    password_hash: String,
}

impl StaffRow {
    fn into_account(self) -> RepoResult<(StaffAccount, String)> {
        let corrupt = |what: &str| RepoError::Corrupt(format!("staff {}: {what}", self.username));
        let account = StaffAccount {
            id: self.id,
            username: self.username.parse().map_err(|_| corrupt("username"))?,
            display_name: self.display_name.clone(),
            role: self.role.parse().map_err(|_| corrupt("role"))?,
            office: self.office.as_deref().map(str::parse).transpose().map_err(|_| corrupt("office"))?,
        };
        Ok((account, self.password_hash))
    }
}

impl PgStore {
    pub(crate) async fn add_staff_impl(&self, account: &StaffAccount, password_hash: &str, only_if_none: bool, now: DateTime<Utc>) -> RepoResult<()> {
        let mut tx = rows::begin(&self.pool).await?;
        if only_if_none {
            // Two first runs at once: the second waits here, then counts the
            // first's administrator.
            rows::lock(&mut tx, "passdesk/first-administrator").await?;
            let n = sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM staff"#).fetch_one(&mut *tx).await.map_err(db_error)?;
            if n > 0 {
                return Err(RepoError::Conflict("the administrator exists already; sign in".into()));
            }
        }
        let office_id = match &account.office {
            Some(code) => Some(offices::office_id(&mut tx, code).await?),
            None => None,
        };
        let (username, role) = (account.username.as_str(), account.role.as_str());
        let inserted = sqlx::query!(
            "INSERT INTO staff (id, username, display_name, role, office_id, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (username) DO NOTHING",
            account.id, username, account.display_name, role, office_id, password_hash, now
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        if inserted.rows_affected() == 0 {
            return Err(RepoError::Conflict(format!("the username {username} is taken; choose another")));
        }
        tx.commit().await.map_err(db_error)
    }

    pub(crate) async fn staff_impl(&self, username: &Username) -> RepoResult<Option<(StaffAccount, String)>> {
        let name = username.as_str();
        sqlx::query_as!(
            StaffRow,
            r#"SELECT s.id, s.username, s.display_name, s.role, o.code AS "office?", s.password_hash
               FROM staff s LEFT JOIN offices o ON o.id = s.office_id WHERE s.username = $1 AND NOT s.disabled"#,
            name
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .map(StaffRow::into_account)
        .transpose()
    }

    pub(crate) async fn staff_count_impl(&self) -> RepoResult<u64> {
        let n = sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM staff WHERE NOT disabled"#).fetch_one(&self.pool).await.map_err(db_error)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    pub(crate) async fn staff_accounts_impl(&self) -> RepoResult<Vec<StaffAccount>> {
        sqlx::query_as!(
            StaffRow,
            r#"SELECT s.id, s.username, s.display_name, s.role, o.code AS "office?", s.password_hash
               FROM staff s LEFT JOIN offices o ON o.id = s.office_id WHERE NOT s.disabled ORDER BY s.username COLLATE "C""#
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|r| r.into_account().map(|(a, _)| a))
        .collect()
    }
}
