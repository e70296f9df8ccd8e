//! Staff accounts.

use chrono::{DateTime, Utc};
use passdesk_domain::{
    repository::{RepoError, RepoResult, StaffChange},
    staff::{StaffAccount, Username},
};

use crate::{db_error, rows, SqliteStore};

struct StaffRow {
    id: String,
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
            id: rows::id(&self.id)?,
            username: self.username.parse().map_err(|_| corrupt("username"))?,
            display_name: self.display_name.clone(),
            role: self.role.parse().map_err(|_| corrupt("role"))?,
            office: self.office.as_deref().map(str::parse).transpose().map_err(|_| corrupt("office"))?,
        };
        Ok((account, self.password_hash))
    }
}

impl SqliteStore {
    pub(crate) async fn add_staff_impl(&self, account: &StaffAccount, password_hash: &str, only_if_none: bool, now: DateTime<Utc>) -> RepoResult<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        if only_if_none {
            let n = sqlx::query_scalar!(r#"SELECT count(*) AS "n!: i64" FROM staff"#).fetch_one(&mut *tx).await.map_err(db_error)?;
            if n > 0 {
                return Err(RepoError::Conflict("the administrator exists already; sign in".into()));
            }
        }
        let office_id = match &account.office {
            Some(code) => Some(self.office_id(&mut tx, code).await?.0),
            None => None,
        };
        let (id, username, role, at) = (account.id.to_string(), account.username.as_str(), account.role.as_str(), now.timestamp());
        let inserted = sqlx::query!(
            "INSERT INTO staff (id, username, display_name, role, office_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (username) DO NOTHING",
            id, username, account.display_name, role, office_id, password_hash, at
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
            r#"SELECT s.id AS "id!", s.username AS "username!", s.display_name AS "display_name!", s.role AS "role!",
                      o.code AS "office?", s.password_hash AS "password_hash!"
               FROM staff s LEFT JOIN offices o ON o.id = s.office_id WHERE s.username = ? AND s.disabled = 0"#,
            name
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .map(StaffRow::into_account)
        .transpose()
    }

    pub(crate) async fn staff_count_impl(&self) -> RepoResult<u64> {
        let n = sqlx::query_scalar!(r#"SELECT count(*) AS "n!: i64" FROM staff WHERE disabled = 0"#).fetch_one(&self.pool).await.map_err(db_error)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    pub(crate) async fn staff_accounts_impl(&self) -> RepoResult<Vec<(StaffAccount, bool)>> {
        let rows = sqlx::query!(
            r#"SELECT s.id AS "id!", s.username AS "username!", s.display_name AS "display_name!", s.role AS "role!",
                      o.code AS "office?", s.disabled AS "disabled!"
               FROM staff s LEFT JOIN offices o ON o.id = s.office_id ORDER BY s.username"#
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                let row = StaffRow { id: r.id, username: r.username, display_name: r.display_name, role: r.role, office: r.office, password_hash: String::new() };
                Ok((row.into_account()?.0, r.disabled != 0))
            })
            .collect()
    }

    /// Removes accounts this database holds alone (a workstation joining a
    /// district whose accounts stand instead).
    pub async fn forget_staff(&self, ids: &[uuid::Uuid]) -> RepoResult<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let list = rows::to_json(&ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        sqlx::query!("DELETE FROM staff WHERE id IN (SELECT value FROM json_each(?))", list).execute(&self.pool).await.map_err(db_error)?;
        Ok(())
    }

    pub(crate) async fn update_staff_impl(&self, username: &Username, change: &StaffChange, _now: DateTime<Utc>) -> RepoResult<StaffAccount> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
        let name = username.as_str();
        let current = sqlx::query!(r#"SELECT id AS "id!", role AS "role!", disabled AS "disabled!" FROM staff WHERE username = ?"#, name)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound(format!("no account {name}")))?;
        if change.takes_an_administrator(&current.role, current.disabled != 0) {
            let others = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!: i64" FROM staff WHERE role = 'administrator' AND disabled = 0 AND username <> ?"#,
                name
            )
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            if others == 0 {
                return Err(StaffChange::last_administrator(name));
            }
        }
        let office_id = match &change.office {
            Some(code) => {
                let c = code.as_str();
                Some(
                    sqlx::query_scalar!(r#"SELECT id AS "id!" FROM offices WHERE code = ?"#, c)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db_error)?
                        .ok_or_else(|| RepoError::NotFound(format!("no office {c}")))?,
                )
            }
            None => None,
        };
        let (role, disabled) = (change.role.as_str(), i64::from(change.disabled));
        sqlx::query!(
            "UPDATE staff SET display_name = ?, role = ?, office_id = ?, disabled = ?, password_hash = COALESCE(?, password_hash) WHERE id = ?",
            change.display_name, role, office_id, disabled, change.password_hash, current.id
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(StaffAccount { id: rows::id(&current.id)?, username: username.clone(), display_name: change.display_name.clone(), role: change.role, office: change.office.clone() })
    }
}
