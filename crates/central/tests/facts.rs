//! Desk facts applied centrally: exactly once, a queue step that is older
//! than the visit's end does not reopen a visit another desk finished, and
//! a fact that cannot be applied is kept as rejected without stopping its
//! batch.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use chrono::{DateTime, Duration, NaiveDate, Utc};
use passdesk_central::{testing::scratch_database, PgStore};
use passdesk_domain::{
    documents::DocumentKind,
    replica::OutboxFact,
    visit::{DocumentRecord, Visit, VisitKind, VisitState},
};
use serde_json::json;
use uuid::Uuid;

/// A central database holding one office, Dallas (its id), and the moment
/// the tests record at: Tuesday 2026-11-24, 09:00 in Dallas.
async fn with_dallas(connections: u32) -> (PgStore, Uuid, DateTime<Utc>) {
    let (store, _) = scratch_database(connections).await.unwrap_or_else(|e| panic!("{e}"));
    dallas_in(store).await
}

/// [`with_dallas`] on a database whose sessions start REPEATABLE READ by
/// default, as a server configured so would give them.
async fn with_dallas_repeatable_read(connections: u32) -> (PgStore, Uuid, DateTime<Utc>) {
    let url = passdesk_central::testing::empty_database().await.unwrap_or_else(|e| panic!("{e}"));
    let name = url.rsplit('/').next().unwrap_or_default().to_string();
    let admin = PgStore::connect_url(&url, 1).await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query(&format!("ALTER DATABASE {name} SET default_transaction_isolation = 'repeatable read'")).execute(admin.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    admin.close().await;
    let store = PgStore::connect_url(&url, connections).await.unwrap_or_else(|e| panic!("{e}"));
    store.migrate().await.unwrap_or_else(|e| panic!("{e}"));
    let level: String = sqlx::query_scalar("SHOW default_transaction_isolation").fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(level, "repeatable read", "the test's server default");
    dallas_in(store).await
}

async fn dallas_in(store: PgStore) -> (PgStore, Uuid, DateTime<Utc>) {
    let dallas = Uuid::now_v7();
    sqlx::query("INSERT INTO offices (id, code, name, time_zone, config, version, updated_at) VALUES ($1, 'DAL', 'Dallas', 'America/Chicago', '{}', 1, now())")
        .bind(dallas)
        .execute(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let t0 = DateTime::parse_from_rfc3339("2026-11-24T15:00:00Z").map(|t| t.with_timezone(&Utc)).unwrap_or_else(|e| panic!("{e}"));
    (store, dallas, t0)
}

fn fact(kind: &str, payload: serde_json::Value, at: DateTime<Utc>) -> OutboxFact {
    OutboxFact { id: Uuid::now_v7(), kind: kind.into(), payload, made_at: at }
}

/// A walk-in at `office` with queue number `n`, arrived at `at`.
fn walk_in(office: &str, n: u32, at: DateTime<Utc>) -> Visit {
    Visit {
        id: Uuid::now_v7(),
        office: office.parse().unwrap_or_else(|e| panic!("{e}")),
        local_date: at.date_naive(),
        confirmation: None,
        kind: VisitKind::WalkIn,
        track: "general".into(),
        queue_number: n,
        display_name: format!("Walker {n}"),
        state: VisitState::Waiting,
        late: false,
        arrived_at: at,
        checked_in_by: "desk".into(),
        called_at: None,
        desk: None,
        finished_at: None,
        receipt_ref: None,
        walk_in_reason: Some("medical_emergency".into()),
        approved_by: None,
        companions: vec![],
    }
}

fn step(visit: Uuid, state: &str, at: DateTime<Utc>) -> OutboxFact {
    fact("visit_advanced", json!({ "visit": visit, "state": state, "desk": "Window 2", "receipt_ref": null, "by": "desk", "at": at.timestamp() }), at)
}

#[tokio::test]
async fn facts_apply_once_and_an_older_step_does_not_reopen_a_finished_visit() {
    let (store, _, t0) = with_dallas(2).await;
    let visit = walk_in("DAL", 1, t0);
    let recorded = fact("visit_recorded", json!({ "visit": visit, "documents": [] }), t0);
    let served = step(visit.id, "served", t0 + Duration::minutes(10));
    // A desk that was offline called the visit before it was served; its step arrives last.
    let late_call = step(visit.id, "called", t0 + Duration::minutes(5));
    let r = store.apply_facts("desk-1", &[recorded.clone(), served.clone()]).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.duplicates, r.rejected), (2, 0, 0));
    let r = store.apply_facts("desk-2", std::slice::from_ref(&late_call)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.applied, 1);
    let state: String = sqlx::query_scalar("SELECT state FROM visits WHERE id = $1").bind(visit.id).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, "served", "an older call does not reopen a served visit");
    let note = store.fact_outcome(late_call.id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
    assert!(note.starts_with("kept in the history only"), "{note}");

    // The same facts again: nothing applied twice.
    let r = store.apply_facts("desk-1", &[recorded, served, late_call]).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.duplicates), (0, 3));
    let visits: i64 = sqlx::query_scalar("SELECT count(*) FROM visits").fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(visits, 1);
}

/// A batch of three visits, two at Dallas and one at an office the central
/// database does not know: the Dallas ones are applied, each with Dallas's
/// id (the office is looked up once per batch), the third is kept as
/// rejected with its reason and does not stop the batch.
#[tokio::test]
async fn a_fact_naming_an_unknown_office_is_rejected_and_the_batch_goes_on() {
    let (store, dallas, t0) = with_dallas(2).await;
    let (first, stranger, second) = (walk_in("DAL", 1, t0), walk_in("ZZZ", 2, t0), walk_in("DAL", 3, t0));
    let facts: Vec<OutboxFact> = [&first, &stranger, &second].iter().map(|v| fact("visit_recorded", json!({ "visit": v, "documents": [] }), t0)).collect();
    let r = store.apply_facts("desk-1", &facts).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.duplicates, r.rejected), (2, 0, 1));
    let offices: Vec<(Uuid, Uuid)> =
        sqlx::query_as("SELECT id, office_id FROM visits ORDER BY queue_number").fetch_all(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(offices, vec![(first.id, dallas), (second.id, dallas)], "both Dallas visits, at Dallas; none at the unknown office");
    let why = store.fact_outcome(facts[1].id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
    assert!(why.starts_with("rejected: ") && why.contains("ZZZ"), "{why}");
}

/// Facts whose data the central database cannot store (from a desk of an
/// older version, say): a document expiry beyond PostgreSQL's dates, and a
/// NUL in a text, which not even the fact's own record takes. Each is kept
/// as rejected with the reason; the facts after them are applied and the
/// batch commits, so one bad fact never holds a desk's outbox up. Sent
/// again, all five are duplicates.
#[tokio::test]
async fn a_fact_the_database_cannot_store_is_rejected_and_the_batch_goes_on() {
    let (store, _, t0) = with_dallas(2).await;
    let far_past = NaiveDate::from_ymd_opt(-5000, 1, 1).unwrap_or_else(|| panic!("a date of chrono's"));
    let document = DocumentRecord {
        kind: DocumentKind::Passport,
        number_last4: Some("1234".into()),
        expiry: Some(far_past),
        outcome: "seen".into(),
        problems: vec![],
        override_reason: Some("expired".into()),
        overridden_by: Some("desk".into()),
    };
    let mut nul = walk_in("DAL", 3, t0);
    nul.display_name = "Walker\u{0}3".into();
    let (first, out_of_range, last) = (walk_in("DAL", 1, t0), walk_in("DAL", 2, t0), walk_in("DAL", 4, t0));
    let facts = vec![
        fact("visit_recorded", json!({ "visit": first, "documents": [] }), t0),
        fact("visit_recorded", json!({ "visit": out_of_range, "documents": [document] }), t0),
        fact("visit_recorded", json!({ "visit": nul, "documents": [] }), t0),
        step(first.id, "called", t0 + Duration::minutes(1)),
        fact("visit_recorded", json!({ "visit": last, "documents": [] }), t0),
    ];
    let r = store.apply_facts("desk-1", &facts).await.unwrap_or_else(|e| panic!("the batch must commit: {e}"));
    assert_eq!((r.applied, r.duplicates, r.rejected), (3, 0, 2), "{r:?}");
    let visits: Vec<(Uuid, String)> =
        sqlx::query_as("SELECT id, state FROM visits ORDER BY queue_number").fetch_all(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(visits, vec![(first.id, "called".to_string()), (last.id, "waiting".to_string())], "the storable facts applied, the others not at all");
    for (f, says) in [(&facts[1], "out of range"), (&facts[2], "")] {
        let why = store.fact_outcome(f.id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
        assert!(why.starts_with("rejected: the database refused the change") && why.contains(says), "{why}");
    }
    let again = store.apply_facts("desk-1", &facts).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.applied, again.duplicates, again.rejected), (0, 5, 0), "{again:?}");
}

/// A desk's batch finishes a visit while another desk's older call of it
/// arrives: the call waits for the finish and does not reopen the visit.
#[tokio::test]
async fn an_older_step_racing_the_visits_end_does_not_reopen_it() {
    let (store, _, t0) = with_dallas(4).await;
    older_step_racing_the_end(store, t0).await;
}

/// Facts are applied READ COMMITTED whatever the server's default: at
/// REPEATABLE READ the step, having waited for the visit's row, would fail
/// to serialize instead of seeing the end another desk committed.
#[tokio::test]
async fn facts_apply_read_committed_on_a_server_whose_default_is_repeatable_read() {
    let (store, _, t0) = with_dallas_repeatable_read(4).await;
    older_step_racing_the_end(store, t0).await;
}

async fn older_step_racing_the_end(store: PgStore, t0: DateTime<Utc>) {
    let visit = walk_in("DAL", 1, t0);
    let recorded = fact("visit_recorded", json!({ "visit": visit, "documents": [] }), t0);
    store.apply_facts("desk-1", &[recorded]).await.unwrap_or_else(|e| panic!("{e}"));
    // Desk 1's batch has served the visit and not committed yet.
    let mut finishing = store.pool().begin().await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("UPDATE visits SET state = 'served', finished_at = $2, finished_by = 'desk' WHERE id = $1")
        .bind(visit.id)
        .bind(t0 + Duration::minutes(10))
        .execute(&mut *finishing)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let late_call = step(visit.id, "called", t0 + Duration::minutes(5));
    let pushing = {
        let (store, late_call) = (store.clone(), late_call.clone());
        tokio::spawn(async move { store.apply_facts("desk-2", &[late_call]).await })
    };
    // Desk 2's step waits on the visit's row.
    let waiting = async {
        loop {
            let n: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .fetch_one(store.pool())
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            if n > 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(10), waiting).await.unwrap_or_else(|_| panic!("desk 2's step must wait for the visit's row"));
    finishing.commit().await.unwrap_or_else(|e| panic!("{e}"));
    let r = pushing.await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.rejected), (1, 0));
    let state: String = sqlx::query_scalar("SELECT state FROM visits WHERE id = $1").bind(visit.id).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, "served", "the older call, decided after the end committed, does not reopen the visit");
    let note = store.fact_outcome(late_call.id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
    assert!(note.starts_with("kept in the history only"), "{note}");
}

/// The district's workstations as each last said how it stands, with their
/// rejected facts counted, and the rejected facts listed newest first with
/// whom they were about and why.
#[tokio::test]
async fn workstations_are_listed_as_they_last_reported_with_their_rejected_facts() {
    use passdesk_central::WorkstationReport;
    let (store, _, t0) = with_dallas(2).await;
    assert!(store.workstations().await.unwrap_or_else(|e| panic!("{e}")).is_empty());
    let report = |name: &str, office: Option<&str>, unsent: u64, error: Option<&str>| WorkstationReport {
        name: name.into(),
        host: format!("{name}-host"),
        office: office.map(String::from),
        app_version: "0.1.0".into(),
        unsent,
        oldest_unsent_seconds: (unsent > 0).then_some(300),
        last_error: error.map(String::from),
    };
    store.report_workstation(&report("desk-1", Some("DAL"), 0, None)).await.unwrap_or_else(|e| panic!("{e}"));
    store.report_workstation(&report("admin", None, 0, None)).await.unwrap_or_else(|e| panic!("{e}"));
    // A later report replaces the earlier one.
    store.report_workstation(&report("desk-1", Some("DAL"), 3, Some("workstation_database: disk full"))).await.unwrap_or_else(|e| panic!("{e}"));

    let (stranger, late) = (walk_in("ZZZ", 2, t0), walk_in("DAL", 3, t0 + Duration::minutes(1)));
    let facts = [fact("visit_recorded", json!({ "visit": stranger, "documents": [] }), t0), fact("visit_recorded", json!({ "visit": late, "documents": [] }), t0), fact("no_such_kind", json!({}), t0)];
    let r = store.apply_facts("desk-1", &facts).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.rejected), (1, 2));

    let seen = store.workstations().await.unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = seen.iter().map(|w| w.report.name.as_str()).collect();
    assert_eq!(names, ["admin", "desk-1"], "those keeping every office first, then by office");
    let desk = &seen[1];
    let age = desk.report.oldest_unsent_seconds;
    assert!(age.is_some_and(|a| (300..360).contains(&a)), "five minutes old when reported, read back by this clock: {age:?}");
    assert_eq!(WorkstationReport { oldest_unsent_seconds: Some(300), ..desk.report.clone() }, report("desk-1", Some("DAL"), 3, Some("workstation_database: disk full")));
    assert_eq!((desk.rejected, seen[0].rejected), (2, 0));
    assert!((0..60).contains(&desk.silent_seconds), "just heard from: {}", desk.silent_seconds);

    let rejected = store.rejected_facts(10).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(rejected.len(), 2);
    let about: Vec<&str> = rejected.iter().map(|f| f.about.as_str()).collect();
    assert!(about.contains(&"number 2 at ZZZ on 2026-11-24, Walker 2"), "{about:?}");
    assert!(about.contains(&"no_such_kind"), "a fact that does not parse is named by its kind: {about:?}");
    let zzz = rejected.iter().find(|f| f.kind == "visit_recorded").unwrap_or_else(|| panic!("{rejected:?}"));
    assert!(zzz.reason.contains("ZZZ") && !zzz.reason.starts_with("rejected"), "{}", zzz.reason);
    assert_eq!((zzz.workstation.as_str(), zzz.made_at), ("desk-1", t0));
    assert_eq!(store.rejected_facts(1).await.unwrap_or_else(|e| panic!("{e}")).len(), 1);
}
