//! The central database's password through the real OS keychain: on Linux,
//! keyring's Secret Service backend (zbus), not the mock store. Needs a
//! running, unlocked Secret Service; `scripts/secret-service-test.sh` starts
//! one (gnome-keyring in a private D-Bus session) and runs this test alone:
//!
//!   cargo test -p passdesk-services --test secret_service -- --ignored

use passdesk_services::central_link::{CentralAddress, CentralLink, CentralPassword, ADDRESS_KEY, KEYCHAIN_SERVICE, PASSWORD_STORE_KEY};
use passdesk_domain::repository::Repository;
use passdesk_store::SqliteStore;

#[tokio::test]
#[ignore = "needs a running Secret Service (gnome-keyring); run scripts/secret-service-test.sh"]
async fn password_round_trip_through_the_real_secret_service() {
    keyring::Entry::store_status().as_ref().expect("a Secret Service on the session bus (run scripts/secret-service-test.sh)");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("desk.sqlite3");
    let store = SqliteStore::open(&db).await.expect("local database");
    // A database name of its own, so a run never meets another run's entry.
    let database = format!("secret_service_test_{}", std::process::id());
    let address = CentralAddress::new("127.0.0.1", 1, &database, "passdesk").expect("address");
    let secret = format!("real-keychain-{}", uuid::Uuid::now_v7().simple());
    let link = CentralLink::default();

    let done = link.connect(&store, address.clone(), CentralPassword::new(secret.clone()).expect("password"), None, false).await.expect("kept in the keychain");
    assert_eq!(done.password_store, "keychain");
    assert_eq!(store.meta(PASSWORD_STORE_KEY).await.expect("meta").as_deref(), Some("keychain"));
    assert!(store.meta(ADDRESS_KEY).await.expect("meta").is_some_and(|a| !a.contains(&secret)));

    // Read back through a fresh entry of the platform store, then through the link.
    let entry = keyring::Entry::new(KEYCHAIN_SERVICE, &address.to_string()).expect("entry");
    assert_eq!(entry.get_password().expect("stored in the Secret Service"), secret);
    assert_eq!(link.password(&store).await.expect("read back").map(|p| p.expose().to_string()), Some(secret.clone()));
    assert!(link.connect_options(&store).await.expect("options").is_some());

    let gone = link.disconnect(&store).await.expect("disconnect").expect("was set up");
    assert_eq!(gone.password_store, "keychain");
    assert!(matches!(entry.get_password(), Err(keyring::Error::NoEntry)), "the entry is deleted from the Secret Service");
    store.close().await;
    let bytes = std::fs::read(&db).expect("database file");
    assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "the password is not in the local database");
}

