//! The change feed never skips a change whose transaction commits late, and
//! reads a long backlog in pages from a cursor.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_central::{testing::scratch_database, PgStore};
use passdesk_domain::replica::{Change, FeedCursor};
use sqlx::Executor;
use uuid::Uuid;

async fn add_staff(pool: impl Executor<'_, Database = sqlx::Postgres>, name: &str) -> Uuid {
    let id = Uuid::now_v7();
    sqlx::query("INSERT INTO staff (id, username, display_name, role, password_hash, created_at) VALUES ($1, $2, $2, 'front_desk', 'x', now())")
        .bind(id)
        .bind(name)
        .execute(pool)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    id
}

fn staff_ids(changes: &[Change]) -> Vec<Uuid> {
    changes
        .iter()
        .map(|c| match c {
            Change::Staff(s) => s.id,
            other => panic!("only staff changed, got {other:?}"),
        })
        .collect()
}

/// Reads the feed from `after` until everything committed before the call
/// has come (other tests on the same server may hold their transactions open
/// for a moment), as a sync round does.
async fn feed_until_current(store: &PgStore, after: FeedCursor) -> (Vec<Change>, FeedCursor) {
    let target = store.feed_target().await.unwrap_or_else(|e| panic!("{e}"));
    let (mut cursor, mut all) = (after, Vec::new());
    for _ in 0..500 {
        let page = store.feed(cursor, None, 100).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(page.next >= cursor, "the cursor only moves forward");
        cursor = page.next;
        all.extend(page.changes);
        if !page.more && page.horizon >= target {
            return (all, cursor);
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("the feed never caught up with {target}");
}

#[tokio::test]
async fn a_change_committed_late_is_delivered_not_skipped() {
    let (store, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let pool = store.pool().clone();
    let early = add_staff(&pool, "early").await;
    let (changes, cursor) = feed_until_current(&store, FeedCursor::default()).await;
    assert_eq!(staff_ids(&changes), vec![early]);

    // A takes the lower sequence number and commits last.
    let mut a = pool.begin().await.unwrap_or_else(|e| panic!("{e}"));
    let late = add_staff(&mut *a, "late").await;
    let quick = add_staff(&pool, "quick").await;
    let page = store.feed(cursor, None, 100).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(page.changes.is_empty(), "nothing is read past a transaction still running: {:?}", page.changes);
    assert_eq!(page.next, cursor, "the cursor stays until the running transaction ends");

    a.commit().await.unwrap_or_else(|e| panic!("{e}"));
    let (changes, cursor) = feed_until_current(&store, cursor).await;
    let mut got = staff_ids(&changes);
    got.sort();
    let mut want = vec![late, quick];
    want.sort();
    assert_eq!(got, want, "the late commit and the quick one both arrive");
    let (again, _) = feed_until_current(&store, cursor).await;
    assert!(again.is_empty(), "nothing twice: {again:?}");
}

#[tokio::test]
async fn a_long_backlog_is_read_in_pages_from_the_cursor() {
    let (store, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let pool = store.pool().clone();
    let mut made = Vec::new();
    for i in 0..250 {
        made.push(add_staff(&pool, &format!("clerk{i}")).await);
    }
    let (changes, _) = feed_until_current(&store, FeedCursor::default()).await;
    assert_eq!(staff_ids(&changes), made, "every change once, in commit order, over pages of 100");
}
