//! The administrator's central-database settings in the app: the same
//! connect and disconnect as `passdesk central`, and the running workstation
//! starts (or stops) syncing at once.

use std::path::PathBuf;

use passdesk_domain::staff::Action;
use serde::Deserialize;

use crate::{
    central_link::{self, parse_port, CentralAddress, CentralPassword, CentralStatus, DEFAULT_PORT},
    parse_office_code,
    staff::Session,
    workstation::set_replica_office,
    LocalServices, ServiceResult,
};

/// What the administrator types in.
#[derive(Debug, Clone, Deserialize)]
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
        set_replica_office(self.repo(), office.as_ref()).await?;
        self.repo().reload_central().await?;
        self.central_settings(by).await
    }

    /// Forgets the central database; the workstation runs its office on its own.
    pub async fn disconnect_central(&self, by: &Session) -> ServiceResult<CentralStatus> {
        by.require(Action::ConfigureCentral)?;
        central_link::disconnect(self.repo()).await?;
        self.repo().reload_central().await?;
        self.central_settings(by).await
    }
}
