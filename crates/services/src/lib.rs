//! PassDesk's use cases. The desktop app and the CLI are thin shells over
//! [`Services`]; nothing in a shell decides anything. Services work against
//! the domain's `Repository` trait, so the same use case runs on the local
//! SQLite store or, with the sync, on the central database.

pub mod board;
pub mod booking;
pub mod central_link;
pub mod central_settings;
pub mod closure;
pub mod demo;
pub mod district_desks;
pub mod front_desk;
pub mod kiosk;
mod error;
pub mod office_config;
pub mod notice;
pub mod offices;
pub mod on_its_own;
pub mod pin_key;
pub mod release;
pub mod roster;
pub mod staff;
pub mod sync;
mod unanswered;
pub mod workstation;
pub mod views;

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use chrono::{DateTime, Utc};
use passdesk_domain::{office::OfficeCode, pin::PinKey, repository::Repository};
use passdesk_store::SqliteStore;

pub use error::{ServiceError, ServiceResult};
use pin_key::{PinKeyOrigin, PinKeySource};

pub use passdesk_domain::repository::Clock;

pub fn system_clock() -> Clock {
    Arc::new(Utc::now)
}

/// The system clock, or a clock standing still at `now` (RFC 3339) when one
/// is given: the shells' hidden `--now` / `PASSDESK_NOW`, honoured in test
/// (debug) builds only.
pub fn clock_at_or_system(now: Option<&str>) -> ServiceResult<Clock> {
    clock_from(now, false)
}

/// As [`clock_at_or_system`]; with `runs` the clock starts at `now` and goes
/// on at the system clock's pace, to rehearse a moment such as an office's
/// midnight with the app running through it.
pub fn clock_from(now: Option<&str>, runs: bool) -> ServiceResult<Clock> {
    match now.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(system_clock()),
        // A set clock at a real office would book, check in and release at
        // a time that is not now, and send it to the whole district.
        Some(_) if !cfg!(debug_assertions) => Err(ServiceError::new(
            "invalid_input",
            "a set clock (--now, PASSDESK_NOW) is for test builds only; a release build keeps the real time: unset PASSDESK_NOW",
        )),
        Some(s) => {
            let t = DateTime::parse_from_rfc3339(s)
                .map_err(|_| ServiceError::new("invalid_input", format!("--now: \"{s}\" is not an RFC 3339 instant")))?
                .with_timezone(&Utc);
            if runs {
                let started = std::time::Instant::now();
                Ok(Arc::new(move || t + chrono::Duration::from_std(started.elapsed()).unwrap_or_default()))
            } else {
                Ok(Arc::new(move || t))
            }
        }
    }
}

pub struct Services<R> {
    repo: R,
    pin_key: PinKey,
    clock: Clock,
    unanswered: Arc<unanswered::Unanswered>,
}

/// The services of one workstation: its local database, and the central one when configured.
pub type LocalServices = Services<workstation::Workstation>;

use workstation::PIN_KEY_FINGERPRINT;

impl<R: Repository> Services<R> {
    /// Binds a store to its PIN key. The first key used with a database is
    /// recorded by fingerprint; another key is refused later.
    pub async fn new(repo: R, pin_key: PinKey, clock: Clock) -> ServiceResult<Self> {
        let fp = pin_key.fingerprint();
        match repo.meta(PIN_KEY_FINGERPRINT).await? {
            Some(stored) if stored != fp => {
                return Err(ServiceError::new(
                    "pin_key_mismatch",
                    format!(
                        "this database's PINs were made with another PIN key (fingerprint {stored}, this machine has {fp}); restore that key to the keychain or set PASSDESK_PIN_KEY_FILE to its file"
                    ),
                ))
            }
            Some(_) => {}
            None => repo.set_meta(PIN_KEY_FINGERPRINT, &fp).await?,
        }
        repo.use_clock(clock.clone());
        Ok(Self { repo, pin_key, clock, unanswered: Default::default() })
    }

    pub fn repo(&self) -> &R {
        &self.repo
    }

    /// The fingerprint of the PIN key this database's PINs are made with.
    pub fn pin_key_fingerprint(&self) -> String {
        self.pin_key.fingerprint()
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    pub fn with_clock(self, clock: Clock) -> Self {
        Self { clock, ..self }
    }
}

pub fn parse_office_code(code: &str) -> ServiceResult<OfficeCode> {
    Ok(code.parse()?)
}

/// The database of this user when none is named: the OS data directory
/// (`~/.local/share/passdesk/passdesk.sqlite3` on Linux).
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("org", "PassDesk", "passdesk")
        .map(|d| d.data_dir().join("passdesk.sqlite3"))
        .unwrap_or_else(|| PathBuf::from("passdesk.sqlite3"))
}

/// Opens the local database at `db` with its PIN key.
pub async fn open_local(db: &Path, key: &PinKeySource, clock: Clock) -> ServiceResult<(LocalServices, PinKeyOrigin)> {
    // A database that already holds PINs names its key: that one is looked
    // for, never a new one made (a keychain hiccup would otherwise leave a
    // key file that cannot open it). Read without creating or migrating the
    // file, so a key that cannot be had changes nothing.
    let recorded = if db.exists() { SqliteStore::meta_of_file(db, workstation::PIN_KEY_FINGERPRINT).await? } else { None };
    let (pin_key, origin) = pin_key::load(key, recorded.as_deref())?;
    let store = SqliteStore::open(db).await?;
    Ok((Services::new(workstation::Workstation::open(store).await?, pin_key, clock).await?, origin))
}
