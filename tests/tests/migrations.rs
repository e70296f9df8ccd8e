//! Applied migrations are never edited: a database migrated by an earlier
//! build refuses a changed file (sqlx keeps each one's checksum), so every
//! migration's checksum is recorded in `migrations/<database>.sums` when it
//! is added. A recorded file that changed, or a new one not recorded,
//! fails here; a change to a schema goes in a new migration.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::{collections::BTreeMap, path::Path};

#[tokio::test]
async fn applied_migrations_are_never_edited() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for db in ["local", "central"] {
        let sums_file = root.join(format!("migrations/{db}.sums"));
        let recorded: BTreeMap<i64, String> = std::fs::read_to_string(&sums_file)
            .unwrap_or_else(|e| panic!("{}: {e}", sums_file.display()))
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let mut words = l.split_whitespace();
                let version = words.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{}: not a version in {l:?}", sums_file.display()));
                (version, words.next().unwrap_or_default().to_string())
            })
            .collect();
        let dir = root.join("migrations").join(db);
        let found = sqlx::migrate::Migrator::new(dir.as_path()).await.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for m in found.iter() {
            let sum = hex::encode(&m.checksum);
            match recorded.get(&m.version) {
                Some(was) => assert_eq!(
                    was, &sum,
                    "migrations/{db} {} ({}) changed after it was recorded: databases migrated before refuse it; undo the edit and add a new migration",
                    m.version, m.description
                ),
                None => panic!("migrations/{db} {} ({}) is not recorded: add the line `{} {sum}` to migrations/{db}.sums", m.version, m.description, m.version),
            }
        }
        assert_eq!(found.iter().count(), recorded.len(), "migrations/{db}.sums records a migration that is gone");
    }
}
