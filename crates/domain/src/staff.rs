//! Staff accounts and what each role may do. The UI hides what a role may
//! not do, but the services check [`Role::may`] on every call: the UI is not
//! the guard.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

use crate::{office::OfficeCode, DomainError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    DistrictManager,
    FrontDesk,
    Cashier,
    Administrator,
}

pub const ROLES: [Role; 4] = [Role::DistrictManager, Role::FrontDesk, Role::Cashier, Role::Administrator];

/// Something a signed-in person asks to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Change an office's mix, hours, holidays, policies; release slots.
    EditOffice,
    /// See an office's day: appointments, slots.
    ViewBoard,
    /// Book, reschedule or cancel for a caller or walk-in.
    BookForOthers,
    /// Admit people holding a cashier appointment.
    Cashier,
    /// Create and disable staff accounts.
    ManageStaff,
    /// Leave kiosk mode.
    LeaveKiosk,
    /// Connect this workstation to the central database, or disconnect it.
    ConfigureCentral,
}

impl Role {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::DistrictManager => "district_manager",
            Self::FrontDesk => "front_desk",
            Self::Cashier => "cashier",
            Self::Administrator => "administrator",
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            Self::DistrictManager => "District manager",
            Self::FrontDesk => "Front-desk officer",
            Self::Cashier => "Cashier",
            Self::Administrator => "Administrator",
        }
    }

    pub fn may(&self, action: Action) -> bool {
        use Action::*;
        match self {
            Self::Administrator => true,
            Self::DistrictManager => matches!(action, EditOffice | ViewBoard | BookForOthers | LeaveKiosk),
            Self::FrontDesk => matches!(action, ViewBoard | BookForOthers | LeaveKiosk),
            Self::Cashier => matches!(action, ViewBoard | Cashier | LeaveKiosk),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ROLES
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| DomainError::invalid("role", format!("\"{s}\" is not a role; use district_manager, front_desk, cashier or administrator")))
    }
}

/// A sign-in name: 3 to 32 letters, digits, dots, dashes or underscores,
/// compared without regard to case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

impl Username {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Username {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_lowercase();
        if (3..=32).contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')) {
            Ok(Self(t))
        } else {
            Err(DomainError::invalid("username", "use 3 to 32 letters, digits, dots, dashes or underscores"))
        }
    }
}

impl TryFrom<String> for Username {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Username> for String {
    fn from(u: Username) -> Self {
        u.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password, checked before it is hashed. Never stored or printed.
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 10;

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        if s.chars().count() < Self::MIN_CHARS {
            return Err(DomainError::invalid("password", format!("use at least {} characters", Self::MIN_CHARS)));
        }
        if s.chars().count() > 256 {
            return Err(DomainError::invalid("password", "use at most 256 characters"));
        }
        Ok(Self(s.to_string()))
    }

    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// A staff account as stored (the password hash stays in the store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffAccount {
    pub id: uuid::Uuid,
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    /// The office the person works at; administrators may have none.
    pub office: Option<OfficeCode>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_may_only_their_own_actions() {
        assert!(Role::DistrictManager.may(Action::EditOffice));
        assert!(!Role::FrontDesk.may(Action::EditOffice), "front desk may not edit the mix");
        assert!(!Role::Cashier.may(Action::BookForOthers), "cashiers do not book");
        assert!(!Role::FrontDesk.may(Action::ManageStaff));
        assert!(Role::Administrator.may(Action::ManageStaff));
        for r in ROLES {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
    }

    #[test]
    fn usernames_and_passwords_are_checked() {
        assert_eq!("  Maria.Lopez ".parse::<Username>().map(|u| u.to_string()), Ok("maria.lopez".to_string()));
        assert!("ab".parse::<Username>().is_err());
        assert!("maría".parse::<Username>().is_err());
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("long enough pass").is_ok());
    }
}
