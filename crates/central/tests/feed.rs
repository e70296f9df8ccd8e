//! The change feed never skips a change whose transaction commits late, and
//! reads a long backlog in pages from a cursor.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_central::testing::scratch_database;
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

#[tokio::test]
async fn a_change_committed_late_is_delivered_not_skipped() {
    let (store, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let pool = store.pool().clone();
    let early = add_staff(&pool, "early").await;
    let page = store.feed(FeedCursor::default(), None, 100).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(staff_ids(&page.changes), vec![early]);
    let cursor = page.next;

    // A takes the lower sequence number and commits last.
    let mut a = pool.begin().await.unwrap_or_else(|e| panic!("{e}"));
    let late = add_staff(&mut *a, "late").await;
    let quick = add_staff(&pool, "quick").await;
    let page = store.feed(cursor, None, 100).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(page.changes.is_empty(), "nothing is read past a transaction still running: {:?}", page.changes);
    assert_eq!(page.next, cursor, "the cursor stays until the running transaction ends");

    a.commit().await.unwrap_or_else(|e| panic!("{e}"));
    let page = store.feed(cursor, None, 100).await.unwrap_or_else(|e| panic!("{e}"));
    let mut got = staff_ids(&page.changes);
    got.sort();
    let mut want = vec![late, quick];
    want.sort();
    assert_eq!(got, want, "the late commit and the quick one both arrive");
    let again = store.feed(page.next, None, 100).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(again.changes.is_empty(), "nothing twice: {:?}", again.changes);
}

#[tokio::test]
async fn a_long_backlog_is_read_in_pages_from_the_cursor() {
    let (store, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let pool = store.pool().clone();
    let mut made = Vec::new();
    for i in 0..250 {
        made.push(add_staff(&pool, &format!("clerk{i}")).await);
    }
    let (mut cursor, mut got, mut pages) = (FeedCursor::default(), Vec::new(), 0);
    loop {
        let page = store.feed(cursor, None, 100).await.unwrap_or_else(|e| panic!("{e}"));
        pages += 1;
        got.extend(staff_ids(&page.changes));
        assert!(page.next >= cursor, "the cursor only moves forward");
        cursor = page.next;
        if !page.more {
            break;
        }
    }
    assert_eq!(got, made, "every change once, in commit order");
    assert_eq!(pages, 3, "250 changes in pages of 100");
}
