//! Connecting a workstation to the central PostgreSQL database (issue 6).
//!
//! What is kept where:
//! - the address (`user@host:port/database`, never a password) in the local
//!   database's `meta` table, key [`ADDRESS_KEY`], as JSON;
//! - the password in the OS keychain through `keyring` (Secret Service on
//!   Linux, Keychain on macOS, Credential Manager on Windows): service
//!   [`KEYCHAIN_SERVICE`], user the address's display form. On a machine with
//!   no keychain (headless, CI) nothing is stored unless the operator names a
//!   file: it is created with mode 0600 and holds the password alone.
//!   [`PASSWORD_STORE_KEY`] records which: `keychain` or `file:<path>`.
//!
//! The password is never written anywhere else, never logged and never part
//! of an error message; [`CentralPassword`]'s `Debug` prints `***`. (The
//! [`ConnectOptions`] that [`CentralLink::connect_options`] returns do carry
//! it, for sqlx: do not print them.)

use std::{
    fmt,
    io::Write,
    path::{Path, PathBuf},
    str::FromStr,
    sync::Arc,
};

use chrono::{DateTime, SecondsFormat, Utc};
use passdesk_central::PgStore;
use passdesk_domain::repository::{RepoError, Repository};
use passdesk_store::{outbox::REPLICA_OFFICE, SqliteStore};
use serde::{Deserialize, Serialize};

pub use passdesk_central::{self, ConnectOptions, SchemaState};

use crate::{ServiceError, ServiceResult};

/// `meta` key: the central database's address, as JSON (no password).
pub const ADDRESS_KEY: &str = "central.address";
/// `meta` key: where the password is kept, `keychain` or `file:<path>`.
pub const PASSWORD_STORE_KEY: &str = "central.password_store";
/// The keychain entry's service; its user is the address's display form.
pub const KEYCHAIN_SERVICE: &str = "passdesk-central";
pub const DEFAULT_PORT: u16 = 5432;

const NO_KEYCHAIN: &str =
    "this machine has no keychain (Secret Service); the password was not stored. Choose a file only you can read for it (--password-file PATH; in the app, the password-file field)";

fn invalid(field: &str, message: impl Into<String>) -> ServiceError {
    let mut e = ServiceError::new("invalid_input", message);
    e.field = Some(field.to_string());
    e
}

// ---------------------------------------------------------------------------
// The address

/// Where the central database is: host, port, database and user, checked
/// once when parsed. It never holds a password.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawAddress")]
pub struct CentralAddress {
    host: String,
    port: u16,
    database: String,
    user: String,
}

#[derive(Deserialize)]
struct RawAddress {
    host: String,
    port: u16,
    database: String,
    user: String,
}

impl TryFrom<RawAddress> for CentralAddress {
    type Error = ServiceError;
    fn try_from(r: RawAddress) -> ServiceResult<Self> {
        Self::new(&r.host, r.port, &r.database, &r.user)
    }
}

/// A host name, IPv4 or IPv6 address (brackets allowed around IPv6).
/// Messages never repeat the input: a mistyped URL may hold a password.
fn check_host(host: &str) -> ServiceResult<String> {
    let h = host.trim();
    let h = h.strip_prefix('[').and_then(|x| x.strip_suffix(']')).unwrap_or(h);
    if h.is_empty() {
        return Err(invalid("host", "give the central database server's name or IP address"));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':');
    if h.len() > 253 || !h.chars().all(allowed) || (h.contains(':') && h.parse::<std::net::Ipv6Addr>().is_err()) {
        return Err(invalid("host", "not a host name or IP address (letters, digits, '.', '-'; no spaces, '/', '@' or ':')"));
    }
    Ok(h.to_string())
}

/// A database or role name: a letter or `_`, then letters, digits, `_`,
/// `.`, `-`, `$`; at most 63 bytes (PostgreSQL's limit).
fn check_identifier(field: &'static str, value: &str) -> ServiceResult<String> {
    let v = value.trim();
    let mut chars = v.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if v.is_empty() {
        return Err(invalid(field, "missing"));
    }
    if !first_ok || v.len() > 63 || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '$')) {
        return Err(invalid(
            field,
            "not a PostgreSQL name (a letter or '_', then letters, digits, '_', '.', '-' or '$'; at most 63 characters)",
        ));
    }
    Ok(v.to_string())
}

/// A port number, 1 to 65535.
pub fn parse_port(port: &str) -> ServiceResult<u16> {
    match port.trim().parse::<u16>() {
        Ok(p) if p > 0 => Ok(p),
        _ => Err(invalid("port", "give a port number from 1 to 65535")),
    }
}

impl CentralAddress {
    pub fn new(host: &str, port: u16, database: &str, user: &str) -> ServiceResult<Self> {
        if port == 0 {
            return Err(invalid("port", "give a port number from 1 to 65535"));
        }
        Ok(Self { host: check_host(host)?, port, database: check_identifier("database", database)?, user: check_identifier("user", user)? })
    }

    /// Parses `postgres://user@host[:port]/database` (or `postgresql://`).
    /// An address with a password in it is refused: the password belongs in
    /// the keychain, never in an address, a file or a log.
    pub fn parse_url(url: &str) -> ServiceResult<Self> {
        let u = url.trim();
        let rest = u
            .strip_prefix("postgres://")
            .or_else(|| u.strip_prefix("postgresql://"))
            .ok_or_else(|| invalid("url", "give a postgres://user@host:port/database address"))?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(end);
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let query = tail.split_once('?').map(|(_, q)| q).unwrap_or("");
        let query_has_password = query.split('&').any(|kv| kv.split('=').next().is_some_and(|k| k.eq_ignore_ascii_case("password")));
        if userinfo.is_some_and(|u| u.contains(':')) || query_has_password {
            return Err(ServiceError::new(
                "password_in_address",
                "the address contains a password; PassDesk keeps the password in the keychain, never in an address, a file or a log. Give postgres://user@host:port/database and type the password when asked (or set PASSDESK_CENTRAL_PASSWORD)",
            ));
        }
        if tail.contains(['?', '#']) {
            return Err(invalid("url", "options after '?' are not supported; give postgres://user@host:port/database"));
        }
        let user = userinfo.ok_or_else(|| invalid("url", "the address names no user (postgres://user@host:port/database)"))?;
        let database = tail.strip_prefix('/').filter(|d| !d.is_empty()).ok_or_else(|| invalid("url", "the address names no database (postgres://user@host:port/database)"))?;
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            match v6.split_once(']') {
                Some((h, "")) => (h, DEFAULT_PORT),
                Some((h, p)) => (h, parse_port(p.strip_prefix(':').unwrap_or("0"))?),
                None => return Err(invalid("url", "an IPv6 address needs its closing ']'")),
            }
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h, parse_port(p)?),
                None => (hostport, DEFAULT_PORT),
            }
        };
        Self::new(host, port, database, user).map_err(|mut e| {
            e.field = Some("url".into());
            e
        })
    }

    pub fn host(&self) -> &str {
        &self.host
    }
    pub fn port(&self) -> u16 {
        self.port
    }
    pub fn database(&self) -> &str {
        &self.database
    }
    pub fn user(&self) -> &str {
        &self.user
    }

    /// `postgres://user@host:port/database`, without a password.
    pub fn url(&self) -> String {
        format!("postgres://{self}")
    }

    /// The options sqlx connects with: this address and `password`. Not
    /// `~/.pgpass`; `PGSSLMODE` and the like still apply.
    pub fn options(&self, password: &CentralPassword) -> ConnectOptions {
        self.options_without_password().password(password.expose())
    }

    /// The options without a password: what a workstation whose saved
    /// password cannot be read connects with (and is refused by a server
    /// that asks for one, with the server's reason).
    pub fn options_without_password(&self) -> ConnectOptions {
        ConnectOptions::new_without_pgpass().host(&self.host).port(self.port).username(&self.user).database(&self.database)
    }
}

/// `user@host:port/database` (an IPv6 host in brackets); the keychain entry's user.
impl fmt::Display for CentralAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "{}@[{}]:{}/{}", self.user, self.host, self.port, self.database)
        } else {
            write!(f, "{}@{}:{}/{}", self.user, self.host, self.port, self.database)
        }
    }
}

impl FromStr for CentralAddress {
    type Err = ServiceError;
    fn from_str(s: &str) -> ServiceResult<Self> {
        Self::parse_url(s)
    }
}

// ---------------------------------------------------------------------------
// The password

/// The central database's password. `Debug` prints `***`; there is no
/// `Display`, so it cannot slip into a message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct CentralPassword(String);

impl CentralPassword {
    /// A password: not empty, one line.
    pub fn new(password: impl Into<String>) -> ServiceResult<Self> {
        let p = password.into();
        if p.is_empty() {
            return Err(invalid("password", "the password is empty"));
        }
        if p.contains(['\n', '\r', '\0']) {
            return Err(invalid("password", "the password must be one line"));
        }
        Ok(Self(p))
    }

    /// One line as typed or piped: the line break at its end is not part of it.
    pub fn from_line(line: &str) -> ServiceResult<Self> {
        Self::new(line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(line))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `text` with every occurrence of the password replaced by `***`: a
    /// guard, as no message should hold it. (Not for a very short password,
    /// which would blot out ordinary words and hides among them anyway.)
    fn scrub(&self, text: &str) -> String {
        if self.0.chars().count() < 6 {
            return text.to_string();
        }
        text.replace(&self.0, "***")
    }
}

impl fmt::Debug for CentralPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

// ---------------------------------------------------------------------------
// Where the password is kept

/// Where the password is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordStore {
    Keychain,
    /// A file only its owner can read (mode 0600), for machines without a keychain.
    File(PathBuf),
}

impl PasswordStore {
    /// `keychain` or `file`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Keychain => "keychain",
            Self::File(_) => "file",
        }
    }

    pub fn file(&self) -> Option<&Path> {
        match self {
            Self::Keychain => None,
            Self::File(p) => Some(p),
        }
    }

    fn to_meta(&self) -> String {
        match self {
            Self::Keychain => "keychain".into(),
            Self::File(p) => format!("file:{}", p.display()),
        }
    }

    fn from_meta(s: &str) -> ServiceResult<Self> {
        match s {
            "keychain" => Ok(Self::Keychain),
            _ => match s.strip_prefix("file:") {
                Some(p) if !p.is_empty() => Ok(Self::File(PathBuf::from(p))),
                _ => Err(ServiceError::new("central_config_corrupt", format!("{PASSWORD_STORE_KEY} in the local database is {s:?}, not \"keychain\" or \"file:<path>\"; run passdesk central connect again"))),
            },
        }
    }
}

/// What this workstation has saved about the central database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CentralConfig {
    pub address: CentralAddress,
    pub password_store: PasswordStore,
}

/// The keychain to keep the password in.
#[derive(Clone, Debug, Default)]
pub enum Keychain {
    /// The platform's keychain through `keyring`; when it cannot be reached
    /// (no Secret Service running), there is none.
    #[default]
    Os,
    /// This credential store (tests pass `keyring_core::mock::Store`).
    Store(Arc<keyring_core::CredentialStore>),
    /// No keychain at all, as on a headless machine.
    Absent,
}

fn keychain_error(what: &str, e: &keyring_core::Error) -> ServiceError {
    // keyring's messages never hold the secret (BadEncoding prints no bytes).
    ServiceError::new("keychain_failed", format!("the keychain refused to {what} the central database's password: {e}"))
}

fn file_error(what: &str, path: &Path, e: &std::io::Error) -> ServiceError {
    ServiceError::new("password_file", format!("cannot {what} the password file {}: {e}", path.display()))
}

#[cfg(unix)]
fn mode_of(meta: &std::fs::Metadata) -> u32 {
    std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o7777
}

/// Refuses a file that others could read or replace: a symbolic link, not a
/// plain file, or with any permission for group or others.
fn check_private_file(path: &Path, meta: &std::fs::Metadata) -> ServiceResult<()> {
    if meta.file_type().is_symlink() || !meta.is_file() {
        return Err(ServiceError::new("password_file_unsafe", format!("{} is not a plain file; choose another path for the password file", path.display())));
    }
    #[cfg(unix)]
    {
        let mode = mode_of(meta);
        if mode & 0o077 != 0 {
            return Err(ServiceError::new(
                "password_file_unsafe",
                format!("the password file {} can be read by others (mode {mode:o}); it must be readable only by you (chmod 600), or choose a new path", path.display()),
            ));
        }
    }
    Ok(())
}

/// Checks that `path` may hold the password: its folder is not writable by
/// others, and an existing file there is private. With `create`, makes a
/// missing folder (mode 0700); without, a missing folder passes.
fn check_password_path(path: &Path, create: bool) -> ServiceResult<()> {
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Err(ServiceError::new("password_file", format!("{} names no file", path.display())));
    };
    if path.file_name().is_none() {
        return Err(ServiceError::new("password_file", format!("{} names no file", path.display())));
    }
    if !dir.exists() {
        if !create {
            return Ok(());
        }
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(dir).map_err(|e| file_error("create the folder of", path, &e))?;
    }
    #[cfg(unix)]
    {
        let meta = std::fs::metadata(dir).map_err(|e| file_error("check the folder of", path, &e))?;
        if mode_of(&meta) & 0o022 != 0 {
            return Err(ServiceError::new(
                "password_file_unsafe",
                format!("{} can be written by others, who could replace the password file; choose a folder only you can write to", dir.display()),
            ));
        }
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) => check_private_file(path, &meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(file_error("check", path, &e)),
    }
}

/// Writes the password, alone, to `path` with mode 0600: a new file beside
/// it, then renamed over it, so the file is whole or as it was.
fn write_password_file(path: &Path, password: &CentralPassword) -> ServiceResult<()> {
    check_password_path(path, true)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", uuid::Uuid::now_v7().simple()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let written = opts.open(&tmp).and_then(|mut f| {
        f.write_all(password.expose().as_bytes())?;
        f.sync_all()
    });
    let result = written.and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(file_error("write", path, &e));
    }
    Ok(())
}

fn read_password_file(path: &Path) -> ServiceResult<CentralPassword> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ServiceError::new(
                "password_file_missing",
                format!("the central database's password file {} is gone; run passdesk central connect again with --password-file", path.display()),
            ))
        }
        Err(e) => return Err(file_error("read", path, &e)),
    };
    #[cfg(unix)]
    {
        let mode = mode_of(&meta);
        if mode & 0o077 != 0 {
            return Err(ServiceError::new(
                "password_file_unsafe",
                format!(
                    "the password file {} has become readable by others (mode {mode:o}); the password may be known: change it on the server, then run passdesk central connect again (or chmod 600 the file if nobody read it)",
                    path.display()
                ),
            ));
        }
    }
    if !meta.is_file() {
        return Err(ServiceError::new("password_file_unsafe", format!("{} is not a plain file", path.display())));
    }
    let text = std::fs::read_to_string(path).map_err(|e| file_error("read", path, &e))?;
    CentralPassword::from_line(&text).map_err(|_| ServiceError::new("password_file", format!("the password file {} holds no one-line password; run passdesk central connect again", path.display())))
}

fn remove_password_file(path: &Path) -> ServiceResult<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(file_error("remove", path, &e)),
    }
}

// ---------------------------------------------------------------------------
// What the use cases return

/// `central connect`'s result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Connected {
    /// `user@host:port/database`.
    pub address: String,
    /// `keychain` or `file`.
    pub password_store: &'static str,
    pub password_file: Option<String>,
    /// The address and password were tried before anything was saved.
    pub verified: bool,
    pub server_version: Option<String>,
}

/// `central disconnect`'s result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disconnected {
    pub address: String,
    /// Where the password was removed from: `keychain` or `file`.
    pub password_store: &'static str,
    pub password_file: Option<String>,
}

/// `central migrate`'s result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Migrated {
    pub address: String,
    /// The newest migration applied before this run.
    pub applied_before: i64,
    /// The newest migration applied now.
    pub applied: i64,
    /// The newest migration this build knows.
    pub known: i64,
}

/// Where this workstation stands with the central database. Being
/// unreachable is a state, not an error: `reachable` is false and `error`
/// says why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CentralStatus {
    /// A central database is set up on this workstation.
    pub configured: bool,
    /// `user@host:port/database` (never a password).
    pub address: Option<String>,
    /// `keychain` or `file`.
    pub password_store: Option<&'static str>,
    pub password_file: Option<String>,
    pub reachable: bool,
    pub server_version: Option<String>,
    /// The newest central migration applied (0: an empty database).
    pub schema_applied: Option<i64>,
    /// The newest central migration this build knows.
    pub schema_known: Option<i64>,
    /// Facts recorded here that the central database does not have yet.
    pub unsent_facts: u64,
    /// When a sync last finished without error (RFC 3339).
    pub last_sync: Option<String>,
    pub last_sync_age_seconds: Option<i64>,
    /// Where this replica stands in the central change feed.
    pub cursor: Option<String>,
    /// Why the central database is not reachable (or not usable).
    pub error: Option<String>,
    pub error_code: Option<&'static str>,
    /// The office whose appointments and visits this workstation keeps
    /// (none: every office's).
    pub office: Option<String>,
    /// That office is not among the district's offices this workstation
    /// has pulled (a mistyped code): its board, roster and search stay
    /// empty until it is set right.
    pub office_not_in_district: bool,
}

// ---------------------------------------------------------------------------
// The use cases

/// The central database's link: reads and keeps its address and password.
/// `CentralLink::default()` uses the OS keychain.
#[derive(Clone, Debug, Default)]
pub struct CentralLink {
    keychain: Keychain,
}

fn unreachable(address: &CentralAddress, password: &CentralPassword, e: RepoError) -> ServiceError {
    let reason = match e {
        // It answered, and refused: said as such (a wrong password is not a network).
        RepoError::CentralRefused { code, message } => return ServiceError::new(code, password.scrub(&format!("central database {address}: {message}"))),
        RepoError::Unavailable(s) => s,
        other => other.to_string(),
    };
    ServiceError::new("central_unreachable", password.scrub(&format!("central database {address}: {reason}")))
}

/// `170002` → `17.2`, `90613` → `9.6.13`.
fn version_text(n: u32) -> String {
    if n >= 100_000 {
        format!("{}.{}", n / 10_000, n % 10_000)
    } else {
        format!("{}.{}.{}", n / 10_000, n / 100 % 100, n % 100)
    }
}

/// Whether anything listens at the address, tried first: the pool retries a
/// refused connection until its timeout and then reports only the timeout.
/// The name lookup and each of its addresses get at most
/// [`passdesk_central::CONNECT_TIMEOUT`], without blocking the app's other work.
async fn listening(address: &CentralAddress) -> Result<(), String> {
    let (host, port) = (address.host(), address.port());
    let limit = passdesk_central::CONNECT_TIMEOUT;
    let too_long = || format!("no answer from {host}:{port} within {} s", limit.as_secs());
    let addrs = tokio::time::timeout(limit, tokio::net::lookup_host((host, port)))
        .await
        .map_err(|_| format!("cannot find the host {host} within {} s", limit.as_secs()))?
        .map_err(|e| format!("cannot find the host {host}: {e}"))?;
    let mut last = None;
    for a in addrs {
        match tokio::time::timeout(limit, tokio::net::TcpStream::connect(a)).await {
            Ok(Ok(_)) => return Ok(()),
            Ok(Err(e)) => last = Some(e.to_string()),
            Err(_) => last = Some(too_long()),
        }
    }
    Err(match last {
        Some(e) => format!("nothing answers at {host}:{port}: {e}"),
        None => format!("the host {host} has no address"),
    })
}

/// Connects (waiting at most [`passdesk_central::CONNECT_TIMEOUT`]) and
/// reads the server's version.
async fn probe(address: &CentralAddress, password: &CentralPassword) -> ServiceResult<(PgStore, Option<String>)> {
    listening(address).await.map_err(|reason| unreachable(address, password, RepoError::Unavailable(reason)))?;
    let store = PgStore::connect(address.options(password), 1).await.map_err(|e| unreachable(address, password, e))?;
    let version = match store.pool().acquire().await {
        Ok(conn) => conn.server_version_num().map(version_text),
        Err(e) => {
            store.close().await;
            return Err(unreachable(address, password, passdesk_central::db_error(e)));
        }
    };
    Ok((store, version))
}

impl CentralLink {
    pub fn new(keychain: Keychain) -> Self {
        Self { keychain }
    }

    /// The keychain entry of `address`; a `no_keychain` error when there is no keychain.
    fn entry(&self, address: &CentralAddress) -> ServiceResult<keyring_core::Entry> {
        let user = address.to_string();
        let entry = match &self.keychain {
            Keychain::Os => match keyring::Entry::store_status() {
                Ok(()) => keyring::Entry::new(KEYCHAIN_SERVICE, &user).map(|e| e.inner),
                Err(_) => return Err(ServiceError::new("no_keychain", NO_KEYCHAIN)),
            },
            Keychain::Store(store) => store.build(KEYCHAIN_SERVICE, &user, None),
            Keychain::Absent => return Err(ServiceError::new("no_keychain", NO_KEYCHAIN)),
        };
        entry.map_err(|e| match e {
            keyring_core::Error::NoDefaultStore | keyring_core::Error::NoStorageAccess(_) | keyring_core::Error::PlatformFailure(_) => {
                ServiceError::new("no_keychain", format!("{NO_KEYCHAIN} ({e})"))
            }
            e => keychain_error("find", &e),
        })
    }

    /// What is saved; `None` when no central database is set up.
    pub async fn config(&self, repo: &impl Repository) -> ServiceResult<Option<CentralConfig>> {
        let Some(json) = repo.meta(ADDRESS_KEY).await?.filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let address: CentralAddress = serde_json::from_str(&json)
            .map_err(|e| ServiceError::new("central_config_corrupt", format!("{ADDRESS_KEY} in the local database is not an address ({e}); run passdesk central connect again")))?;
        let store = repo.meta(PASSWORD_STORE_KEY).await?.unwrap_or_default();
        Ok(Some(CentralConfig { address, password_store: PasswordStore::from_meta(&store)? }))
    }

    /// The saved password of `config`.
    fn read_password(&self, config: &CentralConfig) -> ServiceResult<CentralPassword> {
        match &config.password_store {
            PasswordStore::File(p) => read_password_file(p),
            PasswordStore::Keychain => {
                let entry = self.entry(&config.address).map_err(|e| {
                    ServiceError::new("no_keychain", format!("the central database's password is kept in the keychain, which cannot be reached: {}", e.message))
                })?;
                match entry.get_password() {
                    Ok(p) => CentralPassword::new(p)
                        .map_err(|_| ServiceError::new("keychain_failed", format!("the keychain entry {KEYCHAIN_SERVICE}/{} is not a one-line password; run passdesk central connect again", config.address))),
                    Err(keyring_core::Error::NoEntry) => Err(ServiceError::new(
                        "keychain_entry_missing",
                        format!("the keychain has no password for {} (service {KEYCHAIN_SERVICE}); run passdesk central connect again", config.address),
                    )),
                    Err(e) => Err(keychain_error("give", &e)),
                }
            }
        }
    }

    /// [`Self::read_password`] off the async threads: a keychain may take
    /// its time (a prompt to unlock it), and the app's other work goes on.
    async fn read_password_apart(&self, config: &CentralConfig) -> ServiceResult<CentralPassword> {
        let (link, config) = (self.clone(), config.clone());
        tokio::task::spawn_blocking(move || link.read_password(&config))
            .await
            .unwrap_or_else(|e| Err(ServiceError::new("keychain_failed", format!("reading the password stopped: {e}"))))
    }

    /// The saved password; `None` when no central database is set up.
    pub async fn password(&self, repo: &impl Repository) -> ServiceResult<Option<CentralPassword>> {
        match self.config(repo).await? {
            Some(c) => Ok(Some(self.read_password_apart(&c).await?)),
            None => Ok(None),
        }
    }

    /// How to connect to the central database: its address with the saved
    /// password; `None` when none is set up. The options hold the password:
    /// never print them.
    pub async fn connect_options(&self, repo: &impl Repository) -> ServiceResult<Option<ConnectOptions>> {
        match self.config(repo).await? {
            Some(c) => {
                let password = self.read_password_apart(&c).await?;
                Ok(Some(c.address.options(&password)))
            }
            None => Ok(None),
        }
    }

    /// Sets up the central database: with `verify`, first connects with the
    /// address and password (`central_unreachable` when that fails, and
    /// nothing is saved); then keeps the password in the keychain, or in
    /// `password_file` (mode 0600) when one is named, and the address in the
    /// local database. Without a keychain and without a file nothing is saved.
    /// A previous setup is replaced and its password removed.
    pub async fn connect(
        &self,
        repo: &impl Repository,
        address: CentralAddress,
        password: CentralPassword,
        password_file: Option<PathBuf>,
        verify: bool,
    ) -> ServiceResult<Connected> {
        // Where the password will go, checked before anything is tried.
        let (store, entry) = match password_file {
            Some(p) => {
                let p = std::path::absolute(&p).map_err(|e| file_error("find", &p, &e))?;
                check_password_path(&p, false)?;
                // Only the file this workstation keeps its password in is
                // replaced: any other private file named by mistake (a PIN
                // key, a private key) would be overwritten, and deleted at
                // the next disconnect.
                let recorded = repo.meta(PASSWORD_STORE_KEY).await?.and_then(|m| PasswordStore::from_meta(&m).ok());
                if p.symlink_metadata().is_ok() && recorded != Some(PasswordStore::File(p.clone())) {
                    return Err(ServiceError::new(
                        "password_file",
                        format!("{} exists already and is not this workstation's password file; name a new file (it is made with mode 0600)", p.display()),
                    ));
                }
                (PasswordStore::File(p), None)
            }
            None => (PasswordStore::Keychain, Some(self.entry(&address)?)),
        };
        let server_version = if verify {
            let (pg, version) = probe(&address, &password).await?;
            pg.close().await;
            version
        } else {
            None
        };
        let previous = self.config(repo).await.ok().flatten();
        let previous_store = repo.meta(PASSWORD_STORE_KEY).await?;

        match (&store, &entry) {
            (PasswordStore::File(p), _) => write_password_file(p, &password)?,
            (PasswordStore::Keychain, Some(entry)) => entry.set_password(password.expose()).map_err(|e| match e {
                keyring_core::Error::NoStorageAccess(_) | keyring_core::Error::PlatformFailure(_) => {
                    ServiceError::new("no_keychain", format!("{NO_KEYCHAIN} ({e})"))
                }
                e => keychain_error("keep", &e),
            })?,
            (PasswordStore::Keychain, None) => return Err(ServiceError::new("no_keychain", NO_KEYCHAIN)),
        }
        let same_place = |c: &CentralConfig| match (&c.password_store, &store) {
            (PasswordStore::Keychain, PasswordStore::Keychain) => c.address == address,
            (PasswordStore::File(a), PasswordStore::File(b)) => a == b,
            _ => false,
        };
        let json = serde_json::to_string(&address).map_err(|e| ServiceError::new("internal", e.to_string()))?;
        let saved = async {
            repo.set_meta(PASSWORD_STORE_KEY, &store.to_meta()).await?;
            repo.set_meta(ADDRESS_KEY, &json).await
        }
        .await;
        if let Err(e) = saved {
            // Undo: the password goes unless it replaced the previous setup's.
            if !previous.as_ref().is_some_and(same_place) {
                let _ = self.remove_password(&CentralConfig { address: address.clone(), password_store: store.clone() });
            }
            let _ = repo.set_meta(PASSWORD_STORE_KEY, previous_store.as_deref().unwrap_or("")).await;
            return Err(e.into());
        }
        if let Some(old) = previous.filter(|c| !same_place(c)) {
            // Best effort: the old password is no longer needed.
            let _ = self.remove_password(&old);
        }
        Ok(Connected {
            address: address.to_string(),
            password_store: store.kind(),
            password_file: store.file().map(|p| p.display().to_string()),
            verified: verify,
            server_version,
        })
    }

    fn remove_password(&self, config: &CentralConfig) -> ServiceResult<()> {
        match &config.password_store {
            PasswordStore::File(p) => remove_password_file(p),
            PasswordStore::Keychain => match self.entry(&config.address)?.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(keychain_error("remove", &e)),
            },
        }
    }

    /// Forgets the central database: removes the password (keychain entry
    /// or file), then the address. `None` when none was set up.
    pub async fn disconnect(&self, repo: &SqliteStore) -> ServiceResult<Option<Disconnected>> {
        let config = match self.config(repo).await {
            Ok(Some(c)) => c,
            Ok(None) => return Ok(None),
            Err(e) if e.code == "central_config_corrupt" => {
                // Nothing to find the password by; forget what is there.
                repo.leave_district().await?;
                repo.set_meta(ADDRESS_KEY, "").await?;
                repo.set_meta(PASSWORD_STORE_KEY, "").await?;
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        // First, while the address still says where it belonged: a
        // disconnect that fails after this is tried again whole, and a
        // workstation still connected writes nothing of its own after the mark.
        repo.leave_district().await?;
        self.remove_password(&config).map_err(|e| ServiceError::new(e.code, format!("{}; the central database is still set up, try again", e.message)))?;
        repo.set_meta(ADDRESS_KEY, "").await?;
        repo.set_meta(PASSWORD_STORE_KEY, "").await?;
        Ok(Some(Disconnected {
            address: config.address.to_string(),
            password_store: config.password_store.kind(),
            password_file: config.password_store.file().map(|p| p.display().to_string()),
        }))
    }

    /// Connects to the configured central database.
    async fn open(&self, repo: &impl Repository) -> ServiceResult<(CentralAddress, PgStore, Option<String>)> {
        let config = self.config(repo).await?.ok_or_else(not_configured)?;
        let password = self.read_password_apart(&config).await?;
        let (store, version) = probe(&config.address, &password).await?;
        Ok((config.address, store, version))
    }

    /// Brings the central schema up to this build's migrations.
    pub async fn migrate(&self, repo: &impl Repository) -> ServiceResult<Migrated> {
        let (address, store, _) = self.open(repo).await?;
        let result = async {
            let before = store.schema_state().await?;
            let after = store.migrate().await?;
            Ok::<_, RepoError>((before, after))
        }
        .await;
        store.close().await;
        let (before, after) = result.map_err(|e| {
            let reason = match e {
                RepoError::Unavailable(s) => s,
                other => other.to_string(),
            };
            ServiceError::new("central_migrate_failed", format!("central database {address}: {reason}"))
        })?;
        Ok(Migrated { address: address.to_string(), applied_before: before.applied, applied: after.applied, known: after.known })
    }

    /// Where this workstation stands: what is set up, whether the central
    /// database answers (and its schema), and the local sync state. Fails
    /// only when the local database does.
    pub async fn status(&self, repo: &impl Repository, local: &SqliteStore, now: DateTime<Utc>) -> ServiceResult<CentralStatus> {
        let sync = local.sync_state().await?;
        let mut status = CentralStatus {
            configured: false,
            address: None,
            password_store: None,
            password_file: None,
            reachable: false,
            server_version: None,
            schema_applied: None,
            schema_known: None,
            unsent_facts: sync.unsent_facts,
            last_sync: sync.last_success.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)),
            last_sync_age_seconds: sync.last_success.map(|t| (now - t).num_seconds()),
            cursor: sync.cursor,
            error: None,
            error_code: None,
            office: None,
            office_not_in_district: false,
        };
        let Some(config) = self.config(repo).await? else {
            return Ok(status);
        };
        status.configured = true;
        status.office = local.meta(REPLICA_OFFICE).await?.filter(|o| !o.is_empty());
        if let Some(office) = &status.office {
            // Judged once the district's offices are here: before the first
            // sync (or `central init`) none are.
            let district = local.office_ids().await?;
            status.office_not_in_district = !district.is_empty() && !district.iter().any(|(_, code)| code == office);
        }
        status.address = Some(config.address.to_string());
        status.password_store = Some(config.password_store.kind());
        status.password_file = config.password_store.file().map(|p| p.display().to_string());
        let reached = async {
            let password = self.read_password_apart(&config).await?;
            let (store, version) = probe(&config.address, &password).await?;
            let schema = store.schema_state().await;
            store.close().await;
            let schema = schema.map_err(|e| unreachable(&config.address, &password, e))?;
            Ok::<_, ServiceError>((version, schema))
        }
        .await;
        match reached {
            Ok((version, schema)) => {
                status.reachable = true;
                status.server_version = version;
                status.schema_applied = Some(schema.applied);
                status.schema_known = Some(schema.known);
            }
            Err(e) => {
                status.error = Some(e.message);
                status.error_code = Some(e.code);
            }
        }
        Ok(status)
    }
}

fn not_configured() -> ServiceError {
    ServiceError::new("central_not_configured", "no central database is set up on this workstation; run passdesk central connect first")
}

// The same use cases with the OS keychain.

/// [`CentralLink::config`] with the OS keychain.
pub async fn config(repo: &impl Repository) -> ServiceResult<Option<CentralConfig>> {
    CentralLink::default().config(repo).await
}

/// [`CentralLink::connect_options`] with the OS keychain.
pub async fn connect_options(repo: &impl Repository) -> ServiceResult<Option<ConnectOptions>> {
    CentralLink::default().connect_options(repo).await
}

/// [`CentralLink::connect`] with the OS keychain.
pub async fn connect(
    repo: &impl Repository,
    address: CentralAddress,
    password: CentralPassword,
    password_file: Option<PathBuf>,
    verify: bool,
) -> ServiceResult<Connected> {
    CentralLink::default().connect(repo, address, password, password_file, verify).await
}

/// [`CentralLink::disconnect`] with the OS keychain.
pub async fn disconnect(repo: &SqliteStore) -> ServiceResult<Option<Disconnected>> {
    CentralLink::default().disconnect(repo).await
}

/// [`CentralLink::migrate`] with the OS keychain.
pub async fn migrate(repo: &impl Repository) -> ServiceResult<Migrated> {
    CentralLink::default().migrate(repo).await
}

/// [`CentralLink::status`] with the OS keychain.
pub async fn status(repo: &impl Repository, local: &SqliteStore, now: DateTime<Utc>) -> ServiceResult<CentralStatus> {
    CentralLink::default().status(repo, local, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "s3cret-Passw0rd-for-tests";

    struct Desk {
        dir: tempfile::TempDir,
        db: PathBuf,
        store: SqliteStore,
    }

    impl Desk {
        async fn new() -> Self {
            let dir = tempfile::tempdir().expect("tempdir");
            let db = dir.path().join("desk.sqlite3");
            let store = SqliteStore::open(&db).await.expect("local database");
            Self { dir, db, store }
        }

        /// Every byte of the local database: the file and its WAL.
        fn bytes(&self) -> Vec<u8> {
            let mut all = Vec::new();
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut p = self.db.as_os_str().to_owned();
                p.push(suffix);
                if let Ok(b) = std::fs::read(PathBuf::from(p)) {
                    all.extend(b);
                }
            }
            all
        }
    }

    fn contains(haystack: &[u8], needle: &str) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
    }

    fn mock() -> (Arc<keyring_core::mock::Store>, CentralLink) {
        let store = keyring_core::mock::Store::new().expect("mock store");
        (store.clone(), CentralLink::new(Keychain::Store(store)))
    }

    /// The mock keychain's password for `address`, if any.
    fn in_keychain(store: &keyring_core::mock::Store, address: &CentralAddress) -> Option<String> {
        use keyring_core::api::CredentialStoreApi;
        store.build(KEYCHAIN_SERVICE, &address.to_string(), None).expect("entry").get_password().ok()
    }

    /// A closed port on loopback: connecting fails at once.
    fn closed() -> CentralAddress {
        CentralAddress::new("127.0.0.1", 1, "passdesk", "passdesk").expect("address")
    }

    fn password() -> CentralPassword {
        CentralPassword::new(SECRET).expect("password")
    }

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        mode_of(&std::fs::metadata(p).expect("metadata")) & 0o777
    }

    #[cfg(unix)]
    fn chmod(p: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    #[test]
    fn address_parts_are_checked() {
        let a = CentralAddress::new(" db.example.org ", 5433, "passdesk", "desk_7").expect("valid");
        assert_eq!(a.to_string(), "desk_7@db.example.org:5433/passdesk");
        assert_eq!(a.url(), "postgres://desk_7@db.example.org:5433/passdesk");
        let v6 = CentralAddress::new("[::1]", 5432, "passdesk", "passdesk").expect("IPv6");
        assert_eq!(v6.to_string(), "passdesk@[::1]:5432/passdesk");
        for (host, port, db, user, field) in [
            ("", 5432, "p", "u", "host"),
            ("db host", 5432, "p", "u", "host"),
            ("u@db", 5432, "p", "u", "host"),
            ("db/x", 5432, "p", "u", "host"),
            ("db:5432", 5432, "p", "u", "host"),
            ("db", 0, "p", "u", "port"),
            ("db", 5432, "", "u", "database"),
            ("db", 5432, "1abc", "u", "database"),
            ("db", 5432, "pass desk", "u", "database"),
            ("db", 5432, "p", "u;drop", "user"),
            ("db", 5432, "p", &"u".repeat(64), "user"),
        ] {
            let e = CentralAddress::new(host, port, db, user).expect_err(&format!("{host:?} {port} {db:?} {user:?} refused"));
            assert_eq!((e.code, e.field.as_deref()), ("invalid_input", Some(field)), "{host:?} {port} {db:?} {user:?}: {e:?}");
        }
        assert_eq!(parse_port("65535").expect("max"), 65535);
        for p in ["0", "65536", "-1", "x", ""] {
            assert_eq!(parse_port(p).expect_err(p).code, "invalid_input");
        }
        let json = serde_json::to_string(&a).expect("json");
        assert_eq!(serde_json::from_str::<CentralAddress>(&json).expect("back"), a);
        assert!(serde_json::from_str::<CentralAddress>(r#"{"host":"a b","port":1,"database":"d","user":"u"}"#).is_err(), "a stored address is checked too");
    }

    #[test]
    fn urls_parse_and_a_password_in_one_is_refused() {
        let a = CentralAddress::parse_url("postgres://desk@db.example.org:5433/passdesk").expect("url");
        assert_eq!(a, CentralAddress::new("db.example.org", 5433, "passdesk", "desk").expect("same"));
        assert_eq!(CentralAddress::parse_url("postgresql://desk@db/passdesk").expect("default port").port(), 5432);
        assert_eq!(CentralAddress::parse_url("postgres://desk@[::1]:6000/passdesk").expect("IPv6").host(), "::1");
        for url in [
            format!("postgres://desk:{SECRET}@db:5432/passdesk"),
            format!("postgres://desk:{SECRET}@db/passdesk?sslmode=require"),
            format!("postgres://desk@db/passdesk?password={SECRET}"),
            "postgres://desk:@db/passdesk".to_string(),
        ] {
            let e = CentralAddress::parse_url(&url).expect_err("a password in the address is refused");
            assert_eq!(e.code, "password_in_address", "{e:?}");
            assert!(e.message.contains("keychain"), "says where the password belongs: {}", e.message);
            assert!(!e.message.contains(SECRET), "the message never repeats the password");
        }
        for url in ["db:5432/passdesk", "postgres://db:5432/passdesk", "postgres://desk@db:5432", "postgres://desk@db:5432/", "postgres://desk@db:99999/p", "postgres://desk@db/p?sslmode=require"] {
            let e = CentralAddress::parse_url(url).expect_err(url);
            assert_eq!(e.code, "invalid_input", "{url}: {e:?}");
        }
    }

    #[test]
    fn the_password_never_shows() {
        let p = password();
        assert_eq!(format!("{p:?}"), "***");
        assert_eq!(p.scrub(&format!("server said: {SECRET}!")), "server said: ***!");
        assert_eq!(CentralPassword::new("x").expect("short").scrub("does not exist"), "does not exist");
        assert_eq!(format!("{:?}", Some(p.clone())), "Some(***)");
        assert_eq!(CentralPassword::from_line(&format!("{SECRET}\r\n")).expect("line").expose(), SECRET);
        assert_eq!(CentralPassword::new("").expect_err("empty").code, "invalid_input");
        assert_eq!(CentralPassword::new("a\nb").expect_err("two lines").code, "invalid_input");
    }

    #[tokio::test]
    async fn connect_keeps_the_password_in_the_keychain_and_the_address_in_meta() {
        let desk = Desk::new().await;
        let (keychain, link) = mock();
        let address = closed();
        let done = link.connect(&desk.store, address.clone(), password(), None, false).await.expect("connected");
        assert_eq!((done.password_store, done.verified, done.address.as_str()), ("keychain", false, "passdesk@127.0.0.1:1/passdesk"));
        assert_eq!(in_keychain(&keychain, &address).as_deref(), Some(SECRET), "the password is in the keychain");
        let saved = desk.store.meta(ADDRESS_KEY).await.expect("meta").expect("address saved");
        assert_eq!(serde_json::from_str::<CentralAddress>(&saved).expect("JSON"), address);
        assert_eq!(desk.store.meta(PASSWORD_STORE_KEY).await.expect("meta").as_deref(), Some("keychain"));
        assert_eq!(link.password(&desk.store).await.expect("read back"), Some(password()));
        let options = link.connect_options(&desk.store).await.expect("options").expect("configured");
        assert_eq!((options.get_host(), options.get_port(), options.get_database(), options.get_username()), ("127.0.0.1", 1, Some("passdesk"), "passdesk"));

        let status = link.status(&desk.store, &desk.store, Utc::now()).await.expect("status");
        assert!(status.configured && !status.reachable, "{status:?}");
        assert_eq!(status.password_store, Some("keychain"));
        assert_eq!(status.error_code, Some("central_unreachable"));
        assert!(!format!("{status:?}").contains(SECRET));

        desk.store.close().await;
        assert!(!contains(&desk.bytes(), SECRET), "the password is nowhere in the local database");
        assert!(contains(&desk.bytes(), "127.0.0.1"), "while the address is (the check can fail)");
    }

    #[tokio::test]
    async fn without_a_keychain_nothing_is_stored_unless_a_file_is_named() {
        let desk = Desk::new().await;
        let link = CentralLink::new(Keychain::Absent);
        let e = link.connect(&desk.store, closed(), password(), None, false).await.expect_err("no keychain");
        assert_eq!(e.code, "no_keychain");
        assert!(e.message.contains("--password-file PATH") && e.message.contains("not stored"), "{}", e.message);
        assert_eq!(desk.store.meta(ADDRESS_KEY).await.expect("meta"), None, "no address saved");
        assert_eq!(desk.store.meta(PASSWORD_STORE_KEY).await.expect("meta"), None);
        assert!(link.connect_options(&desk.store).await.expect("none").is_none());
        let files: Vec<_> = std::fs::read_dir(desk.dir.path()).expect("dir").filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
        assert!(files.iter().all(|f| f.to_string_lossy().starts_with("desk.sqlite3")), "no file written: {files:?}");
    }

    #[tokio::test]
    async fn a_named_password_file_is_private_and_status_says_file() {
        let desk = Desk::new().await;
        let link = CentralLink::new(Keychain::Absent);
        let file = desk.dir.path().join("secrets").join("central-password");
        let done = link.connect(&desk.store, closed(), password(), Some(file.clone()), false).await.expect("connected with a file");
        assert_eq!((done.password_store, done.password_file.as_deref()), ("file", Some(file.to_str().expect("utf-8"))));
        assert_eq!(std::fs::read_to_string(&file).expect("file"), SECRET, "the file holds the password alone");
        #[cfg(unix)]
        assert_eq!(mode(&file), 0o600, "only the owner may read it");
        assert_eq!(desk.store.meta(PASSWORD_STORE_KEY).await.expect("meta"), Some(format!("file:{}", file.display())));
        let status = link.status(&desk.store, &desk.store, Utc::now()).await.expect("status");
        assert_eq!((status.password_store, status.password_file.as_deref()), (Some("file"), file.to_str()));
        assert_eq!(link.password(&desk.store).await.expect("read"), Some(password()));
        assert!(link.connect_options(&desk.store).await.expect("options").is_some());

        #[cfg(unix)]
        {
            chmod(&file, 0o644);
            let e = link.connect_options(&desk.store).await.expect_err("readable by others");
            assert_eq!(e.code, "password_file_unsafe");
            assert!(!e.message.contains(SECRET));
            let status = link.status(&desk.store, &desk.store, Utc::now()).await.expect("status is no error");
            assert_eq!((status.reachable, status.error_code), (false, Some("password_file_unsafe")));
            chmod(&file, 0o600);
        }
        std::fs::remove_file(&file).expect("remove");
        assert_eq!(link.connect_options(&desk.store).await.expect_err("gone").code, "password_file_missing");
        desk.store.close().await;
        assert!(!contains(&desk.bytes(), SECRET));
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_password_file_others_can_read_or_replace_is_refused() {
        let desk = Desk::new().await;
        let (keychain, link) = mock();
        let file = desk.dir.path().join("central-password");
        std::fs::write(&file, "old").expect("write");
        chmod(&file, 0o640);
        let e = link.connect(&desk.store, closed(), password(), Some(file.clone()), false).await.expect_err("group-readable");
        assert_eq!(e.code, "password_file_unsafe", "{e:?}");
        assert_eq!(std::fs::read_to_string(&file).expect("file"), "old", "left as it was");

        let open_dir = desk.dir.path().join("shared");
        std::fs::create_dir(&open_dir).expect("mkdir");
        chmod(&open_dir, 0o777);
        let e = link.connect(&desk.store, closed(), password(), Some(open_dir.join("pw")), false).await.expect_err("folder writable by others");
        assert_eq!(e.code, "password_file_unsafe", "{e:?}");
        assert!(!open_dir.join("pw").exists());

        let link_path = desk.dir.path().join("link");
        std::os::unix::fs::symlink(&file, &link_path).expect("symlink");
        chmod(&file, 0o600);
        assert_eq!(link.connect(&desk.store, closed(), password(), Some(link_path), false).await.expect_err("symlink").code, "password_file_unsafe");

        assert_eq!(desk.store.meta(ADDRESS_KEY).await.expect("meta"), None, "nothing saved");
        assert_eq!(in_keychain(&keychain, &closed()), None);
        // A private file already there that is not this workstation's
        // password file (a PIN key, a private key named by mistake) is left alone.
        let e = link.connect(&desk.store, closed(), password(), Some(file.clone()), false).await.expect_err("another private file");
        assert_eq!(e.code, "password_file", "{e:?}");
        assert_eq!(std::fs::read_to_string(&file).expect("file"), "old", "left as it was");
        // The workstation's own password file is replaced, and stays private.
        let own = desk.dir.path().join("own-password");
        link.connect(&desk.store, closed(), password(), Some(own.clone()), false).await.expect("a new file");
        link.connect(&desk.store, closed(), password(), Some(own.clone()), false).await.expect("its own file is replaced");
        assert_eq!(std::fs::read_to_string(&own).expect("file"), SECRET);
        assert_eq!(mode(&own), 0o600);
    }

    #[tokio::test]
    async fn disconnect_removes_the_address_and_the_password() {
        let desk = Desk::new().await;
        let (keychain, link) = mock();
        let address = closed();
        link.connect(&desk.store, address.clone(), password(), None, false).await.expect("connected");
        let gone = link.disconnect(&desk.store).await.expect("disconnected").expect("was set up");
        assert_eq!((gone.address.as_str(), gone.password_store), ("passdesk@127.0.0.1:1/passdesk", "keychain"));
        assert_eq!(in_keychain(&keychain, &address), None, "the keychain entry is deleted");
        assert_eq!(link.config(&desk.store).await.expect("config"), None);
        assert!(link.connect_options(&desk.store).await.expect("options").is_none());
        assert_eq!(link.disconnect(&desk.store).await.expect("again"), None, "nothing left to forget");
        let status = link.status(&desk.store, &desk.store, Utc::now()).await.expect("status");
        assert!(!status.configured && status.address.is_none() && status.error.is_none(), "{status:?}");

        let file = desk.dir.path().join("pw");
        link.connect(&desk.store, address.clone(), password(), Some(file.clone()), false).await.expect("with a file");
        let gone = link.disconnect(&desk.store).await.expect("disconnected").expect("was set up");
        assert_eq!(gone.password_store, "file");
        assert!(!file.exists(), "the password file is deleted");
        assert_eq!(link.config(&desk.store).await.expect("config"), None);
    }

    #[tokio::test]
    async fn connecting_elsewhere_removes_the_old_password() {
        let desk = Desk::new().await;
        let (keychain, link) = mock();
        let first = closed();
        let second = CentralAddress::new("127.0.0.1", 2, "passdesk", "passdesk").expect("address");
        link.connect(&desk.store, first.clone(), password(), None, false).await.expect("first");
        link.connect(&desk.store, second.clone(), CentralPassword::new("another").expect("pw"), None, false).await.expect("second");
        assert_eq!(in_keychain(&keychain, &first), None, "the first address's password is gone");
        assert_eq!(in_keychain(&keychain, &second).as_deref(), Some("another"));
        assert_eq!(link.config(&desk.store).await.expect("config").map(|c| c.address), Some(second));
        // A keychain entry deleted behind our back is reported plainly.
        use keyring_core::api::CredentialStoreApi;
        keychain.build(KEYCHAIN_SERVICE, "passdesk@127.0.0.1:2/passdesk", None).expect("entry").delete_credential().expect("deleted");
        assert_eq!(link.connect_options(&desk.store).await.expect_err("entry gone").code, "keychain_entry_missing");
    }

    #[tokio::test]
    async fn verifying_against_a_closed_port_saves_nothing() {
        let desk = Desk::new().await;
        let (keychain, link) = mock();
        let e = link.connect(&desk.store, closed(), password(), None, true).await.expect_err("nobody listens on port 1");
        assert_eq!(e.code, "central_unreachable", "{e:?}");
        assert!(e.message.contains("127.0.0.1:1") && !e.message.contains(SECRET), "{}", e.message);
        assert_eq!(in_keychain(&keychain, &closed()), None, "no password kept");
        assert_eq!(link.config(&desk.store).await.expect("config"), None, "no address kept");
    }

    #[tokio::test]
    async fn verifying_against_a_real_database_then_status_and_migrate() {
        let (pg, url) = passdesk_central::testing::scratch_database(1).await.expect("scratch database");
        pg.close().await;
        let address = CentralAddress::parse_url(&url).expect("the scratch URL has no password");
        let desk = Desk::new().await;
        let (keychain, link) = mock();
        // The test server trusts loopback, so any password does.
        let done = link.connect(&desk.store, address.clone(), password(), None, true).await.expect("verified");
        assert!(done.verified, "{done:?}");
        assert!(done.server_version.as_deref().is_some_and(|v| v.chars().next().is_some_and(|c| c.is_ascii_digit())), "{done:?}");
        assert_eq!(in_keychain(&keychain, &address).as_deref(), Some(SECRET));

        let status = link.status(&desk.store, &desk.store, Utc::now()).await.expect("status");
        assert!(status.reachable, "{status:?}");
        assert!(status.schema_known.is_some_and(|k| k > 0), "{status:?}");
        assert_eq!(status.schema_applied, status.schema_known, "the scratch database is migrated");
        assert_eq!((status.unsent_facts, status.last_sync.as_deref(), status.error.as_deref()), (0, None, None));
        let migrated = link.migrate(&desk.store).await.expect("migrate");
        assert_eq!((migrated.applied_before, migrated.applied), (migrated.known, migrated.known), "nothing left to apply");
    }

    #[tokio::test]
    async fn migrate_needs_a_configured_database() {
        let desk = Desk::new().await;
        let (_, link) = mock();
        assert_eq!(link.migrate(&desk.store).await.expect_err("none set up").code, "central_not_configured");
        link.connect(&desk.store, closed(), password(), None, false).await.expect("connected");
        assert_eq!(link.migrate(&desk.store).await.expect_err("nobody there").code, "central_unreachable");
    }
}
