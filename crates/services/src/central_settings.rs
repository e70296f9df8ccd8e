//! The administrator's central-database settings in the app: the same
//! connect and disconnect as `passdesk central`, and the running workstation
//! starts (or stops) syncing at once.

use std::path::PathBuf;

use passdesk_domain::{
    office_file::{self, Format},
    staff::Action,
};
use serde::{Deserialize, Serialize};

use crate::{
    central_link::{self, parse_port, CentralAddress, CentralPassword, CentralStatus, Migrated, DEFAULT_PORT},
    parse_office_code,
    staff::Session,
    sync::{self, SyncReport},
    workstation::set_replica_office,
    LocalServices, ServiceError, ServiceResult,
};

/// What the administrator types in. Its `Debug` leaves the password out.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CentralForm {
    pub host: String,
    /// Empty: 5432.
    #[serde(default)]
    pub port: String,
    pub database: String,
    pub user: String,
    pub password: String,
    /// The office whose appointments and visits this workstation keeps; empty: every office's.
    #[serde(default)]
    pub office: String,
    /// Keep the password in this file (mode 0600) instead of the keychain: for machines without one.
    #[serde(default)]
    pub password_file: String,
}

impl std::fmt::Debug for CentralForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CentralForm")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("database", &self.database)
            .field("user", &self.user)
            .field("password", &"***")
            .field("office", &self.office)
            .field("password_file", &self.password_file)
            .finish()
    }
}

/// What starting a district did.
#[derive(Debug, Clone, Serialize)]
pub struct DistrictStarted {
    pub migrated: Migrated,
    pub offices_imported: usize,
    pub sync: SyncReport,
}

fn filled(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

impl LocalServices {
    pub async fn central_settings(&self, by: &Session) -> ServiceResult<CentralStatus> {
        by.require(Action::ConfigureCentral)?;
        central_link::status(self.repo(), self.repo().local(), self.now()).await
    }

    /// Tries the address and password, keeps them (the password in the
    /// keychain or the named file), and starts syncing.
    pub async fn connect_central(&self, by: &Session, form: &CentralForm) -> ServiceResult<CentralStatus> {
        by.require(Action::ConfigureCentral)?;
        let port = match filled(&form.port) {
            Some(p) => parse_port(p)?,
            None => DEFAULT_PORT,
        };
        let address = CentralAddress::new(&form.host, port, &form.database, &form.user)?;
        let password = CentralPassword::new(form.password.clone())?;
        let office = filled(&form.office).map(parse_office_code).transpose()?;
        central_link::connect(self.repo(), address, password, filled(&form.password_file).map(PathBuf::from), true).await?;
        {
            // As a disconnection: no round or check runs on across the change.
            let _no_round = self.repo().sync_lock.lock().await;
            let _no_check = self.repo().check_lock.lock().await;
            set_replica_office(self.repo(), office.as_ref()).await?;
            self.repo().reload_central().await?;
        }
        self.central_settings(by).await
    }

    /// Forgets the central database; the workstation runs its office on its own.
    pub async fn disconnect_central(&self, by: &Session) -> ServiceResult<CentralStatus> {
        by.require(Action::ConfigureCentral)?;
        {
            // No sync round between: one would write its cursor after the
            // disconnect reset it; and no check, which would clear its mark.
            let _no_round = self.repo().sync_lock.lock().await;
            let _no_check = self.repo().check_lock.lock().await;
            central_link::disconnect(self.repo()).await?;
            self.repo().reload_central().await?;
        }
        self.central_settings(by).await
    }

    /// Starts a district on the connected (empty) central database: its
    /// schema, this workstation's PIN key recorded as the district's (the
    /// first sync does that, and refuses another), the offices imported
    /// centrally when given, and a sync.
    /// A district that has offices already is not started again: importing
    /// the file over them would silently replace its managers' edits.
    pub async fn init_district(&self, offices: Option<(&str, Format)>) -> ServiceResult<DistrictStarted> {
        // A file with a mistake is refused before the central database is touched.
        if let Some((text, format)) = offices {
            office_file::parse(text, format)?;
        }
        let migrated = central_link::migrate(self.repo()).await?;
        let mut synced = sync::round(self.repo(), &|_| {}).await?;
        let mut offices_imported = 0;
        if let Some((text, format)) = offices {
            // The round brought the central offices (a replica with offices of its own is refused before).
            let there = self.repo().local().office_ids().await?;
            if !there.is_empty() {
                let codes: Vec<&str> = there.iter().map(|(_, code)| code.as_str()).collect();
                return Err(ServiceError::new(
                    "district_started",
                    format!(
                        "this central database is a district already (offices {}): `central init` starts new ones only; change offices in the mix editor (checked against the version you opened) or with `passdesk office import FILE` (which replaces them whole), after `central migrate` when PassDesk was updated",
                        codes.join(", ")
                    ),
                ));
            }
            offices_imported = self.import_offices(text, format).await?.len();
            synced = sync::round(self.repo(), &|_| {}).await?;
        }
        Ok(DistrictStarted { migrated, offices_imported, sync: synced })
    }
}

#[cfg(test)]
mod tests {
    use super::CentralForm;

    #[test]
    fn the_forms_debug_output_leaves_the_password_out() {
        let form = CentralForm {
            host: "db.example".into(),
            port: String::new(),
            database: "passdesk".into(),
            user: "desk".into(),
            password: "Typed-Secret-77".into(),
            office: "DAL".into(),
            password_file: String::new(),
        };
        let shown = format!("{form:?}");
        assert!(shown.contains("db.example") && !shown.contains("Typed-Secret-77"), "{shown}");
    }
}
