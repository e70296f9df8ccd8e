//! Staff sign-in and the role check every staff use case makes. Passwords are
//! argon2id hashes; five wrong passwords lock a username for 15 minutes.

use argon2::{
    password_hash::{
        rand_core::{OsRng, RngCore},
        PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
    },
    Argon2,
};
use chrono::Duration;
use passdesk_domain::{
    office::OfficeCode,
    repository::{Repository, StaffChange},
    staff::{Action, NewPassword, Role, StaffAccount, Username},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{booking::{MAX_PIN_FAILURES, PIN_LOCK_MINUTES}, parse_office_code, ServiceError, ServiceResult, Services};

/// Who is signed in at this window. Made only by [`Services::sign_in`] or
/// [`Services::create_first_administrator`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Session {
    pub account: StaffAccount,
    /// Which password it signed in with (its hash's salt, new with every
    /// password): a new password ends the sessions opened with the old one.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub(crate) credential: String,
}

/// The salt of a PHC password hash: it changes with every new password.
fn credential_of(hash: &str) -> String {
    hash.rsplit('$').nth(1).unwrap_or_default().to_string()
}

impl Session {
    /// A cashier works the cashier track alone; every other role sees every track.
    pub fn sees_track(&self, track: &str) -> bool {
        self.account.role != Role::Cashier || track == "cashier"
    }

    /// Refuses an action the role does not allow.
    pub fn require(&self, action: Action) -> ServiceResult<()> {
        if self.account.role.may(action) {
            Ok(())
        } else {
            Err(ServiceError::new("forbidden", format!("a {} may not do this; sign in with an account that may", self.account.role.title().to_lowercase())))
        }
    }

    /// Refuses work on another office than the person's own (administrators may all).
    pub fn require_office(&self, action: Action, office: &str) -> ServiceResult<()> {
        self.require(action)?;
        let code = parse_office_code(office)?;
        match (&self.account.role, &self.account.office) {
            (Role::Administrator, _) => Ok(()),
            (_, Some(own)) if *own == code => Ok(()),
            _ => Err(ServiceError::new("forbidden", format!("your account works at another office than {code}"))),
        }
    }
}

/// A new account, as an administrator (or the first-run screen) sends it.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct NewStaff {
    pub username: String,
    pub display_name: String,
    pub role: String,
    #[serde(default)]
    pub office: Option<String>,
    pub password: String,
}

// Its password never reaches a log through `{:?}`.
impl std::fmt::Debug for NewStaff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewStaff")
            .field("username", &self.username)
            .field("display_name", &self.display_name)
            .field("role", &self.role)
            .field("office", &self.office)
            .field("password", &"***")
            .finish()
    }
}

fn hash_password(p: &NewPassword) -> ServiceResult<String> {
    Argon2::default()
        .hash_password(p.reveal().as_bytes(), &SaltString::generate(&mut OsRng))
        .map(|h| h.to_string())
        .map_err(|e| ServiceError::new("internal", format!("cannot hash the password: {e}")))
}

fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash no password is known for, checked when there is no such account,
/// so that a wrong username takes as long to refuse as a wrong password
/// (otherwise the answer's speed tells which usernames exist).
static NOBODY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let mut secret = [0u8; 32];
    OsRng.fill_bytes(&mut secret);
    Argon2::default().hash_password(&secret, &SaltString::generate(&mut OsRng)).map(|h| h.to_string()).unwrap_or_default()
});

/// A name, role and office as a form gives them, checked field by field.
fn account_fields(display_name: &str, role: &str, office: Option<&str>) -> ServiceResult<(String, Role, Option<OfficeCode>)> {
    let name = display_name.trim();
    if name.is_empty() || passdesk_domain::applicant::plain_text("display_name", name, 80).is_err() {
        return Err(ServiceError::new("invalid_input", "display_name: give the person's name (at most 80 characters of plain text)"));
    }
    let role: Role = role.parse()?;
    let office = match office.map(str::trim).filter(|s| !s.is_empty()) {
        Some(code) => Some(parse_office_code(code)?),
        None if role == Role::Administrator => None,
        None => return Err(ServiceError::new("invalid_input", "office: every role but administrator works at an office; give its code")),
    };
    Ok((name.to_string(), role, office))
}

/// The account a form describes, checked field by field.
fn new_account(new: &NewStaff) -> ServiceResult<(StaffAccount, NewPassword)> {
    let (display_name, role, office) = account_fields(&new.display_name, &new.role, new.office.as_deref())?;
    let account = StaffAccount { id: Uuid::now_v7(), username: new.username.parse()?, display_name, role, office };
    Ok((account, NewPassword::parse(&new.password)?))
}

/// An account as the administrator's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffListed {
    #[serde(flatten)]
    pub account: StaffAccount,
    pub disabled: bool,
}

/// An administrator's change to an account: every field as it is to be; a
/// `new_password` left empty keeps the password.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct StaffUpdate {
    pub username: String,
    pub display_name: String,
    pub role: String,
    #[serde(default)]
    pub office: Option<String>,
    pub disabled: bool,
    #[serde(default)]
    pub new_password: Option<String>,
}

// The new password never reaches a log through `{:?}`.
impl std::fmt::Debug for StaffUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffUpdate")
            .field("username", &self.username)
            .field("display_name", &self.display_name)
            .field("role", &self.role)
            .field("office", &self.office)
            .field("disabled", &self.disabled)
            .field("new_password", &self.new_password.as_ref().map(|_| "***"))
            .finish()
    }
}

impl<R: Repository> Services<R> {
    /// True until the first administrator exists: the app then shows the first-run screen.
    pub async fn first_run(&self) -> ServiceResult<bool> {
        Ok(self.repo.staff_count().await? == 0)
    }


    /// The first-run flow: creates the administrator, only while there is no account at all.
    pub async fn create_first_administrator(&self, new: &NewStaff) -> ServiceResult<Session> {
        let (account, password) = new_account(new)?;
        if account.role != Role::Administrator {
            return Err(ServiceError::new("invalid_input", "role: the first account is the administrator"));
        }
        let hash = hash_password(&password)?;
        self.repo.add_staff(&account, &hash, true, self.now()).await?;
        Ok(Session { account, credential: credential_of(&hash) })
    }

    pub async fn add_staff(&self, by: &Session, new: &NewStaff) -> ServiceResult<StaffAccount> {
        by.require(Action::ManageStaff)?;
        let (account, password) = new_account(new)?;
        self.repo.add_staff(&account, &hash_password(&password)?, false, self.now()).await?;
        Ok(account)
    }

    /// Every account, disabled ones too (they can be enabled again).
    pub async fn list_staff(&self, by: &Session) -> ServiceResult<Vec<StaffListed>> {
        by.require(Action::ManageStaff)?;
        Ok(self.repo.staff_accounts().await?.into_iter().map(|(account, disabled)| StaffListed { account, disabled }).collect())
    }

    /// An administrator changes an account: its name, role and office,
    /// disables or enables it, or gives it a new password (which also lifts
    /// a lock after wrong passwords). Its sessions end at their next command.
    /// Decided centrally when a central database is connected.
    pub async fn update_staff(&self, by: &Session, u: &StaffUpdate) -> ServiceResult<StaffAccount> {
        by.require(Action::ManageStaff)?;
        let username: Username = u.username.parse()?;
        let (display_name, role, office) = account_fields(&u.display_name, &u.role, u.office.as_deref())?;
        if by.account.username == username && (u.disabled || role != Role::Administrator) {
            return Err(ServiceError::new("invalid_input", "you cannot disable your own account or take its administrator role; another administrator can"));
        }
        let password_hash = match u.new_password.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => Some(hash_password(&NewPassword::parse(p)?)?),
            None => None,
        };
        let reset = password_hash.is_some();
        let change = StaffChange { display_name, role, office, disabled: u.disabled, password_hash };
        let account = self.repo.update_staff(&username, &change, self.now()).await?;
        if reset {
            for purpose in ["staff", "approval", "kiosk"] {
                self.repo.clear_pin_failures(&format!("{purpose}:{username}")).await?;
            }
        }
        Ok(account)
    }

    /// Signs a person in. The answer to a wrong name and to a wrong password is the same.
    pub async fn sign_in(&self, username: &str, password: &str) -> ServiceResult<Session> {
        self.verify_password(username, password, "staff").await
    }

    /// Signs staff in at a kiosk window, to leave it. Its wrong tries count
    /// apart: anyone at the public screen could lock a name out of leaving
    /// this kiosk, never out of signing in at a desk.
    pub async fn sign_in_at_kiosk(&self, username: &str, password: &str) -> ServiceResult<Session> {
        self.verify_password(username, password, "kiosk").await
    }

    /// The session as its account now stands: one disabled, or given
    /// another role or office, or a new password, since it signed in (here,
    /// or at another workstation through the sync), is `session_ended`. A new
    /// display name goes on.
    pub async fn still_signed_in(&self, session: &Session) -> ServiceResult<Session> {
        let was = &session.account;
        match self.repo.staff(&was.username).await? {
            Some((now, hash)) if (now.id, now.role, &now.office) == (was.id, was.role, &was.office) && credential_of(&hash) == session.credential => {
                Ok(Session { account: now, credential: session.credential.clone() })
            }
            _ => Err(ServiceError::new("session_ended", "this account was disabled or changed since it signed in; sign in again")),
        }
    }

    /// The account behind a username and password; wrong tries are counted
    /// and lock per `purpose` ("staff" for signing in, "approval" for a
    /// manager's approval typed in at a desk), so that a desk's wrong
    /// approvals never lock the manager out of their own sign-in.
    pub(crate) async fn verify_password(&self, username: &str, password: &str, purpose: &str) -> ServiceResult<Session> {
        let now = self.now();
        let wrong = || ServiceError::new("sign_in_failed", "the username or the password is wrong");
        let Ok(username) = username.parse::<Username>() else { return Err(wrong()) };
        let key = format!("{purpose}:{username}");
        let locked = |until: chrono::DateTime<chrono::Utc>| {
            let minutes = ((until - now).num_seconds() + 59) / 60;
            ServiceError::new("sign_in_locked", format!("too many wrong passwords for {username}; try again in {minutes} minutes"))
        };
        if let Some(until) = self.repo.pin_attempts(&key, now).await?.locked_until {
            return Err(locked(until));
        }
        match self.repo.staff(&username).await? {
            Some((account, hash)) if password_matches(password, &hash) => {
                self.repo.clear_pin_failures(&key).await?;
                Ok(Session { account, credential: credential_of(&hash) })
            }
            found => {
                if found.is_none() {
                    std::hint::black_box(password_matches(password, &NOBODY));
                }
                let after = self.repo.record_pin_failure(&key, MAX_PIN_FAILURES, now + Duration::minutes(PIN_LOCK_MINUTES), now).await?;
                Err(after.locked_until.map_or_else(wrong, locked))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_only_their_password() {
        let p = NewPassword::parse("correct horse battery").unwrap_or_else(|e| panic!("{e}"));
        let h = hash_password(&p).unwrap_or_else(|e| panic!("{}", e.message));
        assert!(h.starts_with("$argon2id$"), "argon2id PHC string, got {h}");
        assert!(password_matches("correct horse battery", &h));
        assert!(!password_matches("correct horse battery!", &h));
        assert!(!password_matches("anything", "not a hash"));
        assert!(!password_matches("", &NOBODY) && NOBODY.starts_with("$argon2id$"), "the stand-in hash is a real one no password opens");
    }

    #[test]
    fn a_new_accounts_password_is_not_in_its_debug_form_and_its_name_is_plain_text() {
        let new = NewStaff { username: "ana".into(), display_name: "Ana".into(), role: "front_desk".into(), office: Some("DAL".into()), password: "s3cret-password".into() };
        assert!(!format!("{new:?}").contains("s3cret"), "{new:?}");
        let approval = crate::front_desk::Approval { username: "boss".into(), password: "s3cret-password".into() };
        assert!(!format!("{approval:?}").contains("s3cret"), "{approval:?}");
        for name in ["Ana\nAdmin", "\u{202E}nimdA anA", "Ana\u{2066}x"] {
            let bad = NewStaff { display_name: name.into(), ..new.clone() };
            let e = new_account(&bad).err().map(|e| e.code);
            assert_eq!(e, Some("invalid_input"), "{name:?} refused");
        }
    }
}
