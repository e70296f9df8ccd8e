//! Where the PIN-hash key lives: outside the database, so a copied database
//! file reveals no PIN.
//!
//! 1. The OS keychain (Secret Service on Linux, Keychain on macOS, Credential
//!    Manager on Windows) through the `keyring` crate: entry service
//!    `passdesk`, user `pin-key`.
//! 2. Where no keychain exists (a headless machine, CI): a key file readable
//!    only by its owner (mode 0600), `PASSDESK_PIN_KEY_FILE` or, by default,
//!    `<database>.pin-key` beside the database. The shells say so when they
//!    fall back.
//!
//! The database records the key's fingerprint, so opening it with another
//! key is refused plainly instead of failing every PIN.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use passdesk_domain::pin::PinKey;

use crate::{ServiceError, ServiceResult};

const SERVICE: &str = "passdesk";
const USER: &str = "pin-key";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinKeySource {
    /// The platform's keychain, falling back to `fallback_file` when there is none.
    OsKeychain { fallback_file: PathBuf },
    /// Whatever store `keyring_core` has as default (tests set a mock store).
    DefaultStore,
    /// A key file only, never the keychain.
    File(PathBuf),
}

/// Where the key came from, for the shells to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinKeyOrigin {
    Keychain,
    File { path: PathBuf, because_no_keychain: bool },
}

impl PinKeySource {
    /// `PASSDESK_PIN_KEY_FILE` when set, else the keychain with
    /// `<database>.pin-key` as the fallback.
    pub fn for_database(db: &Path) -> Self {
        match std::env::var_os("PASSDESK_PIN_KEY_FILE") {
            Some(p) if !p.is_empty() => Self::File(PathBuf::from(p)),
            _ => {
                let mut f = db.as_os_str().to_owned();
                f.push(".pin-key");
                Self::OsKeychain { fallback_file: PathBuf::from(f) }
            }
        }
    }
}

fn keychain_error(e: keyring_core::Error) -> ServiceError {
    match e {
        keyring_core::Error::NoStorageAccess(why) => ServiceError::new(
            "keychain_locked",
            format!("the OS keychain holding the PIN key is locked or waits for a confirmation ({why}); unlock it (sign in to the desktop session, or answer its prompt) and start PassDesk again"),
        ),
        e => ServiceError::new("keychain_failed", format!("the OS keychain refused the PIN key: {e}")),
    }
}

/// The keychain's key, `None` when it holds no entry yet.
fn read_keychain(entry: &keyring_core::Entry) -> ServiceResult<Option<PinKey>> {
    match entry.get_secret() {
        Ok(bytes) => PinKey::from_bytes(&bytes).map(Some).map_err(|_| {
            ServiceError::new("keychain_entry_invalid", "the keychain entry passdesk/pin-key is not a PassDesk PIN key (32 bytes); remove it or restore the right one")
        }),
        Err(keyring_core::Error::NoEntry) => Ok(None),
        Err(e) => Err(keychain_error(e)),
    }
}

fn create_in_keychain(entry: &keyring_core::Entry) -> ServiceResult<PinKey> {
    let key = PinKey::generate();
    entry.set_secret(key.as_bytes()).map_err(keychain_error)?;
    Ok(key)
}

fn file_error(path: &Path, what: &str, e: std::io::Error) -> ServiceError {
    ServiceError::new("pin_key_file", format!("cannot {what} the PIN key file {}: {e}", path.display()))
}

/// The key file's key, `None` when there is no such file.
fn read_file(path: &Path) -> ServiceResult<Option<PinKey>> {
    // A key others can read opens every PIN of the database to them (six
    // digits are quickly tried): refused, as the central password file is.
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777;
        if mode & 0o077 != 0 {
            return Err(ServiceError::new(
                "pin_key_file_unsafe",
                format!("the PIN key file {} can be read or changed by other users (mode {mode:o}); make it the owner's alone: chmod 600 {}", path.display(), path.display()),
            ));
        }
    }
    match std::fs::read_to_string(path) {
        Ok(text) => PinKey::from_hex(&text).map(Some).map_err(|_| ServiceError::new("pin_key_file", format!("{} is not a PassDesk PIN key file", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(file_error(path, "read", e)),
    }
}

fn create_file(path: &Path) -> ServiceResult<PinKey> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| file_error(path, "create the folder of", e))?;
    }
    let key = PinKey::generate();
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path).map_err(|e| file_error(path, "create", e))?;
    f.write_all(key.to_hex().as_bytes()).and_then(|_| f.sync_all()).map_err(|e| file_error(path, "write", e))?;
    Ok(key)
}

/// A database that already holds PINs names its key by fingerprint: that key
/// is found, never a new one made in its place. `looked`: where it is not;
/// `remedy`: what brings it back.
fn key_missing(fingerprint: &str, looked: &str, remedy: &str) -> ServiceError {
    ServiceError::new("pin_key_missing", format!("this database's PIN key (fingerprint {fingerprint}) is not {looked}; {remedy}"))
}

const RESTORE_EITHER: &str = "restore it to the keychain, or set PASSDESK_PIN_KEY_FILE to its file";

/// Loads the PIN key. `expected`: the fingerprint the database records
/// (`None` for a new database, whose key is made here on first use).
pub fn load(source: &PinKeySource, expected: Option<&str>) -> ServiceResult<(PinKey, PinKeyOrigin)> {
    match source {
        PinKeySource::File(p) => {
            let key = match (read_file(p)?, expected) {
                (Some(key), _) => key,
                (None, None) => create_file(p)?,
                (None, Some(fp)) => return Err(key_missing(fp, &format!("in {} (no such file)", p.display()), "restore that file, or set PASSDESK_PIN_KEY_FILE to where the key is")),
            };
            Ok((key, PinKeyOrigin::File { path: p.clone(), because_no_keychain: false }))
        }
        PinKeySource::DefaultStore => {
            let entry = keyring_core::Entry::new(SERVICE, USER).map_err(keychain_error)?;
            let key = match (read_keychain(&entry)?, expected) {
                (Some(key), _) => key,
                (None, None) => create_in_keychain(&entry)?,
                (None, Some(fp)) => return Err(key_missing(fp, "in the keychain", RESTORE_EITHER)),
            };
            Ok((key, PinKeyOrigin::Keychain))
        }
        PinKeySource::OsKeychain { fallback_file } => {
            let entry = match keyring::Entry::store_status() {
                Ok(()) => keyring_core::Entry::new(SERVICE, USER).ok(),
                Err(_) => None,
            };
            keychain_or_file(entry.as_ref(), fallback_file, expected)
        }
    }
}

/// The key from the keychain's `entry` (`None`: this machine has no
/// keychain), else from `fallback_file`.
///
/// For a new database (`expected` is `None`): a keychain that cannot be
/// reached at all (no Secret Service running) counts as none and the file is
/// used. A locked one, or an entry that is not a PIN key, is said instead.
///
/// For a database that names its key: the key with that fingerprint, from
/// the keychain or the file, and nothing is made. A keychain that is locked
/// or out of reach (a D-Bus hiccup) is said, unless the file holds the key:
/// a new file key would not open the database.
fn keychain_or_file(entry: Option<&keyring_core::Entry>, fallback_file: &Path, expected: Option<&str>) -> ServiceResult<(PinKey, PinKeyOrigin)> {
    let from_file = |key| (key, PinKeyOrigin::File { path: fallback_file.to_path_buf(), because_no_keychain: true });
    let Some(fp) = expected else {
        return match entry.map(|e| (e, read_keychain(e))) {
            Some((_, Ok(Some(key)))) => Ok((key, PinKeyOrigin::Keychain)),
            Some((entry, Ok(None))) => Ok((create_in_keychain(entry)?, PinKeyOrigin::Keychain)),
            Some((_, Err(e))) if e.code == "keychain_entry_invalid" => Err(e),
            Some((_, Err(e))) if e.code == "keychain_locked" && !fallback_file.exists() => Err(e),
            None | Some((_, Err(_))) => match read_file(fallback_file)? {
                Some(key) => Ok(from_file(key)),
                None => Ok(from_file(create_file(fallback_file)?)),
            },
        };
    };
    let from_keychain = entry.map(read_keychain);
    if let Some(Ok(Some(key))) = &from_keychain {
        if key.fingerprint() == fp {
            return Ok((key.clone(), PinKeyOrigin::Keychain));
        }
    }
    let in_file = read_file(fallback_file)?;
    if let Some(key) = in_file.as_ref().filter(|k| k.fingerprint() == fp) {
        return Ok(from_file(key.clone()));
    }
    let in_the_file = match &in_file {
        Some(_) => format!("in {} (it holds another key)", fallback_file.display()),
        None => format!("in {} (no such file)", fallback_file.display()),
    };
    match from_keychain {
        Some(Err(e)) if e.code == "keychain_entry_invalid" || e.code == "keychain_locked" => Err(e),
        // No keychain answers: this machine may have none (the key was in a
        // file, now lost), or its keychain is not up yet. Both are said.
        None => Err(key_missing(
            fp,
            &in_the_file,
            "this machine's OS keychain cannot be reached either: if the key is kept there, start the desktop session's keychain (Secret Service) and start PassDesk again; else restore the key file, or set PASSDESK_PIN_KEY_FILE to it",
        )),
        // A keychain that is there but failed (a D-Bus hiccup).
        Some(Err(e)) => Err(ServiceError::new(
            "keychain_unreachable",
            format!("the OS keychain, which holds this database's PIN key (fingerprint {fp}), cannot be reached ({}); start the desktop session's keychain (Secret Service) and start PassDesk again", e.message),
        )),
        // Another key: Services::new says which and what to do.
        Some(Ok(Some(key))) => Ok((key, PinKeyOrigin::Keychain)),
        Some(Ok(None)) => match in_file {
            Some(key) => Ok(from_file(key)),
            None => Err(key_missing(fp, &format!("in the keychain nor in {}", fallback_file.display()), RESTORE_EITHER)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keychain_key_is_created_once_and_read_back() {
        keyring_core::set_default_store(keyring_core::mock::Store::new().expect("mock store"));
        let (a, origin) = load(&PinKeySource::DefaultStore, None).expect("created in the mock keychain");
        assert_eq!(origin, PinKeyOrigin::Keychain);
        let (b, _) = load(&PinKeySource::DefaultStore, None).expect("read back");
        assert_eq!(a.fingerprint(), b.fingerprint(), "the second load reads the stored key");
        keyring_core::unset_default_store();
    }

    /// A locked keychain is said, not replaced by a new file key that would
    /// not open the database; one that cannot be reached counts as none.
    #[test]
    fn a_locked_keychain_is_said_and_an_unreachable_one_falls_back_to_the_file() {
        // A store of its own: the default store is another test's.
        let store = keyring_core::mock::Store::new().expect("mock store");
        let entry = keyring_core::api::CredentialStoreApi::build(store.as_ref(), SERVICE, USER, None).expect("entry");
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("k");
        let fail_next = |e: keyring_core::Error| entry.as_any().downcast_ref::<keyring_core::mock::Cred>().expect("a mock credential").set_error(e);
        let locked = || keyring_core::Error::NoStorageAccess("the collection is locked".into());

        fail_next(locked());
        let e = keychain_or_file(Some(&entry), &file, None).expect_err("a locked keychain");
        assert!(e.code == "keychain_locked" && e.message.contains("unlock"), "{e:?}");
        assert!(!file.exists(), "no file key made in its place");

        fail_next(keyring_core::Error::PlatformFailure("no Secret Service on the bus".into()));
        let (from_file, origin) = keychain_or_file(Some(&entry), &file, None).expect("the file, as with no keychain");
        assert_eq!(origin, PinKeyOrigin::File { path: file.clone(), because_no_keychain: true });
        fail_next(locked());
        let (again, _) = keychain_or_file(Some(&entry), &file, None).expect("a workstation keyed by its file goes on with it");
        assert_eq!(again.fingerprint(), from_file.fingerprint());

        entry.set_secret(b"short").expect("set");
        assert_eq!(keychain_or_file(Some(&entry), &file, None).expect_err("not a PIN key").code, "keychain_entry_invalid");
    }

    /// A database that names its key gets that key, from the keychain or the
    /// file, and a keychain out of reach never makes a file key in its place.
    #[test]
    fn a_database_that_names_its_key_gets_that_key_and_no_new_one() {
        let store = keyring_core::mock::Store::new().expect("mock store");
        let entry = keyring_core::api::CredentialStoreApi::build(store.as_ref(), SERVICE, USER, None).expect("entry");
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("k");
        let fail_next = |e: keyring_core::Error| entry.as_any().downcast_ref::<keyring_core::mock::Cred>().expect("a mock credential").set_error(e);
        let unreachable = || keyring_core::Error::PlatformFailure("no reply on the bus".into());

        // Made in the keychain, then read back by its fingerprint.
        let (made, origin) = keychain_or_file(Some(&entry), &file, None).expect("a new database's key");
        assert_eq!(origin, PinKeyOrigin::Keychain);
        let fp = made.fingerprint();
        let (again, origin) = keychain_or_file(Some(&entry), &file, Some(&fp)).expect("the named key");
        assert_eq!((again.fingerprint(), origin), (fp.clone(), PinKeyOrigin::Keychain));

        // A keychain hiccup: said, and no file key made.
        fail_next(unreachable());
        let e = keychain_or_file(Some(&entry), &file, Some(&fp)).expect_err("the keychain out of reach");
        assert!(e.code == "keychain_unreachable" && e.message.contains(&fp) && e.message.contains("no reply on the bus"), "{e:?}");
        let e = keychain_or_file(None, &file, Some(&fp)).expect_err("no keychain answers at all");
        assert!(e.code == "pin_key_missing" && e.message.contains("no such file") && e.message.contains("keychain cannot be reached"), "both places said: {e:?}");
        fail_next(keyring_core::Error::NoStorageAccess("locked".into()));
        assert_eq!(keychain_or_file(Some(&entry), &file, Some(&fp)).expect_err("locked").code, "keychain_locked");
        assert!(!file.exists(), "no file key made for a database keyed by the keychain");

        // A database keyed by its file: found there, with or without a
        // keychain, and no keychain entry made for it.
        let other = dir.path().join("other");
        let (file_key, _) = load(&PinKeySource::File(other.clone()), None).expect("a file key");
        let file_fp = file_key.fingerprint();
        let (found, origin) = keychain_or_file(Some(&entry), &other, Some(&file_fp)).expect("the file's key, the keychain holding another");
        assert_eq!((found.fingerprint(), origin), (file_fp.clone(), PinKeyOrigin::File { path: other.clone(), because_no_keychain: true }));
        entry.delete_credential().expect("the keychain emptied");
        let (found, _) = keychain_or_file(Some(&entry), &other, Some(&file_fp)).expect("the file's key, the keychain empty");
        assert_eq!(found.fingerprint(), file_fp);
        assert!(matches!(entry.get_secret(), Err(keyring_core::Error::NoEntry)), "no keychain entry made");

        // The key is nowhere: said, nothing made.
        let e = keychain_or_file(Some(&entry), &file, Some(&fp)).expect_err("lost");
        assert!(e.code == "pin_key_missing" && e.message.contains(&fp) && e.message.contains("PASSDESK_PIN_KEY_FILE"), "{e:?}");
        assert!(matches!(entry.get_secret(), Err(keyring_core::Error::NoEntry)) && !file.exists(), "nothing made in its place");
        let e = load(&PinKeySource::File(file.clone()), Some(&fp)).expect_err("no such key file");
        assert_eq!(e.code, "pin_key_missing");
        assert!(!file.exists(), "no key file made for a database that names another key");
    }

    #[test]
    fn key_file_is_private_and_stable() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("k");
        let (a, _) = load(&PinKeySource::File(p.clone()), None).expect("created");
        let (b, _) = load(&PinKeySource::File(p.clone()), None).expect("read");
        assert_eq!(a.fingerprint(), b.fingerprint());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "only the owner may read the key file");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).expect("chmod");
            let e = load(&PinKeySource::File(p.clone()), None).expect_err("a key others can read");
            assert!(e.code == "pin_key_file_unsafe" && e.message.contains("chmod 600"), "{e:?}");
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        std::fs::write(&p, "not a key").expect("write");
        assert_eq!(load(&PinKeySource::File(p), None).expect_err("garbage refused").code, "pin_key_file");
    }
}
