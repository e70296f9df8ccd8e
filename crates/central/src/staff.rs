//! Staff accounts.

use chrono::{DateTime, Utc};
use passdesk_domain::{
    repository::{RepoError, RepoResult, StaffChange},
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

    pub(crate) async fn staff_accounts_impl(&self) -> RepoResult<Vec<(StaffAccount, bool)>> {
        let rows = sqlx::query!(
            r#"SELECT s.id, s.username, s.display_name, s.role, o.code AS "office?", s.disabled
               FROM staff s LEFT JOIN offices o ON o.id = s.office_id ORDER BY s.username COLLATE "C""#
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                let row = StaffRow { id: r.id, username: r.username, display_name: r.display_name, role: r.role, office: r.office, password_hash: String::new() };
                Ok((row.into_account()?.0, r.disabled))
            })
            .collect()
    }

    pub(crate) async fn update_staff_impl(&self, username: &Username, change: &StaffChange, _now: DateTime<Utc>) -> RepoResult<StaffAccount> {
        let mut tx = rows::begin(&self.pool).await?;
        // Two administrators changing accounts at once are decided one after
        // the other, so they cannot both take the last administrator away.
        rows::lock(&mut tx, "passdesk/administrators").await?;
        let name = username.as_str();
        let current = sqlx::query!("SELECT id, role, disabled FROM staff WHERE username = $1 FOR UPDATE", name)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?
            .ok_or_else(|| RepoError::NotFound(format!("no account {name}")))?;
        if change.takes_an_administrator(&current.role, current.disabled) {
            let others = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM staff WHERE role = 'administrator' AND NOT disabled AND username <> $1"#,
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
            Some(code) => Some(offices::office_id(&mut tx, code).await?),
            None => None,
        };
        sqlx::query!(
            "UPDATE staff SET display_name = $1, role = $2, office_id = $3, disabled = $4, password_hash = COALESCE($5, password_hash) WHERE id = $6",
            change.display_name, change.role.as_str(), office_id, change.disabled, change.password_hash, current.id
        )
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(StaffAccount { id: current.id, username: username.clone(), display_name: change.display_name.clone(), role: change.role, office: change.office.clone() })
    }
}
